package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of a registry link: extract --registry records the linker's link, registry link
 * corrects it (or says "no article"), and the next extract writes the registry's link; list, show,
 * export and history say so. A made-up knowledge base built by kb-index, made-up names.
 */
class RegistryLinkCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Each run's article (new documents of one text, so that the tagger types the name alike in each). */
    private static final String TEXT = "The mayor of Velmora said on Monday that the town of Velmora would open "
            + "a new school.\n";

    private Path kb;
    private String db;

    private CommandLineTest.Run extract(String name, String text) throws IOException {
        return extract(name, text, "json");
    }

    private CommandLineTest.Run extract(String name, String text, String format) throws IOException {
        Path article = Files.writeString(dir.resolve(name + ".txt"), text);
        CommandLineTest.Run r = CommandLineTest.run("extract", "--kb", kb.toString(), "--registry", db, "--format",
                format, article.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(NamelinkCommand.EXIT_OK);
        return r;
    }

    /** The place of that name: the tagger also makes a person of the mayor's "Velmora", whom no article fits. */
    private static JsonNode entityNamed(CommandLineTest.Run extract, String name) throws IOException {
        for (JsonNode e : JSON.readTree(extract.out()).get("entities")) {
            if (e.get("name").asText().equals(name) && e.get("type").asText().equals("LOCATION")) {
                return e;
            }
        }
        throw new AssertionError("no entity " + name + " in " + extract.out());
    }

    private CommandLineTest.Run registry(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "registry";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--registry";
        all[args.length + 2] = db;
        return CommandLineTest.run(all);
    }

    @Test
    void aUsersLinkIsKeptAndWrittenByLaterRunsAndNoneHolds() throws IOException {
        Path dictionary = Files.writeString(dir.resolve("dict.tab"),
                "Velmora\tVelmora\t0.9\nVelmora\tVelmora_(river)\t0.1\nVelmora River\tVelmora_(river)\t1.0\n");
        kb = dir.resolve("kb");
        CommandLineTest.Run index = CommandLineTest.run("kb-index", "--dictionary", dictionary.toString(), "--out",
                kb.toString());
        assertThat(index.exitCode()).as(index.err()).isEqualTo(NamelinkCommand.EXIT_OK);
        db = dir.resolve("r.db").toString();

        JsonNode first = entityNamed(extract("a", TEXT), "Velmora");
        String id = first.get("registryId").asText();
        assertThat(first.path("link").path("id").asText()).as(first.toString()).isEqualTo("Velmora");
        assertThat(registry("show", id).out()).contains("  link: Velmora ").doesNotContain("set by a user");

        CommandLineTest.Run link = registry("link", id, "Velmora (river)");
        assertThat(link.exitCode()).as(link.err()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(link.out()).startsWith("linked " + id + " (Velmora, ").contains(") to "
                + "https://en.wikipedia.org/wiki/Velmora_(river); runs will not replace it\n");

        JsonNode second = entityNamed(extract("b", TEXT),
                "Velmora");
        assertThat(second.get("registryId").asText()).isEqualTo(id);
        assertThat(second.get("link").get("id").asText()).isEqualTo("Velmora_(river)");
        assertThat(second.get("link").get("score").asDouble()).isEqualTo(1.0);
        assertThat(registry("list").out()).containsPattern(id + " .*Velmora  -> Velmora_\\(river\\)");
        assertThat(registry("show", id).out()).contains("  link: Velmora_(river) 1.00 "
                + "https://en.wikipedia.org/wiki/Velmora_(river) (set by a user)");
        JsonNode exported = null;
        for (JsonNode e : JSON.readTree(registry("export").out()).get("entities")) {
            if (e.get("id").asText().equals(id)) {
                exported = e;
            }
        }
        assertThat(exported).isNotNull();
        assertThat(exported.get("link").get("id").asText()).isEqualTo("Velmora_(river)");
        assertThat(exported.get("link").get("setByUser").asBoolean()).isTrue();
        assertThat(registry("history", id).out()).contains("linked    wikipedia:Velmora (")
                .contains("corrected user linked it to wikipedia:Velmora_(river) (1.00)");

        assertThat(extract("d", TEXT, "jsonl").out().lines().filter(l -> l.contains("\"registryId\":\"" + id + "\"")))
                .singleElement().asString().contains("\"id\":\"Velmora_(river)\"", "\"score\":1.0");
        assertThat(extract("e", TEXT, "html").out()).contains("Velmora_(river)");

        assertThat(registry("link", id, "--none").exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        JsonNode third = entityNamed(extract("c", TEXT), "Velmora");
        assertThat(third.has("link")).as(third.toString()).isFalse();
        assertThat(registry("list").out()).containsPattern(id + " .*Velmora  -> none");
        assertThat(registry("show", id).out()).contains("  link: none (set by a user)");
    }

    @Test
    void aTitleAndNoneTogetherOrNeitherIsAUsageError() {
        db = dir.resolve("r.db").toString();
        CommandLineTest.Run neither = CommandLineTest.run("registry", "link", "N1", "--registry", db);
        assertThat(neither.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(neither.err()).contains("needs a TITLE or --none, not neither");
        CommandLineTest.Run both = CommandLineTest.run("registry", "link", "N1", "Velmora", "--none", "--registry", db);
        assertThat(both.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(both.err()).contains("not both");
    }
}
