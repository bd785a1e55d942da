package org.namelink.registry;

import java.util.Objects;

/**
 * An active entity found by a spelling ({@link EntityRegistry#find}), and why it was found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entity the entity
 * @param how how the spelling matched
 * @param variant the entity's spelling it matched
 * @param score 1 for an exact or folded match, else the matcher's score
 * @param rule the matcher's rule ({@code transliteration}, {@code short form}, ...), or
 *     {@code exact} / {@code folded}
 */
public record FoundEntity(RegistryEntity entity, How how, String variant, double score, String rule) {

    /** How a spelling found an entity, best first. */
    public enum How {
        /** One of the entity's variants is spelled so. */
        EXACT,
        /** A variant folds to the same name key (case, diacritics, titles, particles). */
        FOLDED,
        /** The name matcher takes the spelling for one of the entity's names. */
        MATCHER
    }

    public FoundEntity {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(rule, "rule");
    }
}
