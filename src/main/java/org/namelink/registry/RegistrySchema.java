package org.namelink.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The registry's tables, versioned: migration {@code n} takes a registry from schema version
 * {@code n} to {@code n + 1}, and a registry records its version in {@code namelink_registry}.
 * A registry is recognised by that table's format row; anything else is refused unchanged.
 *
 * <p>Stateless and thread-safe.
 */
final class RegistrySchema {

    static final String FORMAT = "namelink-entity-registry";

    /** Migration i takes schema version i to i + 1; the current version is their number. */
    static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE namelink_registry(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE batch(id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, "
                    + "documents INTEGER NOT NULL, mentions INTEGER NOT NULL)",
            // Ids are never reused (AUTOINCREMENT); status: active, merged (into successor) or split (split_part).
            "CREATE TABLE entity(id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, team INTEGER NOT NULL, "
                    + "name TEXT NOT NULL, status TEXT NOT NULL, successor INTEGER, created_batch INTEGER)",
            "CREATE TABLE split_part(entity_id INTEGER NOT NULL, part_id INTEGER NOT NULL, "
                    + "PRIMARY KEY(entity_id, part_id)) WITHOUT ROWID",
            // A name group (type, name key, sense); entity_id of a short form: the entity of its unplaced mentions.
            "CREATE TABLE name_group(id INTEGER PRIMARY KEY AUTOINCREMENT, group_key TEXT NOT NULL UNIQUE, "
                    + "type TEXT NOT NULL, name_key TEXT NOT NULL, surface TEXT NOT NULL, team INTEGER NOT NULL, "
                    + "short_form INTEGER NOT NULL, mentions INTEGER NOT NULL, display TEXT NOT NULL, "
                    + "entity_id INTEGER, alias_key TEXT, pinned INTEGER NOT NULL DEFAULT 0)",
            "CREATE INDEX name_group_entity ON name_group(entity_id)",
            "CREATE INDEX name_group_alias ON name_group(alias_key, id) WHERE alias_key IS NOT NULL",
            "CREATE TABLE block(type TEXT NOT NULL, key TEXT NOT NULL, group_id INTEGER NOT NULL, "
                    + "PRIMARY KEY(type, key, group_id)) WITHOUT ROWID",
            "CREATE TABLE long_form_key(key TEXT NOT NULL, group_id INTEGER NOT NULL, "
                    + "PRIMARY KEY(key, group_id)) WITHOUT ROWID",
            "CREATE TABLE acronym_key(key TEXT NOT NULL, group_id INTEGER NOT NULL, "
                    + "PRIMARY KEY(key, group_id)) WITHOUT ROWID",
            "CREATE TABLE type_vote(name_key TEXT NOT NULL, type TEXT NOT NULL, votes INTEGER NOT NULL, "
                    + "PRIMARY KEY(name_key, type)) WITHOUT ROWID",
            "CREATE TABLE document(id INTEGER PRIMARY KEY AUTOINCREMENT, external_id TEXT NOT NULL UNIQUE, "
                    + "batch_id INTEGER NOT NULL)",
            "CREATE TABLE mention(id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, start INTEGER NOT NULL, "
                    + "end INTEGER NOT NULL, text TEXT NOT NULL, display TEXT NOT NULL, group_id INTEGER NOT NULL, "
                    + "entity_id INTEGER NOT NULL)",
            "CREATE INDEX mention_entity ON mention(entity_id)",
            "CREATE INDEX mention_document ON mention(document_id)",
            "CREATE TABLE variant(entity_id INTEGER NOT NULL, display TEXT NOT NULL, mentions INTEGER NOT NULL, "
                    + "acronym INTEGER NOT NULL, units INTEGER NOT NULL, seen INTEGER NOT NULL, "
                    + "PRIMARY KEY(entity_id, display)) WITHOUT ROWID",
            "CREATE TABLE event(id INTEGER PRIMARY KEY AUTOINCREMENT, entity_id INTEGER NOT NULL, batch_id INTEGER, "
                    + "kind TEXT NOT NULL, detail TEXT NOT NULL, at TEXT NOT NULL)",
            "CREATE INDEX event_entity ON event(entity_id, id)",
            // Pairs of entities a user's correction keeps apart (a < b).
            "CREATE TABLE kept_apart(a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY(a, b)) WITHOUT ROWID"),
            List.of(
            // The review queue: near misses of the batches' spelling decisions, one row per pair of
            // name groups (group_a < group_b), status pending, accepted or rejected.
            "CREATE TABLE review_pair(id INTEGER PRIMARY KEY AUTOINCREMENT, group_a TEXT NOT NULL, "
                    + "group_b TEXT NOT NULL, type TEXT NOT NULL, name_a TEXT NOT NULL, name_b TEXT NOT NULL, "
                    + "score REAL NOT NULL, threshold REAL NOT NULL, joined INTEGER NOT NULL, "
                    + "explanation TEXT NOT NULL, batch_id INTEGER NOT NULL, status TEXT NOT NULL, "
                    + "UNIQUE(group_a, group_b))",
            "CREATE INDEX review_pair_status ON review_pair(status)"),
            List.of(
            // An entity's knowledge-base link (RegistryLinks): kb and title null with by_user 1 is a
            // user's "no article"; an entity without a row has no link yet.
            "CREATE TABLE entity_link(entity_id INTEGER PRIMARY KEY, kb TEXT, title TEXT, "
                    + "score REAL NOT NULL, by_user INTEGER NOT NULL, batch_id INTEGER)"));

    static final int CURRENT_VERSION = MIGRATIONS.size();

    private RegistrySchema() {
    }

    /**
     * The schema version of the registry in the database, checked to be one this code reads;
     * changes nothing.
     *
     * @param mayCreate whether an empty database (no tables, views, indexes or triggers) is taken
     *     as a registry of version 0, to be created by {@link #migrate}
     * @param where the file or URL, for messages
     * @throws RegistryException if it is another application's database (an empty one too, unless
     *     {@code mayCreate}) or a registry of a newer schema
     */
    static int version(Connection c, String where, boolean mayCreate) throws SQLException {
        boolean empty = true;
        boolean marked = false;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT type, name FROM sqlite_master")) {
            while (r.next()) {
                empty = false;
                marked |= r.getString(1).equals("table") && r.getString(2).equals("namelink_registry");
            }
        }
        if (empty && mayCreate) {
            return 0;
        }
        if (empty) {
            throw new RegistryException(where + " is an SQLite database without tables, not a Namelink registry; "
                    + "nothing was changed (give a path where no file exists to create a registry)");
        }
        if (!marked) {
            throw new RegistryException(where + " is an SQLite database but not a Namelink registry "
                    + "(it has no namelink_registry table); nothing was changed");
        }
        String format = value(c, "format");
        if (!FORMAT.equals(format)) {
            throw new RegistryException(where + " is not a Namelink registry (its format is '" + format
                    + "', expected '" + FORMAT + "'); nothing was changed");
        }
        String v = value(c, "schema_version");
        int version = -1;
        try {
            version = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            // unreadable, as a negative one
        }
        if (version < 0) {
            throw new RegistryException(where + " has an unreadable schema version '" + v
                    + "'; nothing was changed");
        }
        if (version > CURRENT_VERSION) {
            throw new RegistryException(where + " is a registry of schema version " + version
                    + ", newer than this Namelink reads (up to " + CURRENT_VERSION
                    + "); open it with a newer Namelink. Nothing was changed");
        }
        return version;
    }

    /**
     * Takes a registry of schema version {@code from} (0: an empty database) to the current one,
     * inside the caller's write transaction.
     */
    static void migrate(Connection c, int from) throws SQLException {
        if (from == CURRENT_VERSION) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (int m = from; m < CURRENT_VERSION; m++) {
                for (String sql : MIGRATIONS.get(m)) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT OR REPLACE INTO namelink_registry VALUES ('format', '" + FORMAT + "')");
            s.execute("INSERT OR REPLACE INTO namelink_registry VALUES ('schema_version', '" + CURRENT_VERSION + "')");
        }
    }

    private static String value(Connection c, String key) throws SQLException {
        try (var p = c.prepareStatement("SELECT value FROM namelink_registry WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }
}
