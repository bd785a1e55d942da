package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namelink.evaluation.MaxWeightMatching.Edge;

class MaxWeightMatchingTest {

    @Test
    void emptyGraphs() {
        assertThat(MaxWeightMatching.solve(0, 0, List.of()).totalWeight()).isZero();
        MaxWeightMatching.Result noEdges = MaxWeightMatching.solve(2, 3, List.of());
        assertThat(noEdges.totalWeight()).isZero();
        assertThat(noEdges.rightOfLeft()).containsExactly(-1, -1);
    }

    @Test
    void singleEdge() {
        MaxWeightMatching.Result result = MaxWeightMatching.solve(1, 1, List.of(new Edge(0, 0, 0.25)));
        assertThat(result.totalWeight()).isEqualTo(0.25);
        assertThat(result.rightOfLeft()).containsExactly(0);
    }

    @Test
    void givesUpAGreedyChoiceForABetterTotal() {
        // Left 0 prefers right 0 (0.9), but left 1 can only use right 0 (0.8): best is 0->1 (0.5) + 1->0 (0.8) = 1.3,
        // not 0->0 alone (0.9).
        MaxWeightMatching.Result result = MaxWeightMatching.solve(2, 2, List.of(
                new Edge(0, 0, 0.9), new Edge(0, 1, 0.5), new Edge(1, 0, 0.8)));
        assertThat(result.totalWeight()).isCloseTo(1.3, within(1e-12));
        assertThat(result.rightOfLeft()).containsExactly(1, 0);
    }

    @Test
    void leavesANodeUnmatchedWhenThatIsBetter() {
        // Right 0 is wanted by both; 0.9 beats 0.4; left 1 has no other edge and stays unmatched.
        MaxWeightMatching.Result result = MaxWeightMatching.solve(2, 1, List.of(new Edge(0, 0, 0.9), new Edge(1, 0, 0.4)));
        assertThat(result.totalWeight()).isCloseTo(0.9, within(1e-12));
        assertThat(result.rightOfLeft()).containsExactly(0, -1);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new Edge(0, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> new Edge(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MaxWeightMatching.solve(1, 1, List.of(new Edge(0, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("right < 1");
    }

    @Test
    void agreesWithExhaustiveSearchOnRandomGraphs() {
        Random random = new Random(20240611L);
        for (int trial = 0; trial < 300; trial++) {
            int leftCount = random.nextInt(9);
            int rightCount = random.nextInt(11);
            boolean ties = trial % 3 == 0;   // equal weights exercise degenerate (zero reduced cost) paths
            List<Edge> edges = new ArrayList<>();
            for (int l = 0; l < leftCount; l++) {
                for (int r = 0; r < rightCount; r++) {
                    if (random.nextDouble() < 0.35) {
                        double w = ties ? (random.nextBoolean() ? 0.5 : 1.0) : 1.0 - random.nextDouble();
                        edges.add(new Edge(l, r, w));
                    }
                }
            }
            MaxWeightMatching.Result result = MaxWeightMatching.solve(leftCount, rightCount, edges);
            assertThat(result.totalWeight()).as("trial %d", trial)
                    .isCloseTo(exhaustiveBest(leftCount, rightCount, edges), within(1e-9));
            assertValidMatching(result, edges, rightCount);
        }
    }

    /** Best total by dynamic programming over (left node, set of used right nodes). */
    private static double exhaustiveBest(int leftCount, int rightCount, List<Edge> edges) {
        double[][] weight = new double[leftCount][rightCount];
        for (Edge e : edges) {
            weight[e.left()][e.right()] = e.weight();
        }
        double[] best = new double[1 << rightCount];   // best over left nodes i.. given used set
        for (int i = leftCount - 1; i >= 0; i--) {
            double[] next = best.clone();
            for (int used = 0; used < best.length; used++) {
                double value = best[used];   // left i unmatched
                for (int r = 0; r < rightCount; r++) {
                    if (weight[i][r] > 0 && (used & (1 << r)) == 0) {
                        value = Math.max(value, weight[i][r] + best[used | (1 << r)]);
                    }
                }
                next[used] = value;
            }
            best = next;
        }
        return best[0];
    }

    private static void assertValidMatching(MaxWeightMatching.Result result, List<Edge> edges, int rightCount) {
        int[] rightOfLeft = result.rightOfLeft();
        Set<Integer> usedRights = new HashSet<>();
        double total = 0;
        for (int l = 0; l < rightOfLeft.length; l++) {
            int r = rightOfLeft[l];
            if (r < 0) {
                continue;
            }
            assertThat(r).isLessThan(rightCount);
            assertThat(usedRights.add(r)).as("right %d used twice in %s", r, Arrays.toString(rightOfLeft)).isTrue();
            final int left = l;
            Edge edge = edges.stream().filter(e -> e.left() == left && e.right() == r).findFirst().orElseThrow();
            total += edge.weight();
        }
        assertThat(total).isCloseTo(result.totalWeight(), within(1e-9));
    }
}
