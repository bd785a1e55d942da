package org.namelink.pipeline;

import java.util.List;
import java.util.Optional;
import org.namelink.resolution.Entity;

/**
 * The result of processing a collection of articles: every document in input order (failed ones
 * with their error) and the entities resolved across them.
 *
 * <p>Immutable and thread-safe.
 */
public record Corpus(List<ProcessedDocument> documents, List<Entity> entities) {

    public Corpus {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
    }

    /** The entity whose canonical name or one of whose variants equals {@code name}. */
    public Optional<Entity> entity(String name) {
        java.util.Objects.requireNonNull(name, "name");
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .or(() -> entities.stream().filter(e -> e.variants().contains(name)).findFirst());
    }

    public Optional<Entity> entityById(String id) {
        java.util.Objects.requireNonNull(id, "id");
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Number of documents processed without error. */
    public long processedCount() {
        return documents.stream().filter(d -> !d.failed()).count();
    }
}
