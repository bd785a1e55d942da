package org.namelink.training;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a CoNLL-2003 file ({@code token POS chunk NER} per line, IOB1 tags, {@code -DOCSTART-}
 * lines, a blank line after each sentence) into the two columns CoreNLP's
 * {@code ColumnDocumentReaderAndWriter} trains on: the token and its type as CoreNLP's English
 * models name it ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION}, {@code MISC} or {@code O}),
 * one blank line between sentences. The I-/B- prefixes go, as in CoreNLP's own CoNLL models: the
 * runtime reads a run of one type as one mention.
 *
 * <p>Stateless and thread-safe.
 */
final class ConllColumns {

    private static final Map<String, String> TYPES = Map.of("PER", "PERSON", "LOC", "LOCATION",
            "ORG", "ORGANIZATION", "MISC", "MISC");

    private ConllColumns() {
    }

    /** What was written. */
    record Counts(int sentences, int tokens) {
    }

    /**
     * Writes {@code conll} as two columns to {@code out}.
     *
     * @throws IOException naming the file and line when a line does not parse
     */
    static Counts convert(Path conll, Path out) throws IOException {
        Objects.requireNonNull(conll, "conll");
        Objects.requireNonNull(out, "out");
        int sentences = 0;
        int tokens = 0;
        boolean inSentence = false;
        try (BufferedReader in = Files.newBufferedReader(conll, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                    if (inSentence) {
                        inSentence = false;
                        sentences++;
                    }
                    continue;
                }
                String[] columns = trimmed.split("\\s+");
                if (columns.length < 2) {
                    throw new IOException(conll + ", line " + lineNumber
                            + ": a token line needs at least 2 columns (token ... NER), had 1: '" + line + "'");
                }
                if (!inSentence && sentences > 0) {
                    w.write('\n');
                }
                inSentence = true;
                w.write(columns[0]);
                w.write('\t');
                w.write(type(columns[columns.length - 1], conll, lineNumber));
                w.write('\n');
                tokens++;
            }
        }
        if (inSentence) {
            sentences++;
        }
        if (tokens == 0) {
            throw new IOException(conll + " holds no tokens: a CoNLL-2003 file was expected");
        }
        return new Counts(sentences, tokens);
    }

    private static String type(String tag, Path file, int lineNumber) throws IOException {
        if (tag.equals("O")) {
            return "O";
        }
        String type = tag.length() > 2 && (tag.startsWith("I-") || tag.startsWith("B-"))
                ? TYPES.get(tag.substring(2)) : null;
        if (type == null) {
            throw new IOException(file + ", line " + lineNumber + ": NER tag must be O or I-/B- with one of "
                    + TYPES.keySet().stream().sorted().toList() + ", was '" + tag + "'");
        }
        return type;
    }
}
