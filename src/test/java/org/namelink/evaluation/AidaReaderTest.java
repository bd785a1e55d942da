package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

class AidaReaderTest {

    // "German Kohl met Smith in Bonn .": German 0-6, Kohl 7-11, met 12-15, Smith 16-21, in 22-24, Bonn 25-29.
    private static final String FIRST = "{\"id\": 7, \"title\": \"\", \"text\": \"German Kohl met Smith in Bonn .\", "
            + "\"labels\": ["
            + "{\"id\": 0, \"span\": [25, 29], \"surface\": \"Bonn\", \"ner_type\": \"LOC\", \"entity_id\": \"Q586\"},"
            + "{\"id\": 1, \"span\": [0, 6], \"surface\": \"German\", \"ner_type\": \"MISC\", \"entity_id\": \"Q183\"},"
            + "{\"id\": 2, \"span\": [7, 11], \"surface\": \"Kohl\", \"ner_type\": \"PER\", \"entity_id\": \"Q2518\"},"
            + "{\"id\": 3, \"span\": [16, 21], \"surface\": \"Smith\", \"ner_type\": \"PER\", \"entity_id\": \"<NIL>\"}]}";
    private static final String SECOND = "{\"id\": 8, \"text\": \"Bonn\", \"labels\": "
            + "[{\"span\": [0, 4], \"surface\": \"Bonn\", \"ner_type\": \"LOC\", \"entity_id\": \"Q586\"}]}";

    @Test
    void readsDocumentsKeepingPerLocOrgInTextOrder() throws IOException {
        List<AidaDocument> documents = AidaReader.read(new StringReader(FIRST + "\n\n" + SECOND + "\n"));

        assertThat(documents).hasSize(2);
        AidaDocument first = documents.get(0);
        assertThat(first.id()).isEqualTo("aida-7");
        assertThat(first.text()).isEqualTo("German Kohl met Smith in Bonn .");
        assertThat(first.mentions()).containsExactly(
                new LabeledMention("aida-7", new Span(7, 11), EntityType.PERSON, "Q2518"),
                new LabeledMention("aida-7", new Span(16, 21), EntityType.PERSON, "NIL:aida-7:16"),
                new LabeledMention("aida-7", new Span(25, 29), EntityType.LOCATION, "Q586"));
        // The same QID in another document is the same entity label.
        assertThat(documents.get(1).mentions()).containsExactly(
                new LabeledMention("aida-8", new Span(0, 4), EntityType.LOCATION, "Q586"));
    }

    @Test
    void offsetsAreUtf16() throws IOException {
        // "\uD83D\uDE00 Müller": the emoji takes 2 UTF-16 units (0-2), space 2, Müller 3-9.
        String line = "{\"id\": 1, \"text\": \"\uD83D\uDE00 M\u00fcller\", \"labels\": "
                + "[{\"span\": [3, 9], \"surface\": \"M\u00fcller\", \"ner_type\": \"PER\", \"entity_id\": \"Q5\"}]}";
        assertThat(AidaReader.read(new StringReader(line)).get(0).mentions())
                .extracting(LabeledMention::span).containsExactly(new Span(3, 9));
    }

    @Test
    void documentWithoutLabels() throws IOException {
        assertThat(AidaReader.read(new StringReader("{\"id\": 3, \"text\": \"\", \"labels\": []}")))
                .containsExactly(new AidaDocument("aida-3", "", List.of()));
        assertThat(AidaReader.read(new StringReader(""))).isEmpty();
    }

    @Test
    void rejectsSpanNotCoveringTheSurface() {
        String bad = "{\"id\": 8, \"text\": \"Bonn\", \"labels\": "
                + "[{\"span\": [0, 3], \"surface\": \"Bonn\", \"ner_type\": \"LOC\", \"entity_id\": \"Q586\"}]}";
        assertThatThrownBy(() -> AidaReader.read(new StringReader(SECOND + "\n" + bad)))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2").hasMessageContaining("'Bon'");
        String outside = bad.replace("[0, 3]", "[0, 5]");
        assertThatThrownBy(() -> AidaReader.read(new StringReader(outside)))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("text length");
    }

    @Test
    void rejectsMalformedLines() {
        assertThatThrownBy(() -> AidaReader.read(new StringReader("{\"id\": 8, \"text\": ")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("JSON");
        assertThatThrownBy(() -> AidaReader.read(new StringReader("{\"id\": 8, \"labels\": []}")))
                .isInstanceOf(IOException.class).hasMessageContaining("'text'");
        assertThatThrownBy(() -> AidaReader.read(new StringReader("{\"text\": \"a\", \"labels\": []}")))
                .isInstanceOf(IOException.class).hasMessageContaining("'id'");
        assertThatThrownBy(() -> AidaReader.read(new StringReader("{\"id\": 1, \"text\": \"a\"}")))
                .isInstanceOf(IOException.class).hasMessageContaining("'labels'");
        assertThatThrownBy(() -> AidaReader.read(new StringReader(SECOND.replace("\"Q586\"", "\"\""))))
                .isInstanceOf(IOException.class).hasMessageContaining("'entity_id'");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, SECOND + "\n", StandardCharsets.UTF_8);
        assertThat(AidaReader.read(file)).extracting(AidaDocument::id).containsExactly("aida-8");
    }
}
