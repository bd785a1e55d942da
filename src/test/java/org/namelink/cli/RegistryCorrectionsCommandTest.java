package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatcher;
import org.namelink.registry.EntityRegistry;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;
import org.namelink.resolution.SyntheticDocuments;

/**
 * The registry subcommands on a registry filled through the library (no models loaded): where
 * {@code --registry} may stand, {@code find}, what corrections say, {@code history} and {@code export}.
 */
class RegistryCorrectionsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db;

    /** N1 Erbil (Erbil, Irbil), N2 Masoud Barzani (and Barzani), N3 Beirut, N4 Michel Aoun, in documents a to d. */
    @BeforeEach
    void fill() {
        Path file = dir.resolve("r.db");
        db = file.toString();
        try (EntityRegistry registry = EntityRegistry.open(file)) {
            registry.add(List.of(doc("a", EntityType.LOCATION, "Erbil", EntityType.LOCATION, "Erbil"),
                    doc("b", EntityType.LOCATION, "Irbil", EntityType.PERSON, "Masoud Barzani",
                            EntityType.PERSON, "Barzani"),
                    doc("c", EntityType.LOCATION, "Beirut"), doc("d", EntityType.PERSON, "Michel Aoun")),
                    EntityResolver.create(NameMatcher.defaults()));
        }
    }

    private static ResolverDocument doc(String id, Object... typeAndName) {
        return SyntheticDocuments.of(id, typeAndName);
    }

    private CommandLineTest.Run registry(String... args) {
        List<String> all = new ArrayList<>(List.of("registry", "--registry", db));
        all.addAll(List.of(args));
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    @Test
    void theRegistryFileMayBeGivenAfterTheSubcommand() {
        CommandLineTest.Run list = CommandLineTest.run("registry", "list", "--registry", db);
        assertThat(list.err()).isEmpty();
        assertThat(list.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(list.out()).contains("N1").contains("Erbil");
        CommandLineTest.Run show = CommandLineTest.run("registry", "show", "N1", "--registry", db);
        assertThat(show.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(show.out()).contains("Irbil");
        assertThat(registry("show", "N1").out()).isEqualTo(show.out());
    }

    @Test
    void mergingAPlaceAndAPersonIsAUsageErrorNamingBothAndChangesNothing() {
        String before = registry("export").out() + registry("history", "N3").out();
        CommandLineTest.Run merge = registry("merge", "N3", "N4");
        assertThat(merge.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(merge.err()).startsWith("error: cannot merge N4 (Michel Aoun, PERSON) into N3 (Beirut, LOCATION)")
                .hasLineCount(1);
        assertThat(merge.out()).isEmpty();
        assertThat(registry("export").out() + registry("history", "N3").out()).isEqualTo(before);
    }

    @Test
    void correctionsSayWhatTheyDid() {
        CommandLineTest.Run split = registry("split", "N1", "--variant", "Irbil");
        assertThat(split.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(split.out().lines().findFirst().orElseThrow()).isEqualTo("split 'Irbil' (1 mention) off N1 into "
                + "N5 (Irbil, LOCATION); N1 (Erbil, LOCATION) keeps 1 variant and its id; the two are kept apart for good");
        CommandLineTest.Run merge = registry("merge", "N1", "N5");
        assertThat(merge.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(merge.out().lines().findFirst().orElseThrow())
                .isEqualTo("merged N5 (Irbil, LOCATION) into N1 (Erbil); N5 now redirects to N1".replace(
                        "N1 (Erbil)", "N1 (Erbil, LOCATION)"));
        CommandLineTest.Run alias = registry("alias", "N2", "Kak Masoud");
        assertThat(alias.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(alias.out().lines().findFirst().orElseThrow()).isEqualTo("pinned alias 'Kak Masoud' to "
                + "N2 (Masoud Barzani, PERSON); later mentions of it resolve to N2");
        CommandLineTest.Run moved = registry("alias", "N2", "michel aoun");
        assertThat(moved.out().lines().findFirst().orElseThrow()).isEqualTo("pinned alias 'michel aoun' to "
                + "N2 (Masoud Barzani, PERSON); its mentions moved from N4 (Michel Aoun, PERSON); later mentions of it "
                + "resolve to N2");
    }

    @Test
    void splitKeepsTheEntitysIdAndShowFindsBothParts() {
        registry("split", "N1", "--variant", "Irbil");
        CommandLineTest.Run shown = registry("show", "N1");
        assertThat(shown.out()).startsWith("N1 active LOCATION: Erbil, 2 mentions in 1 document\n")
                .doesNotContain("Irbil");
        assertThat(registry("show", "N5").out()).startsWith("N5 active LOCATION: Irbil, 1 mention in 1 document\n");
    }

    @Test
    void historyPrintsIsoSecondsAndNoReasonCitingItsOwnEntitysFirstName() {
        CommandLineTest.Run history = registry("history", "N1");
        assertThat(history.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        List<String> lines = history.out().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ  .*"));
        assertThat(lines.get(0)).contains("created   LOCATION Erbil");
        // The name it was created with is its first spelling, not a spelling joined for a reason.
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("variant   Erbil  (batch 1)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("variant   Irbil: transliteration of Erbil"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("Erbil: transliteration of Irbil"));
    }

    @Test
    void findTakesAnySpellingOrCaseAndSaysWhy() {
        CommandLineTest.Run exact = registry("find", "Irbil");
        assertThat(exact.exitCode()).isEqualTo(NamelinkCommand.EXIT_OK);
        assertThat(exact.out()).isEqualTo("N1         LOCATION     Erbil  [Erbil, Irbil]  (exact: variant 'Irbil')\n");
        assertThat(registry("find", "ERBIL").out()).contains("N1").contains("(folded: same name as 'Erbil')");
        assertThat(registry("find", "Arbil").out()).contains("N1").contains("(matcher: transliteration of 'Erbil'");
        assertThat(registry("find", "Mr Barzani").out()).contains("N2         PERSON       Masoud Barzani")
                .contains("(folded: same name as 'Barzani')");
        assertThat(registry("find", "Mr Masoud").out()).isEmpty();
        assertThat(registry("find", "Massoud Barzani").out()).contains("N2 ")
                .contains("(matcher: transliteration of 'Masoud Barzani', score");
        CommandLineTest.Run none = registry("find", "Mosul");
        assertThat(none.exitCode()).isEqualTo(NamelinkCommand.EXIT_USAGE);
        assertThat(none.err()).isEqualTo("error: no active entity is named 'Mosul' in any spelling\n");
    }

    @Test
    void exportHasEachEntitysDocumentsAndTheRedirects() throws IOException {
        registry("split", "N1", "--variant", "Irbil");
        registry("merge", "N3", "N5");
        JsonNode export = JSON.readTree(registry("export", "--format", "json").out());
        JsonNode erbil = export.get("entities").get(0);
        assertThat(erbil.get("id").asText()).isEqualTo("N1");
        assertThat(erbil.get("documents")).extracting(JsonNode::asText).containsExactly("a");
        assertThat(export.get("redirects")).hasSize(1);
        assertThat(export.get("redirects").get(0).toString()).isEqualTo("{\"id\":\"N5\",\"status\":\"merged\","
                + "\"now\":[\"N3\"]}");
    }
}
