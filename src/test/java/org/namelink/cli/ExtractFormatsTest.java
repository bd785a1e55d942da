package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.evaluation.ConllDocument;
import org.namelink.evaluation.ConllReader;
import org.namelink.evaluation.LabeledMention;

/** extract's jsonl and conll formats, and its --output check, against the README's contract. */
class ExtractFormatsTest {

    private static final Path ARTICLES = Path.of("testdata", "articles");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonlGivesEachDocumentInInputOrderThenEveryEntityWithItsMentions() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("extract", "--format", "jsonl", ARTICLES.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(JSON.readTree(line)); // every line is one JSON object
        }
        List<String> files;
        try (var s = Files.list(ARTICLES)) {
            files = s.map(p -> p.getFileName().toString().replace(".txt", "")).sorted().toList();
        }
        Set<String> mentionKeys = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode d = lines.get(i).get("document");
            assertThat(d.get("id").asText()).isEqualTo(files.get(i));
            String text = Files.readString(ARTICLES.resolve(files.get(i) + ".txt"));
            for (JsonNode m : d.get("mentions")) {
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                assertThat(m.get("text").asText()).isEqualTo(text.substring(start, end));
                assertThat(m.get("type").asText()).isIn("PERSON", "LOCATION", "ORGANIZATION");
                mentionKeys.add(files.get(i) + ":" + start + ":" + end);
            }
        }
        List<JsonNode> entities = lines.subList(files.size(), lines.size());
        assertThat(entities).allSatisfy(l -> assertThat(l.has("entity")).isTrue());
        Set<String> entityMentionKeys = new HashSet<>();
        for (JsonNode line : entities) {
            JsonNode e = line.get("entity");
            assertThat(e.get("mentions")).hasSize(e.get("mentionCount").asInt());
            e.get("mentions").forEach(m -> assertThat(entityMentionKeys.add(m.get("document").asText() + ":"
                    + m.get("start").asInt() + ":" + m.get("end").asInt())).as("a mention has one entity").isTrue());
        }
        assertThat(entityMentionKeys).isEqualTo(mentionKeys);

        // The same entities as the json format's.
        JsonNode json = JSON.readTree(CommandLineTest.run("extract", ARTICLES.toString()).out());
        List<String> jsonEntities = new ArrayList<>();
        json.get("entities").forEach(e -> jsonEntities.add(e.get("id").asText() + " " + e.get("name").asText()));
        assertThat(entities.stream().map(l -> l.get("entity").get("id").asText() + " " + l.get("entity").get("name")
                .asText())).containsExactlyElementsOf(jsonEntities);
    }

    @Test
    void jsonlKeepsAFailedDocumentWithItsError(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("a.txt"), "Angela Merkel visited Paris.");
        Path empty = Files.writeString(dir.resolve("b.txt"), " ");
        CommandLineTest.Run r = CommandLineTest.run("extract", "--format", "jsonl", good.toString(), empty.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        String[] lines = r.out().split("\n");
        assertThat(JSON.readTree(lines[0]).get("document").get("mentions")).isNotEmpty();
        JsonNode failed = JSON.readTree(lines[1]).get("document");
        assertThat(failed.get("id").asText()).isEqualTo("b");
        assertThat(failed.get("error").asText()).contains("empty");
        assertThat(failed.get("mentions")).isEmpty();
    }

    @Test
    void conllTagsEveryTokenInBioWithTheResolvedTypes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("five.conll");
        CommandLineTest.Run r = CommandLineTest.run("extract", "--format", "conll", "--output", out.toString(),
                ARTICLES.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("-DOCSTART-\tO\t000_2b6fe8b22347180d");
        assertThat(lines.get(1)).isEmpty();
        String previous = "O";
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("-DOCSTART-\t")) {
                previous = "O";
                continue;
            }
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(2);
            assertThat(columns[0]).as(line).isNotBlank().doesNotContainAnyWhitespaces();
            assertThat(columns[1]).as(line).matches("O|[BI]-(PER|LOC|ORG)");
            if (columns[1].startsWith("I-")) {
                assertThat(previous).as("I- continues a mention of its type: " + line).endsWith(columns[1].substring(2));
            }
            previous = columns[1];
        }

        // Read back as CoNLL, the tags give the same typed names as the JSON output, document by document.
        List<ConllDocument> read = ConllReader.read(out);
        JsonNode json = JSON.readTree(CommandLineTest.run("extract", ARTICLES.toString()).out());
        assertThat(read).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Map<String, Integer> fromConll = new HashMap<>();
            for (LabeledMention m : read.get(i).mentions()) {
                fromConll.merge(m.type() + ":" + read.get(i).text().substring(m.span().start(), m.span().end())
                        .replace(" ", ""), 1, Integer::sum);
            }
            Map<String, Integer> fromJson = new HashMap<>();
            json.get("documents").get(i).get("mentions").forEach(m -> fromJson.merge(
                    m.get("type").asText() + ":" + m.get("text").asText().replaceAll("\\s", ""), 1, Integer::sum));
            assertThat(fromConll).as("document %d", i).isEqualTo(fromJson);
        }
    }

    @Test
    void aDashReadsOneArticleFromStandardInput(@TempDir Path dir) throws IOException {
        String text = "Angela Merkel met Emmanuel Macron in Paris. Merkel said little.";
        Path file = Files.writeString(dir.resolve("file.txt"), "Merkel visited Berlin.");
        CommandLineTest.Run r = withStdin(text, "extract", "-", file.toString(), "-");
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED); // the second "-"
        JsonNode docs = JSON.readTree(r.out()).get("documents");
        assertThat(docs).hasSize(3);
        assertThat(docs.get(0).get("id").asText()).isEqualTo("stdin");
        assertThat(docs.get(0).get("mentions")).isNotEmpty().allSatisfy(m -> assertThat(m.get("text").asText())
                .isEqualTo(text.substring(m.get("start").asInt(), m.get("end").asInt())));
        assertThat(docs.get(1).get("id").asText()).isEqualTo("file");
        assertThat(docs.get(2).get("error").asText()).isEqualTo("standard input (-) can be read only once");

        CommandLineTest.Run empty = withStdin(" \n", "extract", "-");
        assertThat(empty.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(empty.err()).contains("standard input is empty");
    }

    private static CommandLineTest.Run withStdin(String text, String... args) {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return CommandLineTest.run(args);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anOutputThatCannotBeWrittenFailsBeforeAnyInputIsRead(@TempDir Path dir) {
        Path missingInput = dir.resolve("never-read.txt");
        for (Path output : List.of(dir.resolve("no-such-dir").resolve("out.json"), dir)) {
            CommandLineTest.Run r = CommandLineTest.run("extract", "--output", output.toString(), missingInput.toString());
            assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
            assertThat(r.err()).contains("error: cannot write --output " + output)
                    .doesNotContain("never-read"); // inputs are read only after the check
        }
    }
}
