package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.evaluation.AidaDocument;
import org.namelink.evaluation.AidaReader;
import org.namelink.evaluation.ClusterReport;
import org.namelink.evaluation.LabeledMention;
import org.namelink.mentions.Mention;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;

/**
 * The AIDA-CoNLL dev documents (their gold mentions, so that only resolution is compared) added to a
 * registry in ten batches against one resolution of them all; ids stay stable across reopening.
 */
class AidaBatchesTest {

    /** Beside the clone, as in CI; never copied into the repository. */
    static final Path AIDA_DEV = Path.of("..", "shared", "data", "aida-dev", "aida-conll-dev.full.jsonl");

    private static final EntityResolver RESOLVER = EntityResolver.create(NameMatcher.defaults());

    @TempDir
    Path dir;

    static List<ResolverDocument> aidaDocuments() throws IOException {
        assumeTrue(Files.isRegularFile(AIDA_DEV), "AIDA-CoNLL dev is not at " + AIDA_DEV.toAbsolutePath()
                + " (the shared data directory beside the clone); skipping the AIDA batches test");
        List<ResolverDocument> docs = new ArrayList<>();
        for (AidaDocument d : AidaReader.read(AIDA_DEV)) {
            List<Mention> mentions = new ArrayList<>();
            List<LabeledMention> gold = new ArrayList<>(d.mentions());
            gold.sort(Comparator.comparingInt((LabeledMention m) -> m.span().start()));
            for (LabeledMention m : gold) {
                mentions.add(new Mention(m.span(), d.text().substring(m.span().start(), m.span().end()), m.type(),
                        "gold"));
            }
            docs.add(new ResolverDocument(d.id(), mentions, List.of()));
        }
        return docs;
    }

    @Test
    void tenBatchesAgreeWithOneAndIdsSurviveReopening() throws IOException {
        List<ResolverDocument> docs = aidaDocuments();
        List<LabeledMention> whole = RegistryPartitions.labels(docs, RESOLVER.resolve(docs));
        Path file = dir.resolve("aida.db");
        List<LabeledMention> batches;
        List<RegistryEntity> before;
        try (EntityRegistry registry = EntityRegistry.open(file)) {
            batches = RegistryPartitions.addInBatches(registry, RESOLVER, docs, 10);
            before = registry.entities();
        }
        ClusterReport r = RegistryPartitions.agreement(whole, batches);
        System.out.println("ten batches vs one, AIDA dev (" + whole.size() + " mentions): " + r.bCubed());
        assertThat(r.bCubed().f1()).isGreaterThanOrEqualTo(0.99);
        try (EntityRegistry registry = EntityRegistry.open(file)) {
            assertThat(registry.entities()).isEqualTo(before);
            for (String id : batches.stream().map(LabeledMention::entity).distinct().toList()) {
                assertThat(registry.current(id)).extracting(RegistryEntity::id).containsExactly(id);
            }
        }
    }
}
