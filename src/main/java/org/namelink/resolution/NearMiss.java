package org.namelink.resolution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.plan.NameGroup;

/**
 * A pair of names the resolver compared as spellings of one name whose score lay within the
 * {@link NearMisses#band()} of the threshold that decided it: kept apart though nearly alike, or joined with the
 * least margin. For a person to confirm or correct (an entity registry's review queue).
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the type of both names
 * @param nameA the first name as shown (of the group whose key sorts first)
 * @param nameB the second name as shown
 * @param groupKeyA the first name's group key ({@link NameGroup#groupKey()}): what identifies it across runs
 * @param groupKeyB the second name's group key
 * @param score the matcher's score
 * @param threshold the threshold the score was held against: the matcher's, or the stricter one of two
 *     names of one word each ({@code NameMatcher.loneWordThreshold()})
 * @param joined whether the resolver's decision joined the two names
 * @param explanation the matcher's explanation, as {@code match --explain} prints it
 * @param entityA the entity of the first name in the run, empty when the run has none for it
 * @param entityB the entity of the second name
 * @param documentsA the ids of up to {@link #MAX_DOCUMENTS} documents of the first name in the run, in input order
 * @param documentsB the same for the second name
 */
public record NearMiss(EntityType type, String nameA, String nameB, String groupKeyA, String groupKeyB,
                       double score, double threshold, boolean joined, String explanation,
                       Optional<String> entityA, Optional<String> entityB,
                       List<String> documentsA, List<String> documentsB) {

    /** How many documents of each name are listed: enough to find the pair in context. */
    public static final int MAX_DOCUMENTS = 5;

    public NearMiss {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nameA, "nameA");
        Objects.requireNonNull(nameB, "nameB");
        Objects.requireNonNull(groupKeyA, "groupKeyA");
        Objects.requireNonNull(groupKeyB, "groupKeyB");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(entityA, "entityA");
        Objects.requireNonNull(entityB, "entityB");
        documentsA = List.copyOf(documentsA);
        documentsB = List.copyOf(documentsB);
    }

    /** How far the score lies from the threshold: the nearer, the first to review. */
    public double closeness() {
        return Math.abs(score - threshold);
    }

    /** This near miss with the entities given other ids (a registry's). */
    public NearMiss withEntities(Optional<String> a, Optional<String> b) {
        return new NearMiss(type, nameA, nameB, groupKeyA, groupKeyB, score, threshold, joined, explanation, a, b,
                documentsA, documentsB);
    }
}
