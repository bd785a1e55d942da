package org.namelink.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

/**
 * Reads AIDA CoNLL-YAGO documents in JSON Lines: one object per line with a numeric {@code id}, the
 * {@code text} and {@code labels[]}, each label with {@code span} ({@code [start, end]}, UTF-16
 * offsets into {@code text}), {@code surface}, {@code ner_type} ({@code PER}/{@code LOC}/{@code ORG}/
 * {@code MISC}) and {@code entity_id} (a Wikidata QID or {@code <NIL>}). Other fields are ignored.
 *
 * <p>Only PER/LOC/ORG mentions are kept. A mention's label is its QID, so equal labels across documents
 * mean the same real entity. {@code <NIL>} mentions have no known identity, so each gets a label of its
 * own ({@code NIL:<documentId>:<start>}) and stays a singleton: merging two NIL mentions is never
 * rewarded, and a NIL mention merged into another entity is counted as an error.
 *
 * <p>Every label's span must cover exactly its {@code surface} in {@code text}; a mismatch is reported
 * as an error rather than skipped, because it means the offsets are not the ones this reader assumes.
 *
 * <p>Stateless and thread-safe.
 */
public final class AidaReader {

    /** The {@code entity_id} of mentions whose entity is not in the knowledge base. */
    public static final String NIL = "<NIL>";

    // ObjectMapper is thread-safe once configured, and this one is never reconfigured.
    private static final ObjectMapper JSON = new ObjectMapper();

    private AidaReader() {
    }

    /**
     * Reads a UTF-8 JSON Lines file.
     *
     * @throws IOException if the file cannot be read or a line does not parse (the message names the
     *                     file and the line number)
     */
    public static List<AidaDocument> read(Path jsonl) throws IOException {
        Objects.requireNonNull(jsonl, "jsonl must not be null");
        try (Reader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            return read(jsonl.toString(), in);
        }
    }

    /**
     * Reads JSON Lines from {@code in}; blank lines are skipped.
     *
     * @throws IOException if reading fails or a line does not parse (the message names the line number)
     */
    public static List<AidaDocument> read(Reader in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        return read("input", in);
    }

    private static List<AidaDocument> read(String source, Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<AidaDocument> documents = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                documents.add(parseDocument(JSON.readTree(line)));
            } catch (JsonProcessingException e) {
                throw new IOException(source + ", line " + lineNumber + ": not valid JSON: "
                        + e.getOriginalMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ", line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(documents);
    }

    private static AidaDocument parseDocument(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("each line must be a JSON object, was " + node.getNodeType());
        }
        JsonNode idNode = node.path("id");
        if (!idNode.isIntegralNumber() && !(idNode.isTextual() && !idNode.asText().isBlank())) {
            throw new IllegalArgumentException("'id' must be an integer or a non-blank string, was " + idNode);
        }
        String documentId = "aida-" + idNode.asText();
        String text = requiredText(node, "text", "document " + documentId, true);
        JsonNode labels = node.path("labels");
        if (!labels.isArray()) {
            throw new IllegalArgumentException("document " + documentId + ": 'labels' must be an array, was "
                    + labels.getNodeType());
        }
        List<LabeledMention> mentions = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            parseLabel(documentId, text, labels.get(i), i).ifPresent(mentions::add);
        }
        mentions.sort(Comparator.comparing(LabeledMention::span));
        return new AidaDocument(documentId, text, mentions);
    }

    private static Optional<LabeledMention> parseLabel(String documentId, String text, JsonNode label, int index) {
        String where = "document " + documentId + ", labels[" + index + "]";
        JsonNode span = label.path("span");
        if (!span.isArray() || span.size() != 2 || !span.get(0).isIntegralNumber() || !span.get(1).isIntegralNumber()) {
            throw new IllegalArgumentException(where + ": 'span' must be [start, end] integers, was " + span);
        }
        int start = span.get(0).asInt();
        int end = span.get(1).asInt();
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException(where + ": 'span' must satisfy 0 <= start <= end <= "
                    + text.length() + " (text length), was [" + start + ", " + end + "]");
        }
        String surface = requiredText(label, "surface", where, false);
        String covered = text.substring(start, end);
        if (!covered.equals(surface)) {
            throw new IllegalArgumentException(where + ": span [" + start + ", " + end + "] covers '" + covered
                    + "' but surface is '" + surface + "'");
        }
        String nerType = requiredText(label, "ner_type", where, false);
        String entityId = requiredText(label, "entity_id", where, false);
        Optional<EntityType> type = EntityType.tryParse(nerType);
        if (type.isEmpty()) {
            return Optional.empty();   // MISC and anything else outside PER/LOC/ORG
        }
        String entity = entityId.equals(NIL) ? "NIL:" + documentId + ":" + start : entityId;
        return Optional.of(new LabeledMention(documentId, new Span(start, end), type.get(), entity));
    }

    private static String requiredText(JsonNode node, String field, String where, boolean blankAllowed) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || (!blankAllowed && value.asText().isBlank())) {
            throw new IllegalArgumentException(where + ": '" + field + "' must be a "
                    + (blankAllowed ? "" : "non-blank ") + "string, was " + value);
        }
        return value.asText();
    }
}
