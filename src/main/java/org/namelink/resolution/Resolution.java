package org.namelink.resolution;

import java.util.List;
import java.util.Objects;

/**
 * The resolver's result: entities, and for each input document the entity id of each of its
 * mentions (parallel to the document's mention list).
 *
 * <p>Immutable and thread-safe.
 */
public record Resolution(List<Entity> entities, List<List<String>> mentionEntityIds) {

    public Resolution {
        entities = List.copyOf(entities);
        mentionEntityIds = mentionEntityIds.stream().map(List::copyOf).toList();
        Objects.requireNonNull(mentionEntityIds, "mentionEntityIds");
    }
}
