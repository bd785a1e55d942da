package org.namelink.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.namelink.resolution.EntityLink;

/**
 * The knowledge-base links the registry keeps with its entities (table {@code entity_link}), and
 * the rules that keep them stable:
 * <ul>
 *   <li>a link a user set, or a user's "no article", is never replaced by a batch;</li>
 *   <li>an entity without a link takes its batch's;</li>
 *   <li>an automatic link is replaced only by a different article whose score is at least
 *       {@link #REPLACE_MARGIN} higher; a batch that links the entity nowhere, or to the same
 *       article, leaves it as it is (so a link does not flicker with each batch's context);</li>
 *   <li>a merge keeps the survivor's link, the merged entity's when the survivor has none or when
 *       only the merged one's was set by a user; a split-off part starts without a link.</li>
 * </ul>
 * Every change is an event of the entity ({@code linked}, {@code relinked}, {@code corrected}).
 *
 * <p>Stateless; called inside the registry's write transaction (or under its lock for reads).
 */
final class RegistryLinks {

    /** How much higher a different article's score must be to replace an automatic link. */
    static final double REPLACE_MARGIN = 0.2;

    /** A stored link: the link, or none when a user said the entity has no article. */
    record Stored(Optional<EntityLink> link, boolean byUser) {
    }

    private RegistryLinks() {
    }

    /**
     * The active entity an id stands for now, following merges; empty for a split one (it stands
     * for several) or an id never issued.
     */
    static Optional<Long> activeOf(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT status, successor FROM entity WHERE id = ?")) {
            for (int hops = 0; hops < 10_000; hops++) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    String status = r.getString(1);
                    if (status.equals("active")) {
                        return Optional.of(id);
                    }
                    long next = r.getLong(2);
                    if (!status.equals("merged") || r.wasNull()) {
                        return Optional.empty();
                    }
                    id = next;
                }
            }
        }
        return Optional.empty();
    }

    /** The entity's stored link, if it has a row. */
    static Optional<Stored> read(Connection c, long entity) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT kb, title, score, by_user FROM entity_link WHERE entity_id = ?")) {
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String kb = r.getString(1);
                String title = r.getString(2);
                Optional<EntityLink> link = kb == null || title == null ? Optional.empty()
                        : Optional.of(EntityLink.WIKIPEDIA.equals(kb) ? EntityLink.wikipedia(title, r.getDouble(3))
                                : new EntityLink(kb, title, title, r.getDouble(3)));
                return Optional.of(new Stored(link, r.getInt(4) != 0));
            }
        }
    }

    /**
     * Records the links a batch's linker found ({@code links}, one per entity of the batch, in its
     * order), by the rules above.
     *
     * @return the link the registry holds now for each of the batch's registry ids that has one
     */
    static Map<String, EntityLink> recordBatch(Connection c, RegisteredBatch batch, List<Optional<EntityLink>> links,
                                               String at) throws SQLException {
        // The best link found for each registry entity (two entities of a batch may be one there).
        Map<Long, EntityLink> best = new LinkedHashMap<>();
        for (int i = 0; i < links.size(); i++) {
            Optional<Long> now = activeOf(c, EntityRegistry.internalId(batch.registryIds().get(i)));
            if (links.get(i).isPresent() && now.isPresent()) { // a split since the batch: its parts start unlinked
                best.merge(now.get(), links.get(i).get(), (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        for (Map.Entry<Long, EntityLink> e : best.entrySet()) {
            recordFromBatch(c, e.getKey(), e.getValue(), batch.batch(), at);
        }
        Map<String, EntityLink> out = new LinkedHashMap<>();
        for (String id : batch.registryIds()) {
            Optional<Long> now = activeOf(c, EntityRegistry.internalId(id));
            if (now.isPresent()) {
                read(c, now.get()).flatMap(Stored::link).ifPresent(l -> out.put(id, l));
            }
        }
        return out;
    }

    /**
     * Records what a batch's linker found for a registry entity, by the rules above.
     *
     * @return whether the stored link changed
     */
    static boolean recordFromBatch(Connection c, long entity, EntityLink found, long batch, String at)
            throws SQLException {
        Optional<Stored> stored = read(c, entity);
        if (stored.isPresent() && stored.get().byUser()) {
            return false;
        }
        Optional<EntityLink> old = stored.flatMap(Stored::link);
        if (old.isPresent() && (sameArticle(old.get(), found) || found.score() < old.get().score() + REPLACE_MARGIN)) {
            return false;
        }
        write(c, entity, Optional.of(found), false, batch);
        // The event's batch says which batch linked it.
        RegistryRows.event(c, entity, batch, old.isEmpty() ? "linked" : "relinked", describe(found)
                + old.map(o -> ", replacing " + describe(o)).orElse(""), at);
        return true;
    }

    /** A user's link, or a user's "no article" ({@code link} empty); recorded as a {@code corrected} event. */
    static void setByUser(Connection c, long entity, Optional<EntityLink> link, String at) throws SQLException {
        write(c, entity, link, true, 0);
        RegistryRows.event(c, entity, 0, "corrected", link.map(l -> "user linked it to " + describe(l))
                .orElse("user said it has no article; batches will not link it"), at);
    }

    /**
     * A merge of {@code from} into {@code into}: the survivor keeps its link unless it has none or
     * only {@code from}'s was set by a user; {@code from} keeps no link (it is a redirect).
     */
    static void merge(Connection c, long from, long into, long batch, String at) throws SQLException {
        Optional<Stored> gone = read(c, from);
        Optional<Stored> kept = read(c, into);
        try (PreparedStatement p = c.prepareStatement("DELETE FROM entity_link WHERE entity_id = ?")) {
            p.setLong(1, from);
            p.executeUpdate();
        }
        if (gone.isEmpty() || kept.isPresent() && (kept.get().byUser() || !gone.get().byUser())) {
            if (gone.isPresent() && gone.get().byUser() && !gone.get().link().equals(kept.get().link())) {
                // Two users' choices, one entity: the survivor's stands, and the other is not lost without trace.
                RegistryRows.event(c, into, batch, "corrected", "the link a user set on " + EntityRegistry.publicId(from)
                        + ", " + gone.get().link().map(RegistryLinks::describe).orElse("no article")
                        + ", gave way to this entity's on the merge", at);
            }
            return;
        }
        write(c, into, gone.get().link(), gone.get().byUser(), batch);
        RegistryRows.event(c, into, batch, "linked", gone.get().link().map(RegistryLinks::describe)
                .orElse("no article") + (gone.get().byUser() ? " (set by a user)" : "") + " from "
                + EntityRegistry.publicId(from) + ", merged into it", at);
    }

    private static void write(Connection c, long entity, Optional<EntityLink> link, boolean byUser, long batch)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO entity_link(entity_id, kb, title, "
                + "score, by_user, batch_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, entity);
            p.setString(2, link.map(EntityLink::kb).orElse(null));
            p.setString(3, link.map(EntityLink::id).orElse(null));
            p.setDouble(4, link.map(EntityLink::score).orElse(1.0));
            p.setInt(5, byUser ? 1 : 0);
            RegistryRows.setLong(p, 6, batch > 0 ? batch : null);
            p.executeUpdate();
        }
    }

    private static boolean sameArticle(EntityLink a, EntityLink b) {
        return a.kb().equals(b.kb()) && a.id().equals(b.id());
    }

    /** {@code wikipedia:Arbil (0.93)}. */
    static String describe(EntityLink l) {
        return String.format(Locale.ROOT, "%s:%s (%.2f)", l.kb(), l.id(), l.score());
    }
}
