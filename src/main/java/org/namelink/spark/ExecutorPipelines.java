package org.namelink.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.namelink.mentions.MentionFinder;
import org.namelink.pipeline.Namelink;
import org.namelink.resolution.EntityResolver;

/**
 * One loaded {@link Namelink} per JVM and per {@link ExtractionOptions}, and one resolver per alias
 * file, shared by every task the JVM runs: an executor loads the models once, not once per task or
 * partition.
 *
 * <p>This is the package's one piece of static state, and deliberately so: Spark ships closures,
 * not objects, so a per-JVM cache is the only way tasks can share loaded models. It holds only
 * immutable, thread-safe pipelines and resolvers, built at most once per key. Thread-safe.
 */
final class ExecutorPipelines {

    private static final Map<ExtractionOptions, Namelink> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<String, EntityResolver> RESOLVERS = new ConcurrentHashMap<>();

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
}
