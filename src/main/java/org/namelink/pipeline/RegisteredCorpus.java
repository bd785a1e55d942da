package org.namelink.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A corpus resolved against an entity registry: the corpus as without one (entity ids {@code e1},
 * {@code e2}, ... within the run), each entity's stable registry id, and the canonical name the
 * registry holds for it once the run is recorded (over every batch's spellings, so it may differ
 * from the name this run alone gives).
 *
 * <p>Immutable and thread-safe.
 *
 * @param corpus the documents and entities of this run
 * @param registryIds the registry id ({@code N42}) of each entity of {@code corpus}, by its id
 * @param registryNames the registry's canonical name of each entity of {@code corpus}, by its id
 */
public record RegisteredCorpus(Corpus corpus, Map<String, String> registryIds, Map<String, String> registryNames) {

    public RegisteredCorpus {
        Objects.requireNonNull(corpus, "corpus");
        registryIds = Map.copyOf(registryIds);
        registryNames = Map.copyOf(registryNames);
    }

    /** A corpus with registry ids only: each entity's registry name is its name in the corpus. */
    public RegisteredCorpus(Corpus corpus, Map<String, String> registryIds) {
        this(corpus, registryIds, Map.of());
    }

    /** The registry id of one of the corpus's entities. */
    public Optional<String> registryId(String entityId) {
        return Optional.ofNullable(registryIds.get(entityId));
    }

    /**
     * The canonical name the registry holds for one of the corpus's entities; its name in the
     * corpus when the registry gave none.
     */
    public Optional<String> registryName(String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return Optional.ofNullable(registryNames.get(entityId))
                .or(() -> corpus.entityById(entityId).map(org.namelink.resolution.Entity::name));
    }
}
