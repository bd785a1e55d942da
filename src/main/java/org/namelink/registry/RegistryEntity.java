package org.namelink.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.EntityLink;

/**
 * An entity as the registry records it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id its stable id ({@code N42}); never reused for another entity
 * @param type its type
 * @param name its canonical name over all its variants
 * @param team whether it is a place name's team sense
 * @param status active, merged into another entity, or split into parts
 * @param successors what a merged entity became (one id) or a split one became (its parts); empty
 *     when active
 * @param variants its spellings with their mentions, most mentioned first
 * @param mentions its mentions over all batches
 * @param documents the documents it is mentioned in
 * @param link its knowledge-base article: set by a user ({@code registry link}) or recorded from a
 *     batch's linker and kept stable ({@link EntityRegistry#add(java.util.List, org.namelink.resolution.EntityResolver, java.util.function.Function)}); empty when it has none
 * @param linkSetByUser whether a user set {@code link}, or said the entity has no article (then
 *     {@code link} is empty and batches never link it)
 */
public record RegistryEntity(String id, EntityType type, String name, boolean team, Status status,
                             List<String> successors, List<Variant> variants, int mentions, int documents,
                             Optional<EntityLink> link, boolean linkSetByUser) {

    /** An entity without a link. */
    public RegistryEntity(String id, EntityType type, String name, boolean team, Status status,
                          List<String> successors, List<Variant> variants, int mentions, int documents) {
        this(id, type, name, team, status, successors, variants, mentions, documents, Optional.empty(), false);
    }

    /** Whether an id still names an entity of its own. */
    public enum Status { ACTIVE, MERGED, SPLIT }

    /** One spelling of an entity and how often it was mentioned so. */
    public record Variant(String name, int mentions) {
        public Variant {
            Objects.requireNonNull(name, "name");
        }
    }

    public RegistryEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        successors = List.copyOf(successors);
        variants = List.copyOf(variants);
        Objects.requireNonNull(link, "link");
    }

    /** How messages name it: {@code N7 (Irbil, LOCATION)}, or {@code N9 (Brazil, LOCATION team)}. */
    public String label() {
        return id + " (" + name + ", " + type + (team ? " team" : "") + ")";
    }
}
