package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract's --kb and --no-links: a bad index is a usage error; without links, no link field and no notice. */
class LinkOptionsTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryWithoutAnIndexIsAUsageErrorSayingHowToBuildOne() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Tarquin Oszlo visited Velmora.");
        CommandLineTest.Run r = CommandLineTest.run("extract", "--kb", dir.toString(), article.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(r.err()).contains("--kb: no knowledge-base index in " + dir).contains("namelink kb-index");
    }

    @Test
    void noLinksGivesNoLinkFieldAndSaysNothingOfIt() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Angela Merkel visited Paris.");
        CommandLineTest.Run r = CommandLineTest.run("extract", "--no-links", article.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"entities\"").doesNotContain("\"link\"");
        assertThat(r.err()).doesNotContain("not linked");
    }

    @Test
    void withoutAnIndexTheRunSaysOnceHowToBuildOneAndWritesNoLinks() throws IOException {
        // The tests' cache directory (XDG_CACHE_HOME in target/) holds no index, as on a new machine.
        Path article = Files.writeString(dir.resolve("a.txt"), "Angela Merkel visited Paris.");
        CommandLineTest.Run r = CommandLineTest.run("extract", article.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"entities\"").doesNotContain("\"link\"");
        assertThat(r.err().lines().filter(l -> l.startsWith(PipelineOptions.NOT_LINKED)))
                .singleElement().asString().contains("namelink kb-index", "--no-links");
    }

    @Test
    void withoutACacheDirectoryTheRunGoesOnUnlinkedAndSaysWhy() throws Exception {
        // Before, looking for the index in the cache directory threw, and extract failed with exit 3.
        Path article = Files.writeString(dir.resolve("a.txt"), "Angela Merkel visited Paris.");
        CommandLineTest.Run r = CommandLineTest.runWithoutCacheDirectory(dir, "extract", article.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"entities\"", "Angela Merkel").doesNotContain("\"link\"");
        assertThat(r.err().lines().filter(l -> l.startsWith(PipelineOptions.NOT_LINKED)))
                .singleElement().asString().contains("no cache directory", "--kb DIR");
    }
}
