package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

class ClusterEvaluationTest {

    private static final double EPS = 1e-12;

    private static LabeledMention m(String doc, int start, String entity) {
        return new LabeledMention(doc, new Span(start, start + 1), EntityType.PERSON, entity);
    }

    private static LabeledMention m(String doc, int start, EntityType type, String entity) {
        return new LabeledMention(doc, new Span(start, start + 1), type, entity);
    }

    private static void assertPrf(ClusterReport.Prf actual, double precision, double recall) {
        assertThat(actual.precision()).as("precision").isCloseTo(precision, within(EPS));
        assertThat(actual.recall()).as("recall").isCloseTo(recall, within(EPS));
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        assertThat(actual.f1()).as("f1").isCloseTo(f1, within(EPS));
    }

    /**
     * Key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i} with h, i not gold (dropped) and e not
     * found (a singleton {e}). So the response over the scored mentions is {a,b} {c,d} {f,g} {e}.
     * Documents: a, c, f in d1; b, d, e, g in d2.
     */
    @Test
    void handComputedExample() {
        List<LabeledMention> gold = List.of(
                m("d1", 0, "K1"), m("d2", 0, "K1"), m("d1", 2, "K1"),                    // a b c
                m("d2", 2, "K2"), m("d2", 4, "K2"), m("d1", 4, "K2"), m("d2", 6, "K2")); // d e f g
        List<LabeledMention> predicted = List.of(
                m("d1", 0, EntityType.LOCATION, "r1"), m("d2", 0, "r1"),                 // a b (type ignored)
                m("d1", 2, "r2"), m("d2", 2, "r2"),                                      // c d
                m("d1", 4, "r3"), m("d2", 6, "r3"), m("d1", 10, "r3"), m("d2", 10, "r3")); // f g h i
        ClusterReport report = ClusterEvaluation.evaluate(gold, predicted);

        assertThat(report.mentions()).isEqualTo(7);
        // B³ precision, per mention |K∩R|/|R|: a 1, b 1, c 1/2, d 1/2, e 1, f 1, g 1 -> 6/7.
        // B³ recall, |K∩R|/|K|: a 2/3, b 2/3, c 1/3, d 1/4, e 1/4, f 2/4, g 2/4 -> (19/6)/7 = 19/42.
        assertPrf(report.bCubed(), 6.0 / 7, 19.0 / 42);
        // MUC recall: K1 split into 2 pieces (3-2=1), K2 into 3 pieces (4-3=1): 2/(2+3) = 2/5.
        // MUC precision: {a,b} 1 piece (1), {c,d} 2 pieces (0), {f,g} 1 piece (1), {e} (0): 2/(1+1+1+0) = 2/3.
        assertPrf(report.muc(), 2.0 / 3, 2.0 / 5);
        // φ4: K1-{a,b} 4/5, K1-{c,d} 2/5, K2-{c,d} 1/3, K2-{f,g} 2/3, K2-{e} 2/5; best K1-{a,b} + K2-{f,g} = 22/15.
        // CEAFe recall 22/15 / 2 = 11/15, precision 22/15 / 4 = 11/30, F1 = 2*(22/15)/6 = 22/45.
        assertPrf(report.ceafE(), 11.0 / 30, 11.0 / 15);
        assertThat(report.ceafE().f1()).isCloseTo(22.0 / 45, within(EPS));
        // B³ F1 = 2*(36/42)*(19/42)/(55/42) = 1368/2310; MUC F1 = 1/2.
        assertThat(report.bCubed().f1()).isCloseTo(1368.0 / 2310, within(EPS));
        assertThat(report.muc().f1()).isCloseTo(0.5, within(EPS));
        assertThat(report.conllAverageF1()).isCloseTo((1368.0 / 2310 + 0.5 + 22.0 / 45) / 3, within(EPS));
        // Cross-document pairs. Gold: K1 a-b, c-b (2); K2 f-d, f-e, f-g (3) -> 5.
        // System: a-b, c-d, f-g -> 3. Both: a-b (K1), f-g (K2) -> 2.
        assertThat(report.crossDocumentPairs()).isEqualTo(PrfScore.of(2, 3, 5));
    }

    @Test
    void perfectClustering() {
        List<LabeledMention> gold = List.of(m("d1", 0, "A"), m("d2", 0, "A"), m("d1", 2, "B"), m("d1", 4, "B"), m("d2", 2, "B"));
        List<LabeledMention> predicted = List.of(m("d1", 0, "x"), m("d2", 0, "x"), m("d1", 2, "y"), m("d1", 4, "y"), m("d2", 2, "y"));
        ClusterReport report = ClusterEvaluation.evaluate(gold, predicted);
        assertPrf(report.bCubed(), 1, 1);
        assertPrf(report.muc(), 1, 1);
        assertPrf(report.ceafE(), 1, 1);
        assertThat(report.conllAverageF1()).isEqualTo(1.0);
        // Cross-document: A d1-d2 (1), B d1 pieces x d2 (2) -> 3 of 3.
        assertThat(report.crossDocumentPairs()).isEqualTo(PrfScore.of(3, 3, 3));
    }

    @Test
    void mergingTwoSingletons() {
        // Key {a} {b}; response {a,b}, a in d1 and b in d2.
        ClusterReport report = ClusterEvaluation.evaluate(
                List.of(m("d1", 0, "A"), m("d2", 0, "B")),
                List.of(m("d1", 0, "x"), m("d2", 0, "x")));
        // B³ precision 1/2 each -> 1/2; recall 1.
        assertPrf(report.bCubed(), 0.5, 1);
        // MUC: singleton keys have no links (recall 0/0 -> 0); the response link is wrong (precision 0/1).
        assertPrf(report.muc(), 0, 0);
        // φ4 of either key with {a,b} is 2/3; one can be aligned: recall (2/3)/2 = 1/3, precision (2/3)/1.
        assertPrf(report.ceafE(), 2.0 / 3, 1.0 / 3);
        assertThat(report.crossDocumentPairs()).isEqualTo(PrfScore.of(0, 1, 0));
    }

    @Test
    void missedGoldMentionIsASingletonAndSpuriousMentionsAreIgnored() {
        // Key {a,b}; the system found only a, plus a non-gold mention z in the same entity.
        ClusterReport report = ClusterEvaluation.evaluate(
                List.of(m("d1", 0, "A"), m("d2", 0, "A")),
                List.of(m("d1", 0, "x"), m("d1", 8, "x")));
        // Response over the scored mentions: {a} {b}. B³ precision 1, recall 1/2.
        assertPrf(report.bCubed(), 1, 0.5);
        // MUC recall (2-2)/(2-1) = 0; precision 0/0 -> 0.
        assertPrf(report.muc(), 0, 0);
        // φ4(K, {a}) = 2/3; recall (2/3)/1, precision (2/3)/2.
        assertPrf(report.ceafE(), 1.0 / 3, 2.0 / 3);
        assertThat(report.crossDocumentPairs()).isEqualTo(PrfScore.of(0, 0, 1));
        assertThat(report.mentions()).isEqualTo(2);
    }

    @Test
    void singleMention() {
        // One mention, one entity on both sides: B³ and CEAFe are 1; MUC has no links at all, so 0.
        for (List<LabeledMention> predicted : List.of(List.of(m("d", 0, "x")), List.<LabeledMention>of())) {
            ClusterReport report = ClusterEvaluation.evaluate(List.of(m("d", 0, "A")), predicted);
            assertPrf(report.bCubed(), 1, 1);
            assertPrf(report.muc(), 0, 0);
            assertPrf(report.ceafE(), 1, 1);
            assertThat(report.conllAverageF1()).isCloseTo(2.0 / 3, within(EPS));
            assertThat(report.crossDocumentPairs()).isEqualTo(PrfScore.ZERO);
            assertThat(report.mentions()).isEqualTo(1);
        }
    }

    @Test
    void emptyGold() {
        for (List<LabeledMention> predicted : List.of(List.<LabeledMention>of(), List.of(m("d", 0, "x")))) {
            ClusterReport report = ClusterEvaluation.evaluate(List.of(), predicted);
            assertThat(report.bCubed()).isEqualTo(ClusterReport.Prf.ZERO);
            assertThat(report.muc()).isEqualTo(ClusterReport.Prf.ZERO);
            assertThat(report.ceafE()).isEqualTo(ClusterReport.Prf.ZERO);
            assertThat(report.conllAverageF1()).isZero();
            assertThat(report.crossDocumentPairs()).isEqualTo(PrfScore.ZERO);
            assertThat(report.mentions()).isZero();
        }
    }

    @Test
    void rejectsTwoMentionsAtOneSpan() {
        assertThatThrownBy(() -> ClusterEvaluation.evaluate(List.of(m("d", 0, "A"), m("d", 0, "B")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gold").hasMessageContaining("'d'");
        assertThatThrownBy(() -> ClusterEvaluation.evaluate(List.of(), List.of(m("d", 0, "x"), m("d", 0, "y"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted");
    }

    @Test
    void reportValidatesItsValues() {
        assertThatThrownBy(() -> new ClusterReport.Prf(1.5, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("precision").hasMessageContaining("1.5");
        assertThatThrownBy(() -> ClusterReport.Prf.of(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClusterReport(ClusterReport.Prf.ZERO, ClusterReport.Prf.ZERO,
                ClusterReport.Prf.ZERO, 0, PrfScore.ZERO, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mentions");
        // F1 of 1/2 and 1 is 2*(1/2)/(3/2) = 2/3.
        assertThat(ClusterReport.Prf.of(0.5, 1).f1()).isCloseTo(2.0 / 3, within(EPS));
    }

    /**
     * A long chain: keys {0,1} {2,3} ... {2n-2,2n-1}; response {0} {1,2} {3,4} ... {2n-3,2n-2} {2n-1}, so
     * every cluster overlaps two on the other side and the whole thing is one connected component.
     */
    @Test
    void longChainAtFullDevSetScale() {
        int n = 3000;   // 6,000 mentions, the size of the AIDA dev set
        List<LabeledMention> gold = new ArrayList<>();
        List<LabeledMention> predicted = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            gold.add(m("d", 2 * i, "K" + (i / 2)));
            predicted.add(m("d", 2 * i, "R" + ((i + 1) / 2)));
        }
        ClusterReport report = ClusterEvaluation.evaluate(gold, predicted);
        // CEAFe: the end keys align with the singletons {0} and {2n-1} (φ4 = 2/3 each), every other key with
        // a distinct pair (φ4 = 2/4), which reaches each key's own maximum: Φ = 4/3 + (n-2)/2.
        double phi = 4.0 / 3 + (n - 2) / 2.0;
        assertPrf(report.ceafE(), phi / (n + 1), phi / n);
        // B³: every mention shares only itself; precision (2*1 + (2n-2)*1/2)/(2n) = (n+1)/(2n), recall 1/2.
        assertPrf(report.bCubed(), (n + 1) / (2.0 * n), 0.5);
        // MUC: every cluster is split into singletons by the other side.
        assertPrf(report.muc(), 0, 0);
    }

    @Test
    void agreesWithBruteForceOnRandomClusterings() {
        Random random = new Random(42L);
        for (int trial = 0; trial < 300; trial++) {
            int documents = 1 + random.nextInt(3);
            int n = random.nextInt(8);
            int goldEntities = 1 + random.nextInt(4);
            int systemEntities = 1 + random.nextInt(4);
            List<LabeledMention> gold = new ArrayList<>();
            List<LabeledMention> predicted = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String doc = "d" + random.nextInt(documents);
                EntityType type = EntityType.values()[random.nextInt(3)];
                gold.add(m(doc, 2 * i, type, "g" + random.nextInt(goldEntities)));
                if (random.nextDouble() < 0.8) {
                    predicted.add(m(doc, 2 * i, EntityType.values()[random.nextInt(3)], "s" + random.nextInt(systemEntities)));
                }
            }
            for (int j = random.nextInt(3); j > 0; j--) {   // spurious, not gold
                predicted.add(m("d" + random.nextInt(documents), 1000 + j, "s" + random.nextInt(systemEntities)));
            }
            Collections.shuffle(predicted, random);

            ClusterReport actual = ClusterEvaluation.evaluate(gold, predicted);
            BruteForce expected = new BruteForce(gold, predicted);
            String context = "trial " + trial + ": gold " + gold + ", predicted " + predicted;
            assertThat(actual.mentions()).as(context).isEqualTo(n);
            assertThat(actual.bCubed().precision()).as(context).isCloseTo(expected.bCubedPrecision(), within(EPS));
            assertThat(actual.bCubed().recall()).as(context).isCloseTo(expected.bCubedRecall(), within(EPS));
            assertThat(actual.muc().precision()).as(context).isCloseTo(expected.mucPrecision(), within(EPS));
            assertThat(actual.muc().recall()).as(context).isCloseTo(expected.mucRecall(), within(EPS));
            assertThat(actual.ceafE().precision()).as(context).isCloseTo(expected.ceafPrecision(), within(EPS));
            assertThat(actual.ceafE().recall()).as(context).isCloseTo(expected.ceafRecall(), within(EPS));
            assertThat(actual.crossDocumentPairs()).as(context).isEqualTo(expected.crossDocumentPairs());
            assertThat(actual.conllAverageF1()).as(context).isCloseTo(
                    (actual.bCubed().f1() + actual.muc().f1() + actual.ceafE().f1()) / 3, within(EPS));
        }
    }

    /** Straight from the definitions: scans, pair enumeration, union-find and exhaustive alignment. */
    private static final class BruteForce {
        private final int n;
        private final String[] goldLabel;
        private final String[] systemLabel;
        private final String[] document;

        BruteForce(List<LabeledMention> gold, List<LabeledMention> predicted) {
            n = gold.size();
            goldLabel = new String[n];
            systemLabel = new String[n];
            document = new String[n];
            for (int i = 0; i < n; i++) {
                LabeledMention g = gold.get(i);
                goldLabel[i] = g.entity();
                document[i] = g.documentId();
                systemLabel[i] = "missed#" + i;
                for (LabeledMention p : predicted) {
                    if (p.documentId().equals(g.documentId()) && p.span().equals(g.span())) {
                        systemLabel[i] = "found:" + p.entity();
                    }
                }
            }
        }

        private Set<Integer> cluster(String[] labels, int i) {
            Set<Integer> members = new HashSet<>();
            for (int j = 0; j < n; j++) {
                if (labels[j].equals(labels[i])) {
                    members.add(j);
                }
            }
            return members;
        }

        private int shared(int i) {
            Set<Integer> both = cluster(goldLabel, i);
            both.retainAll(cluster(systemLabel, i));
            return both.size();
        }

        double bCubedPrecision() {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (double) shared(i) / cluster(systemLabel, i).size();
            }
            return n == 0 ? 0 : sum / n;
        }

        double bCubedRecall() {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += (double) shared(i) / cluster(goldLabel, i).size();
            }
            return n == 0 ? 0 : sum / n;
        }

        /** Components of the graph linking mentions i, j when {@code linked} says so. */
        private int components(boolean goldLinks, boolean systemLinks) {
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    boolean sameGold = goldLabel[i].equals(goldLabel[j]);
                    boolean sameSystem = systemLabel[i].equals(systemLabel[j]);
                    if ((!goldLinks || sameGold) && (!systemLinks || sameSystem)) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            int roots = 0;
            for (int i = 0; i < n; i++) {
                if (find(parent, i) == i) {
                    roots++;
                }
            }
            return roots;
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                i = parent[i];
            }
            return i;
        }

        // MUC: correct links = n - #components of (same gold AND same system); key links = n - #gold clusters.
        double mucRecall() {
            int keyLinks = n - components(true, false);
            return keyLinks == 0 ? 0 : (double) (n - components(true, true)) / keyLinks;
        }

        double mucPrecision() {
            int responseLinks = n - components(false, true);
            return responseLinks == 0 ? 0 : (double) (n - components(true, true)) / responseLinks;
        }

        private List<Set<Integer>> clusters(String[] labels) {
            Map<String, Set<Integer>> byLabel = new HashMap<>();
            for (int i = 0; i < n; i++) {
                byLabel.computeIfAbsent(labels[i], k -> new HashSet<>()).add(i);
            }
            return new ArrayList<>(byLabel.values());
        }

        private double bestAlignment() {
            List<Set<Integer>> keys = clusters(goldLabel);
            List<Set<Integer>> responses = clusters(systemLabel);
            return bestFrom(0, keys, responses, new boolean[responses.size()]);
        }

        /** Tries every response (or none) for key k, then recurses: all partial one-to-one alignments. */
        private static double bestFrom(int k, List<Set<Integer>> keys, List<Set<Integer>> responses, boolean[] used) {
            if (k == keys.size()) {
                return 0;
            }
            double best = bestFrom(k + 1, keys, responses, used);
            for (int r = 0; r < responses.size(); r++) {
                if (!used[r]) {
                    Set<Integer> common = new HashSet<>(keys.get(k));
                    common.retainAll(responses.get(r));
                    double phi4 = 2.0 * common.size() / (keys.get(k).size() + responses.get(r).size());
                    used[r] = true;
                    best = Math.max(best, phi4 + bestFrom(k + 1, keys, responses, used));
                    used[r] = false;
                }
            }
            return best;
        }

        double ceafPrecision() {
            int responses = clusters(systemLabel).size();
            return responses == 0 ? 0 : bestAlignment() / responses;
        }

        double ceafRecall() {
            int keys = clusters(goldLabel).size();
            return keys == 0 ? 0 : bestAlignment() / keys;
        }

        PrfScore crossDocumentPairs() {
            long both = 0;
            long system = 0;
            long gold = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (document[i].equals(document[j])) {
                        continue;
                    }
                    boolean sameGold = goldLabel[i].equals(goldLabel[j]);
                    boolean sameSystem = systemLabel[i].equals(systemLabel[j]);
                    gold += sameGold ? 1 : 0;
                    system += sameSystem ? 1 : 0;
                    both += sameGold && sameSystem ? 1 : 0;
                }
            }
            return PrfScore.of(both, system, gold);
        }
    }
}
