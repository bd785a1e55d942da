package org.namelink.mentions;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Namelink keeps what it derives from its models between runs (the CRF's compact copies, the
 * knowledge-base index): {@code $XDG_CACHE_HOME/namelink} when that is an absolute path (the XDG
 * specification ignores a relative one), else {@code ~/.cache/namelink}. The command line's
 * launcher ({@code bin/namelink}) names the same directory for its class-data-sharing archive.
 *
 * <p>Stateless; thread-safe.
 */
public final class CacheDirectory {

    private CacheDirectory() {
    }

    /** The user's Namelink cache directory, or empty when neither variable names one. */
    public static Optional<Path> user() {
        try {
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
                return Optional.of(Path.of(xdg, "namelink"));
            }
            String home = System.getProperty("user.home");
            return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "namelink"));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
