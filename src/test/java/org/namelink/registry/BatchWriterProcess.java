package org.namelink.registry;

import java.nio.file.Path;
import java.util.List;
import org.namelink.bench.SyntheticMentions;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;

/**
 * A child JVM for {@link KillDuringBatchTest}: adds synthetic batches to a registry, one after
 * another, saying on standard output when each starts and when it committed, until killed. With
 * a second argument {@code k} (for {@link ConcurrentWritersTest}) it adds the small batch {@code k}
 * once, saying on standard output when it waits for another writer, and exits.
 */
public final class BatchWriterProcess {

    static final int MENTIONS_PER_BATCH = 30_000;

    private BatchWriterProcess() {
    }

    /** The documents of batch {@code k}: its own seed, its own document ids. */
    static List<ResolverDocument> batch(int k) {
        return batch(k, MENTIONS_PER_BATCH);
    }

    /** The documents of batch {@code k} of about {@code mentions} mentions. */
    static List<ResolverDocument> batch(int k, int mentions) {
        return SyntheticMentions.of(mentions, 100 + k).documents().stream()
                .map(d -> new ResolverDocument("b" + k + "-" + d.id(), d.mentions(), d.acronyms(), d.teamMentions()))
                .toList();
    }

    public static void main(String[] args) {
        EntityResolver resolver = EntityResolver.create(NameMatcher.defaults());
        if (args.length > 1) {
            int k = Integer.parseInt(args[1]);
            try (EntityRegistry registry = EntityRegistry.open(Path.of(args[0]), message -> {
                System.out.println(message);
                System.out.flush();
            })) {
                registry.add(batch(k, ConcurrentWritersTest.MENTIONS), resolver);
                System.out.println("committed " + k);
            }
            return;
        }
        try (EntityRegistry registry = EntityRegistry.open(Path.of(args[0]))) {
            for (int k = 1; k <= 1000; k++) {
                List<ResolverDocument> docs = batch(k);
                System.out.println("committing " + k);
                System.out.flush();
                registry.add(docs, resolver);
                System.out.println("committed " + k);
                System.out.flush();
            }
        }
    }
}
