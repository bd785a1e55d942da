package org.namelink.pipeline;

import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

/**
 * A mention with the id of the entity it resolves to.
 *
 * <p>Immutable and thread-safe.
 */
public record ResolvedMention(Span span, String text, EntityType type, String entity, String source) {

    public ResolvedMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(source, "source");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
