package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark commands run and report what they promise (their figures are not judged here). */
class BenchCommandTest {

    @Test
    void benchReportsNamelinkAndTheBareCrf(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("a.txt");
        Files.writeString(doc, "Boris Johnson met Emmanuel Macron in London on Monday.\n");
        CommandLineTest.Run r = CommandLineTest.run("bench", "--no-corenlp", "--threads", "2", "--warmup", "0",
                "--measure", "0", doc.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("load", "Namelink, 1 thread", "Namelink, 2 threads", "tokens/s", "docs/s",
                "results identical to 1 thread: yes", "peak", "CoreNLP 3-class CRF alone", "CoreNLP's bare CRF",
                "JIT ")
                .doesNotContain("CoreNLP default pipeline");
    }

    @Test
    void benchResolutionReportsEachSize() {
        CommandLineTest.Run r = CommandLineTest.run("bench-resolution", "--sizes", "2000,4000");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("mentions", "us/mention", "peak MB", "2,0", "4,0");
    }

    @Test
    void benchCorpusWritesArticles(@TempDir Path dir) throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("bench-corpus", "--articles", "3", dir.toString());
        assertThat(r.exitCode()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("synthetic-0000000.txt", "synthetic-0000001.txt", "synthetic-0000002.txt");
        }
    }
}
