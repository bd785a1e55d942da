package org.namelink.mentions;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.namelink.text.Span;

/**
 * Mentions that never overlap one another, keyed by start, so that whether a span overlaps any of
 * them takes one lookup: the mention starting last before the span's end is the only candidate.
 *
 * <p>Not thread-safe: a working set within one call.
 */
final class NonOverlappingMentions {

    private final TreeMap<Integer, Mention> byStart = new TreeMap<>();

    /** True when {@code span} overlaps a mention held here. */
    boolean overlapsAny(Span span) {
        Map.Entry<Integer, Mention> before = byStart.lowerEntry(span.end());
        return before != null && before.getValue().end() > span.start();
    }

    /** Adds {@code m}, which must overlap none held here. */
    void add(Mention m) {
        byStart.put(m.start(), m);
    }

    /** The mentions held, in text order. */
    List<Mention> inTextOrder() {
        return List.copyOf(byStart.values());
    }
}
