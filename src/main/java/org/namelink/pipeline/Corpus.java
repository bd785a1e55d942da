package org.namelink.pipeline;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.NameLookup;
import org.namelink.resolution.NearMissReport;
import org.namelink.resolution.NearMisses;

/**
 * The result of processing a collection of articles: every document in input order (failed ones
 * with their error) and the entities resolved across them. Entities are indexed by id and by every
 * name they go by when the corpus is made, so looking one up costs no scan; {@link #find} by any
 * spelling builds its index of analysed names on first use.
 *
 * <p>Immutable and thread-safe: any number of threads may look entities up at once. No method
 * returns null.
 */
public final class Corpus {

    private final List<ProcessedDocument> documents;
    private final List<Entity> entities;
    private final Map<String, Entity> byId;
    /** Entities by canonical name, in order of first mention. */
    private final ImmutableListMultimap<String, Entity> byName;
    /** Entities by every variant other than their canonical name, in order of first mention. */
    private final ImmutableListMultimap<String, Entity> byOtherVariant;
    /** The lookup by any spelling, made on first use (thread-safe). */
    private final Supplier<NameLookup<Entity>> lookup;
    /** The resolver's near misses, when the run collected them. */
    private final NearMissReport nearMisses;

    /**
     * A corpus whose lookups by any spelling ({@link #find}) use the default name matcher.
     *
     * @param documents every document, in input order
     * @param entities the entities resolved across them, with distinct ids
     * @throws IllegalArgumentException if two entities share an id
     */
    public Corpus(List<ProcessedDocument> documents, List<Entity> entities) {
        this(documents, entities, Optional.empty());
    }

    /**
     * @param documents every document, in input order
     * @param entities the entities resolved across them, with distinct ids
     * @param resolver the resolver that resolved them, whose analysis, blocking keys and matcher
     *     {@link #find} uses
     * @throws IllegalArgumentException if two entities share an id
     */
    public Corpus(List<ProcessedDocument> documents, List<Entity> entities, EntityResolver resolver) {
        this(documents, entities, Optional.of(Objects.requireNonNull(resolver, "resolver")));
    }

    private Corpus(List<ProcessedDocument> documents, List<Entity> entities, Optional<EntityResolver> resolver) {
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
        List<Entity> all = this.entities;
        this.lookup = Suppliers.memoize(() -> NameLookup.of(all, Entity::type, Corpus::names,
                resolver.orElseGet(() -> EntityResolver.create(NameMatcher.defaults()))));
        this.nearMisses = NearMissReport.none(NearMisses.DEFAULT);
    }

    private Corpus(Corpus c, NearMissReport nearMisses) {
        this.documents = c.documents;
        this.entities = c.entities;
        this.byId = c.byId;
        this.byName = c.byName;
        this.byOtherVariant = c.byOtherVariant;
        this.lookup = c.lookup;
        this.nearMisses = Objects.requireNonNull(nearMisses, "nearMisses");
    }

    /** This corpus with the near misses of the resolution that made it. */
    public Corpus withNearMisses(NearMissReport nearMisses) {
        return new Corpus(this, nearMisses);
    }

    /**
     * The pairs of names the resolver compared and nearly decided otherwise, for a person to review
     * ({@link Namelink#resolveMentions(List, NearMisses)}); none unless the run collected them.
     * Not part of {@link #equals}: the entities are the same either way.
     */
    public NearMissReport nearMisses() {
        return nearMisses;
    }

    /** An entity's names for {@link NameLookup}: its canonical name first, then its variants. */
    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>(e.variants().size() + 1);
        names.add(e.name());
        names.addAll(e.variants());
        return names;
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
     * The entity {@code name} finds first ({@link #find}): the one whose canonical name, or else
     * one of whose variants, equals it (the first mentioned when several do), else one by its folded
     * spelling ("erbil"), without titles ("Mr Barzani"), or as the matcher's best ("Arbil").
     */
    public Optional<Entity> entity(String name) {
        List<NameLookup.Match<Entity>> found = find(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).entity());
    }

    /**
     * The entities {@code name} finds by any spelling, best first, each once: those that go by it
     * exactly ({@link #entitiesNamed}'s order), then by the same folded name key as the resolver
     * groups mentions by (case, diacritics, punctuation, particles), then with titles stripped,
     * then those the resolver's name matcher judges the same among the names sharing a blocking key
     * with it (best score first). Each {@link NameLookup.Match} says how it matched
     * ({@link NameLookup.How}) and the score. Empty when nothing matches.
     */
    public List<NameLookup.Match<Entity>> find(String name) {
        Objects.requireNonNull(name, "name");
        return lookup.get().find(name);
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
