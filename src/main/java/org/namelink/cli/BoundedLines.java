package org.namelink.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a UTF-8 text file, read one at a time with a bound on each: a line longer than the
 * bound is reported as such and skipped to its end without being held, so memory stays bounded
 * whatever the file holds. A leading byte-order mark is dropped; a line with bytes that are not
 * UTF-8 is reported as such (a U+FFFD written in the file is a character like any other); lines
 * end at {@code \n}, {@code \r} or {@code \r\n}, as {@link String#lines()} splits them, and every
 * line is returned, blank ones too.
 *
 * <p>Not thread-safe: one reader, one thread.
 */
final class BoundedLines implements Closeable {

    /**
     * One line.
     *
     * @param number    its 1-based line number
     * @param text      its text, empty when {@code tooLong}; undecodable bytes as U+FFFD when not {@code utf8}
     * @param tooLong   whether it was longer than the bound (its text then not kept)
     * @param utf8      whether its bytes were valid UTF-8
     */
    record Line(int number, String text, boolean tooLong, boolean utf8) {
    }

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final int maxLength;
    /** The most bytes a line of {@code maxLength} characters can take: a character is at most 3 bytes. */
    private final long maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int number;
    private boolean first = true;

    private BoundedLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
        this.maxBytes = 3L * maxLength;
    }

    static BoundedLines open(Path file, int maxLength) throws IOException {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        return new BoundedLines(new BufferedInputStream(Files.newInputStream(file)), maxLength);
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        if (first) {
            first = false;
            skipByteOrderMark();
        }
        buffer.reset();
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        // \n and \r never occur inside a UTF-8 sequence: lines split on bytes, then decode.
        while (c >= 0 && c != '\n' && c != '\r') {
            if (!tooLong) {
                if (buffer.size() == maxBytes) {
                    tooLong = true;
                    buffer.reset();
                } else {
                    buffer.write(c);
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
        if (tooLong) {
            return new Line(number, "", true, true);
        }
        byte[] bytes = buffer.toByteArray();
        String text;
        boolean utf8 = true;
        try {
            text = strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            utf8 = false;
        }
        return text.length() > maxLength ? new Line(number, "", true, utf8) : new Line(number, text, false, utf8);
    }

    private void skipByteOrderMark() throws IOException {
        in.mark(BYTE_ORDER_MARK.length);
        for (byte b : BYTE_ORDER_MARK) {
            if (in.read() != (b & 0xFF)) {
                in.reset();
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
