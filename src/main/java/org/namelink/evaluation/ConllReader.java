package org.namelink.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

/**
 * Reads CoNLL-2003 English NER files ({@code eng.train}, {@code eng.testa}, {@code eng.testb}):
 * one token per line with the NER tag in the last column (normally {@code token POS chunk NER}), tags
 * in IOB1, a blank line after each sentence and a {@code -DOCSTART-} line before each document. A
 * missing first {@code -DOCSTART-} is tolerated.
 *
 * <p>Each document's text is rebuilt as its sentences joined by {@code "\n"}, tokens joined by single
 * spaces. Entities never continue across a sentence break (as in {@code conlleval}). MISC entities are
 * left out. CoNLL has no entity identities, so each mention is labelled with its type and surface, e.g.
 * {@code "PERSON:Phil Simmons"}: this is NER-only gold.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllReader {

    private static final String DOCSTART = "-DOCSTART-";

    private ConllReader() {
    }

    /**
     * Reads a CoNLL-2003 file in UTF-8. Document ids are the part of the file name after its last dot
     * (the whole name if there is none) followed by a 1-based three-digit number: {@code eng.testa}
     * gives {@code testa-001}, {@code testa-002}, ...
     *
     * @throws IOException if the file cannot be read or a line does not parse (the message names the
     *                     file and the line number)
     */
    public static List<ConllDocument> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        String name = file.getFileName().toString();
        String prefix = name.substring(name.lastIndexOf('.') + 1);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(prefix, file.toString(), in);
        }
    }

    /**
     * Reads CoNLL-2003 data from {@code in}; document ids are {@code idPrefix + "-001"}, ...
     *
     * @throws IOException if reading fails or a line does not parse (the message names the line number)
     */
    public static List<ConllDocument> read(String idPrefix, Reader in) throws IOException {
        if (idPrefix == null || idPrefix.isBlank()) {
            throw new IllegalArgumentException("idPrefix must be non-blank, was "
                    + (idPrefix == null ? "null" : "'" + idPrefix + "'"));
        }
        Objects.requireNonNull(in, "in must not be null");
        return read(idPrefix, "input '" + idPrefix + "'", in);
    }

    private static List<ConllDocument> read(String idPrefix, String source, Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        DocumentBuilder doc = new DocumentBuilder(idPrefix);
        List<ConllDocument> documents = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                doc.endSentence();
                continue;
            }
            String[] columns = trimmed.split("\\s+");
            if (columns[0].equals(DOCSTART)) {
                doc.finish().ifPresent(documents::add);
                continue;
            }
            if (columns.length < 2) {
                throw new IOException(source + ", line " + lineNumber
                        + ": a token line must have at least 2 columns (token ... NER), had 1: '" + line + "'");
            }
            try {
                doc.addToken(columns[0], columns[columns.length - 1]);
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ", line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        doc.finish().ifPresent(documents::add);
        return List.copyOf(documents);
    }

    /** Accumulates one document at a time; not thread-safe, used by one read only. */
    private static final class DocumentBuilder {
        private final String idPrefix;
        private int documentCount;
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> entities = new ArrayList<>();   // {start, end}
        private final List<EntityType> entityTypes = new ArrayList<>();
        private boolean inSentence;
        // Raw type of the entity the previous token belonged to ("PER", "MISC", ...), null after O.
        private String openType;
        private int openStart;
        private int openEnd;

        DocumentBuilder(String idPrefix) {
            this.idPrefix = idPrefix;
        }

        void addToken(String token, String tag) {
            String prefix;
            String rawType;
            if (tag.equals("O")) {
                prefix = "O";
                rawType = null;
            } else if (tag.length() > 2 && (tag.startsWith("I-") || tag.startsWith("B-"))) {
                prefix = tag.substring(0, 1);
                rawType = tag.substring(2);
            } else {
                throw new IllegalArgumentException("NER tag must be O, I-<TYPE> or B-<TYPE>, was '" + tag + "'");
            }
            if (inSentence) {
                text.append(' ');
            } else if (text.length() > 0) {
                text.append('\n');
            }
            inSentence = true;
            int start = text.length();
            text.append(token);
            int end = text.length();
            // IOB1: I-X continues an open X entity; B-X always starts a new one (it only occurs right
            // after another X entity, where I-X would have merged the two).
            if (rawType != null && rawType.equals(openType) && prefix.equals("I")) {
                openEnd = end;
                return;
            }
            closeEntity();
            if (rawType != null) {
                openType = rawType;
                openStart = start;
                openEnd = end;
            }
        }

        void endSentence() {
            closeEntity();
            inSentence = false;
        }

        private void closeEntity() {
            if (openType != null) {
                Optional<EntityType> type = EntityType.tryParse(openType);
                if (type.isPresent()) {
                    entities.add(new int[] {openStart, openEnd});
                    entityTypes.add(type.get());
                }
            }
            openType = null;
        }

        Optional<ConllDocument> finish() {
            endSentence();
            if (text.length() == 0) {
                return Optional.empty();
            }
            documentCount++;
            String id = String.format(Locale.ROOT, "%s-%03d", idPrefix, documentCount);
            String docText = text.toString();
            List<LabeledMention> mentions = new ArrayList<>(entities.size());
            for (int i = 0; i < entities.size(); i++) {
                Span span = new Span(entities.get(i)[0], entities.get(i)[1]);
                EntityType type = entityTypes.get(i);
                mentions.add(new LabeledMention(id, span, type, type.name() + ":" + span.coveredText(docText)));
            }
            text.setLength(0);
            entities.clear();
            entityTypes.clear();
            inSentence = false;
            return Optional.of(new ConllDocument(id, docText, mentions));
        }
    }
}
