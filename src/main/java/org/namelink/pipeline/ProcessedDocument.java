package org.namelink.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document of a corpus result: its resolved mentions, or the error that kept it from being
 * processed.
 *
 * <p>Immutable and thread-safe.
 */
public record ProcessedDocument(String id, List<ResolvedMention> mentions, Optional<String> error) {

    public ProcessedDocument {
        Objects.requireNonNull(id, "id");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(error, "error");
    }

    public static ProcessedDocument failed(String id, String error) {
        return new ProcessedDocument(id, List.of(), Optional.of(error));
    }

    public boolean failed() {
        return error.isPresent();
    }
}
