package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerMentionFinderTest extends MentionFinderContract {

    private static final GazetteerMentionFinder FINDER = GazetteerMentionFinder.defaults();

    @Override
    MentionFinder finder() {
        return FINDER;
    }

    @Test
    void findsKbpCountriesAndBundledAgenciesCapitalisedOnly() {
        String text = "Protests spread from Bolivia to Bosnia and Herzegovina, Xinhua reported; we ate turkey.";
        assertThat(FINDER.find(analyze(text))).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Bolivia", EntityType.LOCATION),
                tuple("Bosnia and Herzegovina", EntityType.LOCATION),
                tuple("Xinhua", EntityType.ORGANIZATION));
    }

    @Test
    void matchesCapitalsInCredits() {
        String text = "PHOTO BY JANE DOE/AFP VIA GETTY IMAGES";
        assertThat(FINDER.find(analyze(text))).extracting(Mention::text).containsExactly("AFP", "GETTY IMAGES");
    }

    @Test
    void usersAddTheirOwnFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# my list\nORGANIZATION\tAcme Widgets\nLOCATION\tSpringfield\n");
        GazetteerMentionFinder mine = GazetteerMentionFinder.builder().withoutDefaults().addFile(file).build();
        assertThat(mine.find(analyze("Acme Widgets left Springfield for Bolivia."))).extracting(Mention::text)
                .containsExactly("Acme Widgets", "Springfield");
    }

    @Test
    void badFilesAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "ORGANIZATION\tGood\nPLANET\tMars\n");
        assertThatThrownBy(() -> GazetteerMentionFinder.builder().addFile(file))
                .hasMessageContaining("PLANET");
        assertThatThrownBy(() -> GazetteerMentionFinder.builder().addFile(dir.resolve("missing.tsv")))
                .hasMessageContaining("missing.tsv");
    }
}
