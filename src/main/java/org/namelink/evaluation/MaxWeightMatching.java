package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Maximum-weight bipartite matching on a sparse graph with positive edge weights: the optimal
 * one-to-one alignment of CEAF, where cluster pairs without a shared mention (similarity 0) are simply
 * not edges.
 *
 * <p>This is the Hungarian (Kuhn–Munkres) method in its shortest-augmenting-path form: left nodes are
 * added one at a time and each gets a shortest augmenting path, found by Dijkstra over the reduced
 * costs {@code -weight - u[left] - v[right]} that the potentials {@code u}, {@code v} keep non-negative.
 * Every left node also has a private zero-cost "stay unmatched" partner, so the left-perfect matching
 * computed is exactly a maximum-weight, not necessarily perfect, matching. A search only visits nodes
 * reachable through edges, i.e. the connected component of the node being added, so many clusters in
 * small components cost far less than the O(n³) of the dense method.
 *
 * <p>Stateless and thread-safe.
 */
final class MaxWeightMatching {

    private MaxWeightMatching() {
    }

    /** A weighted edge; {@code weight} must be positive and finite. */
    record Edge(int left, int right, double weight) {
        Edge {
            if (left < 0 || right < 0) {
                throw new IllegalArgumentException("left and right must be >= 0, were " + left + ", " + right);
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be positive and finite, was " + weight);
            }
        }
    }

    /** The result: {@code rightOfLeft()[i]} is the right node matched to left node {@code i}, or -1. */
    record Result(double totalWeight, int[] rightOfLeft) {
        Result {
            rightOfLeft = rightOfLeft.clone();
        }

        @Override
        public int[] rightOfLeft() {
            return rightOfLeft.clone();
        }
    }

    /**
     * Solves the matching; {@code edges} must hold at most one edge per (left, right) pair.
     */
    static Result solve(int leftCount, int rightCount, List<Edge> edges) {
        if (leftCount < 0 || rightCount < 0) {
            throw new IllegalArgumentException("leftCount and rightCount must be >= 0, were "
                    + leftCount + ", " + rightCount);
        }
        // Right nodes 0..rightCount-1 are real; rightCount + i is left node i's "unmatched" partner.
        int nodes = rightCount + leftCount;
        int[] degree = new int[leftCount];
        for (Edge e : edges) {
            if (e.left() >= leftCount || e.right() >= rightCount) {
                throw new IllegalArgumentException("edge " + e + " must have left < " + leftCount
                        + " and right < " + rightCount);
            }
            degree[e.left()]++;
        }
        int[][] adjacentRight = new int[leftCount][];
        double[][] adjacentCost = new double[leftCount][];
        for (int i = 0; i < leftCount; i++) {
            adjacentRight[i] = new int[degree[i] + 1];
            adjacentCost[i] = new double[degree[i] + 1];
            adjacentRight[i][degree[i]] = rightCount + i;   // cost 0: staying unmatched
        }
        int[] filled = new int[leftCount];
        // Feasible start: u[l] = the least cost of an edge out of l (0 for its private partner) makes every
        // reduced cost >= 0. The potentials start on the left, not the right, so that every free right node
        // keeps v = 0: shortest paths to different free nodes are then comparable, as Dijkstra needs.
        double[] u = new double[leftCount];
        double[] v = new double[nodes];
        for (Edge e : edges) {
            int slot = filled[e.left()]++;
            adjacentRight[e.left()][slot] = e.right();
            adjacentCost[e.left()][slot] = -e.weight();
            u[e.left()] = Math.min(u[e.left()], -e.weight());
        }

        int[] leftOfRight = new int[nodes];
        Arrays.fill(leftOfRight, -1);
        int[] rightOfLeft = new int[leftCount];
        Arrays.fill(rightOfLeft, -1);
        double[] dist = new double[nodes];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] previousLeft = new int[nodes];
        boolean[] done = new boolean[nodes];
        List<Integer> touched = new ArrayList<>();
        List<Integer> visitedLeft = new ArrayList<>();
        List<Double> visitedLeftDist = new ArrayList<>();
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));

        for (int source = 0; source < leftCount; source++) {
            visitedLeft.add(source);
            visitedLeftDist.add(0.0);
            int left = source;
            double base = 0.0;
            int target;
            while (true) {
                for (int k = 0; k < adjacentRight[left].length; k++) {
                    int r = adjacentRight[left][k];
                    if (done[r]) {
                        continue;
                    }
                    // Rounding can leave a reduced cost a hair below 0; clamping keeps Dijkstra sound.
                    double candidate = base + Math.max(0.0, adjacentCost[left][k] - u[left] - v[r]);
                    if (candidate < dist[r]) {
                        if (dist[r] == Double.POSITIVE_INFINITY) {
                            touched.add(r);
                        }
                        dist[r] = candidate;
                        previousLeft[r] = left;
                        queue.add(new double[] {candidate, r});
                    }
                }
                // The source's private partner is reachable and free, so the queue cannot run dry first.
                double[] top = queue.poll();
                int r = (int) top[1];
                while (done[r] || top[0] > dist[r]) {   // skip stale entries
                    top = queue.poll();
                    r = (int) top[1];
                }
                done[r] = true;
                if (leftOfRight[r] < 0) {
                    target = r;
                    break;
                }
                left = leftOfRight[r];
                base = dist[r];   // the matched edge has reduced cost 0
                visitedLeft.add(left);
                visitedLeftDist.add(base);
            }
            double targetDist = dist[target];
            for (int k = 0; k < visitedLeft.size(); k++) {
                u[visitedLeft.get(k)] += targetDist - visitedLeftDist.get(k);
            }
            for (int r : touched) {
                if (done[r]) {
                    v[r] -= targetDist - dist[r];
                }
            }
            // Augment along the shortest-path tree back to the source (whose former partner is -1).
            for (int r = target; r >= 0; ) {
                int l = previousLeft[r];
                int formerRight = rightOfLeft[l];
                rightOfLeft[l] = r;
                leftOfRight[r] = l;
                r = formerRight;
            }
            for (int r : touched) {
                dist[r] = Double.POSITIVE_INFINITY;
                done[r] = false;
            }
            touched.clear();
            visitedLeft.clear();
            visitedLeftDist.clear();
            queue.clear();
        }

        // Sum the input weights rather than read the potentials, so the total carries no drift.
        double total = 0;
        for (Edge e : edges) {
            if (rightOfLeft[e.left()] == e.right()) {
                total += e.weight();
            }
        }
        int[] matched = new int[leftCount];
        for (int i = 0; i < leftCount; i++) {
            matched[i] = rightOfLeft[i] < rightCount ? rightOfLeft[i] : -1;
        }
        return new Result(total, matched);
    }
}
