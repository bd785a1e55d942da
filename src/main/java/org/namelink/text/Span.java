package org.namelink.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in an original text.
 *
 * <p>Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must be >= start (" + start + "), was " + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when the two spans share at least one code unit. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The covered text of {@code text}. */
    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /**
     * This span without the white space of {@code text} at either end (no-break spaces included: {@link #isSpace});
     * empty if nothing else is in it.
     */
    public Span strip(CharSequence text) {
        int s = start;
        int e = end;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return s == start && e == end ? this : new Span(s, e);
    }

    /**
     * Index of the first of {@code items}, in text order with non-decreasing ends, whose end is after
     * {@code position} ({@code items.size()} if none), by binary search.
     */
    public static <T> int firstEndingAfter(java.util.List<T> items, java.util.function.ToIntFunction<? super T> end, int position) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end.applyAsInt(items.get(mid)) <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** White space, or a space character such as the no-break space: what no mention begins or ends with. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public int compareTo(Span other) {
        int c = Integer.compare(start, other.start);
        return c != 0 ? c : Integer.compare(other.end, end);
    }
}
