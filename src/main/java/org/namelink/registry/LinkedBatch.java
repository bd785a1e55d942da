package org.namelink.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.namelink.linking.LinkRefinement;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;
import org.namelink.resolution.plan.ResolvedBatch;

/**
 * A batch's links feeding its resolution before the registry writes it, as
 * {@link LinkRefinement} does in one JVM: entities of one type linked confidently to one article
 * join ({@link LinkRefinement#joined}, reason "same Wikipedia article"), so the registry numbers
 * and writes the joined entity, continuing every prior entity of its parts (which the writer then
 * merges). Splitting an entity by the teams its documents link to is not done here: the registry
 * keeps one entity per name group, and a split cuts a name group's mentions by document.
 *
 * <p>Stateless and thread-safe.
 */
final class LinkedBatch {

    /** The batch as the registry writes it and the link of each of its entities, in its order. */
    record Joined(ResolvedBatch batch, List<Optional<EntityLink>> links) {
    }

    private LinkedBatch() {
    }

    /**
     * {@code batch} with its entities joined by their links; the batch itself when none joins.
     *
     * @param links one per entity of the batch's resolution, in its order
     * @param documents the documents the batch resolved
     */
    static Joined join(ResolvedBatch batch, List<Optional<EntityLink>> links, List<ResolverDocument> documents) {
        List<Entity> entities = batch.resolution().entities();
        List<Entity> linked = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            linked.add(entities.get(i).withLink(links.get(i)));
        }
        Resolution before = new Resolution(linked, batch.resolution().mentionEntityIds());
        Resolution after = LinkRefinement.joined(before, documents);
        if (after == before) {
            return new Joined(batch, links);
        }
        // Old entity index → new entity index, read off the mentions (each in exactly one entity).
        Map<String, Integer> newIndex = new HashMap<>();
        for (int i = 0; i < after.entities().size(); i++) {
            newIndex.put(after.entities().get(i).id(), i);
        }
        Map<String, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            oldIndex.put(entities.get(i).id(), i);
        }
        int[] target = new int[entities.size()];
        for (int d = 0; d < before.mentionEntityIds().size(); d++) {
            List<String> was = before.mentionEntityIds().get(d);
            List<String> is = after.mentionEntityIds().get(d);
            for (int m = 0; m < was.size(); m++) {
                target[oldIndex.get(was.get(m))] = newIndex.get(is.get(m));
            }
        }
        List<TreeSet<Long>> prior = new ArrayList<>();
        after.entities().forEach(e -> prior.add(new TreeSet<>()));
        for (int i = 0; i < entities.size(); i++) {
            prior.get(target[i]).addAll(batch.priorEntities().get(i));
        }
        List<ResolvedBatch.Group> groups = new ArrayList<>(batch.groups().size());
        for (ResolvedBatch.Group g : batch.groups()) {
            groups.add(g.entity() < 0 ? g : new ResolvedBatch.Group(g.name(), g.priorId(), g.shortForm(), g.mentions(),
                    g.display(), g.blockingKeys(), g.longFormKeys(), g.acronymKeys(), target[g.entity()], g.reason()));
        }
        List<Optional<EntityLink>> joinedLinks = after.entities().stream().map(Entity::link).toList();
        List<Entity> unlinked = after.entities().stream().map(e -> e.withLink(Optional.empty())).toList();
        ResolvedBatch written = new ResolvedBatch(new Resolution(unlinked, after.mentionEntityIds()),
                prior.stream().map(s -> (List<Long>) new ArrayList<>(s)).toList(), groups, batch.mentionGroups(),
                batch.mentionDisplays(), batch.typeVotes(), batch.nearMisses());
        return new Joined(written, joinedLinks);
    }
}
