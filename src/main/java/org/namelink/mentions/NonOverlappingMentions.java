package org.namelink.mentions;

import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.util.List;
import org.namelink.text.Span;

/**
 * Mentions that never overlap one another, held by the range of text they cover, so that whether a
 * span overlaps any of them takes one lookup.
 *
 * <p>Not thread-safe: a working set within one call.
 */
final class NonOverlappingMentions {

    private final RangeMap<Integer, Mention> byRange = TreeRangeMap.create();

    /** True when {@code span}, which is not empty, overlaps a mention held here. */
    boolean overlapsAny(Span span) {
        return !byRange.subRangeMap(range(span)).asMapOfRanges().isEmpty();
    }

    /** Adds {@code m}, which must overlap none held here. */
    void add(Mention m) {
        byRange.put(range(m.span()), m);
    }

    /** The mentions held, in text order. */
    List<Mention> inTextOrder() {
        return List.copyOf(byRange.asMapOfRanges().values());
    }

    private static Range<Integer> range(Span span) {
        return Range.closedOpen(span.start(), span.end());
    }
}
