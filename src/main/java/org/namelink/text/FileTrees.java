package org.namelink.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Removes the working directories Namelink makes for itself (a knowledge-base index's sorted runs,
 * a tagger's converted training text, a benchmark's registry). In this, the lowest package, so
 * that every package that makes one may use it; for Namelink's own use, not a user's.
 *
 * <p>Stateless and thread-safe.
 */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes {@code dir} with everything in it, deepest first; nothing when nothing is there. A
     * symbolic link inside is deleted, not followed.
     *
     * @throws IOException if something in it cannot be deleted (what was deleted stays deleted)
     */
    public static void delete(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
