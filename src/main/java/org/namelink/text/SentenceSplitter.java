package org.namelink.text;

import java.util.List;

/**
 * Splits a region of a text into sentences. Implementations must be thread-safe.
 */
public interface SentenceSplitter {

    /**
     * Returns the sentence spans inside {@code region} of {@code text}, in order, trimmed of
     * surrounding white space, never crossing the region's bounds.
     */
    List<Span> split(String text, Span region);
}
