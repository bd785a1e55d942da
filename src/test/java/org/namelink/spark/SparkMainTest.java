package org.namelink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.io.JsonCorpusStreamWriter;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.SharedPipeline;

class SparkMainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textFilesInContractJsonOutTheSameAsOnOneMachine(@TempDir Path out) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SparkMain.run(SharedSpark.get(), SparkMain.parse(new String[] {"--input", "testdata/articles",
                "--output", out.toString(), "--partitions", "2", "--no-links"}), new PrintStream(log, true, StandardCharsets.UTF_8));

        JsonNode spark = JSON.readTree(out.resolve("corpus.json").toFile());
        JsonNode single = JSON.readTree(singleMachineJson());
        assertThat(spark.get("documents")).isEqualTo(single.get("documents"));
        assertThat(withoutReasons(spark.get("entities"))).isEqualTo(withoutReasons(single.get("entities")));
        assertThat(Files.isDirectory(out.resolve("mentions"))).isTrue();
        assertThat(Files.isDirectory(out.resolve("entities"))).isTrue();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("extraction:", "resolution:",
                "0 articles could not be analysed");
    }

    /**
     * With {@code --kb}, the JSON's entities carry the same {@code link} fields as the single
     * machine's linker gives the same entities (an index made up from their names,
     * {@link SparkLinkerTest#madeUpIndex}), and the log says refinement was not run.
     */
    @Test
    void linkedWithKbAsOnOneMachine(@TempDir Path out) throws Exception {
        List<Article> articles = SparkLinkerTest.fiveArticles();
        org.namelink.pipeline.Corpus corpus = SharedPipeline.get().process(articles);
        Path index = SparkLinkerTest.madeUpIndex(corpus.entities(), Files.createDirectories(out.resolve("kb")));
        java.util.Map<String, java.util.Set<String>> words = new java.util.HashMap<>();
        articles.forEach(a -> words.put(a.id(), org.namelink.linking.ContextWords.of(a.text())));
        List<org.namelink.resolution.Entity> linked = org.namelink.linking.KnowledgeBaseLinker
                .builder(org.namelink.kb.KnowledgeBase.open(index)).build().link(corpus.entities(), words);
        StringWriter single = new StringWriter();
        new JsonCorpusStreamWriter().write(corpus.documents(), linked, single);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SparkMain.run(SharedSpark.get(), SparkMain.parse(new String[] {"--input", "testdata/articles",
                "--output", out.resolve("spark").toString(), "--kb", index.toString()}),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        JsonNode spark = JSON.readTree(out.resolve("spark").resolve("corpus.json").toFile());
        assertThat(withoutReasons(spark.get("entities"))).isEqualTo(withoutReasons(JSON.readTree(single.toString())
                .get("entities")));
        assertThat(spark.get("entities").findValues("link")).hasSizeGreaterThan(10);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("links: computed without link refinement");
    }

    @Test
    void jsonLinesInAndABadArticleReported(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, """
                {"id": "a", "text": "Angela Merkel met Emmanuel Macron in Berlin."}
                {"id": "b", "text": "   "}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SparkMain.run(SharedSpark.get(), SparkMain.parse(new String[] {"--input", input.toString(),
                "--output", out.toString(), "--no-links"}), new PrintStream(log, true, StandardCharsets.UTF_8));

        JsonNode corpus = JSON.readTree(out.resolve("corpus.json").toFile());
        assertThat(corpus.get("documents")).hasSize(2);
        assertThat(corpus.get("documents").get(0).get("mentions")).hasSize(3);
        assertThat(corpus.get("documents").get(1).get("error").asText()).isEqualTo("article 'b' is empty or only white space");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("1 articles could not be analysed");
    }

    @Test
    void usageErrorsNameTheOption() {
        assertThatThrownBy(() -> SparkMain.parse(new String[] {"--input", "x"}))
                .hasMessage("--output and one of --input and --synthetic-mentions are required");
        assertThatThrownBy(() -> SparkMain.parse(new String[] {"--input", "x", "--output", "y", "--partitions", "0"}))
                .hasMessage("--partitions must be a whole number of at least 1, was '0'");
        assertThatThrownBy(() -> SparkMain.parse(new String[] {"--frobnicate"})).hasMessage("unknown option '--frobnicate'");
        assertThatThrownBy(() -> SparkMain.parse(new String[] {"--input", "x", "--output", "y", "--kb", "k", "--no-links"}))
                .hasMessage("--kb and --no-links exclude each other");
        assertThatThrownBy(() -> SparkMain.parse(new String[] {"--near-misses", "n.tsv"}))
                .hasMessageStartingWith("--near-misses is not available on Spark");
        assertThat(SparkMain.idOf("file:/data/articles/000_ab12.txt")).isEqualTo("000_ab12");
    }

    private static String singleMachineJson() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata/articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(new Article(f.getFileName().toString().replaceFirst("\\.txt$", ""),
                        Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        StringWriter w = new StringWriter();
        new JsonCorpusStreamWriter().write(SharedPipeline.get().process(articles), w);
        return w.toString();
    }

    /** Entities as the contract has them; which of several joins a reason cites may differ (SparkResolver). */
    private static List<JsonNode> withoutReasons(JsonNode entities) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : entities) {
            ObjectNode copy = e.deepCopy();
            copy.remove("reasons");
            out.add(copy);
        }
        return out;
    }
}
