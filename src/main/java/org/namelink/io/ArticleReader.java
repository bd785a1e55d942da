package org.namelink.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Sources for every path, in order. */
    public static List<ArticleSource> read(List<Path> paths) {
        List<ArticleSource> out = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> files = textFiles(path, out);
                if (files.isEmpty() && out.stream().noneMatch(s -> s.id().equals(path.toString()))) {
                    out.add(ArticleSource.failed(path.toString(), "directory " + path + " contains no .txt files"));
                }
                for (Path f : files) {
                    out.add(readFile(f));
                }
            } else {
                out.add(readFile(path));
            }
        }
        return out;
    }

    /** Paths of the {@code *.txt} files directly inside {@code dir}, in name order. */
    public static List<Path> textFiles(Path dir, List<ArticleSource> errors) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            errors.add(ArticleSource.failed(dir.toString(), "cannot list directory " + dir + ": " + e.getMessage()));
            return List.of();
        }
    }

    /** Reads one file as strict UTF-8. */
    public static ArticleSource readFile(Path file) {
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
