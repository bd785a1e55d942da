package org.namelink.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One document of a corpus result: its resolved mentions, or the error that kept it from being
 * processed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param error why the document could not be processed (its cause included)
 * @param errorType what kind of failure that was: the exception's class name, or
 *     {@code "unreadable"} for an input that could not be read; present only with an error
 */
public record ProcessedDocument(String id, List<ResolvedMention> mentions, Optional<String> error,
                                Optional<String> errorType) {

    public ProcessedDocument {
        Objects.requireNonNull(id, "id");
        mentions = List.copyOf(mentions);
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(errorType, "errorType");
        if (errorType.isPresent() && error.isEmpty()) {
            throw new IllegalArgumentException("an error type needs an error: '" + id + "'");
        }
    }

    /** A document with no error type. */
    public ProcessedDocument(String id, List<ResolvedMention> mentions, Optional<String> error) {
        this(id, mentions, error, Optional.empty());
    }

    public static ProcessedDocument failed(String id, String error) {
        return new ProcessedDocument(id, List.of(), Optional.of(error));
    }

    public static ProcessedDocument failed(String id, String error, Optional<String> errorType) {
        return new ProcessedDocument(id, List.of(), Optional.of(error), errorType);
    }

    public boolean failed() {
        return error.isPresent();
    }
}
