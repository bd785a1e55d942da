package org.namelink.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.plan.PriorName;
import org.namelink.resolution.plan.PriorNames;
import org.namelink.resolution.plan.TypeVotes;

/**
 * The registry's names as a resolution's prior names: each lookup one indexed query, inside the
 * batch's transaction.
 *
 * <p>Confined to the thread running the batch.
 */
final class SqlPriorNames implements PriorNames, AutoCloseable {

    private static final String COLUMNS = "g.id, g.entity_id, g.type, g.name_key, g.surface, g.team, g.short_form, "
            + "g.mentions, g.display";

    private final PreparedStatement byGroupKey;
    private final PreparedStatement blockSize;
    private final PreparedStatement block;
    private final PreparedStatement firstByAlias;
    private final PreparedStatement longForms;
    private final PreparedStatement acronyms;
    private final PreparedStatement entityMentions;
    private final PreparedStatement typeVotes;
    private final PreparedStatement keptApart;

    SqlPriorNames(Connection c) throws SQLException {
        byGroupKey = c.prepareStatement("SELECT " + COLUMNS + " FROM name_group g WHERE g.group_key = ?");
        blockSize = c.prepareStatement("SELECT count(*) FROM block WHERE type = ? AND key = ?");
        block = c.prepareStatement("SELECT " + COLUMNS + " FROM block b JOIN name_group g ON g.id = b.group_id "
                + "WHERE b.type = ? AND b.key = ? ORDER BY g.id");
        firstByAlias = c.prepareStatement("SELECT " + COLUMNS + " FROM name_group g WHERE g.alias_key = ? "
                + "ORDER BY g.id LIMIT 1");
        longForms = c.prepareStatement("SELECT " + COLUMNS + " FROM long_form_key k JOIN name_group g "
                + "ON g.id = k.group_id WHERE k.key = ? ORDER BY g.id");
        acronyms = c.prepareStatement("SELECT " + COLUMNS + " FROM acronym_key k JOIN name_group g "
                + "ON g.id = k.group_id WHERE k.key = ? ORDER BY g.id");
        entityMentions = c.prepareStatement("SELECT coalesce(sum(mentions), 0) FROM name_group "
                + "WHERE entity_id = ? AND short_form = 0");
        typeVotes = c.prepareStatement("SELECT type, votes FROM type_vote WHERE name_key = ?");
        keptApart = c.prepareStatement("SELECT 1 FROM kept_apart WHERE a = ? AND b = ?");
    }

    @Override
    public Optional<PriorName> byGroupKey(String groupKey) {
        List<PriorName> r = query(byGroupKey, groupKey);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    @Override
    public int blockSize(EntityType type, String blockingKey) {
        try {
            blockSize.setString(1, type.name());
            blockSize.setString(2, blockingKey);
            try (ResultSet r = blockSize.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw EntityRegistry.failure("count a block", e);
        }
    }

    @Override
    public List<PriorName> block(EntityType type, String blockingKey) {
        return query(block, type.name(), blockingKey);
    }

    @Override
    public Optional<PriorName> firstByAlias(String aliasKey) {
        List<PriorName> r = query(firstByAlias, aliasKey);
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    @Override
    public List<PriorName> longFormsByAcronymKey(String acronymKey) {
        return query(longForms, acronymKey);
    }

    @Override
    public List<PriorName> acronymsByKey(String acronymKey) {
        return query(acronyms, acronymKey);
    }

    @Override
    public int entityMentions(long entity) {
        try {
            entityMentions.setLong(1, entity);
            try (ResultSet r = entityMentions.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw EntityRegistry.failure("count an entity's mentions", e);
        }
    }

    @Override
    public int[] typeVotes(String nameKey) {
        int[] votes = TypeVotes.noVotes();
        try {
            typeVotes.setString(1, nameKey);
            try (ResultSet r = typeVotes.executeQuery()) {
                while (r.next()) {
                    votes[EntityType.valueOf(r.getString(1)).ordinal()] += r.getInt(2);
                }
            }
        } catch (SQLException e) {
            throw EntityRegistry.failure("read type votes", e);
        }
        return votes;
    }

    @Override
    public boolean keptApart(long entityA, long entityB) {
        try {
            keptApart.setLong(1, Math.min(entityA, entityB));
            keptApart.setLong(2, Math.max(entityA, entityB));
            try (ResultSet r = keptApart.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw EntityRegistry.failure("read corrections", e);
        }
    }

    private static List<PriorName> query(PreparedStatement p, String... args) {
        try {
            for (int i = 0; i < args.length; i++) {
                p.setString(i + 1, args[i]);
            }
            List<PriorName> result = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long entity = r.getLong(2);
                    if (r.wasNull()) {
                        entity = -1;
                    }
                    result.add(new PriorName(r.getLong(1), entity, EntityType.valueOf(r.getString(3)),
                            r.getString(4), r.getString(5), r.getInt(6) != 0, r.getInt(7) != 0, r.getInt(8),
                            r.getString(9)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw EntityRegistry.failure("look up names", e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : List.of(byGroupKey, blockSize, block, firstByAlias, longForms, acronyms,
                entityMentions, typeVotes, keptApart)) {
            p.close();
        }
    }
}
