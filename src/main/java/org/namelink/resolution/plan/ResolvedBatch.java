package org.namelink.resolution.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.MergeReason;
import org.namelink.resolution.NearMissReport;
import org.namelink.resolution.NearMisses;
import org.namelink.resolution.Resolution;

/**
 * A batch resolved against prior names ({@link EntityResolver#resolve(List, PriorNames)}): the
 * batch's entities as a {@link Resolution}, and what a registry needs to record it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resolution the batch's entities, from its mentions only
 * @param priorEntities for each entity of {@code resolution}, the prior entities it continues, in
 *     increasing order: empty for a new entity, two or more when the batch joined them
 * @param groups the batch's name groups
 * @param mentionGroups for each document, for each mention, its index into {@code groups}
 * @param mentionDisplays for each document, for each mention, its name as shown (titles and
 *     possessives removed)
 * @param typeVotes the batch's type votes per name key, to add to the prior ones
 * @param nearMisses the pairs the batch's spelling decisions nearly decided otherwise, when asked for
 */
public record ResolvedBatch(Resolution resolution, List<List<Long>> priorEntities, List<Group> groups,
                            List<List<Integer>> mentionGroups, List<List<String>> mentionDisplays,
                            Map<String, int[]> typeVotes, NearMissReport nearMisses) {

    public ResolvedBatch {
        Objects.requireNonNull(resolution, "resolution");
        priorEntities = priorEntities.stream().map(List::copyOf).toList();
        groups = List.copyOf(groups);
        mentionGroups = mentionGroups.stream().map(List::copyOf).toList();
        mentionDisplays = mentionDisplays.stream().map(List::copyOf).toList();
        typeVotes = Map.copyOf(typeVotes);
        Objects.requireNonNull(nearMisses, "nearMisses");
    }

    /** A batch without near misses. */
    public ResolvedBatch(Resolution resolution, List<List<Long>> priorEntities, List<Group> groups,
                         List<List<Integer>> mentionGroups, List<List<String>> mentionDisplays,
                         Map<String, int[]> typeVotes) {
        this(resolution, priorEntities, groups, mentionGroups, mentionDisplays, typeVotes,
                NearMissReport.none(NearMisses.DEFAULT));
    }

    /**
     * One name group of the batch as a registry records it: its {@link NameGroup} (the name, which
     * every executor decides about) with what the batch found out about it. Not a second kind of
     * name group: the in-memory executor's mutable working copy is package-private in
     * {@code org.namelink.resolution}, and this is its outcome.
     *
     * @param name the group
     * @param priorId its prior id ({@link PriorName#id()}), or -1 for a group new in this batch
     * @param shortForm whether it is a short form
     * @param mentions its mentions in this batch
     * @param display its most frequent spelling in this batch
     * @param blockingKeys its blocking keys, empty when it is not blocked
     * @param longFormKeys its acronym keys as a long form ({@link AcronymKeys#longFormKeys}), empty when none
     * @param acronymKeys its keys as an acronym ({@link AcronymKeys#acronymKeys}), empty when none
     * @param entity the index of its entity in the resolution: its cluster's, or for a short form,
     *     the entity of its mentions no long form took; -1 when it has none
     * @param reason why it joined its entity, if it joined one
     */
    public record Group(NameGroup name, long priorId, boolean shortForm, int mentions, String display,
                        List<String> blockingKeys, List<String> longFormKeys, List<String> acronymKeys, int entity,
                        Optional<MergeReason> reason) {
        public Group {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(display, "display");
            blockingKeys = List.copyOf(blockingKeys);
            longFormKeys = List.copyOf(longFormKeys);
            acronymKeys = List.copyOf(acronymKeys);
            Objects.requireNonNull(reason, "reason");
        }
    }
}
