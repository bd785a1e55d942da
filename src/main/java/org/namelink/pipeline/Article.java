package org.namelink.pipeline;

import java.util.Objects;

/**
 * An article to process: an id unique in its corpus and its text.
 *
 * <p>Immutable and thread-safe.
 */
public record Article(String id, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank, was '" + id + "'");
        }
    }
}
