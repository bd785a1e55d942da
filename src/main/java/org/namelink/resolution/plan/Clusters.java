package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.namelink.names.NameMatch;
import org.namelink.resolution.MergeReason;

/**
 * Steps 5 and 6 of the {@link ResolutionPlan}, clusters: name groups (numbered 0 to n-1) joined by the pair decisions, as a union-find
 * that keeps each join's reason under both sides, so either side's variant can be explained. The
 * root of a cluster is its lowest-numbered group, whatever the order of the joins.
 *
 * <p>Mutable and not thread-safe: one resolution fills it, on one thread.
 */
public final class Clusters {

    private final int[] parent;
    private final Map<Integer, List<MergeReason>> reasons = new HashMap<>();

    /** {@code size} groups, each a cluster of its own. */
    public Clusters(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0, was " + size);
        }
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    public int size() {
        return parent.length;
    }

    /** The root of the cluster of group {@code x}. */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public boolean same(int a, int b) {
        return find(a) == find(b);
    }

    /**
     * Joins the clusters of two groups, unless they are one already, and records why under both.
     *
     * @param joiningName the joining group's name, as the reason shows it
     * @param intoName the other group's name
     * @return whether two clusters became one
     */
    public boolean union(int joining, int into, NameMatch match, String joiningName, String intoName) {
        int a = find(joining);
        int b = find(into);
        if (a == b) {
            return false;
        }
        parent[Math.max(a, b)] = Math.min(a, b);
        reasons.computeIfAbsent(joining, k -> new ArrayList<>()).add(
                new MergeReason(joiningName, match.rule(), intoName, match.score()));
        reasons.computeIfAbsent(into, k -> new ArrayList<>()).add(
                new MergeReason(intoName, match.rule(), joiningName, match.score()));
        return true;
    }

    /** Joins two groups known to be one entity already (a registry's), recording no reason. */
    public void link(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The first join that involved group {@code x}, if any. */
    public Optional<MergeReason> firstReason(int x) {
        List<MergeReason> r = reasons.getOrDefault(x, List.of());
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /**
     * The one cluster among the candidates' that is not {@code self}'s: "joins only when exactly one
     * entity fits". Empty when a candidate is in {@code self}'s cluster already, or when they span
     * two clusters or more.
     *
     * @return the first candidate of that cluster
     */
    public <T> Optional<T> onlyOtherCluster(List<T> candidates, ToIntFunction<? super T> group, int self) {
        int selfRoot = find(self);
        T found = null;
        int foundRoot = -1;
        for (T c : candidates) {
            int root = find(group.applyAsInt(c));
            if (root == selfRoot) {
                return Optional.empty();
            }
            if (found != null && foundRoot != root) {
                return Optional.empty();
            }
            if (found == null) {
                found = c;
                foundRoot = root;
            }
        }
        return Optional.ofNullable(found);
    }
}
