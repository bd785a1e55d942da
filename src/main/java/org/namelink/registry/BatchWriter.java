package org.namelink.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.resolution.Entity;
import org.namelink.resolution.MergeReason;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.ResolvedBatch;
import org.namelink.resolution.ResolverDocument;

/** Records one resolved batch, inside the caller's transaction (split from {@link EntityRegistry}). One per batch; not thread-safe. */
final class BatchWriter {
    private final Connection c;
    private final ResolvedBatch batch;
    private final List<ResolverDocument> docs;
    private final String now = Instant.now().toString();
    private long batchId;
    private final Map<Long, Long> mergedInto = new HashMap<>();
    private final Set<Long> touched = new LinkedHashSet<>();
    /** The name each entity created by this batch was created with: its first spelling, joined for no reason. */
    private final Map<Long, String> createdAs = new HashMap<>();

    BatchWriter(Connection c, ResolvedBatch batch, List<ResolverDocument> docs) {
        this.c = c;
        this.batch = batch;
        this.docs = docs;
    }

    RegisteredBatch write(List<String> skipped) throws SQLException {
        int mentionCount = docs.stream().mapToInt(d -> d.mentions().size()).sum();
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO batch(started_at, documents, mentions) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, now);
            p.setInt(2, docs.size());
            p.setInt(3, mentionCount);
            p.executeUpdate();
            batchId = RegistryRows.generated(p);
        }
        List<Entity> entities = batch.resolution().entities();
        long[] registryIds = new long[entities.size()];
        for (int i = 0; i < entities.size(); i++) {
            List<Long> prior = batch.priorEntities().get(i);
            if (prior.isEmpty()) {
                registryIds[i] = createEntity(entities.get(i));
            } else {
                long survivor = current(prior.get(0));
                for (long other : prior.subList(1, prior.size())) {
                    long o = current(other);
                    if (o != survivor) {
                        long low = Math.min(o, survivor);
                        RegistryRows.mergeEntities(c, Math.max(o, survivor), low, batchId, now,
                                "joined by batch " + batchId + reasonFor(entities.get(i)));
                        mergedInto.put(Math.max(o, survivor), low);
                        survivor = low;
                    }
                }
                retype(survivor, entities.get(i));
                registryIds[i] = survivor;
            }
            touched.add(registryIds[i]);
        }
        for (int i = 0; i < registryIds.length; i++) {
            registryIds[i] = current(registryIds[i]);
        }
        long[] groupIds = writeGroups(registryIds);
        writeMentions(registryIds, groupIds);
        writeTypeVotes();
        for (long e : touched) {
            long id = current(e);
            RegistryRows.rename(c, id);
        }
        List<String> ids = new ArrayList<>(registryIds.length);
        for (long id : registryIds) {
            ids.add(EntityRegistry.publicId(id));
        }
        return new RegisteredBatch(batchId, batch.resolution(), ids, skipped);
    }

    private static String reasonFor(Entity e) {
        return e.reasons().isEmpty() ? "" : ": " + e.reasons().get(0).explanation();
    }

    private long current(long id) {
        Long next;
        while ((next = mergedInto.get(id)) != null) {
            id = next;
        }
        return id;
    }

    /**
     * Gives a prior entity the type of the batch's entity that joins it: they differ only when
     * the type vote over this batch and the earlier ones turned the name's earlier mentions into
     * the batch's type, as one run over all documents would have typed them.
     */
    private void retype(long entity, Entity e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE entity SET type = ? WHERE id = ? AND type != ?")) {
            p.setString(1, e.type().name());
            p.setLong(2, entity);
            p.setString(3, e.type().name());
            if (p.executeUpdate() > 0) {
                RegistryRows.event(c, entity, batchId, "retyped", e.type() + " by the type vote over batch " + batchId
                        + " and the earlier ones", now);
            }
        }
    }

    private long createEntity(Entity e) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO entity(type, team, name, status, created_batch) "
                + "VALUES (?, ?, ?, 'active', ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, e.type().name());
            p.setInt(2, e.team() ? 1 : 0);
            p.setString(3, e.name());
            p.setLong(4, batchId);
            p.executeUpdate();
            id = RegistryRows.generated(p);
        }
        RegistryRows.event(c, id, batchId, "created", e.type() + " " + e.name() + (e.team() ? " (team)" : ""), now);
        createdAs.put(id, e.name());
        return id;
    }

    private long[] writeGroups(long[] registryIds) throws SQLException {
        List<ResolvedBatch.Group> groups = batch.groups();
        long[] ids = new long[groups.size()];
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO name_group(group_key, type, name_key, "
                + "surface, team, short_form, mentions, display, entity_id, alias_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement update = c.prepareStatement("UPDATE name_group SET mentions = mentions + ?, "
                     + "entity_id = coalesce(entity_id, ?) WHERE id = ?");
             PreparedStatement block = c.prepareStatement("INSERT OR IGNORE INTO block VALUES (?, ?, ?)");
             PreparedStatement longForm = c.prepareStatement("INSERT OR IGNORE INTO long_form_key VALUES (?, ?)");
             PreparedStatement acronym = c.prepareStatement("INSERT OR IGNORE INTO acronym_key VALUES (?, ?)")) {
            for (int i = 0; i < groups.size(); i++) {
                ResolvedBatch.Group g = groups.get(i);
                Long entity = g.entity() >= 0 ? registryIds[g.entity()] : null;
                if (g.priorId() >= 0) {
                    ids[i] = g.priorId();
                    update.setInt(1, g.mentions());
                    RegistryRows.setLong(update, 2, entity);
                    update.setLong(3, g.priorId());
                    update.executeUpdate();
                    continue;
                }
                NameGroup n = g.name();
                insert.setString(1, n.groupKey());
                insert.setString(2, n.type().name());
                insert.setString(3, n.key());
                insert.setString(4, n.form().surface());
                insert.setInt(5, n.team() ? 1 : 0);
                insert.setInt(6, g.shortForm() ? 1 : 0);
                insert.setInt(7, g.mentions());
                insert.setString(8, g.display());
                RegistryRows.setLong(insert, 9, entity);
                insert.setString(10, n.aliasKey().orElse(null));
                insert.executeUpdate();
                ids[i] = RegistryRows.generated(insert);
                for (String k : g.blockingKeys()) {
                    block.setString(1, n.type().name());
                    block.setString(2, k);
                    block.setLong(3, ids[i]);
                    block.executeUpdate();
                }
                for (String k : g.longFormKeys()) {
                    longForm.setString(1, k);
                    longForm.setLong(2, ids[i]);
                    longForm.executeUpdate();
                }
                for (String k : g.acronymKeys()) {
                    acronym.setString(1, k);
                    acronym.setLong(2, ids[i]);
                    acronym.executeUpdate();
                }
            }
        }
        return ids;
    }

    private void writeMentions(long[] registryIds, long[] groupIds) throws SQLException {
        Map<String, Integer> indexOfEntity = new HashMap<>();
        List<Entity> entities = batch.resolution().entities();
        for (int i = 0; i < entities.size(); i++) {
            indexOfEntity.put(entities.get(i).id(), i);
        }
        Map<String, int[]> variantCounts = new HashMap<>();
        Map<String, ResolvedBatch.Group> variantGroups = new HashMap<>();
        try (PreparedStatement doc = c.prepareStatement("INSERT INTO document(external_id, batch_id) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement mention = c.prepareStatement("INSERT INTO mention(document_id, start, end, text, "
                     + "display, group_id, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int d = 0; d < docs.size(); d++) {
                doc.setString(1, docs.get(d).id());
                doc.setLong(2, batchId);
                doc.executeUpdate();
                long docId = RegistryRows.generated(doc);
                List<Mention> mentions = docs.get(d).mentions();
                for (int i = 0; i < mentions.size(); i++) {
                    Mention m = mentions.get(i);
                    long entity = registryIds[indexOfEntity.get(batch.resolution().mentionEntityIds().get(d).get(i))];
                    int group = batch.mentionGroups().get(d).get(i);
                    String display = batch.mentionDisplays().get(d).get(i);
                    mention.setLong(1, docId);
                    mention.setInt(2, m.start());
                    mention.setInt(3, m.end());
                    mention.setString(4, m.text());
                    mention.setString(5, display);
                    mention.setLong(6, groupIds[group]);
                    mention.setLong(7, entity);
                    mention.addBatch();
                    String vk = entity + "\t" + display;
                    variantCounts.computeIfAbsent(vk, k -> new int[1])[0]++;
                    variantGroups.putIfAbsent(vk, batch.groups().get(group));
                }
                mention.executeBatch();
            }
        }
        // A spelling new to its entity is an event, with the reason the resolver gave for it.
        Map<String, MergeReason> reasons = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            for (MergeReason r : entities.get(i).reasons()) {
                reasons.putIfAbsent(registryIds[i] + "\t" + r.variant(), r);
            }
        }
        Map<String, String> cited = new HashMap<>();
        try (PreparedStatement known = c.prepareStatement(
                "SELECT 1 FROM variant WHERE entity_id = ? AND display = ?")) {
            for (String vk : new java.util.TreeSet<>(variantCounts.keySet())) {
                int tab = vk.indexOf('\t');
                long entity = Long.parseLong(vk.substring(0, tab));
                known.setLong(1, entity);
                known.setString(2, vk.substring(tab + 1));
                try (ResultSet r = known.executeQuery()) {
                    if (r.next()) {
                        continue;
                    }
                }
                // The batch's own reason for the spelling, else the join that took its name to a prior one;
                // none for the name the entity was created with, nor a reason citing back (each join once).
                MergeReason why = reasons.containsKey(vk) ? reasons.get(vk)
                        : variantGroups.get(vk).reason().orElse(null);
                String variant = vk.substring(tab + 1);
                if (why != null && (variant.equals(createdAs.get(entity)) || why.matched().equals(variant)
                        || variant.equals(cited.get(entity + "\t" + why.matched())))) {
                    why = null;
                }
                if (why != null) {
                    cited.put(vk, why.matched());
                }
                RegistryRows.event(c, entity, batchId, "variant", vk.substring(tab + 1) + (why == null ? ""
                        : ": " + why.rule().label() + " of " + why.matched()
                        + String.format(java.util.Locale.ROOT, ", %.2f", why.score())), now);
            }
        }
        try (PreparedStatement v = c.prepareStatement("INSERT INTO variant(entity_id, display, mentions, acronym, "
                + "units, seen) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(seen), 0) + 1 FROM variant "
                + "WHERE entity_id = ?)) ON CONFLICT(entity_id, display) DO UPDATE SET mentions = mentions + "
                + "excluded.mentions")) {
            for (Map.Entry<String, int[]> e : variantCounts.entrySet()) {
                int tab = e.getKey().indexOf('\t');
                long entity = Long.parseLong(e.getKey().substring(0, tab));
                NameForm form = variantGroups.get(e.getKey()).name().form();
                v.setLong(1, entity);
                v.setString(2, e.getKey().substring(tab + 1));
                v.setInt(3, e.getValue()[0]);
                v.setInt(4, form.isAcronym() ? 1 : 0);
                v.setInt(5, form.units().size());
                v.setLong(6, entity);
                v.executeUpdate();
            }
        }
    }

    private void writeTypeVotes() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO type_vote VALUES (?, ?, ?) "
                + "ON CONFLICT(name_key, type) DO UPDATE SET votes = votes + excluded.votes")) {
            for (Map.Entry<String, int[]> e : batch.typeVotes().entrySet()) {
                for (EntityType t : EntityType.values()) {
                    int n = e.getValue()[t.ordinal()];
                    if (n > 0) {
                        p.setString(1, e.getKey());
                        p.setString(2, t.name());
                        p.setInt(3, n);
                        p.addBatch();
                    }
                }
            }
            p.executeBatch();
        }
    }
}
