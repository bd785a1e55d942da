package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one recursive delete the kb index, the tagger's training and bench-registry share. */
class FileTreesTest {

    @TempDir
    Path dir;

    @Test
    void deletesADirectoryWithEverythingInItButNotWhatALinkPointsTo() throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.txt"), "outside");
        Path work = Files.createDirectories(dir.resolve("work").resolve("runs"));
        Files.writeString(work.resolve("run-1.tsv"), "a\tb\n");
        Files.writeString(dir.resolve("work").resolve("train.tsv"), "x\n");
        Files.createSymbolicLink(work.resolve("link"), kept);

        FileTrees.delete(dir.resolve("work"));

        assertThat(dir.resolve("work")).doesNotExist();
        assertThat(kept).hasContent("outside");
    }

    @Test
    void nothingThereIsNothingToDo() throws IOException {
        FileTrees.delete(dir.resolve("never-made"));
        assertThat(dir.resolve("never-made")).doesNotExist();
    }
}
