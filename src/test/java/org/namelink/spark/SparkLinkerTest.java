package org.namelink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.kb.KnowledgeBase;
import org.namelink.kb.KnowledgeBaseIndex;
import org.namelink.kb.WikiDictionary;
import org.namelink.linking.ContextWords;
import org.namelink.linking.KnowledgeBaseLinker;
import org.namelink.linking.LinkRefinement;
import org.namelink.names.NameMatcher;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.SharedPipeline;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;

/**
 * The Spark linking pass against the linker in one JVM on the same entities and texts: every
 * entity's link (article and score) must be equal. The index is made up in the test from the
 * entities' own names (made-up titles, priors and a shared word for coherence), so the test needs
 * no knowledge base in the cache directory.
 */
class SparkLinkerTest {

    private static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType, false).add("text", DataTypes.StringType, false);

    @TempDir
    static Path dir;

    /** The five articles, by id. */
    static List<Article> fiveArticles() throws IOException {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new Article(f.getFileName().toString().replaceFirst("\\.txt$", ""),
                        Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return articles;
    }

    /**
     * An index made up from the entities' variants: by turns a sure title, a title with the made-up
     * word "Zorlan" (which then counts as coherence for the others), two titles of one prior (left
     * to context and coherence), and a weak prior (left to "none of them").
     */
    static Path madeUpIndex(List<Entity> entities, Path where) throws IOException {
        Map<String, List<String>> bySurface = new LinkedHashMap<>();
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            String title = e.name().replace(' ', '_');
            for (String v : e.variants()) {
                List<String> lines = switch (k % 4) {
                    case 0 -> List.of(v + "\t" + title + "_Zorlan\t0.6", v + "\t" + title + "\t0.3");
                    case 1 -> List.of(v + "\t" + title + "\t0.45", v + "\t" + title + "_Zorlan\t0.45");
                    case 2 -> List.of(v + "\t" + title + "\t0.25");
                    default -> List.of(v + "\t" + title + "\t0.9");
                };
                bySurface.putIfAbsent(v, lines);
            }
        }
        Path file = where.resolve("made-up-dict.tab");
        List<String> all = new ArrayList<>();
        bySurface.values().forEach(all::addAll);
        Files.write(file, all, StandardCharsets.UTF_8);
        Path index = where.resolve("index");
        KnowledgeBaseIndex.builder().build().write(WikiDictionary.ofFile(file), index);
        return index;
    }

    @Test
    void fiveArticlesLinkedAsInOneJvm() throws IOException {
        List<Article> articles = fiveArticles();
        List<ResolverDocument> input = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Row> texts = new ArrayList<>();
        Map<String, Set<String>> words = new HashMap<>();
        for (Article a : articles) {
            DocumentMentions d = SharedPipeline.get().extract(a);
            input.add(new ResolverDocument(d.id(), d.mentions(), d.acronyms(), d.teamMentions()));
            rows.addAll(MentionRows.of(d));
            texts.add(RowFactory.create(a.id(), a.text()));
            words.put(a.id(), ContextWords.of(a.text()));
        }
        Resolution single = EntityResolver.create(NameMatcher.defaults()).resolve(input);
        Path index = madeUpIndex(single.entities(), dir);
        KnowledgeBaseLinker linker = KnowledgeBaseLinker.builder(KnowledgeBase.open(index)).build();
        List<Entity> linked = linker.link(single.entities(), words);
        // Refinement splits and joins nothing here, so these are extract's entities and links too.
        assertThat(LinkRefinement.refine(single, input, linker, words).entities()).isEqualTo(linked);
        Map<String, Optional<EntityLink>> expected = new HashMap<>();
        linked.forEach(e -> expected.put(e.id(), e.link()));

        Dataset<Row> mentions = SharedSpark.get().createDataFrame(rows, MentionColumns.SCHEMA).repartition(3);
        SparkResolver.Result resolved = SparkResolver.create().resolve(mentions);
        Dataset<Row> entities = SparkLinker.withIndex(index.toString())
                .link(resolved, SharedSpark.get().createDataFrame(texts, ARTICLES));
        Map<String, Optional<EntityLink>> spark = new HashMap<>();
        for (Row r : entities.collectAsList()) {
            spark.put(r.getAs(SparkResolver.ID), SparkLinker.linkOf(r));
        }

        assertThat(spark).isEqualTo(expected);
        long withLink = expected.values().stream().filter(Optional::isPresent).count();
        assertThat(withLink).as("linked entities of " + expected.size()).isBetween(10L, expected.size() - 10L);
        assertThat(expected.values().stream().flatMap(Optional::stream).filter(l -> l.id().endsWith("_Zorlan")))
                .as("titles chosen with the made-up word").isNotEmpty();
    }

    @Test
    void aBlankIndexIsRefused() {
        assertThatThrownBy(() -> SparkLinker.withIndex(" "))
                .hasMessage("index must name a knowledge-base index directory, was blank");
    }
}
