package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a path can fail to be a readable text file gets a message naming it and the problem. */
class TextFileTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8Text() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Erbil – Irbil", StandardCharsets.UTF_8);
        assertThat(TextFile.read(f, 100)).isEqualTo("Erbil – Irbil");
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimit() throws IOException {
        Path f = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        assertThatThrownBy(() -> TextFile.read(f, 1024))
                .isInstanceOf(TextFile.UnreadableException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("2000 bytes")
                .hasMessageContaining("size limit of 1.0 KiB (1024 bytes)");
        assertThat(TextFile.read(f, 2000)).hasSize(2000);
    }

    @Test
    void aStreamIsReadUpToTheLimit() throws IOException {
        byte[] bytes = "Erbil".repeat(100).getBytes(StandardCharsets.UTF_8);
        assertThat(TextFile.read(new java.io.ByteArrayInputStream(bytes), "standard input", 500)).hasSize(500);
        assertThatThrownBy(() -> TextFile.read(new java.io.ByteArrayInputStream(bytes), "standard input", 100))
                .hasMessage("standard input is over the size limit of 100 bytes;"
                        + " raise the limit to read it");
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path f = Fifos.make(dir.resolve("pipe.txt"));
        // Opening a FIFO with no writer would block forever: the refusal proves it was never opened.
        assertThatThrownBy(() -> TextFile.read(f, 100)).hasMessage(f + " is a FIFO (named pipe), not a regular"
                + " file: only regular files are read");
    }

    @Test
    void aDeviceIsRefused() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        assertThatThrownBy(() -> TextFile.read(zero, 100)).hasMessageContaining("/dev/zero is a character device");
    }

    @Test
    void aBrokenLinkAndALoopAreNamedAsSuch() throws IOException {
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), Path.of("nowhere.txt"));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), Path.of("loop.txt"));
        assertThatThrownBy(() -> TextFile.read(broken, 100))
                .hasMessage(broken + " is a broken symbolic link: its target nowhere.txt does not exist");
        assertThatThrownBy(() -> TextFile.read(loop, 100)).hasMessageStartingWith(loop + " is a symbolic link loop");
    }

    @Test
    void aDirectoryAndAMissingFileAreNamedAsSuch() {
        assertThatThrownBy(() -> TextFile.read(dir, 100)).hasMessage(dir + " is a directory, not a text file");
        Path missing = dir.resolve("missing.txt");
        assertThatThrownBy(() -> TextFile.read(missing, 100)).hasMessage("no such file: " + missing);
    }

    @Test
    void invalidUtf8GivesTheOffsetOfTheFirstBadByte() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), new byte[] {'P', 'a', 'r', (byte) 0xE9, 's'});
        assertThatThrownBy(() -> TextFile.read(f, 100))
                .hasMessage(f + " is not valid UTF-8 (byte 0xE9 at offset 3); files must be UTF-8 text");
    }

    @Test
    void aReadErrorGivesTheReasonNotTheFileNameTwice() {
        // Found by a new user: "cannot read X: X". /proc/self/mem is a regular file that fails to read.
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem), "no /proc/self/mem on this system");
        assertThatThrownBy(() -> TextFile.read(mem, 100))
                .hasMessageStartingWith("cannot read " + mem + ": ")
                .satisfies(e -> assertThat(e.getMessage().substring(("cannot read " + mem).length()))
                        .doesNotContain(mem.toString()));
    }

    @Test
    void theLimitIsChecked() {
        assertThatThrownBy(() -> TextFile.read(dir, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes").hasMessageContaining("was 0");
    }

    @Test
    void sizesReadForPeople() {
        assertThat(TextFile.bytes(512)).isEqualTo("512 bytes");
        assertThat(TextFile.bytes(3L << 30)).isEqualTo("3.0 GiB (3221225472 bytes)");
    }
}
