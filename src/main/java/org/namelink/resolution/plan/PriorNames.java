package org.namelink.resolution.plan;

import java.util.List;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.BlockingKeys;

/**
 * The names an incremental resolution resolves a batch against: name groups resolved in earlier
 * batches, each in an entity, found by the same keys the plan's steps look names up by (an entity
 * registry's view inside one batch's transaction). The steps run over the batch's groups and the
 * prior groups these lookups return exactly as over one corpus, except that a pair of two prior
 * groups is never decided again and a prior group keeps whether it is a short form.
 *
 * <p>Used by one resolution, on one thread.
 */
public interface PriorNames {

    /** No prior names: resolution of one whole corpus. */
    PriorNames NONE = new PriorNames() {
        @Override
        public Optional<PriorName> byGroupKey(String groupKey) {
            return Optional.empty();
        }

        @Override
        public int blockSize(EntityType type, String blockingKey) {
            return 0;
        }

        @Override
        public List<PriorName> block(EntityType type, String blockingKey) {
            return List.of();
        }

        @Override
        public Optional<PriorName> firstByAlias(String aliasKey) {
            return Optional.empty();
        }

        @Override
        public List<PriorName> longFormsByAcronymKey(String acronymKey) {
            return List.of();
        }

        @Override
        public List<PriorName> acronymsByKey(String acronymKey) {
            return List.of();
        }

        @Override
        public int entityMentions(long entity) {
            return 0;
        }

        @Override
        public int[] typeVotes(String nameKey) {
            return TypeVotes.noVotes();
        }

        @Override
        public boolean keptApart(long entityA, long entityB) {
            return false;
        }
    };

    /** The prior group with this {@link NameGroup#groupKey()}. */
    Optional<PriorName> byGroupKey(String groupKey);

    /** How many prior groups are filed under a blocking key ({@link BlockingKeys}). */
    int blockSize(EntityType type, String blockingKey);

    /** The prior groups filed under a blocking key, oldest first. */
    List<PriorName> block(EntityType type, String blockingKey);

    /** The oldest prior group with this {@link NameGroup#aliasKey()}. */
    Optional<PriorName> firstByAlias(String aliasKey);

    /** The prior long forms filed under an acronym key ({@link AcronymKeys#longFormKeys}), oldest first. */
    List<PriorName> longFormsByAcronymKey(String acronymKey);

    /** The prior acronyms whose exact or reordered letters make this key ({@link AcronymKeys#acronymKeys}). */
    List<PriorName> acronymsByKey(String acronymKey);

    /** Mentions of a prior entity's full-name (not short form) groups. */
    int entityMentions(long entity);

    /** The prior type votes of a name key ({@link TypeVotes}), indexed by type ordinal. */
    int[] typeVotes(String nameKey);

    /** Whether a user's correction keeps two prior entities apart. */
    boolean keptApart(long entityA, long entityB);
}
