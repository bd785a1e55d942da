package org.namelink.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SparkMain} logs warnings only, through one SLF4J provider, on a class path with two (issue 21:
 * the test class path, as the README's plain-java command, holds slf4j-simple and Spark's
 * log4j-slf4j2-impl, so SLF4J warned of multiple providers and Spark logged thousands of INFO lines).
 */
class SparkMainLoggingTest {

    /** Configures logging as {@link SparkMain#main} does, then logs at INFO and at WARN. */
    public static void main(String[] args) {
        if (args.length == 0) {
            SparkMain.quietLogging();
        }
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("org.namelink.spark.Lineage");
        log.info("an info line");
        log.warn("a warning");
    }

    @Test
    void warningsOnlyThroughOneProvider(@TempDir Path dir) throws Exception {
        String withQuiet = run(dir, List.of());
        assertThat(withQuiet).contains("a warning").doesNotContain("an info line").doesNotContain("SLF4J");
        // Asked for: INFO, as any slf4j-simple setting.
        String verbose = run(dir, List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info"));
        assertThat(verbose).contains("an info line", "a warning").doesNotContain("SLF4J");
    }

    private static String run(Path dir, List<String> properties) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SparkMainLoggingTest.class.getName()));
        File err = dir.resolve("err" + properties.size() + ".txt").toFile();
        Process p = new ProcessBuilder(command).redirectError(err).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8);
    }
}
