package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
