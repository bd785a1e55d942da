package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

class GoldTsvReaderTest {

    private static final String HEADER = "start\tend\ttype\tentity\ttext\n";

    @Test
    void readsRowsWithLongAndShortTypeNames() throws IOException {
        String tsv = HEADER
                + "0\t4\tPERSON\tangela-merkel\tMerkel\n"
                + "\n"                                     // blank lines are skipped
                + "10\t16\tLOC\tberlin\tBerlin\n"
                + "20\t23\tORG\tcdu\tCDU\n";
        List<LabeledMention> mentions = GoldTsvReader.read("a1", new StringReader(tsv));
        assertThat(mentions).containsExactly(
                new LabeledMention("a1", new Span(0, 4), EntityType.PERSON, "angela-merkel"),
                new LabeledMention("a1", new Span(10, 16), EntityType.LOCATION, "berlin"),
                new LabeledMention("a1", new Span(20, 23), EntityType.ORGANIZATION, "cdu"));
    }

    @Test
    void headerOnlyGivesNoMentions() throws IOException {
        assertThat(GoldTsvReader.read("a1", new StringReader(HEADER))).isEmpty();
    }

    @Test
    void keepsTabsInTheTextColumn() throws IOException {
        List<LabeledMention> mentions = GoldTsvReader.read("a1", new StringReader(HEADER + "0\t3\tPER\tx\ta\tb\n"));
        assertThat(mentions).singleElement().extracting(LabeledMention::entity).isEqualTo("x");
    }

    @Test
    void rejectsMissingHeader() {
        assertThatThrownBy(() -> GoldTsvReader.read("a1", new StringReader("0\t4\tPER\tx\tMerk\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("header");
        assertThatThrownBy(() -> GoldTsvReader.read("a1", new StringReader("")))
                .isInstanceOf(IOException.class).hasMessageContaining("end of input");
    }

    @Test
    void namesTheLineOfABadRow() {
        // Line 1 is the header, line 2 is fine, line 3 has a bad type.
        String tsv = HEADER + "0\t4\tPER\tx\tMerk\n" + "5\t9\tMISC\ty\tEuro\n";
        assertThatThrownBy(() -> GoldTsvReader.read("a1", new StringReader(tsv)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'a1'").hasMessageContaining("line 3").hasMessageContaining("MISC");
        assertThatThrownBy(() -> GoldTsvReader.read("a1", new StringReader(HEADER + "x\t4\tPER\tx\tMerk\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("start");
        assertThatThrownBy(() -> GoldTsvReader.read("a1", new StringReader(HEADER + "0\t4\tPER\tx\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("5 tab-separated");
        assertThatThrownBy(() -> GoldTsvReader.read("a1", new StringReader(HEADER + "5\t4\tPER\tx\tMerk\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("end");
        assertThatThrownBy(() -> GoldTsvReader.read("a1", new StringReader(HEADER + "0\t4\tPER\t \tMerk\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("entity");
    }

    @Test
    void readsEveryTsvFileOfADirectoryInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.tsv"), HEADER + "1\t2\tLOC\tparis\tP\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.tsv"), HEADER + "0\t1\tPER\tbob\tB\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not gold", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.tsv"), HEADER, StandardCharsets.UTF_8);

        assertThat(GoldTsvReader.readDirectory(dir)).containsExactly(
                new LabeledMention("a", new Span(0, 1), EntityType.PERSON, "bob"),
                new LabeledMention("b", new Span(1, 2), EntityType.LOCATION, "paris"));
    }

    @Test
    void emptyDirectoryGivesNoMentions(@TempDir Path dir) throws IOException {
        assertThat(GoldTsvReader.readDirectory(dir)).isEmpty();
    }

    @Test
    void directoryErrorsNameTheFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.tsv"), HEADER + "0\t1\tPER\tbob\tB\n0\t1\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GoldTsvReader.readDirectory(dir))
                .isInstanceOf(IOException.class).hasMessageContaining("bad.tsv").hasMessageContaining("line 3");
    }
}
