package org.namelink.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a UTF-8 text file, read one at a time with a bound on each: a line longer than the
 * bound is reported as such and skipped to its end without being held, so memory stays bounded
 * whatever the file holds. A leading byte-order mark is dropped; undecodable bytes become U+FFFD;
 * lines end at {@code \n}, {@code \r} or {@code \r\n}, as {@link String#lines()} splits them.
 *
 * <p>Not thread-safe: one reader, one thread.
 */
final class BoundedLines implements Closeable {

    /**
     * One line.
     *
     * @param number  its 1-based line number
     * @param text    its text, empty when {@code tooLong}
     * @param tooLong whether it was longer than the bound (its text then not kept)
     */
    record Line(int number, String text, boolean tooLong) {
    }

    private final BufferedReader in;
    private final int maxLength;
    private final StringBuilder buffer = new StringBuilder();
    private int number;
    private boolean first = true;

    private BoundedLines(BufferedReader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    static BoundedLines open(Path file, int maxLength) throws IOException {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        return new BoundedLines(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))), maxLength);
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        buffer.setLength(0);
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = in.read();
                if (c < 0) {
                    return null;
                }
            }
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (!tooLong) {
                if (buffer.length() == maxLength) {
                    tooLong = true;
                    buffer.setLength(0);
                } else {
                    buffer.append((char) c);
                }
            }
            c = in.read();
        }
        if (c == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
        }
        number++;
        return new Line(number, buffer.toString(), tooLong);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
