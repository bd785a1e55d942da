package org.namelink.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves what a run that failed after analysing its documents still holds, so that the work is not
 * lost: the analysed documents when resolution failed (out of memory, say), the whole result when
 * only writing it failed (a full disk, an HTML report too large for the heap). JSON lines, as
 * {@code --format jsonl} writes them, in {@code OUTPUT.documents.jsonl} beside the output file, or,
 * when the output is standard output or a special file or its directory cannot be written, in
 * {@code namelink-PID.documents.jsonl} in the working directory (else the temporary directory);
 * never over an existing file.
 *
 * <p>Stateless.
 */
final class AnalysedDocuments {

    /** The suffix of the file saved beside the output. */
    static final String SUFFIX = ".documents.jsonl";

    private AnalysedDocuments() {
    }

    /**
     * Saves {@code held} beside {@code output} and says where, as the end of an error line
     * ("; the 12 analysed documents are saved in ..."); an empty string when there is nothing.
     */
    static String save(RunFailure.Held held, Optional<Path> output) {
        if (held.isEmpty()) {
            return "";
        }
        List<Path> places = new ArrayList<>();
        output.ifPresent(o -> places.add(o.resolveSibling(o.getFileName() + SUFFIX)));
        String own = "namelink-" + ProcessHandle.current().pid() + SUFFIX;
        places.add(Path.of(own).toAbsolutePath());
        places.add(Path.of(System.getProperty("java.io.tmpdir"), own));
        Throwable last = null;
        for (Path place : places) {
            // Never over an existing file: that may be an earlier run's saved work.
            try (BufferedWriter out = Files.newBufferedWriter(place, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                held.lines().write(out);
                return "; " + held.description() + " are saved in " + place + " (" + held.layout()
                        + ", as --format jsonl writes them)";
            } catch (FileAlreadyExistsException e) {
                last = e;
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                last = e;
                deletePartial(place);
            }
        }
        return "; " + held.description() + " could not be saved either: " + last;
    }

    /** A file left half-written by a failed save would look like a result: it goes. */
    private static void deletePartial(Path place) {
        try {
            Files.deleteIfExists(place);
        } catch (IOException | RuntimeException e) {
            // Nothing more to do: the error line says the save failed.
        }
    }
}
