package org.namelink.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A corpus resolved against an entity registry: the corpus as without one (entity ids {@code e1},
 * {@code e2}, ... within the run), and each entity's stable registry id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param corpus the documents and entities of this run
 * @param registryIds the registry id ({@code N42}) of each entity of {@code corpus}, by its id
 */
public record RegisteredCorpus(Corpus corpus, Map<String, String> registryIds) {

    public RegisteredCorpus {
        Objects.requireNonNull(corpus, "corpus");
        registryIds = Map.copyOf(registryIds);
    }

    /** The registry id of one of the corpus's entities. */
    public Optional<String> registryId(String entityId) {
        return Optional.ofNullable(registryIds.get(entityId));
    }
}
