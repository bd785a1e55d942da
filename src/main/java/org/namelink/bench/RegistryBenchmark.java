package org.namelink.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.RegisteredBatch;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;

/**
 * What it costs to add a batch of documents to an entity registry that already holds many
 * mentions: the registry is filled with synthetic documents ({@link SyntheticMentions}), reopened,
 * and one batch of further documents of the same synthetic world is added and timed.
 *
 * <p>Immutable and thread-safe; each {@link #run} works in its own files.
 */
public final class RegistryBenchmark {

    /** Documents per batch while the registry is filled. */
    static final int FILL_BATCH = 5_000;

    private final EntityResolver resolver;
    private final long seed;

    private RegistryBenchmark(EntityResolver resolver, long seed) {
        this.resolver = resolver;
        this.seed = seed;
    }

    public static RegistryBenchmark of(EntityResolver resolver, long seed) {
        return new RegistryBenchmark(Objects.requireNonNull(resolver, "resolver"), seed);
    }

    /**
     * One registry size's figures.
     *
     * @param registryMentions mentions in the registry before the batch
     * @param registryEntities its active entities before the batch
     * @param fillSeconds time to fill it
     * @param openMillis time to open it again
     * @param batchDocuments documents in the measured batch
     * @param batchMentions their mentions
     * @param batchSeconds time to add the batch (resolution, lookups, one transaction)
     * @param peakHeapBytes peak heap while adding the batch
     * @param fileBytes size of the database file after the batch
     */
    public record Step(long registryMentions, long registryEntities, double fillSeconds, double openMillis,
                       int batchDocuments, int batchMentions, double batchSeconds, long peakHeapBytes,
                       long fileBytes) {
    }

    /** Measures each registry size in turn, in files under {@code dir}, telling {@code report} after each. */
    public void run(Path dir, List<Integer> registrySizes, int batchDocuments, Consumer<Step> report)
            throws IOException {
        for (int size : registrySizes) {
            report.accept(measure(dir.resolve("registry-" + size + ".db"), size, batchDocuments));
        }
    }

    private Step measure(Path file, int registryMentions, int batchDocuments) throws IOException {
        Files.deleteIfExists(file);
        List<ResolverDocument> docs = SyntheticMentions.of(registryMentions
                + batchDocuments * SyntheticMentions.MENTIONS_PER_DOCUMENT * 2, seed).documents();
        int split = 0;
        long filled = 0;
        while (split < docs.size() && filled < registryMentions) {
            filled += docs.get(split++).mentions().size();
        }
        if (docs.size() - split < batchDocuments) {
            throw new IllegalStateException("the synthetic corpus has only " + (docs.size() - split)
                    + " documents after the registry's, fewer than " + batchDocuments);
        }
        long start = System.nanoTime();
        try (EntityRegistry registry = EntityRegistry.open(file)) {
            for (int from = 0; from < split; from += FILL_BATCH) {
                registry.add(docs.subList(from, Math.min(split, from + FILL_BATCH)), resolver);
            }
        }
        double fillSeconds = (System.nanoTime() - start) / 1e9;
        List<ResolverDocument> batch = List.copyOf(docs.subList(split, split + batchDocuments));
        int batchMentions = batch.stream().mapToInt(d -> d.mentions().size()).sum();
        docs = null; // only the batch is needed from here on
        HeapMeter.liveBytes();
        start = System.nanoTime();
        EntityRegistry registry = EntityRegistry.open(file);
        double openMillis = (System.nanoTime() - start) / 1e6;
        try (registry) {
            long mentions = registry.counts().get("mentions");
            long entities = registry.counts().get("entities");
            HeapMeter.resetPeak();
            start = System.nanoTime();
            RegisteredBatch added = registry.add(batch, resolver);
            double batchSeconds = (System.nanoTime() - start) / 1e9;
            long peak = HeapMeter.peakBytes();
            if (added.registryIds().isEmpty()) {
                throw new IllegalStateException("the measured batch added nothing");
            }
            registry.close();
            return new Step(mentions, entities, fillSeconds, openMillis, batchDocuments, batchMentions, batchSeconds,
                    peak, Files.size(file));
        }
    }
}
