package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.bench.SyntheticArticles;

/** {@code extract} streams documents through a bounded window of threads; the output does not change. */
class StreamingExtractTest {

    @Test
    void twoThreadsWriteExactlyWhatOneThreadWrites(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        SyntheticArticles.of(60, 3).write(corpus);
        Files.writeString(corpus.resolve("synthetic-0000030-empty.txt"), "  \n");
        Path one = dir.resolve("one.json");
        Path two = dir.resolve("two.json");
        Path cores = dir.resolve("cores.json");

        CommandLineTest.Run r1 = CommandLineTest.run("extract", "--threads", "1", "--output", one.toString(),
                corpus.toString(), "testdata/articles");
        CommandLineTest.Run r2 = CommandLineTest.run("extract", "--threads", "2", "--output", two.toString(),
                corpus.toString(), "testdata/articles");
        // The default: one thread per core.
        CommandLineTest.Run r3 = CommandLineTest.run("extract", "--output", cores.toString(), corpus.toString(),
                "testdata/articles");

        assertThat(r1.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED); // the empty file
        assertThat(r2.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(r3.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(Files.readString(two)).isEqualTo(Files.readString(one));
        assertThat(Files.readString(cores)).isEqualTo(Files.readString(one));
        JsonNode docs = new ObjectMapper().readTree(one.toFile()).get("documents");
        assertThat(docs).hasSize(66);
        assertThat(docs.get(0).get("id").asText()).isEqualTo("synthetic-0000000");
        assertThat(docs.get(30).get("id").asText()).isEqualTo("synthetic-0000030-empty");
        assertThat(docs.get(30).get("error").asText()).contains("empty");
        assertThat(docs.get(61).get("id").asText()).isEqualTo("000_2b6fe8b22347180d");
        // The one bad file and the summary are all the command prints on stderr: no progress bar when
        // stderr is not a terminal.
        assertThat(printed(r1.err())).hasSize(2).first().satisfies(l -> assertThat(l).startsWith("error: ").contains("empty"));
        assertThat(printed(r1.err()).get(1)).matches("namelink: 66 documents, \\d+ mentions, \\d+ entities, 1 error in \\d+\\.\\d s");
        assertThat(printed(r2.err()).get(0)).isEqualTo(printed(r1.err()).get(0));
        assertThat(printed(r2.err()).get(1).replaceAll(" in .*", "")).isEqualTo(printed(r1.err()).get(1).replaceAll(" in .*", ""));
    }

    @Test
    void threadsDefaultToOnePerCore() {
        assertThat(new PipelineOptions().baseSettings().threads())
                .isEqualTo(Math.min(Runtime.getRuntime().availableProcessors(), CorpusRunner.Settings.MAX_THREADS));
        assertThat(CommandLineTest.run("extract", "--help").out()).contains("(default: one per");
    }

    @Test
    void noProgressOutputWhenStderrIsNotATerminal() {
        assertThat(Progress.stderrIsTerminal()).isFalse();
        CommandLineTest.Run r = CommandLineTest.run("extract", "--threads", "2", "testdata/articles");
        assertThat(r.exitCode()).isZero();
        assertThat(printed(r.err())).singleElement().satisfies(l -> assertThat(l).startsWith("namelink: 5 documents, "));
        assertThat(r.err()).doesNotContain("\r").doesNotContain("%").doesNotContain("docs");
        assertThat(r.out()).startsWith("{");
    }

    /**
     * Stderr without the lines of loggers that another test in this JVM may have set to INFO
     * ({@code [thread] INFO ...}) or of a fuzzer's agent: what the command itself printed.
     */
    private static java.util.List<String> printed(String err) {
        return ExitCodesTest.printed(err).stream().filter(l -> !l.matches("\\[[^\\]]+\\] (INFO|DEBUG|TRACE) .*")).toList();
    }
}
