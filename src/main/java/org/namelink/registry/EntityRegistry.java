package org.namelink.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameForm;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.NearMiss;
import org.namelink.resolution.NearMissReport;
import org.namelink.resolution.NearMisses;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.plan.ResolvedBatch;
import org.namelink.resolution.ResolverDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entities that keep their ids across runs, in an SQLite file ({@code namelink.db} by default).
 *
 * <p>Each {@link #add} resolves a batch of documents with the resolution plan's steps against the names
 * the registry holds (looked up by index, never read whole) and records it in one transaction: a
 * run killed at any point leaves every earlier batch intact and none of the killed one. Ids
 * ({@code N1}, {@code N2}, ...) are never reused: a merged entity's id redirects to the survivor,
 * a split one's to its parts. Users' corrections ({@link #merge}, {@link #split},
 * {@link #pinAlias}) are never undone by later batches: automatic resolution never splits an
 * entity, never moves a name out of one, and never joins entities a split kept apart.
 *
 * <p>Thread-safe: calls on one instance are serialised. Many processes may read one file while one
 * writes (SQLite's write-ahead log); a second writer waits for the first, as long as it takes, and
 * says so ({@link #open(Path, Consumer)}). A batch is resolved under the write lock, against the
 * names every earlier batch recorded.
 */
public final class EntityRegistry implements AutoCloseable {

    /** The file a registry is kept in unless told otherwise. */
    public static final String DEFAULT_FILE = "namelink.db";

    private static final Logger LOG = LoggerFactory.getLogger(EntityRegistry.class);

    private final Connection connection;
    private final String where;
    private final WriteLock lock;

    private EntityRegistry(Connection connection, String where, WriteLock lock) {
        this.connection = connection;
        this.where = where;
        this.lock = lock;
    }

    /**
     * Opens the registry in a file, creating it when no file is there; waiting for another
     * process's lock is logged (SLF4J, warning).
     *
     * @throws RegistryException as {@link #open(Path, Consumer)}
     */
    public static EntityRegistry open(Path file) {
        return open(file, LOG::warn);
    }

    /**
     * Opens the registry in a file, creating it when no file is there. Only a path where nothing
     * exists is created; an existing file must be a Namelink registry. A directory, FIFO, device or
     * socket is refused without being opened. The file's schema and pages are checked here, so a
     * damaged registry fails before any work is done with it.
     *
     * <p>A registry is written by one process at a time: {@link #add} and the corrections wait
     * while another process writes, as long as it takes, and tell {@code onWait} so (when they
     * start waiting, every 30 s after, and when the registry is free).
     *
     * @param onWait hears each message about waiting for another process, on the waiting thread
     * @throws RegistryException naming the file and what is wrong: not a regular file, empty, not
     *     an SQLite database, another application's database, a registry of a newer schema, a
     *     damaged registry, or one that cannot be read and written (permission, a read-only
     *     directory); the file is left unchanged
     */
    public static EntityRegistry open(Path file, Consumer<String> onWait) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(onWait, "onWait");
        WriteLock lock = new WriteLock(onWait);
        return new EntityRegistry(RegistryFile.open(file, lock), file.toString(), lock);
    }

    /**
     * Opens a registry by JDBC URL ({@code jdbc:sqlite:/data/namelink.db}): a file as {@link
     * #open(Path)}; an in-memory or {@code file:} URI database gets a registry created in it when
     * it is empty.
     *
     * @throws RegistryException as {@link #open(Path, Consumer)}
     */
    public static EntityRegistry open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("jdbcUrl must be an SQLite URL (jdbc:sqlite:FILE), was '" + jdbcUrl
                    + "'");
        }
        WriteLock lock = new WriteLock(LOG::warn);
        return new EntityRegistry(RegistryFile.open(jdbcUrl, lock), jdbcUrl, lock);
    }

    static RegistryException failure(String what, SQLException e) {
        return new RegistryException("registry failed to " + what + ": " + e.getMessage(), e);
    }

    /** The schema version this code writes. */
    public static int schemaVersion() {
        return RegistrySchema.CURRENT_VERSION;
    }

    // ---- ids ----

    static String publicId(long id) {
        return "N" + id;
    }

    static long internalId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.length() < 2 || id.charAt(0) != 'N' || !id.substring(1).chars().allMatch(Character::isDigit)
                || id.length() > 19) {
            throw new IllegalArgumentException("id must be a registry id such as N42, was '" + id + "'");
        }
        return Long.parseLong(id.substring(1));
    }

    // ---- batches ----

    /**
     * Resolves a batch of documents against the registry and records it, in one transaction.
     * Documents the registry holds already (by id) are left out and listed in the result.
     *
     * @param resolver the resolver whose plan and matcher decide
     */
    public synchronized RegisteredBatch add(List<ResolverDocument> documents, EntityResolver resolver) {
        return add(documents, resolver, Optional.empty(), NO_LINKS);
    }

    /**
     * {@link #add(List, EntityResolver)}, also recording the links {@code linker} gives the batch's
     * entities in the same transaction, by the rules of stability: a user's link or "no article" is
     * never replaced; an entity without a link takes the batch's; an automatic link is replaced only
     * by a different article scoring at least 0.2 higher. Each change is an event. A run killed at
     * any point leaves the batch with its links or neither. Links feed the batch's resolution as in
     * one JVM's pipeline: entities of one type linked with at least
     * {@link org.namelink.linking.LinkRefinement#JOIN_SCORE} to one article are joined before the
     * batch is written ({@link org.namelink.linking.LinkRefinement#joined}; the batch's result holds
     * the joined entities); entities are not split by their links here.
     *
     * @param linker called once, on this thread, with the batch's resolution before the batch is
     *     written: the link for each entity that has one, keyed by the entity's id in the batch
     *     ({@code Entity.id()}: e1, e2, ...); entities without a link are left out. Whatever it
     *     throws fails the batch, which is then not recorded: a caller that would keep its results
     *     when linking fails catches that itself and answers no links
     * @return the batch, whose {@link RegisteredBatch#links()} are the links the registry holds now
     * @throws IllegalArgumentException if the linker's answer has a null key or link, or a key that
     *     is no entity of the batch
     */
    public synchronized RegisteredBatch add(List<ResolverDocument> documents, EntityResolver resolver,
                                            Function<Resolution, Map<String, EntityLink>> linker) {
        return add(documents, resolver, Optional.empty(), Objects.requireNonNull(linker, "linker"));
    }

    /**
     * {@link #add(List, EntityResolver, NearMisses)} and {@link #add(List, EntityResolver, Function)}
     * at once, in one transaction.
     */
    public synchronized RegisteredBatch add(List<ResolverDocument> documents, EntityResolver resolver,
                                            NearMisses nearMisses,
                                            Function<Resolution, Map<String, EntityLink>> linker) {
        return add(documents, resolver, Optional.of(Objects.requireNonNull(nearMisses, "nearMisses")),
                Objects.requireNonNull(linker, "linker"));
    }

    /** Links nothing: a batch recorded without links still answers the links the registry holds. */
    private static final Function<Resolution, Map<String, EntityLink>> NO_LINKS = r -> Map.of();

    /**
     * {@link #add(List, EntityResolver)}, also recording the near misses of the batch's spelling
     * decisions in the review queue ({@link #reviewQueue}) in the same transaction: each pair of
     * names once, so a pair reviewed before is never queued again.
     *
     * @return the batch, whose {@link RegisteredBatch#nearMisses()} are the pending ones, with
     *     registry ids
     */
    public synchronized RegisteredBatch add(List<ResolverDocument> documents, EntityResolver resolver,
                                            NearMisses nearMisses) {
        return add(documents, resolver, Optional.of(Objects.requireNonNull(nearMisses, "nearMisses")), NO_LINKS);
    }

    private RegisteredBatch add(List<ResolverDocument> documents, EntityResolver resolver,
                                Optional<NearMisses> nearMisses, Function<Resolution, Map<String, EntityLink>> linker) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(resolver, "resolver");
        return inTransaction("add a batch", () -> {
            List<ResolverDocument> fresh = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM document WHERE external_id = ?")) {
                for (ResolverDocument d : documents) {
                    p.setString(1, d.id());
                    try (ResultSet r = p.executeQuery()) {
                        if (r.next() || !seen.add(d.id())) {
                            skipped.add(d.id());
                            continue;
                        }
                    }
                    fresh.add(d);
                }
            }
            if (!skipped.isEmpty()) {
                LOG.warn("{} documents already in registry {} were left out: {}", skipped.size(), where,
                        skipped.size() > 5 ? skipped.subList(0, 5) + " ..." : skipped);
            }
            ResolvedBatch batch;
            try (SqlPriorNames prior = new SqlPriorNames(connection)) {
                batch = nearMisses.isPresent() ? resolver.resolve(fresh, prior, nearMisses.get())
                        : resolver.resolve(fresh, prior);
            }
            if (fresh.isEmpty()) {
                return new RegisteredBatch(0, batch.resolution(), List.of(), skipped);
            }
            List<Optional<EntityLink>> links = List.of();
            if (linker != NO_LINKS) {
                // Links feed resolution, as in one JVM: entities linked confidently to one article join.
                LinkedBatch.Joined joined = LinkedBatch.join(batch,
                        checkedLinks(linker.apply(batch.resolution()), batch.resolution()), fresh);
                batch = joined.batch();
                links = joined.links();
            }
            RegisteredBatch written = new BatchWriter(connection, batch, fresh).write(skipped);
            if (linker != NO_LINKS) {
                written = written.withLinks(RegistryLinks.recordBatch(connection, written, links,
                        Instant.now().toString()));
            }
            return nearMisses.isEmpty() ? written : written.withNearMisses(queue(batch.nearMisses(), written.batch()));
        });
    }

    /** A linker's answer, checked link by link, as one answer per entity of {@code resolution}, in its order. */
    private static List<Optional<EntityLink>> checkedLinks(Map<String, EntityLink> links, Resolution resolution) {
        if (links == null) {
            throw new IllegalArgumentException("linker must answer a map of links (empty for none), was null");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < resolution.entities().size(); i++) {
            index.put(resolution.entities().get(i).id(), i);
        }
        List<Optional<EntityLink>> ordered = new ArrayList<>(java.util.Collections.nCopies(index.size(), Optional.empty()));
        // A null key or link would make Map.copyOf and forEach throw without saying which; check one by one.
        for (Map.Entry<String, EntityLink> e : new ArrayList<>(links.entrySet())) {
            Integer at = e.getKey() == null ? null : index.get(e.getKey());
            if (at == null) {
                throw new IllegalArgumentException("links must be keyed by the batch's entity ids, was '" + e.getKey()
                        + "'; the batch's entities: " + abbreviated(resolution.entities().stream()
                        .map(org.namelink.resolution.Entity::id).toList()));
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("links must map entity " + e.getKey() + " to a link, was null; "
                        + "leave out an entity without one");
            }
            ordered.set(at, Optional.of(e.getValue()));
        }
        return ordered;
    }

    private static String abbreviated(List<String> ids) {
        return ids.size() <= 10 ? ids.toString() : ids.subList(0, 10) + " ... (" + ids.size() + ")";
    }

    /** Records a batch's near misses in the review queue; those pending, with registry ids and the batch's documents. */
    private NearMissReport queue(NearMissReport found, long batch) throws SQLException {
        List<NearMiss> pending = new ArrayList<>();
        for (NearMiss m : found.pairs()) {
            Optional<ReviewPair> p = ReviewQueue.record(connection, m, batch);
            if (p.isPresent() && p.get().status() == ReviewPair.Status.PENDING) {
                pending.add(m.withEntities(Optional.of(p.get().entityA()), Optional.of(p.get().entityB())));
            }
        }
        return new NearMissReport(found.options(), pending, found.found() - (found.pairs().size() - pending.size()));
    }

    // ---- reading ----

    /** The entity recorded under an id, whatever its status. */
    public synchronized Optional<RegistryEntity> entity(String id) {
        long internal = internalId(id);
        try {
            return read(internal);
        } catch (SQLException e) {
            throw failure("read entity " + id, e);
        }
    }

    /**
     * The active entities an id stands for now: itself when active, the survivor of a merge, the
     * parts of a split (following further merges and splits).
     *
     * @throws RegistryException if the registry never issued the id
     */
    public synchronized List<RegistryEntity> current(String id) {
        long internal = internalId(id);
        try {
            List<RegistryEntity> result = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            List<Long> todo = new ArrayList<>(List.of(internal));
            while (!todo.isEmpty()) {
                long next = todo.remove(todo.size() - 1);
                if (!seen.add(next)) {
                    continue;
                }
                RegistryEntity e = read(next).orElseThrow(() -> new RegistryException("registry " + where
                        + " has no entity " + id));
                if (e.status() == RegistryEntity.Status.ACTIVE) {
                    result.add(e);
                } else {
                    for (int i = e.successors().size() - 1; i >= 0; i--) {
                        todo.add(internalId(e.successors().get(i)));
                    }
                }
            }
            return result;
        } catch (SQLException e) {
            throw failure("follow id " + id, e);
        }
    }

    private Optional<RegistryEntity> read(long id) throws SQLException {
        String type;
        String name;
        boolean team;
        RegistryEntity.Status status;
        List<String> successors = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT type, name, team, status, successor FROM entity WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                type = r.getString(1);
                name = r.getString(2);
                team = r.getInt(3) != 0;
                status = RegistryEntity.Status.valueOf(r.getString(4).toUpperCase(java.util.Locale.ROOT));
                long successor = r.getLong(5);
                if (!r.wasNull()) {
                    successors.add(publicId(successor));
                }
            }
        }
        if (status == RegistryEntity.Status.SPLIT) {
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT part_id FROM split_part WHERE entity_id = ? ORDER BY part_id")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        successors.add(publicId(r.getLong(1)));
                    }
                }
            }
        }
        List<RegistryEntity.Variant> variants = new ArrayList<>();
        int mentions = 0;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT display, mentions FROM variant WHERE entity_id = ? ORDER BY mentions DESC, display")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    variants.add(new RegistryEntity.Variant(r.getString(1), r.getInt(2)));
                    mentions += r.getInt(2);
                }
            }
        }
        int documents;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT count(DISTINCT document_id) FROM mention WHERE entity_id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                documents = r.next() ? r.getInt(1) : 0;
            }
        }
        Optional<RegistryLinks.Stored> link = RegistryLinks.read(connection, id);
        return Optional.of(new RegistryEntity(publicId(id), EntityType.valueOf(type), name, team, status, successors,
                variants, mentions, documents, link.flatMap(RegistryLinks.Stored::link),
                link.map(RegistryLinks.Stored::byUser).orElse(false)));
    }

    /** The active entities, oldest first. */
    public synchronized List<RegistryEntity> entities() {
        try {
            List<Long> ids = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT id FROM entity WHERE status = 'active' ORDER BY id")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            List<RegistryEntity> result = new ArrayList<>(ids.size());
            for (long id : ids) {
                read(id).ifPresent(result::add);
            }
            return result;
        } catch (SQLException e) {
            throw failure("list entities", e);
        }
    }

    /**
     * The active entities a spelling finds, each once by its best reason: a variant spelled so
     * ({@link FoundEntity.How#EXACT}), a name that folds to the same key whatever its case, accents,
     * titles or particles ({@link FoundEntity.How#FOLDED}), then the names the resolver's matcher takes
     * it for ({@link FoundEntity.How#MATCHER}), best score first. Looked up by index, never by reading
     * every name.
     *
     * @param resolver whose analyser, matcher and blocking keys decide
     */
    public synchronized List<FoundEntity> find(String name, EntityResolver resolver) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resolver, "resolver");
        try {
            List<FoundEntity> found = new ArrayList<>();
            for (SpellingFinder.Hit h : new SpellingFinder(connection, resolver).find(name)) {
                read(h.entity()).filter(e -> e.status() == RegistryEntity.Status.ACTIVE).ifPresent(e -> found.add(
                        new FoundEntity(e, h.how(), h.variant(), h.score(), h.rule())));
            }
            return found;
        } catch (SQLException e) {
            throw failure("find '" + name + "'", e);
        }
    }

    /**
     * The ids of the documents an entity (by any id it ever had: its current entities') is
     * mentioned in, in the order they were added.
     */
    public synchronized List<String> documents(String id) {
        List<String> out = new ArrayList<>();
        try {
            for (RegistryEntity e : current(id)) {
                for (String d : RegistryReads.documents(connection, internalId(e.id()))) {
                    if (!out.contains(d)) {
                        out.add(d);
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the documents of " + id, e);
        }
    }

    /** Every id that no longer names an active entity, with the active ids it stands for now, oldest first. */
    public synchronized Map<String, List<String>> redirects() {
        try {
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            for (long id : RegistryReads.inactive(connection)) {
                out.put(publicId(id), current(publicId(id)).stream().map(RegistryEntity::id).toList());
            }
            return out;
        } catch (SQLException e) {
            throw failure("read redirects", e);
        }
    }

    /**
     * The canonical names the registry holds now for some ids, as {@code entity(id).name()} gives
     * them, without reading the entities whole; an id never issued is left out.
     */
    public synchronized Map<String, String> names(java.util.Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        List<Long> internal = ids.stream().map(EntityRegistry::internalId).toList();
        try {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            RegistryReads.names(connection, internal).forEach((id, name) -> out.put(publicId(id), name));
            return out;
        } catch (SQLException e) {
            throw failure("read names", e);
        }
    }

    /** The events of one id, oldest first (a merged or split id's own events, not its successors'). */
    public synchronized List<RegistryEvent> history(String id) {
        long internal = internalId(id);
        try {
            if (read(internal).isEmpty()) {
                throw new RegistryException("registry " + where + " has no entity " + id);
            }
            List<RegistryEvent> events = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement("SELECT id, kind, detail, coalesce(batch_id, 0), at "
                    + "FROM event WHERE entity_id = ? ORDER BY id")) {
                p.setLong(1, internal);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        events.add(new RegistryEvent(r.getLong(1), id, r.getString(2), r.getString(3), r.getLong(4),
                                r.getString(5)));
                    }
                }
            }
            return events;
        } catch (SQLException e) {
            throw failure("read the history of " + id, e);
        }
    }

    /** Counts of the registry's contents: entities (active), name groups, documents, mentions, batches. */
    public synchronized Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String[] q : new String[][] {{"entities", "SELECT count(*) FROM entity WHERE status = 'active'"},
                    {"names", "SELECT count(*) FROM name_group"}, {"documents", "SELECT count(*) FROM document"},
                    {"mentions", "SELECT count(*) FROM mention"}, {"batches", "SELECT count(*) FROM batch"}}) {
                try (ResultSet r = s.executeQuery(q[1])) {
                    counts.put(q[0], r.next() ? r.getLong(1) : 0);
                }
            }
            return counts;
        } catch (SQLException e) {
            throw failure("count", e);
        }
    }

    // ---- corrections ----

    /**
     * A user's merge: {@code other} joins {@code survivor} and redirects to it. Lasting: automatic
     * resolution never splits an entity.
     *
     * @throws IllegalArgumentException if the two are one entity, are not both active, or differ in
     *     type or sense (a place and its sports team); the registry is left unchanged
     */
    public synchronized RegistryEntity merge(String survivor, String other) {
        // Read under the write lock: another process may merge either of them while this one waits.
        return inTransaction("merge " + other + " into " + survivor, () -> mergeNow(survivor, other));
    }

    /** {@link #merge} inside the caller's transaction. */
    private RegistryEntity mergeNow(String survivor, String other) throws SQLException {
        RegistryEntity kept = activeEntity(survivor);
        RegistryEntity gone = activeEntity(other);
        long into = internalId(kept.id());
        long from = internalId(gone.id());
        if (into == from) {
            throw new IllegalArgumentException("cannot merge " + survivor + " with itself");
        }
        if (kept.type() != gone.type() || kept.team() != gone.team()) {
            throw new IllegalArgumentException("cannot merge " + gone.label() + " into " + kept.label()
                    + ": only entities of one type and sense are one entity; nothing was changed");
        }
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM kept_apart WHERE a = ? AND b = ?")) {
            p.setLong(1, Math.min(into, from));
            p.setLong(2, Math.max(into, from));
            p.executeUpdate();
        }
        String at = Instant.now().toString();
        RegistryRows.mergeEntities(connection, from, into, 0, at, "corrected by a user");
        RegistryRows.event(connection, into, 0, "corrected", "user merged " + publicId(from) + " into " + publicId(into), at);
        RegistryRows.rename(connection, into);
        return read(into).orElseThrow();
    }

    /**
     * A user's split: the mentions of one variant leave the entity for a new one. The entity keeps
     * its id and its other variants; later batches never join the two again.
     *
     * @return the entity without the variant (its id unchanged), then the new entity with it
     */
    public synchronized List<RegistryEntity> split(String id, String variant) {
        Objects.requireNonNull(variant, "variant");
        return inTransaction("correct " + id, () -> splitNow(id, variant));
    }

    /** {@link #split} inside the caller's transaction. */
    private List<RegistryEntity> splitNow(String id, String variant) throws SQLException {
        long old = activeId(id); // under the write lock, as every read a correction writes over
        RegistryEntity before = read(old).orElseThrow();
        if (before.variants().stream().noneMatch(v -> v.name().equals(variant))) {
            throw new IllegalArgumentException("entity " + id + " has no variant '" + variant + "'; its variants: "
                    + before.variants().stream().map(RegistryEntity.Variant::name).toList());
        }
        if (before.variants().size() == 1) {
            throw new IllegalArgumentException("entity " + id + " has only the variant '" + variant
                    + "'; nothing to split off");
        }
        List<Long> groups = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT DISTINCT group_id FROM mention WHERE entity_id = ? AND display = ?")) {
            p.setLong(1, old);
            p.setString(2, variant);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    groups.add(r.getLong(1));
                }
            }
        }
        // The name groups spelled so go with the variant, with all their mentions.
        return splitOff(old, before, groups, variant);
    }

    /**
     * Moves name groups of entity {@code old}, with their mentions in it, to a new entity first named
     * {@code name}, kept apart from {@code old} and from what {@code old} was kept apart from.
     *
     * @return the entity without the groups (its id unchanged), then the new entity with them
     */
    private List<RegistryEntity> splitOff(long old, RegistryEntity before, List<Long> groups, String name)
            throws SQLException {
        String at = Instant.now().toString();
        long part = newEntity(before, name);
        String ids = groups.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE mention SET entity_id = " + part + " WHERE entity_id = " + old
                    + " AND group_id IN (" + ids + ")");
            s.executeUpdate("UPDATE name_group SET entity_id = " + part + " WHERE entity_id = " + old
                    + " AND id IN (" + ids + ")");
            s.executeUpdate("INSERT OR IGNORE INTO kept_apart VALUES (" + old + ", " + part + ")");
            // What kept the entity apart from others keeps the split-off part apart from them too.
            s.executeUpdate("INSERT OR IGNORE INTO kept_apart SELECT min(" + part + ", b), max(" + part + ", b) "
                    + "FROM kept_apart WHERE a = " + old + " AND b != " + part);
            s.executeUpdate("INSERT OR IGNORE INTO kept_apart SELECT min(" + part + ", a), max(" + part + ", a) "
                    + "FROM kept_apart WHERE b = " + old);
        }
        recountVariants(old, part);
        RegistryEntity rest = read(old).orElseThrow();
        RegistryRows.event(connection, part, 0, "created", before.type() + " " + name + (before.team() ? " (team)" : "")
                + ": a user split it off " + rest.label(), at);
        RegistryRows.event(connection, old, 0, "split", "user split '" + name + "' off into " + publicId(part) + "; "
                + publicId(old) + " keeps " + rest.name(), at);
        return List.of(rest, read(part).orElseThrow());
    }

    // ---- links ----

    /**
     * A user's link: the entity's article is the English Wikipedia article {@code title} (score
     * 1); no batch replaces it. Recorded as an event ({@code corrected}).
     */
    public synchronized RegistryEntity link(String id, String title) {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must be a Wikipedia article's title, was blank");
        }
        return inTransaction("link " + id, () -> {
            long entity = activeId(id);
            RegistryLinks.setByUser(connection, entity, Optional.of(EntityLink.wikipedia(title, 1.0)),
                    Instant.now().toString());
            return read(entity).orElseThrow();
        });
    }

    /**
     * A user's "no article": the entity has no link, and no batch gives it one. Recorded as an
     * event ({@code corrected}).
     */
    public synchronized RegistryEntity unlink(String id) {
        return inTransaction("unlink " + id, () -> {
            long entity = activeId(id);
            RegistryLinks.setByUser(connection, entity, Optional.empty(), Instant.now().toString());
            return read(entity).orElseThrow();
        });
    }

    // ---- the review queue ----

    /**
     * The pending pairs of the review queue: near misses recorded by earlier batches
     * ({@link #add(List, EntityResolver, NearMisses)}), closest to the threshold first, each with its
     * names' entities now.
     */
    public synchronized List<ReviewPair> reviewQueue() {
        try {
            return ReviewQueue.pending(connection);
        } catch (SQLException e) {
            throw failure("read the review queue", e);
        }
    }

    /**
     * A person's yes to pair {@code number} of the queue: its two names are one entity. Two entities
     * are merged (into the older, as {@link #merge}: later batches never split them); a pair joined
     * already stays joined. Recorded as an event of the entity ({@code reviewed}).
     *
     * @return the entity both names belong to
     * @throws IllegalArgumentException if the queue has no such pair or it was reviewed already
     */
    public synchronized RegistryEntity accept(long number) {
        return inTransaction("accept pair " + number, () -> {
            ReviewPair p = pendingPair(number);
            String at = Instant.now().toString();
            long a = internalId(p.entityA());
            long b = internalId(p.entityB());
            RegistryEntity one = a == b ? read(a).orElseThrow()
                    : mergeNow(publicId(Math.min(a, b)), publicId(Math.max(a, b)));
            RegistryRows.event(connection, internalId(one.id()), 0, "reviewed", "user accepted pair " + number + ": '"
                    + p.nearMiss().nameA() + "' and '" + p.nearMiss().nameB() + "' are one entity" + scored(p), at);
            ReviewQueue.setStatus(connection, number, ReviewPair.Status.ACCEPTED);
            return one;
        });
    }

    /**
     * A person's no to pair {@code number} of the queue: its two names are two entities. Two
     * entities are kept apart in every later batch; a pair the resolver joined is split by the pair's
     * name groups, whatever the entity's names are now (the second name's group leaves with its
     * mentions, as {@link #split}; the first's when the second writes the entity's name). Recorded
     * as events of both entities ({@code reviewed}).
     *
     * @return the two entities, the first name's then the second's
     * @throws IllegalArgumentException if the queue has no such pair or it was reviewed already
     */
    public synchronized List<RegistryEntity> reject(long number) {
        return inTransaction("reject pair " + number, () -> {
            ReviewPair p = pendingPair(number);
            String at = Instant.now().toString();
            long a = internalId(p.entityA());
            long b = internalId(p.entityB());
            if (a == b) {
                // By the groups the queue recorded: the names shown then may be no variant now.
                RegistryEntity e = read(a).orElseThrow();
                Map.Entry<Long, String> groupA = nameGroup(p.nearMiss().groupKeyA());
                Map.Entry<Long, String> groupB = nameGroup(p.nearMiss().groupKeyB());
                boolean secondLeaves = !writes(a, groupB.getKey(), e.name());
                Map.Entry<Long, String> leaving = secondLeaves ? groupB : groupA;
                List<RegistryEntity> parts = splitOff(a, e, List.of(leaving.getKey()), leaving.getValue());
                a = internalId(parts.get(secondLeaves ? 0 : 1).id());
                b = internalId(parts.get(secondLeaves ? 1 : 0).id());
            } else {
                try (PreparedStatement k = connection.prepareStatement("INSERT OR IGNORE INTO kept_apart VALUES (?, ?)")) {
                    k.setLong(1, Math.min(a, b));
                    k.setLong(2, Math.max(a, b));
                    k.executeUpdate();
                }
            }
            String why = "user rejected pair " + number + ": '" + p.nearMiss().nameA() + "' and '"
                    + p.nearMiss().nameB() + "' are two entities" + scored(p);
            RegistryRows.event(connection, a, 0, "reviewed", why + "; kept apart from " + publicId(b), at);
            RegistryRows.event(connection, b, 0, "reviewed", why + "; kept apart from " + publicId(a), at);
            ReviewQueue.setStatus(connection, number, ReviewPair.Status.REJECTED);
            return List.of(read(a).orElseThrow(), read(b).orElseThrow());
        });
    }

    /** The id and display of the name group of {@code groupKey}, which a review pair names. */
    private Map.Entry<Long, String> nameGroup(String groupKey) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id, display FROM name_group WHERE group_key = ?")) {
            p.setString(1, groupKey);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new RegistryException("registry " + where + " has no name group " + groupKey
                            + " though its review queue names it");
                }
                return Map.entry(r.getLong(1), r.getString(2));
            }
        }
    }

    /** Whether a mention of {@code group} in {@code entity} is written {@code display}. */
    private boolean writes(long entity, long group, String display) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT 1 FROM mention WHERE entity_id = ? AND group_id = ? AND display = ? LIMIT 1")) {
            p.setLong(1, entity);
            p.setLong(2, group);
            p.setString(3, display);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private ReviewPair pendingPair(long number) throws SQLException {
        ReviewPair p = ReviewQueue.pair(connection, number).orElseThrow(() -> new IllegalArgumentException(
                "the review queue of " + where + " has no pair " + number + " (registry review lists the pending ones)"));
        if (p.status() != ReviewPair.Status.PENDING) {
            throw new IllegalArgumentException("pair " + number + " was " + p.status().name().toLowerCase(
                    java.util.Locale.ROOT) + " already; nothing was changed");
        }
        return p;
    }

    private static String scored(ReviewPair p) {
        return String.format(java.util.Locale.ROOT, " (score %.4f, threshold %.2f)", p.nearMiss().score(),
                p.nearMiss().threshold());
    }

    /**
     * A user's alias: mentions of {@code alias} (analysed as the entity's type) resolve to this
     * entity in every later batch. A name the registry holds already moves here with its mentions.
     */
    public synchronized RegistryEntity pinAlias(String id, String alias, EntityResolver resolver) {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(resolver, "resolver");
        return inTransaction("correct " + id, () -> {
            long entity = activeId(id); // under the write lock, as every read a correction writes over
            RegistryEntity e = read(entity).orElseThrow();
            NameForm form = resolver.matcher().analyzer().analyze(alias, e.type());
            if (form.isEmpty()) {
                throw new IllegalArgumentException("alias '" + alias + "' has no name left after titles");
            }
            NameGroup name = NameGroup.of(e.type(), NameGroup.nameKey(form), form, e.team(),
                    resolver.matcher().aliases());
            String at = Instant.now().toString();
            Long existing = null;
            long previous = -1;
            try (PreparedStatement p = connection.prepareStatement(
                    "SELECT id, coalesce(entity_id, -1) FROM name_group WHERE group_key = ?")) {
                p.setString(1, name.groupKey());
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        existing = r.getLong(1);
                        previous = r.getLong(2);
                    }
                }
            }
            if (existing != null) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("UPDATE name_group SET entity_id = " + entity + ", short_form = 0, pinned = 1 "
                            + "WHERE id = " + existing);
                    s.executeUpdate("UPDATE mention SET entity_id = " + entity + " WHERE group_id = " + existing);
                }
                recountVariants(previous >= 0 ? new long[] {entity, previous} : new long[] {entity});
            } else {
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO name_group(group_key, type, "
                        + "name_key, surface, team, short_form, mentions, display, entity_id, alias_key, pinned) "
                        + "VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, name.groupKey());
                    p.setString(2, name.type().name());
                    p.setString(3, name.key());
                    p.setString(4, form.surface());
                    p.setInt(5, name.team() ? 1 : 0);
                    p.setString(6, form.display());
                    p.setLong(7, entity);
                    p.setString(8, name.aliasKey().orElse(null));
                    p.executeUpdate();
                    long group = RegistryRows.generated(p);
                    try (PreparedStatement b = connection.prepareStatement("INSERT OR IGNORE INTO block VALUES (?, ?, ?)")) {
                        for (String k : resolver.blockingKeys().keys(form)) {
                            b.setString(1, name.type().name());
                            b.setString(2, k);
                            b.setLong(3, group);
                            b.executeUpdate();
                        }
                    }
                }
            }
            RegistryRows.event(connection, entity, 0, "corrected", "user pinned alias '" + form.display() + "'", at);
            return read(entity).orElseThrow();
        });
    }

    /**
     * Recounts the variants of entities whose mentions a correction moved, from their mentions,
     * keeping what the resolver recorded of each spelling (acronym, units).
     */
    private void recountVariants(long... entities) throws SQLException {
        Map<String, int[]> shapes = new HashMap<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT display, acronym, units FROM variant WHERE entity_id = ?")) {
            for (long e : entities) {
                p.setLong(1, e);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        shapes.putIfAbsent(r.getString(1), new int[] {r.getInt(2), r.getInt(3)});
                    }
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM variant WHERE entity_id = ?");
             PreparedStatement count = connection.prepareStatement("SELECT display, count(*), min(id) FROM mention "
                     + "WHERE entity_id = ? GROUP BY display");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO variant(entity_id, display, mentions, "
                     + "acronym, units, seen) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (long e : entities) {
                delete.setLong(1, e);
                delete.executeUpdate();
                count.setLong(1, e);
                try (ResultSet r = count.executeQuery()) {
                    while (r.next()) {
                        int[] shape = shapes.getOrDefault(r.getString(1), new int[] {0, 1});
                        insert.setLong(1, e);
                        insert.setString(2, r.getString(1));
                        insert.setInt(3, r.getInt(2));
                        insert.setInt(4, shape[0]);
                        insert.setInt(5, shape[1]);
                        insert.setLong(6, r.getLong(3));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
                RegistryRows.rename(connection, e);
            }
        }
    }

    /** The entity a variant split off {@code from} becomes (its created event follows the split). */
    private long newEntity(RegistryEntity from, String variant) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO entity(type, team, name, status) "
                + "VALUES (?, ?, ?, 'active')", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, from.type().name());
            p.setInt(2, from.team() ? 1 : 0);
            p.setString(3, variant);
            p.executeUpdate();
            return RegistryRows.generated(p);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private long activeId(String id) {
        return internalId(activeEntity(id).id());
    }

    /** The entity of an id that must be active, for a correction. */
    private RegistryEntity activeEntity(String id) {
        long internal = internalId(id);
        try {
            RegistryEntity e = read(internal).orElseThrow(() -> new RegistryException("registry " + where
                    + " has no entity " + id));
            if (e.status() != RegistryEntity.Status.ACTIVE) {
                throw new IllegalArgumentException("entity " + id + " was " + e.status().name().toLowerCase(
                        java.util.Locale.ROOT) + " into " + e.successors() + "; correct the current entity instead");
            }
            return e;
        } catch (SQLException e) {
            throw failure("read entity " + id, e);
        }
    }

    /**
     * Runs {@code work} in one transaction that holds the registry's write lock from its start
     * (waiting for another process's), rolled back on any failure.
     */
    private <T> T inTransaction(String what, WriteLock.Work<T> work) {
        try {
            return lock.inWriteTransaction(connection, where, work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    /** The file or URL it was opened from. */
    public String location() {
        return where;
    }

    @Override
    public String toString() {
        return "EntityRegistry[" + where + "]";
    }
}
