package org.namelink.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Makes FIFOs (named pipes) for tests, with {@code mkfifo}; a test skips, saying why, where it cannot. */
public final class Fifos {

    private Fifos() {
    }

    public static Path make(Path at) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed: " + new String(p.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
        return at;
    }
}
