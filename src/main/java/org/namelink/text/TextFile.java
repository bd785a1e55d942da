package org.namelink.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a file that should hold UTF-8 text, refusing with a message that names the file, says what
 * is wrong and what is expected: a missing file, a broken symbolic link or a link loop, a directory,
 * a FIFO, device or socket (never opened, so a pipe cannot block the reader), a file over the size
 * limit (never read whole: at most the limit plus one byte is read, so a file that grows while
 * being read is refused too), an unreadable file, or bytes that are not UTF-8.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextFile {

    /** The largest limit: a Java string holds at most about 2<sup>31</sup> characters. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    private TextFile() {
    }

    /** Why a file could not be read as text; the message names the file and the problem. */
    public static final class UnreadableException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message) {
            super(message);
        }

        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The text of {@code file}, decoded as strict UTF-8.
     *
     * @param maxBytes the largest file accepted, in bytes, 1 to {@link #MAX_LIMIT}
     * @throws UnreadableException naming the file and what is wrong with it
     * @throws IllegalArgumentException if {@code maxBytes} is out of range
     */
    public static String read(Path file, long maxBytes) throws UnreadableException {
        Objects.requireNonNull(file, "file");
        checkLimit(maxBytes);
        BasicFileAttributes attributes = attributes(file);
        if (attributes.isDirectory()) {
            throw new UnreadableException(file + " is a directory, not a text file");
        }
        if (!attributes.isRegularFile()) {
            throw new UnreadableException(file + " is " + specialKind(file)
                    + ", not a regular file: only regular files are read");
        }
        if (attributes.size() > maxBytes) {
            throw overLimit(file.toString(), attributes.size(), maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), maxBytes);
        } catch (UnreadableException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableException("cannot read " + file + ": " + reason(e), e);
        }
    }

    /**
     * The text of a stream (standard input, say), decoded as strict UTF-8; at most
     * {@code maxBytes} plus one byte are read, so a stream over the limit is refused without being
     * held. The stream is left open.
     *
     * @param name what to call the stream in messages
     * @throws UnreadableException naming the stream and what is wrong with it
     */
    public static String read(InputStream in, String name, long maxBytes) throws UnreadableException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        checkLimit(maxBytes);
        byte[] bytes;
        try {
            // One byte more than the limit tells a stream over it (or a file that grew since its size was read).
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new UnreadableException("cannot read " + name + ": " + reason(e), e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableException("cannot read " + name + ": not enough memory for up to "
                    + bytes(maxBytes) + " (lower the size limit or give Java more heap)", e);
        }
        if (bytes.length > maxBytes) {
            throw overLimit(name, bytes.length, maxBytes);
        }
        return decode(name, bytes);
    }

    /** Checks a size limit given by a caller, naming the parameter. */
    public static void checkLimit(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_LIMIT) {
            throw new IllegalArgumentException("maxBytes must be from 1 to " + MAX_LIMIT + ", was " + maxBytes);
        }
    }

    /** A byte count for people: {@code 3.0 GiB (3221225472 bytes)}, or {@code 512 bytes}. */
    public static String bytes(long n) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (n < 1024) {
            return n + " bytes";
        }
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%d bytes)", v, units[u], n);
    }

    private static UnreadableException overLimit(String file, long size, long maxBytes) {
        // Past the limit only the first byte beyond it was read: the size is known only from the file system.
        return new UnreadableException(file + " is " + (size > maxBytes + 1 ? bytes(size) + ", " : "")
                + "over the size limit of " + bytes(maxBytes) + "; raise the limit to read it");
    }

    private static BasicFileAttributes attributes(Path file) throws UnreadableException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new UnreadableException(file + " is a broken symbolic link: its target " + target(file)
                        + " does not exist", e);
            }
            throw new UnreadableException("no such file: " + file, e);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                // ELOOP: the links lead back to themselves (or nest deeper than the system follows).
                throw new UnreadableException(file + " is a symbolic link loop, or a chain of links too long to"
                        + " follow (" + reason(e) + ")", e);
            }
            throw new UnreadableException("cannot read " + file + ": " + reason(e), e);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "(unknown)";
        }
    }

    /**
     * What a file that is neither a regular file, a directory nor a link is, in words ("a FIFO
     * (named pipe)"); looked up without opening it.
     */
    public static String specialKind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file (a FIFO, device or socket)";
        }
    }

    /** The operating system's reason for {@code e}, without the file name that IOException messages repeat. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String decode(String file, byte[] bytes) throws UnreadableException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableException(file + " is not valid UTF-8 (byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF) + " at offset " + in.position()
                    + "); files must be UTF-8 text");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
