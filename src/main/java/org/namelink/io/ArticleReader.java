package org.namelink.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.namelink.pipeline.Article;
import org.namelink.text.TextFile;

/**
 * Reads articles from files and directories: a directory means every {@code *.txt} in it, in
 * name order; a document's id is its file name without {@code .txt}. Files must be UTF-8, and at
 * most a size limit ({@link #DEFAULT_MAX_BYTES} unless given), read without ever holding more.
 * A path that cannot be read yields a failed source naming it and saying why, never an exception,
 * so one bad input costs the others nothing: that includes FIFOs and devices (never opened, so
 * they cannot block), broken symbolic links and link loops named {@code *.txt}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleReader {

    /** The default size limit of one article: 10 MiB, a hundred times a long news article. */
    public static final long DEFAULT_MAX_BYTES = 10L << 20;

    private ArticleReader() {
    }

    /**
     * Sources for every path, in order. A document id that an earlier path already gave (x.txt in
     * two directories) yields a failed source naming both, since ids must be unique in a corpus.
     */
    public static List<ArticleSource> read(List<Path> paths) {
        return read(paths, DEFAULT_MAX_BYTES);
    }

    /** {@link #read(List)} with a size limit per file, in bytes (1 to {@link TextFile#MAX_LIMIT}). */
    public static List<ArticleSource> read(List<Path> paths, long maxBytes) {
        Objects.requireNonNull(paths, "paths");
        TextFile.checkLimit(maxBytes);
        List<ArticleSource> out = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files;
                try {
                    files = textFiles(path);
                } catch (IOException e) {
                    out.add(ArticleSource.failed(path.toString(), "cannot list directory " + path + ": " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    out.add(ArticleSource.failed(path.toString(), "directory " + path + " contains no .txt files"));
                }
                for (Path f : files) {
                    out.add(unique(readFile(f, maxBytes), f, seen));
                }
            } else {
                out.add(unique(readFile(path, maxBytes), path, seen));
            }
        }
        return out;
    }

    private static ArticleSource unique(ArticleSource source, Path path, Map<String, Path> seen) {
        Path first = seen.putIfAbsent(source.id(), path);
        if (first != null) {
            return ArticleSource.failed(source.id(), "duplicate document id '" + source.id() + "': " + path
                    + " has the same name as " + first);
        }
        return source;
    }

    /**
     * Paths of the {@code *.txt} entries directly inside {@code dir} that are not directories, in
     * name order: FIFOs, devices and broken links are listed too, so that reading them reports them.
     */
    public static List<Path> textFiles(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && !Files.isDirectory(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    /** Reads one file as strict UTF-8, up to {@link #DEFAULT_MAX_BYTES}. */
    public static ArticleSource readFile(Path file) {
        return readFile(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads one file as strict UTF-8, refusing a file over {@code maxBytes} bytes without reading it.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is not from 1 to {@link TextFile#MAX_LIMIT}
     */
    public static ArticleSource readFile(Path file, long maxBytes) {
        Objects.requireNonNull(file, "file");
        String id = idOf(file);
        try {
            return article(id, file.toString(), TextFile.read(file, maxBytes));
        } catch (TextFile.UnreadableException e) {
            return ArticleSource.failed(id, e.getMessage());
        }
    }

    /**
     * Reads one article from a stream (standard input) as strict UTF-8, refusing more than
     * {@code maxBytes} bytes.
     *
     * @param id the article's id
     * @param name what messages call the stream ("standard input")
     * @throws IllegalArgumentException if {@code maxBytes} is not from 1 to {@link TextFile#MAX_LIMIT}
     */
    public static ArticleSource readStream(String id, String name, InputStream in, long maxBytes) {
        Objects.requireNonNull(id, "id");
        try {
            return article(id, name, TextFile.read(in, name, maxBytes));
        } catch (TextFile.UnreadableException e) {
            return ArticleSource.failed(id, e.getMessage());
        }
    }

    private static ArticleSource article(String id, String name, String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            // A byte-order mark is not text; blank it so offsets still count from the input's start.
            text = ' ' + text.substring(1);
        }
        if (text.isBlank()) {
            return ArticleSource.failed(id, name + " is empty or only white space");
        }
        return ArticleSource.ok(new Article(id, text));
    }

    /** A file's document id: its name without {@code .txt}. */
    public static String idOf(Path file) {
        Path name = file.getFileName();
        String n = name == null ? file.toString() : name.toString();
        return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
    }
}
