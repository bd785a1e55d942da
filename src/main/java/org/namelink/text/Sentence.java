package org.namelink.text;

import java.util.List;
import java.util.Objects;

/**
 * A sentence: its span in the original text and its tokens, in order.
 *
 * <p>Immutable and thread-safe.
 */
public record Sentence(Span span, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        for (Token token : tokens) {
            if (!span.contains(token.span())) {
                throw new IllegalArgumentException("token " + token + " lies outside sentence " + span);
            }
        }
    }
}
