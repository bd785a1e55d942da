package org.namelink.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.kb.InvalidIndexException;

/** SparkMain's choice of a knowledge-base index, made on the driver before any Spark job. */
class SparkMainLinkOptionsTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void aKbDirectoryWithoutAnIndexFailsOnTheDriver(@TempDir Path dir) {
        SparkMain.Options options = SparkMain.parse(new String[] {"--input", "x", "--output", "y", "--kb", dir.toString()});
        assertThatThrownBy(() -> SparkMain.index(options, QUIET)).isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("no knowledge-base index in " + dir);
    }

    @Test
    void noLinksLinksNothing() throws Exception {
        SparkMain.Options options = SparkMain.parse(new String[] {"--input", "x", "--output", "y", "--no-links"});
        assertThat(SparkMain.index(options, QUIET)).isEmpty();
    }
}
