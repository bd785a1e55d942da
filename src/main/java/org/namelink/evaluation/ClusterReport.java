package org.namelink.evaluation;

import java.util.Objects;

/**
 * Entity-resolution scores from {@link ClusterEvaluation}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param bCubed              B³, averaged over mentions (Bagga and Baldwin 1998)
 * @param muc                 the link-based MUC score (Vilain et al. 1995)
 * @param ceafE               entity-based CEAF with the φ4 similarity (Luo 2005)
 * @param conllAverageF1      the mean of the three F1 values, as reported in the CoNLL-2012 shared task
 * @param crossDocumentPairs  pairwise counts over mention pairs from different documents
 * @param mentions            the number of scored (gold) mentions
 */
public record ClusterReport(Prf bCubed, Prf muc, Prf ceafE, double conllAverageF1,
                            PrfScore crossDocumentPairs, int mentions) {

    public ClusterReport {
        Objects.requireNonNull(bCubed, "bCubed must not be null");
        Objects.requireNonNull(muc, "muc must not be null");
        Objects.requireNonNull(ceafE, "ceafE must not be null");
        Prf.requireUnitInterval("conllAverageF1", conllAverageF1);
        Objects.requireNonNull(crossDocumentPairs, "crossDocumentPairs must not be null");
        if (mentions < 0) {
            throw new IllegalArgumentException("mentions must be >= 0, was " + mentions);
        }
    }

    /**
     * A precision/recall/F1 triple of a metric whose values are not ratios of two counts.
     *
     * <p>Immutable and thread-safe.
     *
     * @param precision in [0, 1]
     * @param recall    in [0, 1]
     * @param f1        in [0, 1]
     */
    public record Prf(double precision, double recall, double f1) {

        /** All three values 0. */
        public static final Prf ZERO = new Prf(0, 0, 0);

        public Prf {
            requireUnitInterval("precision", precision);
            requireUnitInterval("recall", recall);
            requireUnitInterval("f1", f1);
        }

        /** The triple with {@code f1} the harmonic mean of the two, or 0 when both are 0. */
        public static Prf of(double precision, double recall) {
            double sum = precision + recall;
            return new Prf(precision, recall, sum == 0 ? 0.0 : 2 * precision * recall / sum);
        }

        static void requireUnitInterval(String name, double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
            }
        }
    }
}
