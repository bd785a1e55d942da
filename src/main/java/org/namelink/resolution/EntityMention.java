package org.namelink.resolution;

import java.util.Objects;
import org.namelink.text.Span;

/**
 * A mention as part of an entity: where it is and how it was written.
 *
 * <p>Immutable and thread-safe.
 */
public record EntityMention(String documentId, Span span, String text) {

    public EntityMention {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
