package org.namelink.resolution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;

/**
 * One real-world entity resolved across documents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable within one result: {@code e1}, {@code e2}, ... in order of first mention
 * @param type the type voted over its mentions
 * @param name the canonical name: the fullest well-formed variant, then the most frequent
 * @param variants every distinct spelling (titles and possessives removed), sorted
 * @param mentions its mentions, in document and text order
 * @param documents ids of the documents it occurs in, in input order
 * @param reasons why each variant other than the canonical name joined
 * @param team true for a place name standing for a sports team in sports reports ("Brazil beat
 *     Chile 2-1"): an entity apart from the place of the same name
 * @param link its article in a knowledge base, when a linker found one it is sure enough of
 */
public record Entity(String id, EntityType type, String name, List<String> variants,
                     List<EntityMention> mentions, List<String> documents, List<MergeReason> reasons, boolean team,
                     Optional<EntityLink> link) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        mentions = List.copyOf(mentions);
        documents = List.copyOf(documents);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(link, "link");
    }

    /** An entity not linked to any knowledge base. */
    public Entity(String id, EntityType type, String name, List<String> variants, List<EntityMention> mentions,
                  List<String> documents, List<MergeReason> reasons, boolean team) {
        this(id, type, name, variants, mentions, documents, reasons, team, Optional.empty());
    }

    /** This entity linked to {@code link} (empty: not linked). */
    public Entity withLink(Optional<EntityLink> link) {
        return new Entity(id, type, name, variants, mentions, documents, reasons, team, link);
    }

    public int mentionCount() {
        return mentions.size();
    }
}
