package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.bench.SyntheticMentions;
import org.namelink.evaluation.ClusterReport;
import org.namelink.evaluation.LabeledMention;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;

class IncrementalResolutionTest {

    private static final EntityResolver RESOLVER = EntityResolver.create(NameMatcher.defaults());

    @TempDir
    Path dir;

    @Test
    void oneBatchGivesTheResolversPartition() {
        List<ResolverDocument> docs = SyntheticMentions.of(20_000, 7).documents();
        List<LabeledMention> whole = RegistryPartitions.labels(docs, RESOLVER.resolve(docs));
        try (EntityRegistry registry = EntityRegistry.open(dir.resolve("one.db"))) {
            ClusterReport r = RegistryPartitions.agreement(whole,
                    RegistryPartitions.addInBatches(registry, RESOLVER, docs, 1));
            assertThat(r.bCubed().f1()).isEqualTo(1.0);
        }
    }

    @Test
    void tenBatchesAgreeWithOneOnSyntheticNews() {
        List<ResolverDocument> docs = SyntheticMentions.of(20_000, 7).documents();
        List<LabeledMention> whole = RegistryPartitions.labels(docs, RESOLVER.resolve(docs));
        try (EntityRegistry registry = EntityRegistry.open(dir.resolve("ten.db"))) {
            ClusterReport r = RegistryPartitions.agreement(whole,
                    RegistryPartitions.addInBatches(registry, RESOLVER, docs, 10));
            System.out.println("ten batches vs one, synthetic: " + r.bCubed());
            assertThat(r.bCubed().f1()).isGreaterThanOrEqualTo(0.99);
        }
    }
}
