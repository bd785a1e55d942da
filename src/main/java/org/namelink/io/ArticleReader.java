package org.namelink.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.namelink.pipeline.Article;

/**
 * Reads articles from files and directories: a directory means every {@code *.txt} in it, in
 * name order; a document's id is its file name without {@code .txt}. Files must be UTF-8.
 * A path that cannot be read yields a failed source naming it, never an exception, so one bad
 * input costs the others nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleReader {

    private ArticleReader() {
    }

    /**
     * Sources for every path, in order. A document id that an earlier path already gave (x.txt in
     * two directories) yields a failed source naming both, since ids must be unique in a corpus.
     */
    public static List<ArticleSource> read(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
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
                    out.add(unique(readFile(f), f, seen));
                }
            } else {
                out.add(unique(readFile(path), path, seen));
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

    /** Paths of the {@code *.txt} files directly inside {@code dir}, in name order. */
    public static List<Path> textFiles(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    /** Reads one file as strict UTF-8. */
    public static ArticleSource readFile(Path file) {
        Objects.requireNonNull(file, "file");
        String id = idOf(file);
        if (!Files.exists(file)) {
            return ArticleSource.failed(id, "no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            return ArticleSource.failed(id, "not a regular file: " + file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return ArticleSource.failed(id, "cannot read " + file + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return ArticleSource.failed(id, file + " is not valid UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            // A byte-order mark is not text; blank it so offsets still count from the file's start.
            text = ' ' + text.substring(1);
        }
        if (text.isBlank()) {
            return ArticleSource.failed(id, file + " is empty or only white space");
        }
        return ArticleSource.ok(new Article(id, text));
    }

    static String idOf(Path file) {
        Path name = file.getFileName();
        String n = name == null ? file.toString() : name.toString();
        return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
    }
}
