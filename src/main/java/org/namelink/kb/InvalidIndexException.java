package org.namelink.kb;

import java.io.IOException;

/**
 * A knowledge-base index that cannot be used: missing, truncated, damaged, of another format
 * version, or built with another name folding. The message names the file and what is wrong, and
 * says to rebuild it with {@code namelink kb-index}.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidIndexException extends IOException {

    private static final long serialVersionUID = 1L;

    InvalidIndexException(String message) {
        super(message);
    }
}
