package org.namelink.registry;

import java.util.Objects;

/**
 * One event in an entity's history: created, variant added, merged, split or corrected, with the
 * resolver's or the user's reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence increases over the whole registry, in the order events happened
 * @param entityId the entity it concerns
 * @param kind {@code created}, {@code variant}, {@code merged}, {@code split} or {@code corrected}
 * @param detail what happened and why
 * @param batch the batch it happened in; 0 for a user's correction
 * @param at when (ISO-8601, UTC)
 */
public record RegistryEvent(long sequence, String entityId, String kind, String detail, long batch, String at) {

    public RegistryEvent {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
