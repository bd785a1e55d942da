package org.namelink.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.mentions.EntityType;
import org.namelink.text.Fifos;

/**
 * An alias file is checked like an input: found by a new user, a FIFO blocked forever, /dev/zero
 * ran out of memory and invalid UTF-8 was accepted silently.
 */
class AliasFileTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.create(TitleLexicon.defaults());
    private static final String FORMAT = "an alias file is UTF-8 text, one entity a line: TYPE<TAB>name<TAB>name...";

    @TempDir
    Path dir;

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = Fifos.make(dir.resolve("aliases.tsv"));
        assertThatThrownBy(() -> AliasTable.empty().withFile(fifo, ANALYZER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alias file: " + fifo + " is a FIFO (named pipe), not a regular file: only regular files"
                        + " are read (" + FORMAT + ")");
    }

    @Test
    void devZeroIsRefusedUnread() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        assertThatThrownBy(() -> AliasTable.empty().withFile(zero, ANALYZER))
                .hasMessageStartingWith("alias file: /dev/zero is a character device").hasMessageEndingWith(FORMAT + ")");
    }

    @Test
    void invalidUtf8AndADirectoryAreRefused() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.tsv"), "LOCATION\tPar\u00e9s\tParis\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> AliasTable.empty().withFile(latin1, ANALYZER))
                .hasMessage("alias file: " + latin1 + " is not valid UTF-8 (byte 0xE9 at offset 12); files must be"
                        + " UTF-8 text (" + FORMAT + ")");
        assertThatThrownBy(() -> AliasTable.empty().withFile(dir, ANALYZER))
                .hasMessage("alias file: " + dir + " is a directory, not a text file (" + FORMAT + ")");
    }

    @Test
    void aValidFileIsRead() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.tsv"), "# mine\nLOCATION\tGotham\tNew York\n");
        AliasTable table = AliasTable.empty().withFile(ok, ANALYZER);
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.group(ANALYZER.analyze("Gotham", EntityType.LOCATION)))
                .isEqualTo(table.group(ANALYZER.analyze("New York", EntityType.LOCATION))).isPresent();
    }

    @Test
    void aLineWithAnUnknownTypeOrNoNameIsAnErrorNamingIt() throws IOException {
        // Found by issue 21: an unknown type failed only once the pipeline was built; a type alone was accepted.
        Path animal = Files.writeString(dir.resolve("animal.tsv"), "# pets\n\nLOCATION\tGotham\tNew York\nANIMAL\tRex\tRexy\n");
        String unknown = animal + ":4: type must be one of [PERSON, LOCATION, ORGANIZATION] (or PER, LOC, ORG), was"
                + " 'ANIMAL' (" + FORMAT + ")";
        assertThatThrownBy(() -> AliasTable.checkFile(animal)).isInstanceOf(IllegalArgumentException.class).hasMessage(unknown);
        assertThatThrownBy(() -> AliasTable.empty().withFile(animal, ANALYZER)).hasMessage(unknown);
        Path alone = Files.writeString(dir.resolve("alone.tsv"), "LOCATION\tGotham\nPERSON\n");
        assertThatThrownBy(() -> AliasTable.checkFile(alone))
                .hasMessage(alone + ":2: a type and no name, 'PERSON' (" + FORMAT + ")");
        Path blanks = Files.writeString(dir.resolve("blanks.tsv"), "ORGANIZATION\t \t\n");
        assertThatThrownBy(() -> AliasTable.empty().withFile(blanks, ANALYZER)).hasMessageContaining(blanks + ":1: a type and no name");
    }

    @Test
    void oneNameOnALineIsAnEntityOfItsOwn() throws IOException {
        Path one = Files.writeString(dir.resolve("one.tsv"), "ORGANIZATION\tWhite House\n");
        AliasTable.checkFile(one);
        assertThat(AliasTable.empty().withFile(one, ANALYZER).size()).isEqualTo(1);
    }
}
