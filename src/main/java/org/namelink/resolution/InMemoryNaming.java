package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.resolution.BatchGroup.Node;
import org.namelink.resolution.plan.AcronymKeys;
import org.namelink.resolution.plan.Clusters;
import org.namelink.resolution.plan.EntityKey;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.Naming;
import org.namelink.resolution.plan.PriorName;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ResolvedBatch;

/**
 * Step 8 of the {@link ResolutionPlan} in memory, naming: each mention's {@link EntityKey}, the
 * entities in order of first mention with their names, variants and reasons ({@link Naming}), and
 * what a registry records of a batch.
 *
 * <p>Mutable state of one resolve call; confined to the calling thread.
 */
final class InMemoryNaming {

    private final List<ResolverDocument> docs;
    private final List<List<NameForm>> forms;
    private final List<BatchGroup> groupList;
    private final Clusters clusters;
    private final Map<Node, Integer> shortAssignment;
    private final Map<Node, MergeReason> shortReasons;
    private final Map<EntityKey, Integer> entityIndexOfKey = new HashMap<>();

    /**
     * @param groupList the groups in number order
     * @param clusters the final clusters (steps 5 and 6)
     * @param shortAssignment the cluster root each resolved short form's node joined (step 7)
     * @param shortReasons why each of those nodes joined
     */
    InMemoryNaming(List<ResolverDocument> docs, List<List<NameForm>> forms, List<BatchGroup> groupList,
                   Clusters clusters, Map<Node, Integer> shortAssignment, Map<Node, MergeReason> shortReasons) {
        this.docs = docs;
        this.forms = forms;
        this.groupList = groupList;
        this.clusters = clusters;
        this.shortAssignment = shortAssignment;
        this.shortReasons = shortReasons;
    }

    /** The entities, numbered by first mention, and each mention's entity id. */
    Resolution build() {
        // Entity key per node: the root group, or the long form's root for a resolved short form.
        Map<EntityKey, List<Node>> nodesByEntity = new LinkedHashMap<>();
        Map<Node, EntityKey> entityOfNode = new HashMap<>();
        for (BatchGroup g : groupList) {
            for (Node n : g.nodesByDoc.values()) {
                Integer assigned = shortAssignment.get(n);
                EntityKey key = EntityKey.of(g.id, g.shortForm, clusters.find(g.id),
                        assigned != null ? OptionalLong.of(assigned) : OptionalLong.empty());
                entityOfNode.put(n, key);
                nodesByEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        // Order entities by first mention.
        List<Map.Entry<EntityKey, List<Node>>> ordered = new ArrayList<>(nodesByEntity.entrySet());
        ordered.sort(Comparator.comparingLong(e -> firstPosition(e.getValue())));
        Map<EntityKey, String> idOf = new HashMap<>();
        List<Entity> entities = new ArrayList<>(ordered.size());
        for (Map.Entry<EntityKey, List<Node>> e : ordered) {
            String id = Naming.entityId(entities.size() + 1);
            idOf.put(e.getKey(), id);
            entityIndexOfKey.put(e.getKey(), entities.size());
            entities.add(entity(id, e.getValue()));
        }
        List<List<String>> ids = new ArrayList<>();
        for (ResolverDocument d : docs) {
            ids.add(new ArrayList<>(Collections.nCopies(d.mentions().size(), (String) null)));
        }
        for (Map.Entry<Node, EntityKey> e : entityOfNode.entrySet()) {
            for (MentionRef m : e.getKey().mentions) {
                ids.get(m.doc()).set(m.index(), idOf.get(e.getValue()));
            }
        }
        return new Resolution(entities, ids);
    }

    private long firstPosition(List<Node> nodes) {
        long best = Long.MAX_VALUE;
        for (Node n : nodes) {
            for (MentionRef m : n.mentions) {
                long pos = ((long) m.doc() << 32) | docs.get(m.doc()).mentions().get(m.index()).start();
                best = Math.min(best, pos);
            }
        }
        return best;
    }

    private Entity entity(String id, List<Node> nodes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, BatchGroup> groupOfDisplay = new HashMap<>();
        List<MentionRef> positions = new ArrayList<>();
        Set<Integer> docIdx = new TreeSet<>();
        for (Node n : nodes) {
            docIdx.add(n.doc);
            positions.addAll(n.mentions);
            for (MentionRef m : n.mentions) {
                String display = NameGroup.display(forms.get(m.doc()).get(m.index()), docs.get(m.doc()).mentions().get(m.index()));
                counts.merge(display, 1, Integer::sum);
                groupOfDisplay.putIfAbsent(display, n.group);
            }
        }
        // Document order, then text order (a document's mentions are in text order).
        positions.sort(Comparator.comparingInt(MentionRef::doc).thenComparingInt(MentionRef::index));
        List<EntityMention> mentions = new ArrayList<>(positions.size());
        for (MentionRef p : positions) {
            Mention mention = docs.get(p.doc()).mentions().get(p.index());
            mentions.add(new EntityMention(docs.get(p.doc()).id(), mention.span(), mention.text()));
        }
        List<Naming.Variant> variants = new ArrayList<>(counts.size());
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            BatchGroup g = groupOfDisplay.get(c.getKey());
            variants.add(new Naming.Variant(c.getKey(), c.getValue(), g.form().isAcronym(), g.form().units().size()));
        }
        String name = Naming.canonicalName(variants);
        BatchGroup named = groupOfDisplay.get(name);
        List<MergeReason> reasons = new ArrayList<>();
        for (String v : counts.keySet()) {
            if (v.equals(name)) {
                continue;
            }
            BatchGroup g = groupOfDisplay.get(v);
            reasons.add(Naming.variantReason(v, name, g == named, g == named ? Optional.empty() : joinOf(g, nodes),
                    g.representative()));
        }
        List<String> documents = new ArrayList<>();
        for (int d : docIdx) {
            documents.add(docs.get(d).id());
        }
        return new Entity(id, named.type(), name, Naming.variantList(counts.keySet()), mentions, documents, reasons,
                named.name.team());
    }

    /** The first reason that joined a group: a short form's in one of these nodes, else its first union. */
    private Optional<MergeReason> joinOf(BatchGroup g, List<Node> nodes) {
        for (Node n : nodes) {
            if (n.group == g && shortReasons.containsKey(n)) {
                return Optional.of(shortReasons.get(n));
            }
        }
        return clusters.firstReason(g.id);
    }

    /**
     * {@code resolution} (made by {@link #build}) with what a registry records of the batch.
     *
     * @param entitiesByRoot the prior entities in each cluster, by root
     */
    ResolvedBatch resolvedBatch(Resolution resolution, List<BatchGroup> batchGroups,
                                Map<Integer, Set<Long>> entitiesByRoot, Map<String, int[]> batchVotes,
                                NearMissReport nearMisses) {
        List<List<Long>> priorEntities = new ArrayList<>(Collections.nCopies(resolution.entities().size(), List.of()));
        for (Map.Entry<EntityKey, Integer> e : entityIndexOfKey.entrySet()) {
            EntityKey key = e.getKey();
            Set<Long> entities;
            if (key.isCluster()) {
                entities = entitiesByRoot.getOrDefault((int) key.group(), Set.of());
            } else {
                PriorName p = groupList.get((int) key.group()).prior;
                entities = p != null && p.entity() >= 0 ? Set.of(p.entity()) : Set.of();
            }
            priorEntities.set(e.getValue(), List.copyOf(new TreeSet<>(entities)));
        }
        Map<BatchGroup, Integer> indexOf = new HashMap<>();
        List<ResolvedBatch.Group> records = new ArrayList<>(batchGroups.size());
        for (BatchGroup g : batchGroups) {
            indexOf.put(g, records.size());
            Integer entity = entityIndexOfKey.get(g.shortForm ? EntityKey.alone(g.id) : EntityKey.cluster(clusters.find(g.id)));
            int batchMentions = 0;
            for (Node n : g.nodesByDoc.values()) {
                batchMentions += n.mentions.size();
            }
            String display = g.batchRepresentative();
            records.add(new ResolvedBatch.Group(g.name, g.isPrior() ? g.prior.id() : -1, g.shortForm, batchMentions,
                    display, g.blockingKeys,
                    AcronymKeys.isLongForm(g.name) && !g.shortForm ? AcronymKeys.longFormKeys(g.name) : List.of(),
                    g.form().isAcronym() ? AcronymKeys.acronymKeys(g.name) : List.of(),
                    entity != null ? entity : -1, clusters.firstReason(g.id)));
        }
        List<List<Integer>> mentionGroups = new ArrayList<>();
        List<List<String>> mentionDisplays = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            List<Mention> mentions = docs.get(d).mentions();
            mentionGroups.add(new ArrayList<>(Collections.nCopies(mentions.size(), -1)));
            List<String> displays = new ArrayList<>(mentions.size());
            for (int i = 0; i < mentions.size(); i++) {
                displays.add(NameGroup.display(forms.get(d).get(i), mentions.get(i)));
            }
            mentionDisplays.add(displays);
        }
        for (BatchGroup g : batchGroups) {
            for (Node n : g.nodesByDoc.values()) {
                for (MentionRef m : n.mentions) {
                    mentionGroups.get(m.doc()).set(m.index(), indexOf.get(g));
                }
            }
        }
        return new ResolvedBatch(resolution, priorEntities, records, mentionGroups, mentionDisplays, batchVotes,
                nearMisses);
    }
}
