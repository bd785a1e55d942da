package org.namelink.resolution;

import java.util.List;
import java.util.Objects;

/**
 * The near misses of one resolution: the closest ones to the threshold, and how many there were.
 *
 * <p>Immutable and thread-safe.
 *
 * @param options the band and limit they were collected with
 * @param pairs the near misses kept, closest to the threshold first, then by group keys
 * @param found how many pairs lay within the band, counting those past the limit
 */
public record NearMissReport(NearMisses options, List<NearMiss> pairs, long found) {

    public NearMissReport {
        Objects.requireNonNull(options, "options");
        pairs = List.copyOf(pairs);
        if (found < pairs.size()) {
            throw new IllegalArgumentException("found must be at least the " + pairs.size() + " pairs kept, was " + found);
        }
    }

    /** No near misses (a run that did not collect them). */
    public static NearMissReport none(NearMisses options) {
        return new NearMissReport(options, List.of(), 0);
    }

    /** How many near misses lay within the band but past the limit. */
    public long dropped() {
        return found - pairs.size();
    }
}
