package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.bench.SyntheticMentions;
import org.namelink.evaluation.ClusterReport;
import org.namelink.evaluation.LabeledMention;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;
import org.namelink.text.Span;

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

    /** A document whose one mention is {@code name} tagged {@code type}. */
    private static ResolverDocument doc(String id, String name, EntityType type) {
        return new ResolverDocument(id, List.of(new Mention(new Span(0, name.length()), name, type, "crf")),
                List.of());
    }

    /** The registry ids the mentions of {@code batches} end with, in order. */
    private List<String> idsInBatches(String file, List<List<ResolverDocument>> batches) {
        try (EntityRegistry registry = EntityRegistry.open(dir.resolve(file))) {
            return RegistryPartitions.addBatches(registry, RESOLVER, batches).stream()
                    .map(LabeledMention::entity).toList();
        }
    }

    @Test
    void aPlaceThatALaterBatchOutvotesAsAnOrganisationJoinsItsEntity() {
        // One run: the place is outvoted two to one, so all three mentions are one organisation.
        ResolverDocument place = doc("a", "Velmora Hall", EntityType.LOCATION);
        ResolverDocument org1 = doc("b", "Velmora Hall", EntityType.ORGANIZATION);
        ResolverDocument org2 = doc("c", "Velmora Hall", EntityType.ORGANIZATION);
        assertThat(RESOLVER.resolve(List.of(place, org1, org2)).entities()).hasSize(1);

        List<String> ids = idsInBatches("later.db", List.of(List.of(place), List.of(org1, org2)));
        assertThat(ids).hasSize(3).containsOnly(ids.get(0));
        try (EntityRegistry registry = EntityRegistry.open(dir.resolve("later.db"))) {
            assertThat(registry.current(ids.get(0))).singleElement()
                    .extracting(RegistryEntity::type).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void anEvenSplitOfTypesStaysTwoEntitiesAsInOneRun() {
        ResolverDocument place = doc("a", "Velmora Hall", EntityType.LOCATION);
        ResolverDocument org = doc("b", "Velmora Hall", EntityType.ORGANIZATION);
        assertThat(RESOLVER.resolve(List.of(place, org)).entities()).hasSize(2);

        List<String> ids = idsInBatches("even.db", List.of(List.of(place), List.of(org)));
        assertThat(ids).doesNotHaveDuplicates();
    }
}
