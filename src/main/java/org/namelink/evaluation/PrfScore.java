package org.namelink.evaluation;

/**
 * Counts behind a precision/recall/F1 score: how many predictions were right, how many were made and
 * how many gold items there were. Counts add up across documents ({@link #plus}), ratios do not.
 *
 * <p>Immutable and thread-safe.
 *
 * @param truePositives correct predictions; at most {@code predicted} and at most {@code gold}
 * @param predicted     predictions made; non-negative
 * @param gold          gold items; non-negative
 */
public record PrfScore(long truePositives, long predicted, long gold) {

    /** No predictions and no gold. */
    public static final PrfScore ZERO = new PrfScore(0, 0, 0);

    public PrfScore {
        if (predicted < 0) {
            throw new IllegalArgumentException("predicted must be >= 0, was " + predicted);
        }
        if (gold < 0) {
            throw new IllegalArgumentException("gold must be >= 0, was " + gold);
        }
        if (truePositives < 0 || truePositives > Math.min(predicted, gold)) {
            throw new IllegalArgumentException("truePositives must be in [0, min(predicted, gold) = "
                    + Math.min(predicted, gold) + "], was " + truePositives);
        }
    }

    public static PrfScore of(long truePositives, long predicted, long gold) {
        return new PrfScore(truePositives, predicted, gold);
    }

    /** The element-wise sum, e.g. to micro-average over documents or types. */
    public PrfScore plus(PrfScore other) {
        return new PrfScore(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
    }

    /** {@code truePositives / predicted}, or 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0.0 : (double) truePositives / predicted;
    }

    /** {@code truePositives / gold}, or 0 when there is no gold. */
    public double recall() {
        return gold == 0 ? 0.0 : (double) truePositives / gold;
    }

    /** The harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
        // 2tp / (predicted + gold) equals 2PR / (P + R) without the rounding of two divisions.
        return truePositives == 0 ? 0.0 : 2.0 * truePositives / (predicted + gold);
    }
}
