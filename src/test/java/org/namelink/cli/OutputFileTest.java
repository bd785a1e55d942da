package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.text.Fifos;
import picocli.CommandLine;

/**
 * {@code --output} is replaced only by a run that succeeds (issue 21: it was truncated before any
 * check, so a refused run emptied it and {@code --output v.txt v.txt} destroyed the input), and a
 * run that fails in resolution or in writing keeps what it analysed and resolved.
 */
class OutputFileTest {

    private static final String OLD = "{\"old\": true}\n";

    @TempDir
    Path dir;

    @Test
    void anOutputThatIsAnInputIsAUsageErrorAndStaysUntouched() throws IOException {
        Path text = Files.writeString(dir.resolve("v.txt"), "Angela Merkel visited Paris.");
        CommandLineTest.Run same = CommandLineTest.run("extract", "--output", text.toString(), text.toString());
        assertThat(same.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(same.err()).contains("error: --output " + text + " is the input " + text
                + "; write the output elsewhere");
        assertThat(Files.readString(text)).isEqualTo("Angela Merkel visited Paris.");
        // Through a directory argument, and by another name for the same file.
        Path other = Path.of(dir.toString(), ".", "v.txt");
        CommandLineTest.Run inDir = CommandLineTest.run("extract", "--output", other.toString(), dir.toString());
        assertThat(inDir.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(inDir.err()).contains("is the input " + text);
        assertThat(Files.readString(text)).isEqualTo("Angela Merkel visited Paris.");
    }

    @Test
    void anOutputThatIsTheRegistryOrTheAliasFileIsAUsageErrorAndBothStayUntouched() throws IOException {
        Path text = Files.writeString(dir.resolve("x.txt"), "Angela Merkel visited Paris.");
        Path db = dir.resolve("r.db");
        assertThat(CommandLineTest.run("extract", "--registry", db.toString(), text.toString()).exitCode())
                .isEqualTo(NamelinkCommand.EXIT_OK);
        byte[] registry = Files.readAllBytes(db);
        // Before, the batch was recorded and then the JSON moved over the registry, with exit 0.
        CommandLineTest.Run overRegistry = CommandLineTest.run("extract", "--registry", db.toString(), "--output",
                db.toString(), text.toString());
        assertThat(overRegistry.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(overRegistry.err()).contains("error: --output " + db + " is the registry " + db);
        assertThat(Files.readAllBytes(db)).isEqualTo(registry);
        Path newRegistry = dir.resolve("new.db");
        assertThat(CommandLineTest.run("extract", "--registry", newRegistry.toString(), "--output",
                newRegistry.toString(), text.toString()).exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(newRegistry).doesNotExist();

        Path aliases = Files.writeString(dir.resolve("aliases.tsv"), "PERSON\tAngela Merkel\tMutti\n");
        CommandLineTest.Run overAliases = CommandLineTest.run("extract", "--aliases", aliases.toString(), "--output",
                aliases.toString(), text.toString());
        assertThat(overAliases.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(overAliases.err()).contains("is the alias file");
        assertThat(Files.readString(aliases)).isEqualTo("PERSON\tAngela Merkel\tMutti\n");
    }

    @Test
    void devStdoutAppendsToAFileTheShellOpenedForAppending() throws Exception {
        Path text = Files.writeString(dir.resolve("x.txt"), "Angela Merkel visited Paris.");
        Path results = Files.writeString(dir.resolve("results.txt"), "earlier results\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                NamelinkCommand.class.getName(), "extract", "--format", "table", "--output", "/dev/stdout", text.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(results.toFile()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(NamelinkCommand.EXIT_OK);
        // Before, /dev/stdout was opened with truncation, and the earlier results were lost.
        assertThat(Files.readString(results)).startsWith("earlier results\n").contains("Angela Merkel");
    }

    @Test
    void aRunRefusedForItsOptionsLeavesTheOutputAsItWas() throws IOException {
        Path text = Files.writeString(dir.resolve("x.txt"), "Angela Merkel visited Paris.");
        Path output = Files.writeString(dir.resolve("k.json"), OLD);
        // A registry run writes json, jsonl or html: table is refused, before the output is touched.
        CommandLineTest.Run r = CommandLineTest.run("extract", "--registry", dir.resolve("r.db").toString(),
                "--format", "table", "--output", output.toString(), text.toString());
        assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(Files.readString(output)).isEqualTo(OLD);
        assertThat(files()).containsExactlyInAnyOrder("x.txt", "k.json");
    }

    @Test
    void aRunThatFailsInResolutionLeavesTheOutputAndSavesEveryDocument() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Angela Merkel visited Paris.");
        Files.writeString(dir.resolve("b.txt"), "Emmanuel Macron met Merkel in Berlin.");
        Files.writeString(dir.resolve("c.txt"), " \n");
        Path output = Files.writeString(dir.resolve("o.json"), OLD);
        ExtractCommand command = new ExtractCommand();
        command.resolution = (namelink, documents) -> {
            throw new OutOfMemoryError("Java heap space");
        };
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("--output", output.toString(), dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString(), dir.resolve("c.txt").toString());

        assertThat(code).isEqualTo(NamelinkCommand.EXIT_FAILED);
        Path saved = dir.resolve("o.json" + AnalysedDocuments.SUFFIX);
        assertThat(err.toString().lines().filter(l -> l.startsWith("error: the run failed")))
                .containsExactly("error: the run failed while resolving, after analysing 3 documents: out of memory"
                        + " (Java heap space); give Java a larger heap, as java -Xmx4g -jar namelink.jar ...; the 3"
                        + " analysed documents are saved in " + saved.toAbsolutePath()
                        + " (a line per document with its mentions, as --format jsonl writes them)");
        assertThat(Files.readString(output)).isEqualTo(OLD);
        List<JsonNode> lines = Files.readAllLines(saved, StandardCharsets.UTF_8).stream().map(OutputFileTest::json).toList();
        assertThat(lines).extracting(l -> l.get("document").get("id").asText()).containsExactly("a", "b", "c");
        assertThat(lines.get(1).get("document").get("mentions")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines.get(2).get("document").get("error").asText()).contains("empty");
        assertThat(files()).containsExactlyInAnyOrder("a.txt", "b.txt", "c.txt", "o.json", "o.json" + AnalysedDocuments.SUFFIX);
    }

    @Test
    void resultsThatCannotBeWrittenAreSavedElsewhereNeverOverAnEarlierSave() throws IOException {
        // Found in review: a run whose --output could not be written (a full disk) exited 3 and lost
        // its results, and a save would have replaced an earlier run's saved documents.
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        Files.writeString(dir.resolve("a.txt"), "Angela Merkel visited Paris.");
        Files.writeString(dir.resolve("b.txt"), "Emmanuel Macron met Merkel in Berlin.");
        // A special file has no directory to save beside: the working directory comes first, then
        // the temporary one; an earlier save in the first stays as it was.
        String own = "namelink-" + ProcessHandle.current().pid() + AnalysedDocuments.SUFFIX;
        Path earlier = Path.of(own).toAbsolutePath();
        Path saved = Path.of(System.getProperty("java.io.tmpdir"), own);
        try {
            Files.writeString(earlier, OLD);
            CommandLineTest.Run r = CommandLineTest.run("extract", "--output", full.toString(),
                    dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());

            assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_FAILED);
            assertThat(r.err()).contains("error: the run failed while writing the output, after analysing 2"
                    + " documents: cannot write " + full, "; the results of the 2 documents are saved in " + saved
                    + " (a line per document, then a line per entity, as --format jsonl writes them)");
            assertThat(Files.readString(earlier)).isEqualTo(OLD);
            List<JsonNode> lines = Files.readAllLines(saved, StandardCharsets.UTF_8).stream()
                    .map(OutputFileTest::json).toList();
            assertThat(lines.subList(0, 2)).extracting(l -> l.get("document").get("id").asText())
                    .containsExactly("a", "b");
            assertThat(lines.subList(2, lines.size())).extracting(l -> l.get("entity").get("name").asText())
                    .contains("Angela Merkel", "Paris", "Berlin");
            JsonNode merkel = lines.stream().filter(l -> l.has("entity")
                    && l.get("entity").get("name").asText().equals("Angela Merkel")).findFirst().orElseThrow();
            assertThat(merkel.get("entity").get("mentions")).extracting(m -> m.get("document").asText())
                    .containsExactly("a", "b");
        } finally {
            Files.deleteIfExists(earlier);
            Files.deleteIfExists(saved);
        }
    }

    @Test
    void fittedWeightsNeverReplaceThePairsTheyWereFittedOn() throws IOException {
        // Found in review: eval --pairs p.tsv --fit-weights p.tsv read the pairs, then overwrote them.
        String pairs = "type\tname1\tname2\tlabel\tsource\n"
                + "PERSON\tTomasz Wrobel\tTomash Wrobel\t1\tmade-up\n"
                + "PERSON\tTomasz Wrobel\tTomasz Wrobelski\t0\tmade-up\n"
                + "LOCATION\tKarvelo\tKarvello\t1\tmade-up\n"
                + "LOCATION\tKarvelo\tKarmelo\t0\tmade-up\n"
                + "ORGANIZATION\tKorvana Trading LLC\tKorvana Trading\t1\tmade-up\n"
                + "ORGANIZATION\tKorvana Trading\tKorvena Shipping\t0\tmade-up\n";
        Path file = Files.writeString(dir.resolve("p.tsv"), pairs);
        CommandLineTest.Run same = CommandLineTest.run("eval", "--pairs", file.toString(), "--fit-weights",
                file.toString());
        assertThat(same.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(same.err()).contains("error: --fit-weights " + file + " is the input " + file);
        assertThat(Files.readString(file)).isEqualTo(pairs);

        Path weights = dir.resolve("w.tsv");
        CommandLineTest.Run fitted = CommandLineTest.run("eval", "--pairs", file.toString(), "--fit-weights",
                weights.toString());
        assertThat(fitted.exitCode()).isZero();
        assertThat(Files.readString(weights)).contains("Fitted by:", "PERSON", "LOCATION");
        assertThat(files()).containsExactlyInAnyOrder("p.tsv", "w.tsv");
    }

    @Test
    void resultsThatCannotBeMovedOntoTheOutputAreKeptAndNamed() throws IOException {
        Path output = dir.resolve("o.json");
        OutputFile file = OutputFile.open(output, List.of(), java.util.Map.of(), new PrintWriter(new StringWriter()))
                .orElseThrow();
        file.writer().print("{\"results\": true}");
        // During the run, something else puts a directory where the output goes.
        Files.writeString(Files.createDirectory(output).resolve("inside"), "x");

        assertThatThrownBy(file::commit).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot replace " + output).hasMessageContaining("the results are in");
        file.close();
        List<Path> kept;
        try (Stream<Path> listing = Files.list(dir)) {
            kept = listing.filter(Files::isRegularFile).toList();
        }
        assertThat(kept).hasSize(1);
        assertThat(Files.readString(kept.get(0))).isEqualTo("{\"results\": true}");
    }

    @Test
    void aRunThatSucceedsReplacesTheOutputKeepingItsPermissions() throws IOException {
        Path text = Files.writeString(dir.resolve("x.txt"), "Angela Merkel visited Paris.");
        Path output = Files.writeString(dir.resolve("k.json"), OLD);
        boolean posix = Files.getFileStore(output).supportsFileAttributeView("posix");
        if (posix) {
            Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-r-----"));
        }
        CommandLineTest.Run r = CommandLineTest.run("extract", "--output", output.toString(), text.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(json(Files.readString(output)).get("documents").get(0).get("id").asText()).isEqualTo("x");
        if (posix) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output))).isEqualTo("rw-r-----");
        }
        assertThat(files()).containsExactlyInAnyOrder("x.txt", "k.json");
    }

    @Test
    void aFifoIsWrittenDirectly() throws Exception {
        Path text = Files.writeString(dir.resolve("x.txt"), "Angela Merkel visited Paris.");
        Path fifo = Fifos.make(dir.resolve("out.fifo"));
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CommandLineTest.Run r = CommandLineTest.run("extract", "--output", fifo.toString(), text.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(json(read.get(60, TimeUnit.SECONDS)).get("documents").get(0).get("id").asText()).isEqualTo("x");
        assertThat(files()).containsExactlyInAnyOrder("x.txt", "out.fifo");
    }

    @Test
    void aDirectoryThatIsNotWritableIsRefusedAtOnce() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path output = Files.writeString(locked.resolve("k.json"), OLD);
        assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "needs POSIX permissions");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as a user who may write anywhere");
            CommandLineTest.Run r = CommandLineTest.run("extract", "--output", output.toString(),
                    dir.resolve("never-read.txt").toString());
            assertThat(r.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
            assertThat(r.err()).contains("error: cannot write --output " + output + ": permission denied");
            assertThat(Files.readString(output)).isEqualTo(OLD);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
