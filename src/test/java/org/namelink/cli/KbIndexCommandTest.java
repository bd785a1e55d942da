package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.kb.Candidate;
import org.namelink.kb.KnowledgeBase;
import picocli.CommandLine;

/** namelink kb-index on a small made-up dictionary, and without one. */
class KbIndexCommandTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheIndexOnceThenFindsItUpToDate() throws IOException {
        Path dictionary = dir.resolve("dict.tab");
        Files.writeString(dictionary, "Pellandor\tPellandor\t0.8\nPellandor\tPellandor_(band)\t0.2\nPellandor Bay\tPellandor\t1.0\n");
        Path out = dir.resolve("kb");
        CommandLineTest.Run first = CommandLineTest.run("kb-index", "--dictionary", dictionary.toString(), "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(first.out()).contains("2 folded surfaces, 2 titles, 3 pairs from 3 lines");
        try (KnowledgeBase kb = KnowledgeBase.open(out)) {
            assertThat(kb.candidates("PELLANDOR")).extracting(Candidate::title).containsExactly("Pellandor", "Pellandor_(band)");
        }
        CommandLineTest.Run second = CommandLineTest.run("kb-index", "--dictionary", dictionary.toString(), "--out", out.toString());
        assertThat(second.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(second.out()).contains("is up to date");
        CommandLineTest.Run forced = CommandLineTest.run("kb-index", "--force", "--dictionary", dictionary.toString(),
                "--out", out.toString());
        assertThat(forced.out()).contains("2 folded surfaces");
    }

    @Test
    void aMalformedDictionaryFailsTheBuildAndBadOptionsAreUsageErrors() throws IOException {
        Path bad = dir.resolve("bad.tab");
        Files.writeString(bad, "Pellandor\tPellandor\tlikely\n");
        CommandLineTest.Run run = CommandLineTest.run("kb-index", "--dictionary", bad.toString(), "--out", dir.resolve("kb").toString());
        assertThat(run.exitCode()).isEqualTo(NamelinkCommand.EXIT_FAILED);
        assertThat(run.err()).contains("error: the knowledge-base index could not be built").contains("line 1");

        CommandLineTest.Run noOut = CommandLineTest.run("kb-index", "--dictionary", bad.toString());
        assertThat(noOut.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(noOut.err()).contains("--dictionary needs --out");

        CommandLineTest.Run missing = CommandLineTest.run("kb-index", "--dictionary", dir.resolve("none.tab").toString(),
                "--out", dir.resolve("kb").toString());
        assertThat(missing.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(missing.err()).contains("is not a readable regular file");
    }

    @Test
    void withoutACacheDirectoryKbIndexAndBenchKbAskForTheDirectoryAsAUsageError() throws Exception {
        // Before, both failed with an IllegalStateException (exit 3) instead of naming the option to give.
        CommandLineTest.Run index = CommandLineTest.runWithoutCacheDirectory(dir, "kb-index");
        assertThat(index.exitCode()).as(index.err()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(index.err()).contains("no cache directory", "give --out DIR");
        Path article = Files.writeString(dir.resolve("a.txt"), "Tarquin Oszlo visited Velmora.");
        CommandLineTest.Run bench = CommandLineTest.runWithoutCacheDirectory(dir, "bench-kb", article.toString());
        assertThat(bench.exitCode()).as(bench.err()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(bench.err()).contains("no cache directory", "give --kb DIR");
    }

    @Test
    void withoutTheKbpJarItSaysWhereTheDictionaryIsAndFailsAsAUsageError() {
        KbIndexCommand command = new KbIndexCommand();
        command.classPath = Optional::empty;
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("--out", dir.resolve("kb").toString());
        assertThat(code).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(err.toString()).contains("no knowledge-base dictionary on the class path")
                .contains("edu.stanford.nlp:stanford-corenlp:4.5.10:models-english-kbp");
        assertThat(dir.resolve("kb")).doesNotExist();
    }
}
