package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.namelink.names.NameMatch;
import org.namelink.resolution.NearMisses;

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
    public record Pair(NameGroup a, NameGroup b, NameMatch decision, double closeness) {
    }

    /** Closest first, then by the group keys: a total order on distinct pairs. */
    static final Comparator<Pair> ORDER = Comparator.comparingDouble(Pair::closeness)
            .thenComparing(p -> p.a().groupKey()).thenComparing(p -> p.b().groupKey());

    /** Collects nothing: the resolver decides exactly as without near misses. */
    public static final NearMissCollector NONE = new NearMissCollector(null);

    private final NearMisses options;
    /** The pairs kept, the farthest from the threshold on top (to be dropped first). */
    private final PriorityQueue<Pair> kept;
    private long found;

    private NearMissCollector(NearMisses options) {
        this.options = options;
        this.kept = options == null ? null : new PriorityQueue<>(ORDER.reversed());
    }

    public static NearMissCollector of(NearMisses options) {
        return new NearMissCollector(Objects.requireNonNull(options, "options"));
    }

    /** Whether it collects: when not, the decisions need not be looked at. */
    public boolean collecting() {
        return options != null;
    }

    /** The band of {@link NearMisses}. */
    public double band() {
        return options.band();
    }

    /** A spelling decision that {@link PairDecisions#isNearMiss is a near miss}: the score decided it. */
    public void offer(NameGroup g, NameGroup h, NameMatch decision) {
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
    public synchronized List<Pair> pairs() {
        List<Pair> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return sorted;
    }

    public synchronized long found() {
        return found;
    }

    public NearMisses options() {
        return options;
    }
}
