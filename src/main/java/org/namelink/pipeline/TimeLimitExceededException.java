package org.namelink.pipeline;

/**
 * An article's analysis took longer than the pipeline's time limit per document
 * ({@link Namelink.Builder#timeLimit}); the message gives the limit.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimeLimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TimeLimitExceededException(String message) {
        super(message);
    }
}
