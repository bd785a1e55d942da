package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.namelink.names.NameMatch;

/**
 * The near misses of one resolution as its pair decisions find them ({@link ResolutionPlan#spellings}),
 * the {@link NearMisses#limit()} closest to the threshold that decided them kept: memory bounded by the limit, never
 * by the pairs compared. Which pairs are kept depends only on the pairs offered, not on their order,
 * so the result is the same on any number of threads.
 *
 * <p>Thread-safe: decisions offered from parallel threads are serialised on the collector.
 */
public final class NearMissCollector {

    /** A pair offered: the two groups in group-key order and the decision without its explanation. */
    record Pair(NameGroup a, NameGroup b, NameMatch decision, double closeness) {
    }

    /** Closest first, then by the group keys: a total order on distinct pairs. */
    static final Comparator<Pair> ORDER = Comparator.comparingDouble(Pair::closeness)
            .thenComparing(p -> p.a().groupKey()).thenComparing(p -> p.b().groupKey());

    /** Collects nothing: the resolver decides exactly as without near misses. */
    static final NearMissCollector NONE = new NearMissCollector(null);

    private final NearMisses options;
    /** The pairs kept, the farthest from the threshold on top (to be dropped first). */
    private final PriorityQueue<Pair> kept;
    private long found;

    private NearMissCollector(NearMisses options) {
        this.options = options;
        this.kept = options == null ? null : new PriorityQueue<>(ORDER.reversed());
    }

    static NearMissCollector of(NearMisses options) {
        return new NearMissCollector(Objects.requireNonNull(options, "options"));
    }

    /** Whether it collects: when not, the decisions need not be looked at. */
    boolean collecting() {
        return options != null;
    }

    /** The band of {@link NearMisses}. */
    double band() {
        return options.band();
    }

    /** A spelling decision that {@link PairDecisions#isNearMiss is a near miss}: the score decided it. */
    void offer(NameGroup g, NameGroup h, NameMatch decision) {
        double threshold = decision.threshold().orElseThrow(() -> new IllegalArgumentException(
                "decision must be one its score decided (a threshold), was " + decision));
        boolean inOrder = g.groupKey().compareTo(h.groupKey()) <= 0;
        Pair p = new Pair(inOrder ? g : h, inOrder ? h : g, decision, Math.abs(decision.score() - threshold));
        synchronized (this) {
            found++;
            if (kept.size() < options.limit()) {
                kept.add(p);
            } else if (ORDER.compare(p, kept.peek()) < 0) {
                kept.poll();
                kept.add(p);
            }
        }
    }

    /** The pairs kept, closest first, then by group keys. */
    synchronized List<Pair> pairs() {
        List<Pair> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return sorted;
    }

    synchronized long found() {
        return found;
    }

    NearMisses options() {
        return options;
    }
}
