package org.namelink.pipeline;

import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namelink.resolution.Entity;

/**
 * The result of processing a collection of articles: every document in input order (failed ones
 * with their error) and the entities resolved across them. Entities are indexed by id and by every
 * name they go by when the corpus is made, so looking one up costs no scan.
 *
 * <p>Immutable and thread-safe.
 */
public final class Corpus {

    private final List<ProcessedDocument> documents;
    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    /** Entities by canonical name, in order of first mention. */
    private final ImmutableListMultimap<String, Entity> byName;
    /** Entities by every variant other than their canonical name, in order of first mention. */
    private final ImmutableListMultimap<String, Entity> byOtherVariant;

    /**
     * @param documents every document, in input order
     * @param entities the entities resolved across them, with distinct ids
     * @throws IllegalArgumentException if two entities share an id
     */
    public Corpus(List<ProcessedDocument> documents, List<Entity> entities) {
        this.documents = List.copyOf(documents);
        this.entities = List.copyOf(entities);
        this.byId = this.entities.stream().collect(Collectors.toUnmodifiableMap(Entity::id, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("entities must have distinct ids, '" + a.id() + "' occurs twice");
                }));
        ImmutableListMultimap.Builder<String, Entity> names = ImmutableListMultimap.builder();
        ImmutableListMultimap.Builder<String, Entity> others = ImmutableListMultimap.builder();
        for (Entity e : this.entities) {
            names.put(e.name(), e);
            for (String variant : new LinkedHashSet<>(e.variants())) {
                if (!variant.equals(e.name())) {
                    others.put(variant, e);
                }
            }
        }
        this.byName = names.build();
        this.byOtherVariant = others.build();
    }

    /** Every document, in input order; failed ones carry their error. */
    public List<ProcessedDocument> documents() {
        return documents;
    }

    /** The entities resolved across the documents, in order of first mention. */
    public List<Entity> entities() {
        return entities;
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
        Objects.requireNonNull(name, "name");
        List<Entity> out = new ArrayList<>(byName.get(name));
        out.addAll(byOtherVariant.get(name));
        return List.copyOf(out);
    }

    /** The entity with this id ({@code e1}, {@code e2}, ...), if there is one. */
    public Optional<Entity> entityById(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /** Number of documents processed without error. */
    public long processedCount() {
        return documents.stream().filter(d -> !d.failed()).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Corpus c && documents.equals(c.documents) && entities.equals(c.entities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documents, entities);
    }

    @Override
    public String toString() {
        return "Corpus[" + documents.size() + " documents, " + entities.size() + " entities]";
    }
}
