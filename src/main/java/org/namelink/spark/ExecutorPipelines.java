package org.namelink.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.namelink.kb.KnowledgeBase;
import org.namelink.linking.KnowledgeBaseLinker;
import org.namelink.mentions.MentionFinder;
import org.namelink.pipeline.Namelink;
import org.namelink.resolution.EntityResolver;

/**
 * One loaded {@link Namelink} per JVM and per {@link ExtractionOptions}, one resolver per alias
 * file, and one linker per knowledge-base index, shared by every task the JVM runs: an executor loads the models once, not once per task or
 * partition.
 *
 * <p>This is the package's one piece of static state, and deliberately so: Spark ships closures,
 * not objects, so a per-JVM cache is the only way tasks can share loaded models. It holds only
 * immutable, thread-safe pipelines, resolvers and linkers, built at most once per key. Thread-safe.
 */
final class ExecutorPipelines {

    private static final Map<ExtractionOptions, Namelink> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<String, EntityResolver> RESOLVERS = new ConcurrentHashMap<>();
    private static final Map<String, KnowledgeBaseLinker> LINKERS = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /** The mention finder, the largest model, loaded once whatever the options. */
    private static final class Finder {
        static final MentionFinder INSTANCE = Namelink.defaultFinder();
    }

    /** This JVM's pipeline for {@code options}, loaded on first use. */
    static Namelink pipeline(ExtractionOptions options) {
        return PIPELINES.computeIfAbsent(options, o -> Namelink.builder()
                .mentionFinder(Finder.INSTANCE)
                .matcher(Namelink.matcherWithAliases(o.localAliasFile()))
                .keepChrome(o.keepChrome())
                .build());
    }

    /** This JVM's resolver (its plan and matcher) with the aliases of {@code aliasFile} ("" for none). */
    static EntityResolver resolver(String aliasFile) {
        return RESOLVERS.computeIfAbsent(aliasFile, f -> EntityResolver.create(
                Namelink.matcherWithAliases(new ExtractionOptions(f, false).localAliasFile())));
    }

    /**
     * This JVM's linker over the knowledge-base index in {@code index}, opened (memory-mapped) on
     * first use and kept for the JVM's life. A directory missing here is looked up by its last name
     * among the files shipped with {@code SparkContext.addFile} ({@code SparkFiles.get}).
     */
    static KnowledgeBaseLinker linker(String index) {
        return LINKERS.computeIfAbsent(index, dir -> {
            Path path = Path.of(dir);
            if (!Files.isDirectory(path)) {
                path = Path.of(SparkFiles.get(path.getFileName().toString()));
            }
            try {
                return KnowledgeBaseLinker.builder(KnowledgeBase.open(path)).build();
            } catch (IOException e) {
                throw new UncheckedIOException("the knowledge-base index " + dir + " cannot be opened on this executor "
                        + "(it must be on a shared file system or shipped with SparkContext.addFile): " + e.getMessage(), e);
            }
        });
    }
}
