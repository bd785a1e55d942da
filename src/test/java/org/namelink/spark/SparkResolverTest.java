package org.namelink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.namelink.bench.SyntheticMentions;
import org.namelink.evaluation.AidaDocument;
import org.namelink.evaluation.AidaReader;
import org.namelink.names.NameMatcher;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.SharedPipeline;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;

/**
 * The distributed resolver against the single-machine one on the same mentions: the partition of
 * mentions into entities must be equal, and so must each entity's id, name, type, variants,
 * documents and mention count.
 */
class SparkResolverTest {

    private static final Path AIDA_DEV = Path.of("../shared/data/aida-dev/aida-conll-dev.full.jsonl");

    @Test
    void fiveArticles() throws IOException {
        List<DocumentMentions> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                docs.add(SharedPipeline.get().extract(new Article(id, Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        assertThat(docs).hasSize(5);
        assertSameAsSingleMachine(docs);
    }

    @Test
    void aidaDevDocuments() throws IOException {
        assumeTrue(Files.isRegularFile(AIDA_DEV), "AIDA dev not found at " + AIDA_DEV.toAbsolutePath()
                + " (the shared data beside the repository): distributed resolution not compared on it");
        List<DocumentMentions> docs = new ArrayList<>();
        for (AidaDocument d : AidaReader.read(AIDA_DEV)) {
            docs.add(SharedPipeline.get().extract(new Article(d.id(), d.text())));
        }
        assertThat(docs).hasSizeGreaterThan(200);
        assertSameAsSingleMachine(docs);
    }

    /**
     * 20,000 synthetic documents' mentions ({@link SyntheticMentions}: variants, short forms,
     * acronyms defined and used, wrong types), resolved without extraction: extracting 20,000
     * articles through the CRF would take minutes of CI for nothing resolution needs.
     */
    @Test
    void twentyThousandSyntheticDocuments() {
        List<ResolverDocument> synthetic = SyntheticMentions.of(20_000 * 20, 13).documents();
        assertThat(synthetic.size()).isBetween(19_000, 21_000);
        List<DocumentMentions> docs = new ArrayList<>(synthetic.size());
        for (ResolverDocument d : synthetic) {
            docs.add(new DocumentMentions(d.id(), d.mentions(), d.acronyms(), d.teamMentions(), Optional.empty()));
        }
        assertSameAsSingleMachine(docs);
    }

    /**
     * The short-form rules the synthetic mentions do not exercise: of two fitting entities the one
     * that writes the short form alike (Dole: Bob Dole, not C. Tolley), initials (S. Waugh: Steve
     * Waugh, not Mark Waugh), a short form two entities fit alike (Waugh), and names that both
     * write an initial.
     */
    @Test
    void shortFormsWrittenAlikeAndInitials() {
        assertSameAsSingleMachine(List.of(
                persons("a", "Bob Dole", "Dole", "S. Waugh", "M. Waugh", "R. Croft", "Croft"),
                persons("b", "C. Tolley", "Steve Waugh", "Mark Waugh", "Robert Croft", "J. Robert Croft"),
                persons("c", "Dole", "Dole", "Waugh", "John R. Croft", "Croft")));
    }

    private static DocumentMentions persons(String id, String... names) {
        List<org.namelink.mentions.Mention> mentions = new ArrayList<>();
        int pos = 0;
        for (String name : names) {
            mentions.add(new org.namelink.mentions.Mention(new org.namelink.text.Span(pos, pos + name.length()), name,
                    org.namelink.mentions.EntityType.PERSON, "test"));
            pos += name.length() + 1;
        }
        return new DocumentMentions(id, mentions, List.of(), java.util.Set.of(), Optional.empty());
    }

    static void assertSameAsSingleMachine(List<DocumentMentions> docs) {
        List<DocumentMentions> byId = docs.stream().sorted(Comparator.comparing(DocumentMentions::id)).toList();
        List<ResolverDocument> input = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (DocumentMentions d : byId) {
            if (!d.failed()) {
                input.add(new ResolverDocument(d.id(), d.mentions(), d.acronyms(), d.teamMentions()));
            }
            rows.addAll(MentionRows.of(d));
        }
        Resolution single = EntityResolver.create(NameMatcher.defaults()).resolve(input);
        Map<String, String> singleEntityOf = new HashMap<>();
        for (int d = 0; d < input.size(); d++) {
            for (int i = 0; i < input.get(d).mentions().size(); i++) {
                singleEntityOf.put(input.get(d).id() + "#" + i, single.mentionEntityIds().get(d).get(i));
            }
        }

        Dataset<Row> mentions = SharedSpark.get().createDataFrame(rows, MentionColumns.SCHEMA).repartition(3);
        SparkResolver.Result result = SparkResolver.create().resolve(mentions);
        Map<String, String> sparkEntityOf = new HashMap<>();
        for (Row r : result.mentions().select(MentionColumns.DOCUMENT_ID, MentionColumns.MENTION_INDEX, SparkResolver.ENTITY)
                .collectAsList()) {
            sparkEntityOf.put(r.getString(0) + "#" + r.getInt(1), r.getString(2));
        }

        assertThat(sparkEntityOf).hasSameSizeAs(singleEntityOf);
        assertThat(partition(sparkEntityOf)).isEqualTo(partition(singleEntityOf));
        assertThat(sparkEntityOf).isEqualTo(singleEntityOf); // the same ids too: entities numbered alike

        Map<String, Entity> singleEntities = new HashMap<>();
        single.entities().forEach(e -> singleEntities.put(e.id(), e));
        List<Row> entities = result.entities().collectAsList();
        assertThat(entities).hasSize(single.entities().size());
        for (Row r : entities) {
            Entity e = singleEntities.get(r.<String>getAs(SparkResolver.ID));
            assertThat(e).isNotNull();
            assertThat(List.<Object>of(r.getAs(SparkResolver.NAME), r.getAs(MentionColumns.TYPE), r.getList(r.fieldIndex(
                    SparkResolver.VARIANTS)), r.getList(r.fieldIndex(SparkResolver.DOCUMENTS)),
                    r.<Long>getAs(SparkResolver.MENTION_COUNT).intValue(), r.getAs(MentionColumns.TEAM)))
                    .as(e.id())
                    .isEqualTo(List.<Object>of(e.name(), e.type().name(), e.variants(), sortedDocuments(e),
                            e.mentionCount(), e.team()));
        }
    }

    private static List<String> sortedDocuments(Entity e) {
        return e.documents().stream().sorted().toList();
    }

    /** The mentions of each entity, as a set of sets: what equality of two resolutions means. */
    private static java.util.Set<java.util.Set<String>> partition(Map<String, String> entityOf) {
        Map<String, java.util.Set<String>> members = new HashMap<>();
        entityOf.forEach((mention, entity) -> members.computeIfAbsent(entity, k -> new java.util.HashSet<>()).add(mention));
        return new java.util.HashSet<>(members.values());
    }
}
