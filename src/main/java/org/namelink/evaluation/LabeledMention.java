package org.namelink.evaluation;

import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

/**
 * One mention with a cluster label: a gold entity (slug, Wikidata id, ...) or a system entity id.
 * Mentions with equal {@code entity} labels belong to the same entity, across documents too.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentId the document the span points into; non-blank
 * @param span       the mention's UTF-16 range in that document's text
 * @param type       the mention's type
 * @param entity     the cluster label; non-blank
 */
public record LabeledMention(String documentId, Span span, EntityType type, String entity) {

    public LabeledMention {
        requireNonBlank("documentId", documentId);
        Objects.requireNonNull(span, "span must not be null");
        Objects.requireNonNull(type, "type must not be null; valid options are PERSON, LOCATION, ORGANIZATION");
        requireNonBlank("entity", entity);
    }

    private static void requireNonBlank(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be non-blank, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }
}
