package org.namelink.mentions;

import java.util.Objects;
import org.namelink.text.Span;

/**
 * A typed name mention in one document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span half-open UTF-16 offsets into the original text
 * @param text the covered text, equal to {@code originalText.substring(span.start(), span.end())}
 * @param type the entity type
 * @param source what found it ({@code crf}, {@code gazetteer}, {@code pattern}, ...)
 * @param typeFixed the type was decided by stronger evidence than the tagger's (the layout of a
 *     results line or a dateline): resolution counts it in its type votes but never changes it
 */
public record Mention(Span span, String text, EntityType type, String source, boolean typeFixed) {

    /** A mention whose type resolution may revise. */
    public Mention(Span span, String text, EntityType type, String source) {
        this(span, text, type, source, false);
    }

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not have the length of span " + span);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank, was '" + text + "'");
        }
    }

    /** Creates a mention covering {@code span} of {@code original}. */
    public static Mention of(String original, Span span, EntityType type, String source) {
        return new Mention(span, span.coveredText(original), type, source);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Creates a mention covering {@code span} of {@code original} whose type resolution keeps. */
    public static Mention ofFixedType(String original, Span span, EntityType type, String source) {
        return new Mention(span, span.coveredText(original), type, source, true);
    }

    /** This mention over another span of {@code original} (same type, source and {@link #typeFixed}). */
    public Mention withSpan(String original, Span newSpan) {
        return new Mention(newSpan, newSpan.coveredText(original), type, source, typeFixed);
    }

    /** This mention with another type (and the same {@link #typeFixed}). */
    public Mention withType(EntityType newType) {
        return new Mention(span, text, newType, source, typeFixed);
    }
}
