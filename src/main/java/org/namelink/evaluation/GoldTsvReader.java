package org.namelink.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

/**
 * Reads the project's own regression gold: one UTF-8 TSV file per document, named
 * {@code <documentId>.tsv}, with the header {@code start	end	type	entity	text} and one row per mention
 * ({@code start} and {@code end} are UTF-16 offsets into the article, {@code type} is
 * {@code PERSON}/{@code LOCATION}/{@code ORGANIZATION} or {@code PER}/{@code LOC}/{@code ORG},
 * {@code entity} is the gold entity slug and {@code text} the covered text, kept for human readers).
 * Blank lines are skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldTsvReader {

    /** The required first line. */
    public static final String HEADER = "start\tend\ttype\tentity\ttext";

    private static final String SUFFIX = ".tsv";

    private GoldTsvReader() {
    }

    /**
     * Reads every {@code *.tsv} file directly in {@code dir}, in file-name order.
     *
     * @throws IOException if {@code dir} cannot be listed or a file cannot be read or parsed; parse
     *                     errors name the file and the line number
     */
    public static List<LabeledMention> readDirectory(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir must not be null");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing
                    .filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
        List<LabeledMention> all = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String documentId = name.substring(0, name.length() - SUFFIX.length());
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.addAll(read(documentId, file.toString(), in));
            }
        }
        return List.copyOf(all);
    }

    /**
     * Reads one document's gold from {@code in} (header line first).
     *
     * @throws IOException if reading fails or a line does not parse; the message names
     *                     {@code documentId} and the line number
     */
    public static List<LabeledMention> read(String documentId, Reader in) throws IOException {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("documentId must be non-blank, was "
                    + (documentId == null ? "null" : "'" + documentId + "'"));
        }
        Objects.requireNonNull(in, "in must not be null");
        return read(documentId, "document '" + documentId + "'", in);
    }

    private static List<LabeledMention> read(String documentId, String source, Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<LabeledMention> mentions = new ArrayList<>();
        String header = lines.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            // Editors on Windows like to add a byte-order mark; it is not part of the header.
            header = header.substring(1);
        }
        if (header == null || !header.strip().equals(HEADER)) {
            throw new IOException(source + ", line 1: header must be '" + HEADER.replace("\t", "\\t")
                    + "', was " + (header == null ? "end of input" : "'" + header.replace("\t", "\\t") + "'"));
        }
        int lineNumber = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                mentions.add(parseRow(documentId, line));
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ", line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(mentions);
    }

    private static LabeledMention parseRow(String documentId, String line) {
        // Limit 5 keeps any tab inside the free-text column in that column.
        String[] fields = line.split("\t", 5);
        if (fields.length != 5) {
            throw new IllegalArgumentException("row must have 5 tab-separated fields (" + HEADER.replace("\t", ", ")
                    + "), had " + fields.length + ": '" + line.replace("\t", "\\t") + "'");
        }
        int start = parseOffset("start", fields[0]);
        int end = parseOffset("end", fields[1]);
        EntityType type = EntityType.parse(fields[2]);
        return new LabeledMention(documentId, new Span(start, end), type, fields[3].strip());
    }

    private static int parseOffset(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a non-negative integer, was '" + value + "'", e);
        }
    }
}
