package org.namelink.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.EntityType;

/**
 * Mention-detection scores from {@link NerEvaluation}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param exact       same document, span and type (CoNLL {@code conlleval} style)
 * @param overlap     same document and type, spans sharing at least one character, matched one-to-one
 * @param exactByType {@code exact} restricted to each type; has an entry for every {@link EntityType}
 *                    when built by {@link NerEvaluation}
 */
public record NerReport(PrfScore exact, PrfScore overlap, Map<EntityType, PrfScore> exactByType) {

    public NerReport {
        Objects.requireNonNull(exact, "exact must not be null");
        Objects.requireNonNull(overlap, "overlap must not be null");
        Objects.requireNonNull(exactByType, "exactByType must not be null");
        // An EnumMap keeps the types in declaration order for printing; Map.copyOf would not.
        EnumMap<EntityType, PrfScore> copy = new EnumMap<>(EntityType.class);
        exactByType.forEach((type, score) -> copy.put(
                Objects.requireNonNull(type, "exactByType keys must not be null"),
                Objects.requireNonNull(score, "exactByType values must not be null (type " + type + ")")));
        exactByType = Collections.unmodifiableMap(copy);
    }

    /** The exact score of {@code type}, or {@link PrfScore#ZERO} if it has no entry. */
    public PrfScore exact(EntityType type) {
        return exactByType.getOrDefault(type, PrfScore.ZERO);
    }
}
