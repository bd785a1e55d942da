package org.namelink.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.SparkFiles;

/**
 * The pipeline options of a Spark job, shipped to the executors with each task: an extra alias
 * file and whether to keep mentions found in web-page chrome (the command line's
 * {@code --aliases} and {@code --keep-chrome}). Equal options share one loaded pipeline per JVM
 * ({@link ExecutorPipelines}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param aliasFile the alias file, readable on every executor (a shared file system, or the bare
 *     name of a file shipped with {@code spark-submit --files}); empty for none
 * @param keepChrome keep mentions in web-page chrome
 */
public record ExtractionOptions(String aliasFile, boolean keepChrome) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ExtractionOptions {
        Objects.requireNonNull(aliasFile, "aliasFile");
    }

    /** No extra aliases, chrome dropped: the command line's defaults. */
    public static ExtractionOptions defaults() {
        return new ExtractionOptions("", false);
    }

    /**
     * The alias file as this JVM sees it: the path itself when it exists here, else the copy
     * {@code spark-submit --files} shipped to this executor.
     */
    Optional<Path> localAliasFile() {
        if (aliasFile.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(aliasFile);
        if (Files.exists(path)) {
            return Optional.of(path);
        }
        Path shipped = Path.of(SparkFiles.get(path.getFileName().toString()));
        if (Files.exists(shipped)) {
            return Optional.of(shipped);
        }
        throw new IllegalArgumentException("alias file '" + aliasFile + "' is neither readable here nor shipped"
                + " with spark-submit --files (looked for " + shipped + ")");
    }
}
