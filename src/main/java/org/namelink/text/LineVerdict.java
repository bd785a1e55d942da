package org.namelink.text;

import java.util.Objects;

/**
 * The verdict of {@link PageCleaner#classify(String)} on one non-blank line of a scraped page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span   the line in the original text, without its line terminator (UTF-16 offsets)
 * @param chrome true when the line is web-page chrome (buttons, share bars, prompts, footers, ...)
 *               rather than article text
 * @param reason a short human-readable reason, e.g. {@code "prompt phrase 'sign up'"},
 *               {@code "short line in a chrome block"} or {@code "sentence"}
 */
public record LineVerdict(Span span, boolean chrome, String reason) {

    public LineVerdict {
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank, was '" + reason + "'");
        }
    }
}
