package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.linking.Linker;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.mentions.MentionFinder;
import org.namelink.registry.EntityRegistry;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.text.Span;
import org.namelink.text.TextAnalyzer;

/** The pipeline's optional linker: what it is given, and nothing without it. */
class LinkingPipelineTest {

    /** Every "Velmora" of the text is a place. */
    private static final MentionFinder VELMORA = text -> {
        List<Mention> out = new ArrayList<>();
        for (int at = text.text().indexOf("Velmora"); at >= 0; at = text.text().indexOf("Velmora", at + 1)) {
            out.add(new Mention(new Span(at, at + 7), "Velmora", EntityType.LOCATION, "test"));
        }
        return out;
    };

    private static Namelink.Builder pipeline() {
        return Namelink.builder().mentionFinder(VELMORA).textAnalyzer(TextAnalyzer.pretokenized()).withoutBuiltInStages();
    }

    private static final List<Article> ARTICLES = List.of(new Article("a1", "Rain fell on Velmora harbour ."),
            new Article("a2", "Velmora won the cricket match ."));

    @Test
    void theLinkerSeesTheResolvedEntitiesAndTheDocumentsWords() {
        List<Map<String, Set<String>>> seen = Collections.synchronizedList(new ArrayList<>());
        Linker linker = (entities, words) -> {
            seen.add(words);
            return Collections.nCopies(entities.size(), Optional.of(EntityLink.wikipedia("Velmora", 0.9)));
        };
        Corpus corpus = pipeline().linker(linker).build().process(ARTICLES);
        assertThat(corpus.entities()).singleElement().extracting(Entity::link)
                .isEqualTo(Optional.of(EntityLink.wikipedia("Velmora", 0.9)));
        // Twice: each document's part of the entity (may it split?), then the entities (LinkRefinement).
        assertThat(seen).isNotEmpty().allSatisfy(words -> {
            assertThat(words.get("a1")).contains("rain", "harbour", "velmora");
            assertThat(words.get("a2")).contains("cricket", "match");
        });
    }

    @Test
    void withoutALinkerNoEntityHasALink() {
        Namelink namelink = pipeline().build();
        assertThat(namelink.links()).isFalse();
        Corpus corpus = namelink.process(ARTICLES);
        assertThat(corpus.entities()).isNotEmpty().allSatisfy(e -> assertThat(e.link()).isEmpty());
        // Nor are the documents' words kept.
        assertThat(namelink.extract(ARTICLES.get(0)).words()).isEmpty();
    }

    @Test
    void aRegistryRunLinksBeforeTheBatchIsRecordedAndRecordsTheLinksWithIt(@TempDir Path dir) {
        // Found in review: the links were recorded in a transaction after the batch's, and a run
        // killed between the two left the batch without them. Now the linker runs before anything
        // of the batch is committed, and the batch and its links are one transaction.
        Path file = dir.resolve("r.db");
        List<Long> documentsWhileLinking = Collections.synchronizedList(new ArrayList<>());
        Linker watching = (entities, words) -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM document")) {
                r.next();
                documentsWhileLinking.add(r.getLong(1));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return Collections.nCopies(entities.size(), Optional.of(EntityLink.wikipedia("Velmora", 0.9)));
        };
        try (EntityRegistry registry = EntityRegistry.open(file)) {
            RegisteredCorpus result = pipeline().linker(watching).build().process(ARTICLES, registry);
            assertThat(documentsWhileLinking).containsExactly(0L);
            assertThat(result.corpus().entities()).singleElement().extracting(Entity::link)
                    .isEqualTo(Optional.of(EntityLink.wikipedia("Velmora", 0.9)));
            assertThat(registry.entities()).singleElement().extracting(e -> e.link())
                    .isEqualTo(Optional.of(EntityLink.wikipedia("Velmora", 0.9)));
        }
    }

    @Test
    void aLinkerThatFailsCostsTheLinksNotTheResults(@TempDir Path dir) {
        // Found in review: the batch was committed, then linking failed, and the run lost the
        // results of documents the registry now holds (a rerun skips them as already recorded).
        // Linking now runs inside the batch's transaction: its failure still records the batch.
        Linker failing = (entities, words) -> {
            throw new IllegalStateException("index unreadable");
        };
        try (EntityRegistry registry = EntityRegistry.open(dir.resolve("r.db"))) {
            RegisteredCorpus result = pipeline().linker(failing).build().process(ARTICLES, registry);
            assertThat(result.corpus().entities()).singleElement().satisfies(e -> {
                assertThat(e.name()).isEqualTo("Velmora");
                assertThat(e.link()).isEmpty();
                assertThat(result.registryId(e.id())).isPresent();
            });
            assertThat(registry.entities()).hasSize(1);
        }
    }
}
