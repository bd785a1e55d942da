package org.namelink.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** The entries of a file; fails naming the file when it cannot be read. */
    public static List<Line> ofFile(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return read(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
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
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
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
