package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes and usage errors of the README's contract, in the cases issue 21 found untrue. */
class ExitCodesTest {

    private static final Path FULL = Path.of("/dev/full"); // accepts the open, refuses every write

    @TempDir
    Path dir;

    @AfterEach
    void deleteSavedResults() throws IOException {
        CommandLineTest.deleteSavedResultsOfThisJvm(); // a run writing to a full standard output saves its results
    }

    @Test
    void everyCommandWritingToAFullStandardOutputFails() throws IOException {
        // Found by issue 21: "extract testdata/articles > /dev/full" exited 0, as did jsonl, registry list and match.
        assumeTrue(Files.isWritable(FULL), "needs /dev/full (Linux)");
        Path good = Files.writeString(dir.resolve("good.txt"), "Angela Merkel visited Paris.");
        Path pairs = Files.writeString(dir.resolve("pairs.tsv"), "LOCATION\tMosul\tMousul\n");
        Path db = dir.resolve("r.db");
        Path json = dir.resolve("r.json");
        assertThat(CommandLineTest.run("extract", "--registry", db.toString(), "--output", json.toString(),
                good.toString()).exitCode()).isZero();
        String[][] commands = {{"extract", good.toString()}, {"extract", "--format", "jsonl", good.toString()},
                {"match", "--input", pairs.toString()}, {"registry", "--registry", db.toString(), "list"},
                {"--version"}};
        for (String[] args : commands) {
            CommandLineTest.Run r = toDevFull(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(NamelinkCommand.EXIT_FAILED);
            assertThat(r.err()).as(String.join(" ", args)).contains("error: cannot write standard output");
        }
    }

    @Test
    void aHugeThreadCountIsAUsageErrorNamingTheRange() {
        // Found by issue 21: "--threads 2147483647" exited 3 with a NullPointerException (2 x threads overflowed).
        CommandLineTest.Run r = CommandLineTest.run("extract", "--threads", "2147483647", "testdata/articles");
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(r.err()).contains("--threads must be from 1 to " + CorpusRunner.Settings.MAX_THREADS
                + ", was 2147483647");
        assertThat(printed(r.err())).noneMatch(l -> l.contains("Exception"));
    }

    @Test
    void aBadValueGetsTheTwoLineUsageErrorOfABadOption() {
        // Found by issue 21: "--format xml" printed the whole usage help after its reason.
        CommandLineTest.Run format = CommandLineTest.run("extract", "--format", "xml", "testdata/articles");
        assertThat(format.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(printed(format.err())).containsExactly(
                "error: Invalid value for option '--format': expected one of [json, jsonl, table, conll, html]"
                        + " (case-sensitive) but was 'xml'",
                "Try 'namelink extract --help' for the options.");
        CommandLineTest.Run option = CommandLineTest.run("extract", "--no-such-option", "testdata/articles");
        assertThat(printed(option.err())).hasSize(2).last().isEqualTo("Try 'namelink extract --help' for the options.");
    }

    /**
     * What the command printed on stderr, without the lines of the JVM's agents and libraries
     * starting, and without the start-up notice that entities are not linked (tests run without a
     * knowledge-base index, as CI does).
     */
    static java.util.List<String> printed(String err) {
        // Not the command's: a fuzzer's agent instrumenting a class, and SLF4J's warning, when the
        // first logger of a JVM starts in this command, that the tests' class path (Spark's) holds
        // two providers.
        return err.lines().filter(l -> !l.startsWith("INFO: Instrumented ") && !l.startsWith("SLF4J")
                && !l.startsWith(PipelineOptions.NOT_LINKED)).toList();
    }

    /** {@link CommandLineTest#run}, with standard output on the real {@code /dev/full}. */
    private static CommandLineTest.Run toDevFull(String... args) throws IOException {
        synchronized (CommandLineTest.class) {
            PrintStream oldOut = System.out;
            PrintStream oldErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (PrintStream full = new PrintStream(new FileOutputStream(FULL.toFile()), true, StandardCharsets.UTF_8)) {
                System.setOut(full);
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int code = NamelinkCommand.execute(args);
                return new CommandLineTest.Run(code, "", err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
    }
}
