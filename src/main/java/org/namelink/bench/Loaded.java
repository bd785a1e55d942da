package org.namelink.bench;

import java.util.Objects;

/**
 * Something loaded and how long loading took.
 *
 * <p>Immutable, and thread-safe when {@code value} is.
 */
public record Loaded<T>(T value, double seconds) {

    public Loaded {
        Objects.requireNonNull(value, "value");
    }
}
