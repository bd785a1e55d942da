package org.namelink.registry;

/**
 * A registry that cannot be opened or used: a file that is not a Namelink registry, a registry
 * from a newer Namelink, an unknown id, or a database error. The registry is left as it was.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistryException(String message) {
        super(message);
    }

    public RegistryException(String message, Throwable cause) {
        super(message, cause);
    }
}
