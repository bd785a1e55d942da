package org.namelink.text;

import java.util.List;

/**
 * Splits a region of a text into tokens. Implementations must be thread-safe.
 */
public interface Tokenizer {

    /** Returns the tokens inside {@code region} of {@code text}, in order, with original offsets. */
    List<Token> tokenize(String text, Span region);
}
