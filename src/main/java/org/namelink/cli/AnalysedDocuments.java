package org.namelink.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.namelink.io.JsonLinesWriter;
import org.namelink.pipeline.DocumentMentions;

/**
 * Saves the documents of a run that failed after analysing them (out of memory in resolution, say),
 * so that the analysis is not lost: a line per document, as {@code --format jsonl} writes it, in
 * {@code OUTPUT.documents.jsonl} beside the output file, or, when the output is standard output or
 * a special file, in {@code namelink-PID.documents.jsonl} in the working directory (else the
 * temporary directory).
 *
 * <p>Stateless.
 */
final class AnalysedDocuments {

    /** The suffix of the file saved beside the output. */
    static final String SUFFIX = ".documents.jsonl";

    private AnalysedDocuments() {
    }

    /**
     * Saves {@code documents} beside {@code output} and says where, as the end of an error line
     * ("; the 12 analysed documents are saved in ..."); an empty string when there are none.
     */
    static String save(List<DocumentMentions> documents, Optional<Path> output) {
        if (documents.isEmpty()) {
            return "";
        }
        List<Path> places = new ArrayList<>();
        output.ifPresent(o -> places.add(o.resolveSibling(o.getFileName() + SUFFIX)));
        String own = "namelink-" + ProcessHandle.current().pid() + SUFFIX;
        places.add(Path.of(own).toAbsolutePath());
        places.add(Path.of(System.getProperty("java.io.tmpdir"), own));
        Throwable last = null;
        for (Path place : places) {
            try (BufferedWriter out = Files.newBufferedWriter(place, StandardCharsets.UTF_8)) {
                JsonLinesWriter lines = new JsonLinesWriter();
                for (DocumentMentions d : documents) {
                    lines.writeDocument(d, out);
                }
                return "; the " + documents.size() + " analysed documents are saved in " + place
                        + " (a line per document with its mentions, as --format jsonl writes them)";
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                last = e;
            }
        }
        return "; the analysed documents could not be saved either: " + last;
    }
}
