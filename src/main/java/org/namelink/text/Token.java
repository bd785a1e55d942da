package org.namelink.text;

import java.util.Objects;

/**
 * One token: its span in the original text and the text it covers.
 *
 * <p>Immutable and thread-safe.
 */
public record Token(Span span, String text) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not have the length of span " + span);
        }
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
