package org.namelink.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads Namelink's list files (aliases, gazetteers, titles, phrases): UTF-8, one entry a line,
 * blank lines and lines starting with {@code #} skipped, each entry with its line number so
 * errors can name the place.
 *
 * <p>Stateless and thread-safe.
 */
public final class ResourceLines {

    /** One entry: its 1-based line number and text. */
    public record Line(int number, String text) {
    }

    private ResourceLines() {
    }

    /** The entries of a classpath resource; fails naming the resource when it is missing. */
    public static List<Line> ofResource(String resource) {
        return read(openResource(resource), resource);
    }

    /** The largest list file read: far beyond any real list, small enough to hold. */
    public static final long MAX_FILE_BYTES = 256L << 20;

    /**
     * The entries of a file; fails naming the file and what is wrong with it when it is not a
     * readable UTF-8 text file of at most {@link #MAX_FILE_BYTES} (a FIFO or device is refused
     * unopened, so it cannot block).
     */
    public static List<Line> ofFile(Path file) {
        Objects.requireNonNull(file, "file");
        String text;
        try {
            text = TextFile.read(file, MAX_FILE_BYTES);
        } catch (TextFile.UnreadableException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return read(new BufferedReader(new StringReader(text)), file.toString());
    }

    /** Opens a classpath resource, or fails naming it. */
    public static InputStream openResource(String resource) {
        InputStream in = ResourceLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("resource " + resource + " is not on the classpath"));
        }
        return in;
    }

    private static List<Line> read(InputStream in, String name) {
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
    }

    private static List<Line> read(BufferedReader reader, String name) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = reader) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(new Line(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return lines;
    }
}
