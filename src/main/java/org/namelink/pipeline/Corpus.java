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

    /**
     * The entity whose canonical name, or else one of whose variants, equals {@code name}; the
     * first mentioned when several do (see {@link #entitiesNamed}).
     */
    public Optional<Entity> entity(String name) {
        return entitiesNamed(name).stream().findFirst();
    }

    /**
     * Every entity whose canonical name or one of whose variants equals {@code name}, those with
     * that canonical name first, each group in order of first mention. Several entities can share
     * a name: a place and its sports team ({@link Entity#team()}), or a name typed as a place in
     * some articles and as an organisation in as many others.
     */
    public List<Entity> entitiesNamed(String name) {
        java.util.Objects.requireNonNull(name, "name");
        List<Entity> out = new java.util.ArrayList<>();
        entities.stream().filter(e -> e.name().equals(name)).forEach(out::add);
        entities.stream().filter(e -> !e.name().equals(name) && e.variants().contains(name)).forEach(out::add);
        return List.copyOf(out);
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
