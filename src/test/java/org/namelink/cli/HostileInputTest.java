package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.io.ArticleReader;
import org.namelink.text.Fifos;

/**
 * Bad inputs beside good ones, as a new user tried them: each bad input gets one error line and a
 * document entry, and the good articles come out as they do alone.
 */
class HostileInputTest {

    private static final Path ARTICLES = Path.of("testdata", "articles");

    @Test
    void anOversizedFileAFifoABrokenLinkAndALoopCostTheArticlesNothing(@TempDir Path dir) throws Exception {
        // Found by a new user: a 3 GB file ended the run with no output; the others were dropped unseen.
        Path d = Files.createDirectory(dir.resolve("d"));
        for (Path a : ArticleReader.textFiles(ARTICLES)) {
            Files.copy(a, d.resolve(a.getFileName()));
        }
        Files.writeString(d.resolve("big.txt"), "Angela Merkel visited Paris. ".repeat(1000)); // 29 KB
        Fifos.make(d.resolve("fifo.txt"));
        Files.createSymbolicLink(d.resolve("broken.txt"), Path.of("nowhere.txt"));
        Files.createSymbolicLink(d.resolve("loop.txt"), Path.of("loop.txt"));

        CommandLineTest.Run alone = CommandLineTest.run("extract", ARTICLES.toString());
        CommandLineTest.Run mixed = CommandLineTest.run("extract", "--max-bytes", "16K", d.toString());

        assertThat(mixed.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        List<String> errors = mixed.err().lines().filter(l -> l.startsWith("error:")).toList();
        assertThat(errors).hasSize(4);
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("big.txt", "size limit of 16.0 KiB"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("fifo.txt", "FIFO"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("broken.txt", "broken symbolic link"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("loop.txt", "symbolic link loop"));
        JsonNode docs = new ObjectMapper().readTree(mixed.out()).get("documents");
        assertThat(ids(docs)).containsExactly("000_2b6fe8b22347180d", "001_688cd14529bf2353",
                "002_5989c01280ef5fc9", "003_5b270befc245c221", "004_2ba4b9f29406271e", "big", "broken", "fifo",
                "loop");
        JsonNode good = new ObjectMapper().readTree(alone.out()).get("documents");
        for (int i = 0; i < 5; i++) {
            assertThat(mentions(docs.get(i))).isEqualTo(mentions(good.get(i)));
        }
        for (int i = 5; i < 9; i++) {
            assertThat(docs.get(i).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void documentsPastTheTimeLimitAreReportedAndTheRunGoesOn() throws IOException {
        // No analysis finishes within a microsecond: every article times out, each with its line.
        CommandLineTest.Run r = CommandLineTest.run("extract", "--time-limit", "0.000001", ARTICLES.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(r.err().lines().filter(l -> l.startsWith("error:"))).hasSize(5)
                .allSatisfy(l -> assertThat(l).contains("timed out", "time limit of 1000 ns per document"));
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertThat(docs).hasSize(5);
        docs.forEach(d -> assertThat(d.get("error").asText()).startsWith("timed out"));
    }

    @Test
    void aliasesAreCheckedLikeInputs(@TempDir Path dir) throws Exception {
        // Found by a new user: "--aliases DIR" said only "cannot read DIR".
        for (String command : new String[] {"extract", "match"}) {
            CommandLineTest.Run r = CommandLineTest.run(command, "--aliases", dir.toString(),
                    command.equals("match") ? "--input" : "--", ARTICLES.toString());
            assertThat(r.exitCode()).as(command).isEqualTo(NamelinkCommand.EXIT_USAGE);
            assertThat(r.err()).as(command).contains("--aliases: alias file: " + dir
                    + " is a directory, not a text file", "one entity a line: TYPE<TAB>name<TAB>name...");
        }
    }

    @Test
    void anAliasFileWithAnUnknownTypeIsAUsageError(@TempDir Path dir) throws Exception {
        // Found by issue 21: exit 3 with an IllegalArgumentException, after the models had loaded.
        Path animal = Files.writeString(dir.resolve("animal.tsv"), "ANIMAL\tRex\tRexy\n");
        for (String command : new String[] {"extract", "match"}) {
            CommandLineTest.Run r = CommandLineTest.run(command, "--aliases", animal.toString(),
                    command.equals("match") ? "--input" : "--", ARTICLES.toString());
            assertThat(r.exitCode()).as(command).isEqualTo(NamelinkCommand.EXIT_USAGE);
            assertThat(r.err()).as(command).contains("error: --aliases: " + animal + ":1: type must be one of"
                    + " [PERSON, LOCATION, ORGANIZATION] (or PER, LOC, ORG), was 'ANIMAL'");
            assertThat(ExitCodesTest.printed(r.err())).as(command).noneMatch(l -> l.contains("Exception"));
        }
    }

    @Test
    void matchStreamsItsInputAndBoundsEachLine(@TempDir Path dir) throws Exception {
        // Found in review: match read its whole input at once, so one endless line was held whole.
        Path in = dir.resolve("pairs.tsv");
        Files.writeString(in, "LOCATION\tMosul\tMawsil\n" + "x".repeat(MatchCommand.MAX_LINE + 1)
                + "\nPERSON\tSaad\tSaid\n");
        CommandLineTest.Run r = CommandLineTest.run("match", "--input", in.toString());
        assertThat(r.out().split("\\R")).hasSize(3);
        assertThat(r.out().split("\\R")[0]).endsWith("\ttrue");
        assertThat(r.out().split("\\R")[2]).startsWith("PERSON\tSaad\tSaid\t").endsWith("\tfalse");
        assertThat(r.err()).contains(in + ":2: line longer than " + MatchCommand.MAX_LINE + " characters");

        Path fifo = dir.resolve("fifo.tsv");
        Fifos.make(fifo);
        CommandLineTest.Run piped = CommandLineTest.run("match", "--input", fifo.toString());
        assertThat(piped.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(piped.err()).contains("--input " + fifo + " is not a regular file");
    }

    @Test
    void aFileNamedLikeAnOptionGetsAMessageSayingHowToNameIt(@TempDir Path dir) throws IOException {
        // Found by a new user: "extract -dash.txt" said a parameter was missing.
        CommandLineTest.Run r = CommandLineTest.run("extract", "-dash.txt");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("extract has no option -dash.txt",
                "put -- before the paths (extract -- -dash.txt) or write ./-dash.txt");
        Path dashed = Files.writeString(dir.resolve("-dash.txt"), "Angela Merkel visited Paris.");
        CommandLineTest.Run named = CommandLineTest.run("extract", "--", dashed.toString());
        assertThat(named.exitCode()).isZero();
        assertThat(named.out()).contains("Angela Merkel");
    }

    @Test
    void theLimitsAreChecked() {
        CommandLineTest.Run size = CommandLineTest.run("extract", "--max-bytes", "ten", ARTICLES.toString());
        assertThat(size.exitCode()).isEqualTo(2);
        assertThat(size.err()).contains("--max-bytes must be a size", "as 512K, 10M", "was 'ten'");
        CommandLineTest.Run time = CommandLineTest.run("extract", "--time-limit", "-1", ARTICLES.toString());
        assertThat(time.exitCode()).isEqualTo(2);
        assertThat(time.err()).contains("--time-limit must be a number of seconds, 0 (no limit) or more, was -1");
    }

    private static List<String> ids(JsonNode docs) {
        List<String> ids = new ArrayList<>();
        docs.forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    /** A document's mentions without entity ids, which depend on the whole corpus. */
    private static List<String> mentions(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.get("mentions").forEach(m -> out.add(m.get("start") + "-" + m.get("end") + " " + m.get("type")));
        return out;
    }

}
