package org.namelink.registry;

import java.util.Objects;
import org.namelink.resolution.NearMiss;

/**
 * A pair of the registry's review queue: a near miss a batch recorded ({@link EntityRegistry#add(java.util.List,
 * org.namelink.resolution.EntityResolver, org.namelink.resolution.NearMisses)}), for a person to accept
 * (one entity) or reject (two), with the entities its two names belong to now.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the pair's number in the queue, never reused
 * @param nearMiss the near miss as the batch found it (its entities the registry's ids then)
 * @param entityA the registry id of the first name's entity now
 * @param entityB the registry id of the second name's entity now
 * @param batch the batch that recorded it
 * @param status pending, accepted or rejected
 */
public record ReviewPair(long number, NearMiss nearMiss, String entityA, String entityB, long batch, Status status) {

    /** Where a pair of the queue stands. */
    public enum Status {
        /** Not yet reviewed. */
        PENDING,
        /** A person said the two names are one entity: the registry merged them. */
        ACCEPTED,
        /** A person said the two names are two entities: the registry keeps them apart. */
        REJECTED
    }

    public ReviewPair {
        Objects.requireNonNull(nearMiss, "nearMiss");
        Objects.requireNonNull(entityA, "entityA");
        Objects.requireNonNull(entityB, "entityB");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the two names are one entity now. */
    public boolean sameEntity() {
        return entityA.equals(entityB);
    }
}
