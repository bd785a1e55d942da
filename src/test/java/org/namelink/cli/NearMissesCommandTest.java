package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * extract --near-misses and registry review, end to end (issue 20, item 3), on made-up names. The
 * widest band (--near-misses-band 1) makes a sure near miss of a respelling the resolver joins.
 */
class NearMissesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path articles() throws IOException {
        Path d = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(d.resolve("a.txt"), "Prime Minister Zorvan Maltesh visited the port on Monday, officials said.\n");
        Files.writeString(d.resolve("b.txt"), "Prime Minister Zorvan Moltash spoke to reporters on Tuesday, officials said.\n");
        return d;
    }

    @Test
    void extractWritesNearMissesAsTsvOrJsonAndTheOutputIsUnchanged() throws IOException {
        Path in = articles();
        Path tsv = dir.resolve("near.tsv");
        Path json = dir.resolve("near.json");

        CommandLineTest.Run plain = CommandLineTest.run("extract", in.toString());
        CommandLineTest.Run withTsv = CommandLineTest.run("extract", "--near-misses", tsv.toString(),
                "--near-misses-band", "1", in.toString());
        CommandLineTest.Run withJson = CommandLineTest.run("extract", "--near-misses", json.toString(),
                "--near-misses-band", "1", "--threads", "1", in.toString());

        assertThat(withTsv.exitCode()).isZero();
        assertThat(withTsv.out()).isEqualTo(plain.out());
        assertThat(withTsv.err()).contains("1 near miss written to " + tsv);
        List<String> lines = Files.readAllLines(tsv);
        assertThat(lines.get(0)).isEqualTo(String.join("\t", org.namelink.io.NearMissWriter.TSV_COLUMNS));
        assertThat(lines.get(1)).startsWith("PERSON\tZorvan Maltesh\tZorvan Moltash\t0.99").contains("\tjoined\te1\te1\ta\tb\t")
                .endsWith("transliteration, score 1.00, same");
        JsonNode pair = JSON.readTree(json.toFile()).get("nearMisses").get(0);
        assertThat(pair.get("nameA").asText()).isEqualTo("Zorvan Maltesh");
        assertThat(pair.get("decision").asText()).isEqualTo("joined");
        assertThat(pair.get("explanation").asText()).contains("maltesh~moltash");
        assertThat(JSON.readTree(json.toFile()).get("found").asLong()).isEqualTo(1);
    }

    @Test
    void theFormatOptionOverridesTheExtensionAndThreadsChangeNothing() throws IOException {
        Path in = articles();
        Path one = dir.resolve("one.json");
        Path four = dir.resolve("four.json");

        CommandLineTest.run("extract", "--near-misses", one.toString(), "--near-misses-format", "tsv",
                "--near-misses-band", "1", "--threads", "1", in.toString());
        CommandLineTest.run("extract", "--near-misses", four.toString(), "--near-misses-format", "tsv",
                "--near-misses-band", "1", "--threads", "4", in.toString());

        assertThat(Files.readString(one)).startsWith("type\tname_a").isEqualTo(Files.readString(four));
    }

    @Test
    void badNearMissOptionsAreUsageErrorsBeforeAnyWork() throws IOException {
        Path in = articles();
        Path out = dir.resolve("out.json");

        CommandLineTest.Run same = CommandLineTest.run("extract", "--output", out.toString(), "--near-misses",
                out.toString(), in.toString());
        CommandLineTest.Run band = CommandLineTest.run("extract", "--near-misses", dir.resolve("n.tsv").toString(),
                "--near-misses-band", "0", in.toString());
        CommandLineTest.Run directory = CommandLineTest.run("extract", "--near-misses", dir.toString(), in.toString());

        assertThat(same.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(same.err()).contains("is the --near-misses file");
        assertThat(band.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(band.err()).contains("error: --near-misses-band must be in (0, 1], was 0.0");
        assertThat(directory.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(directory.err()).contains("error: cannot write --near-misses " + dir + ": it is a directory");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void theReviewQueueRoundTripsIntoRegistryCorrections() throws IOException {
        Path db = dir.resolve("namelink.db");
        Path in = articles();

        CommandLineTest.Run first = CommandLineTest.run("extract", "--registry", db.toString(), "--near-misses-band", "1",
                in.toString());
        assertThat(first.exitCode()).isZero();
        String joined = registryIds(first.out()).get("Zorvan Maltesh");

        CommandLineTest.Run queue = CommandLineTest.run("registry", "--registry", db.toString(), "review");
        assertThat(queue.exitCode()).isZero();
        assertThat(queue.out()).startsWith("#1 PERSON joined, score 0.99").contains("Zorvan Maltesh (" + joined + ")")
                .contains("Zorvan Moltash (" + joined + ")").contains("maltesh~moltash");

        CommandLineTest.Run reject = CommandLineTest.run("registry", "--registry", db.toString(), "review", "reject", "1");
        assertThat(reject.exitCode()).isZero();
        assertThat(reject.out()).startsWith("rejected pair 1: ").contains("are kept apart");
        assertThat(CommandLineTest.run("registry", "--registry", db.toString(), "review").out())
                .isEqualTo("the review queue is empty\n");
        assertThat(CommandLineTest.run("registry", "--registry", db.toString(), "history", joined).out())
                .contains("reviewed").contains("user rejected pair 1");
        CommandLineTest.Run again = CommandLineTest.run("registry", "--registry", db.toString(), "review", "accept", "1");
        assertThat(again.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(again.err()).contains("pair 1 was rejected already");

        // A later run with both spellings and one between them, which would join both: the rejection holds.
        Path later = Files.createDirectories(dir.resolve("later"));
        Files.writeString(later.resolve("c.txt"), "Prime Minister Zorvan Maltash left the port on Friday.\n");
        Files.writeString(later.resolve("d.txt"), "Prime Minister Zorvan Moltash left the port on Friday.\n");
        Files.writeString(later.resolve("e.txt"), "Prime Minister Zorvan Maltesh left the port on Friday.\n");
        CommandLineTest.Run rerun = CommandLineTest.run("extract", "--registry", db.toString(), "--near-misses",
                dir.resolve("later.tsv").toString(), "--near-misses-band", "1", later.toString());
        Map<String, String> ids = registryIds(rerun.out());
        assertThat(ids.get("Zorvan Moltash")).isNotNull().isNotEqualTo(ids.get("Zorvan Maltesh"));
        // The new spelling's pairs are queued; the rejected one is not, in the file or the queue.
        assertThat(Files.readAllLines(dir.resolve("later.tsv"))).noneMatch(l -> l.contains("Zorvan Maltesh\tZorvan Moltash"));
        String queued = CommandLineTest.run("registry", "--registry", db.toString(), "review").out();
        assertThat(queued).contains("Zorvan Maltash (");
        assertThat(queued.lines()).noneMatch(l -> l.contains("Zorvan Maltesh (") && l.contains("Zorvan Moltash ("));
    }

    @Test
    void anAcceptedPairIsConfirmedAndLeavesTheQueue() throws IOException {
        Path db = dir.resolve("namelink.db");
        CommandLineTest.run("extract", "--registry", db.toString(), "--near-misses-band", "1", articles().toString());

        CommandLineTest.Run accept = CommandLineTest.run("registry", "--registry", db.toString(), "review", "accept", "1");
        CommandLineTest.Run noNumber = CommandLineTest.run("registry", "--registry", db.toString(), "review", "accept");

        assertThat(accept.exitCode()).isZero();
        assertThat(accept.out()).startsWith("accepted pair 1: one entity, ");
        assertThat(CommandLineTest.run("registry", "--registry", db.toString(), "review").out())
                .isEqualTo("the review queue is empty\n");
        assertThat(noNumber.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(noNumber.err()).contains("needs the pair's number");
    }

    private static Map<String, String> registryIds(String json) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode e : JSON.readTree(json).get("entities")) {
            for (JsonNode v : e.get("variants")) {
                ids.put(v.asText(), e.get("registryId").asText());
            }
        }
        return ids;
    }
}
