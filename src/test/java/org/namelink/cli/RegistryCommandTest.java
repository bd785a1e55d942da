package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.LockHolderProcess;
import org.namelink.text.Fifos;

/** extract --registry and the registry subcommands, end to end. */
class RegistryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void extractKeepsIdsAcrossRunsAndTheRegistryCommandsReadAndCorrectThem() throws IOException {
        Path db = dir.resolve("namelink.db");
        Path first = article("first", "a.txt", "Qassem Soleimani met officials in Erbil on Monday.\n");
        Path second = article("second", "b.txt", "Soleimani was seen again in Irbil, officials said.\n");

        CommandLineTest.Run one = CommandLineTest.run("extract", "--registry", db.toString(), first.toString());
        assertThat(one.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        Map<String, String> idsOne = registryIds(one.out());
        CommandLineTest.Run two = CommandLineTest.run("extract", "--registry", db.toString(), second.toString());
        assertThat(two.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        Map<String, String> idsTwo = registryIds(two.out());
        // The same entities, spelled otherwise in the second run, keep the ids of the first, and the
        // batch's JSON names them as the registry does.
        assertThat(idsTwo.get("Qassem Soleimani")).isEqualTo(idsOne.get("Qassem Soleimani"));
        assertThat(idsTwo.values()).contains(idsOne.get("Erbil"));
        String listed = CommandLineTest.run("registry", "list", "--registry", db.toString()).out();
        idsTwo.forEach((name, id) -> assertThat(listed).containsPattern("(?m)^" + id + " .* " + name + "$"));
        // The contract's fields are all still there.
        JsonNode entity = JSON.readTree(two.out()).get("entities").get(0);
        assertThat(entity.fieldNames()).toIterable().contains("id", "registryId", "type", "name", "variants",
                "documents", "mentionCount", "team", "reasons");

        CommandLineTest.Run again = CommandLineTest.run("extract", "--registry", db.toString(), second.toString());
        assertThat(again.exitCode()).isEqualTo(NamelinkCommand.EXIT_SOME_FAILED);
        assertThat(again.out()).contains("already in registry");
        assertThat(again.err()).contains("error: document 'b' is already in registry " + db);

        String erbil = idsOne.get("Erbil");
        CommandLineTest.Run list = CommandLineTest.run("registry", "--registry", db.toString(), "list");
        assertThat(list.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(list.out()).contains(erbil).contains("Erbil");
        assertThat(CommandLineTest.run("registry", "--registry", db.toString(), "show", erbil).out())
                .contains("Irbil").contains("Erbil");
        assertThat(CommandLineTest.run("registry", "--registry", db.toString(), "history", erbil).out())
                .contains("created").contains("variant");

        CommandLineTest.Run split = CommandLineTest.run("registry", "--registry", db.toString(), "split", erbil,
                "--variant", "Irbil");
        assertThat(split.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        String[] parts = split.out().lines().filter(l -> l.matches("N\\d+ active .*")).map(l -> l.split(" ")[0])
                .toArray(String[]::new);
        assertThat(parts).hasSize(2).startsWith(erbil);
        CommandLineTest.Run shown = CommandLineTest.run("registry", "--registry", db.toString(), "show", erbil);
        assertThat(shown.out()).startsWith(erbil + " active").doesNotContain("Irbil");
        CommandLineTest.Run merged = CommandLineTest.run("registry", "--registry", db.toString(), "merge", parts[0],
                parts[1]);
        assertThat(merged.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(merged.out()).contains(parts[0]).contains("Irbil").contains("Erbil");

        JsonNode export = JSON.readTree(CommandLineTest.run("registry", "--registry", db.toString(), "export",
                "--format", "json").out());
        assertThat(export.get("entities")).anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo(parts[0]));

        CommandLineTest.Run bad = CommandLineTest.run("registry", "--registry", db.toString(), "show", "N99999");
        assertThat(bad.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(bad.err()).contains("no entity N99999");
        Path foreign = dir.resolve("notes.txt");
        Files.writeString(foreign, "hello");
        CommandLineTest.Run notRegistry = CommandLineTest.run("extract", "--registry", foreign.toString(),
                first.toString());
        assertThat(notRegistry.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(notRegistry.err()).contains("not a Namelink registry");
        assertThat(Files.readString(foreign)).isEqualTo("hello");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // not a speed
    // test: opening a FIFO would block for ever, in a thread no interrupt reaches
    void whatIsNoRegistryIsAUsageErrorAndKeepsItsBytes() throws Exception {
        Path article = Files.writeString(dir.resolve("a.txt"), "Qassem Soleimani met officials in Erbil.\n");
        List<Path> foreign = new ArrayList<>();
        for (String[] made : new String[][] {{"view.db", "CREATE VIEW v AS SELECT 1"},
                {"app.db", "PRAGMA application_id = 1234"}}) {
            Path file = dir.resolve(made[0]);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                s.execute(made[1]);
            }
            foreign.add(file);
        }
        foreign.add(Files.createFile(dir.resolve("empty.db")));
        for (Path file : foreign) {
            byte[] before = Files.readAllBytes(file);
            for (CommandLineTest.Run run : List.of(CommandLineTest.run("registry", "--registry", file.toString(), "list"),
                    CommandLineTest.run("extract", "--registry", file.toString(), article.toString()))) {
                assertThat(run.exitCode()).as(file + ": " + run.err()).isEqualTo(NamelinkCommand.EXIT_USAGE);
                assertThat(String.join("\n", ExitCodesTest.printed(run.err()))).startsWith("error: ").contains(file.toString())
                        .contains("not a Namelink registry");
                assertThat(run.out()).isEmpty();
            }
            assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(before);
        }
        Path fifo = Fifos.make(dir.resolve("f.db"));
        for (CommandLineTest.Run run : List.of(CommandLineTest.run("registry", "--registry", fifo.toString(), "list"),
                CommandLineTest.run("extract", "--registry", fifo.toString(), article.toString()))) {
            assertThat(run.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
            assertThat(String.join("\n", ExitCodesTest.printed(run.err()))).startsWith("error: " + fifo + " is a FIFO (named pipe), not a registry file");
        }
    }

    @Test
    void aDamagedRegistryFailsBeforeAnyDocumentIsAnalysed() throws Exception {
        Path db = dir.resolve("damaged.db");
        Path article = Files.writeString(dir.resolve("a.txt"), "Qassem Soleimani met officials in Erbil.\n");
        assertThat(CommandLineTest.run("extract", "--registry", db.toString(), article.toString()).exitCode())
                .isEqualTo(NamelinkCommand.EXIT_OK);
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Files.write(db, bytes);
        Path other = Files.writeString(dir.resolve("b.txt"), "Soleimani was seen again in Irbil.\n");
        Path output = dir.resolve("out.json");
        CommandLineTest.Run run = CommandLineTest.run("extract", "--registry", db.toString(), "--output",
                output.toString(), other.toString());
        assertThat(run.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        // The only line: the registry's error; no document was analysed (none reported, nothing written).
        assertThat(ExitCodesTest.printed(run.err())).singleElement().asString().startsWith("error: registry " + db + " is damaged (")
                .endsWith("nothing was changed. Restore it from a backup, or save what is left with: sqlite3 " + db
                        + " .recover");
        assertThat(!Files.exists(output) || Files.size(output) == 0).as("nothing written").isTrue();
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
    }

    @Test
    void extractWaitsForAnotherWriterSayingSoAndRecordsItsDocuments() throws Exception {
        Path db = dir.resolve("r.db");
        Path first = Files.writeString(dir.resolve("a.txt"), "Qassem Soleimani met officials in Erbil on Monday.\n");
        Path second = Files.writeString(dir.resolve("b.txt"), "Soleimani was seen again in Irbil, officials said.\n");
        assertThat(CommandLineTest.run("extract", "--registry", db.toString(), first.toString()).exitCode())
                .isEqualTo(NamelinkCommand.EXIT_OK);
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        Process holder = new ProcessBuilder(java, "-cp", classPath, LockHolderProcess.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Process extract = null;
        try {
            BufferedReader locked = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(locked.readLine()).isEqualTo("locked");
            Path output = dir.resolve("b.json");
            extract = new ProcessBuilder(java, "-cp", classPath, NamelinkCommand.class.getName(), "extract",
                    "--registry", db.toString(), "--output", output.toString(), second.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader err = new BufferedReader(new InputStreamReader(extract.getErrorStream(),
                    StandardCharsets.UTF_8));
            List<String> said = new ArrayList<>();
            String line;
            while ((line = err.readLine()) != null && !line.startsWith("waiting for registry")) {
                said.add(line);
            }
            assertThat(line).as("the waiting run says so; it said %s", said)
                    .isEqualTo("waiting for registry " + db + ": another writer holds it");
            Writer release = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8);
            release.write("release\n");
            release.flush();
            while ((line = err.readLine()) != null) {
                said.add(line);
            }
            assertThat(extract.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(extract.exitValue()).as("its stderr: %s", said).isEqualTo(NamelinkCommand.EXIT_OK);
            assertThat(said).anySatisfy(l -> assertThat(l).startsWith("registry " + db + " is free after"));
            // resolved against the first run, and named as the registry names it
            assertThat(registryIds(Files.readString(output))).containsKey("Qassem Soleimani");
            try (EntityRegistry registry = EntityRegistry.open(db)) {
                assertThat(registry.counts().get("documents")).isEqualTo(2);
            }
        } finally {
            holder.destroyForcibly();
            if (extract != null) {
                extract.destroyForcibly();
            }
        }
    }

    @Test
    void jsonlAndHtmlCarryTheRegistrysIdsAndNamesAndTableIsRefused() throws IOException {
        Path db = dir.resolve("namelink.db");
        Path first = article("first", "a.txt", "Qassem Soleimani met officials in Erbil on Monday.\n");
        Path second = article("second", "b.txt", "Soleimani was seen again in Irbil, officials said.\n");
        CommandLineTest.Run one = CommandLineTest.run("extract", "--format", "jsonl", "--registry", db.toString(),
                first.toString());
        assertThat(one.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        JsonNode soleimani = one.out().lines().map(RegistryCommandTest::tree).map(l -> l.get("entity"))
                .filter(e -> e != null && e.get("type").asText().equals("PERSON")).findFirst().orElseThrow();
        String id = soleimani.get("registryId").asText();
        assertThat(soleimani.get("name").asText()).isEqualTo("Qassem Soleimani");

        Path html = dir.resolve("b.html");
        CommandLineTest.Run two = CommandLineTest.run("extract", "--format", "html", "--output", html.toString(),
                "--registry", db.toString(), second.toString());
        assertThat(two.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        // The second run says only "Soleimani"; the page names him as the registry does, with his id.
        assertThat(Files.readString(html)).contains("<span class=\"name\">Qassem Soleimani</span> "
                + "<small class=\"registry-id\">" + id + "</small>");

        CommandLineTest.Run table = CommandLineTest.run("extract", "--format", "table", "--registry", db.toString(),
                second.toString());
        assertThat(table.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(table.err()).contains("--registry writes --format json, jsonl or html, not table");
    }

    /** A directory of one article. */
    private Path article(String directory, String file, String text) throws IOException {
        Path d = Files.createDirectories(dir.resolve(directory));
        Files.writeString(d.resolve(file), text);
        return d;
    }

    private static JsonNode tree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Registry id by canonical name. */
    private static Map<String, String> registryIds(String json) throws IOException {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode e : JSON.readTree(json).get("entities")) {
            ids.put(e.get("name").asText(), e.get("registryId").asText());
        }
        return ids;
    }
}
