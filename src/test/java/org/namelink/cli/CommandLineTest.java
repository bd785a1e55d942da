package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against ../shared/contract.md. */
class CommandLineTest {

    /**
     * A run that fails to write its output saves its results as {@code namelink-PID.documents.jsonl}
     * in the working directory (else the temporary one: {@link AnalysedDocuments}); this JVM's saves
     * go, so no test leaves a file in the project.
     */
    @AfterEach
    void deleteSavedResults() throws IOException {
        deleteSavedResultsOfThisJvm();
    }

    static void deleteSavedResultsOfThisJvm() throws IOException {
        String own = "namelink-" + ProcessHandle.current().pid() + AnalysedDocuments.SUFFIX;
        Files.deleteIfExists(Path.of(own));
        Files.deleteIfExists(Path.of(System.getProperty("java.io.tmpdir"), own));
    }

    private static final Path ARTICLES = Path.of("testdata", "articles");

    record Run(int exitCode, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = NamelinkCommand.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * The command line in a JVM of its own that has no cache directory: neither XDG_CACHE_HOME nor
     * user.home names one (a service account, a container without a home). The CRF's compact copies
     * stay in target/, as in every test.
     */
    static Run runWithoutCacheDirectory(Path scratch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Duser.home=", "-Dnamelink.model.cache=" + Path.of("target", "model-cache").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), NamelinkCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("XDG_CACHE_HOME");
        Process p = builder.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command line did not end in 180 s: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void extractJsonFollowsTheContract() throws IOException {
        Run r = run("extract", "--format", "json", ARTICLES.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode docs = root.get("documents");
        assertThat(docs).hasSize(5);
        Set<String> entityIds = new HashSet<>();
        root.get("entities").forEach(e -> {
            assertThat(entityIds.add(e.get("id").asText())).as("entity ids are unique").isTrue();
            assertThat(e.get("type").asText()).isIn("PERSON", "LOCATION", "ORGANIZATION");
            assertThat(e.get("variants").size()).isPositive();
            assertThat(e.get("documents").size()).isPositive();
            assertThat(e.get("mentionCount").asInt()).isPositive();
        });
        Set<String> types = new HashSet<>();
        for (JsonNode d : docs) {
            String id = d.get("id").asText();
            String text = Files.readString(ARTICLES.resolve(id + ".txt"));
            for (JsonNode m : d.get("mentions")) {
                int start = m.get("start").asInt();
                int end = m.get("end").asInt();
                assertThat(m.get("text").asText()).isEqualTo(text.substring(start, end));
                assertThat(entityIds).contains(m.get("entity").asText());
                types.add(m.get("type").asText());
            }
        }
        assertThat(types).containsExactlyInAnyOrder("PERSON", "LOCATION", "ORGANIZATION");
        assertThat(docs.get(0).get("id").asText()).isEqualTo("000_2b6fe8b22347180d");
    }

    @Test
    void demoPrintsATableOfEntitiesMostMentionedFirst() {
        Run r = run("demo");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ENTITY", "VARIANTS", "Erbil", "Irbil", "Arbil");
        String[] lines = r.out().split("\\R");
        int first = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("ENTITY")) {
                first = i + 1;
                break;
            }
        }
        int prev = Integer.MAX_VALUE;
        for (int i = first; i < lines.length && !lines[i].isBlank(); i++) {
            String[] cols = lines[i].trim().split("\\s+");
            int mentions = Integer.parseInt(cols[cols.length - 2]);
            assertThat(mentions).isLessThanOrEqualTo(prev);
            prev = mentions;
        }
    }

    @Test
    void badInputsGetAOneLineErrorAndTheOthersAreStillProcessed(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Angela Merkel visited Paris.");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "  \n ");
        Path binary = dir.resolve("latin1.txt");
        Files.write(binary, new byte[] {'P', 'a', 'r', (byte) 0xE9, 's', (byte) 0xFF});
        Path missing = dir.resolve("missing.txt");
        Path noText = Files.createDirectory(dir.resolve("no-text"));
        Files.writeString(noText.resolve("notes.md"), "nothing");

        Run r = run("extract", "--format", "json", good.toString(), empty.toString(), binary.toString(),
                missing.toString(), noText.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().filter(l -> l.startsWith("error:"))).hasSize(4);
        assertThat(r.err()).contains("empty.txt", "latin1.txt", "missing.txt", "no-text");
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertThat(docs).hasSize(5);
        assertThat(docs.get(0).has("error")).isFalse();
        assertThat(docs.get(0).get("mentions")).isNotEmpty();
        for (int i = 1; i < 5; i++) {
            assertThat(docs.get(i).get("error").asText()).isNotBlank();
            assertThat(docs.get(i).get("mentions")).isEmpty();
        }
    }

    @Test
    void anEmptyDirectoryIsReportedEvenWhenADocumentHasItsName(@TempDir Path dir) throws IOException {
        // Found by review: the error was dropped when an earlier document's id equalled the path.
        Path e1 = Files.writeString(dir.resolve("e1.txt"), "Berlin is cold.");
        Path empty = Files.createDirectory(dir.resolve("e1"));
        Run r = run("extract", e1.toString(), empty.toString());
        assertThat(r.err()).contains("contains no .txt files");
        assertThat(new ObjectMapper().readTree(r.out()).get("documents")).hasSize(2);
    }

    @Test
    void duplicateDocumentIdsAreReportedNotMerged(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Files.writeString(a.resolve("x.txt"), "Berlin is cold.");
        Files.writeString(b.resolve("x.txt"), "Paris is warm.");
        Run r = run("extract", a.toString(), b.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(r.err()).contains("duplicate document id 'x'");
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertThat(docs.get(0).has("error")).isFalse();
        assertThat(docs.get(1).get("error").asText()).contains("duplicate");
    }

    @Test
    void matchKeepsOneOutputLinePerInputLineWhateverTheInput(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("pairs.tsv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("LOCATION\tMosul\tMousul\r\nPLANET\tMars\tMars\r\nLOCATION\tBad\t").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length + 2];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        all[all.length - 2] = (byte) 0xFF;
        all[all.length - 1] = '\n';
        Files.write(in, all);
        Run r = run("match", "--input", in.toString());
        String[] lines = r.out().split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("LOCATION\tMosul\tMousul\t").endsWith("\ttrue");
        assertThat(lines[1]).endsWith("\tfalse");
        assertThat(r.err()).contains(":2:").contains("PLANET").contains(":3:").contains("UTF-8");
    }

    @Test
    void matchGivesABlankLineForABlankLineAndScoresAWrittenReplacementCharacter(@TempDir Path dir)
            throws IOException {
        // Found by issue 21: blank lines were dropped (18 lines in, 16 out), and a U+FFFD written in
        // the file was called "not valid UTF-8".
        Path in = dir.resolve("pairs.tsv");
        byte[] body = ("LOCATION\tMosul\tMousul\n\n \t \nPERSON\tJos\uFFFD\tJos\uFFFD\nLOCATION\tBad\t")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(body, body.length + 2);
        all[all.length - 2] = (byte) 0xC3; // a sequence cut short: not UTF-8
        all[all.length - 1] = '\n';
        Files.write(in, all);
        Run r = run("match", "--input", in.toString());
        String[] lines = r.out().split("\n", -1);
        assertThat(lines).hasSize(6); // five lines, each ended
        assertThat(lines[0]).startsWith("LOCATION\tMosul\tMousul\t").endsWith("\ttrue");
        assertThat(lines[1]).isEmpty();
        assertThat(lines[2]).isEmpty();
        assertThat(lines[3]).isEqualTo("PERSON\tJos\uFFFD\tJos\uFFFD\t1.0000\ttrue");
        assertThat(lines[4]).startsWith("LOCATION\tBad\t").endsWith("\tfalse");
        assertThat(ExitCodesTest.printed(r.err())).containsExactly("error: " + in + ":5: not valid UTF-8");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void extractAndEvalShareTheirPipelineOptionsAndCheckThem() {
        for (String[] args : new String[][] {{"extract", "--threads", "0", "testdata/articles"},
                {"eval", "--threads", "0", "--gold", "testdata/gold", "testdata/articles"}}) {
            Run r = run(args);
            assertThat(r.exitCode()).as(args[0]).isEqualTo(2);
            assertThat(r.err()).as(args[0]).contains("--threads must be from 1 to 1024, was 0").doesNotContain("Unknown");
        }
        assertThat(run("eval", "--help").out()).contains("--aliases", "--keep-chrome", "--threads");
    }

    @Test
    void evalErrorsSaysWhereTheCrossDocumentPairsGoWrong(@TempDir Path dir) throws IOException {
        Run r = run("eval", "--errors", "2", "--gold", "testdata/gold", "testdata/articles");
        assertThat(r.exitCode()).isEqualTo(0);
        // The five articles split one gold entity (recall 0.972, precision 1): splits, no false joins.
        assertThat(r.out()).contains("cross-document pairs").containsPattern("(?m)^split +\\d+ pairs  \\S+:  \\[")
                .doesNotContain("false join");
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "LOCATION\tMosul\tMousul\t1\ttest\n");
        Run withPairs = run("eval", "--errors", "2", "--pairs", pairs.toString());
        assertThat(withPairs.exitCode()).isEqualTo(2);
        assertThat(withPairs.err()).contains("--errors needs entity identities");
        assertThat(run("eval", "--errors", "-1", "--gold", "testdata/gold", "testdata/articles").err())
                .contains("--errors must be at least 0, was -1");
    }

    @Test
    void exitCodeSaysWhetherEveryDocumentWasProcessed(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Angela Merkel visited Paris.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThat(run("extract", good.toString()).exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        Run some = run("extract", good.toString(), empty.toString());
        assertThat(some.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(new ObjectMapper().readTree(some.out()).get("documents").get(0).get("mentions")).isNotEmpty();
        Run none = run("extract", empty.toString(), dir.resolve("nope.txt").toString());
        assertThat(none.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(none.err()).contains("empty.txt").contains("nope.txt");
        assertThat(run("extract", "--no-such-option", good.toString()).exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(run("extract", "--format", "xml", good.toString()).exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
    }

    @Test
    void aRunThatCannotWriteItsOutputFailsWithItsOwnCode(@TempDir Path dir) throws IOException {
        Path full = Path.of("/dev/full"); // accepts the open, refuses every write
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        Path good = Files.writeString(dir.resolve("good.txt"), "Angela Merkel visited Paris.");
        Run r = run("extract", "--output", full.toString(), good.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_FAILED);
        assertThat(r.err()).contains("error: ", "/dev/full");
    }

    @Test
    void extractWritesToAnOutputFileAndAsATable(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("a.txt");
        Files.writeString(in, "Boris Johnson met Emmanuel Macron in London.\n");
        Path out = dir.resolve("out.json");
        assertThat(run("extract", "--output", out.toString(), in.toString()).exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(out.toFile()).get("documents").get(0).get("id").asText()).isEqualTo("a");
        Run table = run("extract", "--format", "table", in.toString());
        assertThat(table.out()).contains("Boris Johnson", "PERSON");
    }

    @Test
    void matchFollowsTheContract(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("pairs.tsv");
        Files.writeString(in, "type\tname1\tname2\n"
                + "LOCATION\tMosul\tMousul\textra\n"
                + "PERSON\tAli Larijani\tAli Shamkhani\n"
                + "ORGANIZATION\tSDF\tSyrian Democratic Forces\n");
        Run r = run("match", "--input", in.toString());
        assertThat(r.exitCode()).isZero();
        String[] lines = r.out().split("\\R");
        assertThat(lines).hasSize(3);
        String[] first = lines[0].split("\t");
        assertThat(first).hasSize(5);
        assertThat(first[0]).isEqualTo("LOCATION");
        assertThat(first[1]).isEqualTo("Mosul");
        assertThat(first[2]).isEqualTo("Mousul");
        assertThat(Double.parseDouble(first[3])).isBetween(0.0, 1.0);
        assertThat(first[4]).isEqualTo("true");
        assertThat(lines[1].split("\t")[4]).isEqualTo("false");
        assertThat(lines[2].split("\t")[4]).isEqualTo("true");
    }

    @Test
    void matchReportsBadLinesWithTheirNumber(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("pairs.tsv");
        Files.writeString(in, "PLANET\tMars\tMars\nLOCATION\tOnlyOne\n");
        Run r = run("match", "--input", in.toString());
        assertThat(r.err()).contains(":1:").contains("PLANET").contains(":2:");
    }
}
