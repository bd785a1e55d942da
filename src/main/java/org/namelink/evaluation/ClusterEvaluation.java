package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.namelink.text.Span;

/**
 * Scores a system's entity clustering against gold entities, within and across documents.
 *
 * <p><b>Which mentions are scored.</b> Predicted mentions are aligned to gold mentions by exact
 * document and span; types are ignored. The scored mentions are the gold mentions:
 * <ul>
 *   <li>a gold mention the system did not find (no predicted mention at its span) is a singleton in
 *       the system clustering, its own entity, so NER misses cost recall (only for gold entities with
 *       more than one mention: a missed mention of a one-mention entity is still correctly alone);</li>
 *   <li>a predicted mention that is not gold is ignored, since {@link NerEvaluation} already charges
 *       it as a false positive and charging it again here would count one error twice.</li>
 * </ul>
 * The gold clustering is given by the gold {@code entity} labels and the system clustering by the
 * predicted ones; equal labels in different documents are the same entity.
 *
 * <p><b>Metrics.</b> B³ averaged over mentions; MUC (Vilain et al. 1995), in which a gold singleton
 * contributes no links (so if every gold entity is a singleton, MUC recall is 0); CEAFe (Luo 2005),
 * with the φ4 similarity {@code 2|K∩R| / (|K| + |R|)} and the optimal one-to-one alignment of gold to
 * system entities; their CoNLL-2012 average F1; and {@code crossDocumentPairs}, pairwise counts over
 * unordered pairs of scored mentions from different documents (true positives: pairs in the same gold
 * and the same system entity; predicted: pairs in the same system entity; gold: pairs in the same gold
 * entity). Pairs are counted from cluster sizes, never enumerated. A ratio whose denominator is 0 is 0.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClusterEvaluation {

    private ClusterEvaluation() {
    }

    /**
     * Scores the clustering of {@code predicted} against that of {@code gold}, over the gold mentions.
     *
     * @throws IllegalArgumentException if two gold mentions, or two predicted mentions, share a
     *                                  document and span (each side must be a set of mentions)
     */
    public static ClusterReport evaluate(List<LabeledMention> gold, List<LabeledMention> predicted) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        Map<MentionKey, String> systemLabels = new HashMap<>();
        for (LabeledMention m : predicted) {
            String previous = systemLabels.putIfAbsent(MentionKey.of(m), m.entity());
            if (previous != null) {
                throw new IllegalArgumentException("predicted must hold one mention per document and span, "
                        + "but document '" + m.documentId() + "' has two at " + m.span());
            }
        }

        int n = gold.size();
        int[] goldCluster = new int[n];
        int[] systemCluster = new int[n];
        int[] document = new int[n];
        Map<String, Integer> goldIds = new HashMap<>();
        Map<String, Integer> systemIds = new HashMap<>();
        Map<String, Integer> documentIds = new HashMap<>();
        Set<MentionKey> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            LabeledMention m = gold.get(i);
            MentionKey key = MentionKey.of(m);
            if (!seen.add(key)) {
                throw new IllegalArgumentException("gold must hold one mention per document and span, "
                        + "but document '" + m.documentId() + "' has two at " + m.span());
            }
            goldCluster[i] = goldIds.computeIfAbsent(m.entity(), k -> goldIds.size());
            document[i] = documentIds.computeIfAbsent(m.documentId(), k -> documentIds.size());
            String label = systemLabels.get(key);
            if (label == null) {
                systemCluster[i] = -1;   // numbered below, after the labelled clusters
            } else {
                systemCluster[i] = systemIds.computeIfAbsent(label, k -> systemIds.size());
            }
        }
        int systemCount = systemIds.size();
        for (int i = 0; i < n; i++) {
            if (systemCluster[i] < 0) {
                systemCluster[i] = systemCount++;   // a missed mention is an entity of its own
            }
        }
        return score(goldCluster, goldIds.size(), systemCluster, systemCount, document);
    }

    private record MentionKey(String documentId, Span span) {
        static MentionKey of(LabeledMention m) {
            return new MentionKey(m.documentId(), m.span());
        }
    }

    /** Scores two clusterings of mentions 0..n-1, given as dense cluster numbers per mention. */
    private static ClusterReport score(int[] goldCluster, int goldCount, int[] systemCluster, int systemCount,
                                       int[] document) {
        int n = goldCluster.length;
        long[] goldSize = new long[goldCount];
        long[] systemSize = new long[systemCount];
        // Contingency cells (gold, system) -> shared mentions, and the same split by document.
        Map<Long, long[]> cells = new HashMap<>();
        Map<CellInDocument, long[]> cellsInDocument = new HashMap<>();
        Map<Long, long[]> goldInDocument = new HashMap<>();
        Map<Long, long[]> systemInDocument = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int g = goldCluster[i];
            int s = systemCluster[i];
            goldSize[g]++;
            systemSize[s]++;
            cells.computeIfAbsent(pack(g, s), k -> new long[1])[0]++;
            cellsInDocument.computeIfAbsent(new CellInDocument(g, s, document[i]), k -> new long[1])[0]++;
            goldInDocument.computeIfAbsent(pack(g, document[i]), k -> new long[1])[0]++;
            systemInDocument.computeIfAbsent(pack(s, document[i]), k -> new long[1])[0]++;
        }

        // B³: precision averages |K(i) ∩ R(i)| / |R(i)| over mentions i; a cell of c mentions adds c²/|R|.
        double bPrecisionSum = 0;
        double bRecallSum = 0;
        // MUC: each cell is one piece of the partition of a gold (or system) cluster by the other side.
        long[] goldPieces = new long[goldCount];
        long[] systemPieces = new long[systemCount];
        List<MaxWeightMatching.Edge> edges = new ArrayList<>(cells.size());
        long bothPairs = 0;
        for (Map.Entry<Long, long[]> cell : cells.entrySet()) {
            int g = (int) (cell.getKey() >>> 32);
            int s = (int) (long) cell.getKey();
            long c = cell.getValue()[0];
            bPrecisionSum += (double) c * c / systemSize[s];
            bRecallSum += (double) c * c / goldSize[g];
            goldPieces[g]++;
            systemPieces[s]++;
            edges.add(new MaxWeightMatching.Edge(g, s, 2.0 * c / (goldSize[g] + systemSize[s])));
            bothPairs += pairs(c);
        }
        ClusterReport.Prf bCubed = ClusterReport.Prf.of(ratio(bPrecisionSum, n), ratio(bRecallSum, n));

        long mucRecallNumerator = 0;
        long mucRecallDenominator = 0;
        long goldPairs = 0;
        for (int g = 0; g < goldCount; g++) {
            mucRecallNumerator += goldSize[g] - goldPieces[g];
            mucRecallDenominator += goldSize[g] - 1;
            goldPairs += pairs(goldSize[g]);
        }
        long mucPrecisionNumerator = 0;
        long mucPrecisionDenominator = 0;
        long systemPairs = 0;
        for (int s = 0; s < systemCount; s++) {
            mucPrecisionNumerator += systemSize[s] - systemPieces[s];
            mucPrecisionDenominator += systemSize[s] - 1;
            systemPairs += pairs(systemSize[s]);
        }
        ClusterReport.Prf muc = ClusterReport.Prf.of(
                ratio(mucPrecisionNumerator, mucPrecisionDenominator),
                ratio(mucRecallNumerator, mucRecallDenominator));

        double similarity = MaxWeightMatching.solve(goldCount, systemCount, edges).totalWeight();
        ClusterReport.Prf ceafE = ClusterReport.Prf.of(ratio(similarity, systemCount), ratio(similarity, goldCount));

        // Cross-document pairs = all pairs minus the pairs within one document.
        for (long[] c : cellsInDocument.values()) {
            bothPairs -= pairs(c[0]);
        }
        for (long[] c : goldInDocument.values()) {
            goldPairs -= pairs(c[0]);
        }
        for (long[] c : systemInDocument.values()) {
            systemPairs -= pairs(c[0]);
        }
        PrfScore crossDocumentPairs = PrfScore.of(bothPairs, systemPairs, goldPairs);

        double average = (bCubed.f1() + muc.f1() + ceafE.f1()) / 3;
        return new ClusterReport(bCubed, muc, ceafE, Math.min(1.0, average), crossDocumentPairs, n);
    }

    private record CellInDocument(int gold, int system, int document) {
    }

    private static long pack(int high, int low) {
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }

    /** {@code numerator / denominator}, 0 for a zero denominator, capped at 1 against rounding. */
    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0.0 : Math.min(1.0, numerator / denominator);
    }
}
