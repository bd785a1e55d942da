package org.namelink.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.namelink.resolution.plan.Naming;

/** Row operations shared by the registry's writers: events, merges, names, generated keys. Stateless. */
final class RegistryRows {

    private RegistryRows() {
    }

    static void setLong(PreparedStatement p, int i, Long value) throws SQLException {
        if (value == null) {
            p.setNull(i, java.sql.Types.INTEGER);
        } else {
            p.setLong(i, value);
        }
    }

    static long generated(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.getGeneratedKeys()) {
            if (!r.next()) {
                throw new SQLException("no id was generated");
            }
            return r.getLong(1);
        }
    }

    static void event(Connection c, long entity, long batch, String kind, String detail, String at)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO event(entity_id, batch_id, kind, detail, at) VALUES (?, ?, ?, ?, ?)")) {
            p.setLong(1, entity);
            p.setLong(2, batch);
            p.setString(3, kind);
            p.setString(4, detail);
            p.setString(5, at);
            p.executeUpdate();
        }
    }

    /** Moves everything of {@code from} to {@code into}; {@code from} becomes a redirect. */
    static void mergeEntities(Connection c, long from, long into, long batch, String at, String why)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE entity SET status = 'merged', successor = " + into + " WHERE id = " + from);
            s.executeUpdate("UPDATE name_group SET entity_id = " + into + " WHERE entity_id = " + from);
            s.executeUpdate("UPDATE mention SET entity_id = " + into + " WHERE entity_id = " + from);
            s.executeUpdate("INSERT INTO variant(entity_id, display, mentions, acronym, units, seen) "
                    + "SELECT " + into + ", display, mentions, acronym, units, seen + 1000000000 FROM variant "
                    + "WHERE entity_id = " + from + " ON CONFLICT(entity_id, display) DO UPDATE SET "
                    + "mentions = mentions + excluded.mentions");
            s.executeUpdate("DELETE FROM variant WHERE entity_id = " + from);
            // What kept the merged entity apart from others now keeps the survivor apart from them.
            s.executeUpdate("INSERT OR IGNORE INTO kept_apart SELECT min(" + into + ", b), max(" + into + ", b) "
                    + "FROM kept_apart WHERE a = " + from + " AND b != " + into);
            s.executeUpdate("INSERT OR IGNORE INTO kept_apart SELECT min(" + into + ", a), max(" + into + ", a) "
                    + "FROM kept_apart WHERE b = " + from + " AND a != " + into);
            s.executeUpdate("DELETE FROM kept_apart WHERE a = " + from + " OR b = " + from);
        }
        event(c, into, batch, "merged", EntityRegistry.publicId(from) + " merged into " + EntityRegistry.publicId(into) + ": " + why, at);
        event(c, from, batch, "merged", EntityRegistry.publicId(from) + " merged into " + EntityRegistry.publicId(into) + ": " + why, at);
        RegistryLinks.merge(c, from, into, batch, at);
    }

    /** Recomputes an entity's canonical name from its variants (the plan's step 8, naming). */
    static void rename(Connection c, long entity) throws SQLException {
        List<Naming.Variant> variants = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT display, mentions, acronym, units FROM variant "
                + "WHERE entity_id = ? ORDER BY seen")) {
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    variants.add(new Naming.Variant(r.getString(1), r.getInt(2), r.getInt(3) != 0, r.getInt(4)));
                }
            }
        }
        if (variants.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE entity SET name = ? WHERE id = ?")) {
            p.setString(1, Naming.canonicalName(variants));
            p.setLong(2, entity);
            p.executeUpdate();
        }
    }
}
