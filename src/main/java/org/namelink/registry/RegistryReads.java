package org.namelink.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of the registry beside its entities: the documents an entity is in, the ids that
 * redirect, and canonical names by id, each by index.
 *
 * <p>Stateless; called under the registry's lock.
 */
final class RegistryReads {

    private RegistryReads() {
    }

    /** The ids of the documents an entity is mentioned in, in the order they were added. */
    static List<String> documents(Connection c, long entity) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT d.external_id FROM document d WHERE d.id IN "
                + "(SELECT document_id FROM mention WHERE entity_id = ?) ORDER BY d.id")) {
            p.setLong(1, entity);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** The internal ids of every entity that is no longer active (merged or split), oldest first. */
    static List<Long> inactive(Connection c) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM entity WHERE status != 'active' ORDER BY id")) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    /** The canonical names of entities by internal id; an id the registry never issued is left out. */
    static Map<Long, String> names(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name FROM entity WHERE id = ?")) {
            for (long id : ids) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        out.put(id, r.getString(1));
                    }
                }
            }
        }
        return out;
    }
}
