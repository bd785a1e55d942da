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

class ConllReaderTest {

    private static final String TWO_DOCUMENTS = String.join("\n",
            "-DOCSTART- -X- -X- O",
            "",
            "Phil NNP I-NP I-PER",
            "Simmons NNP I-NP I-PER",
            "took VBD I-VP O",
            "Leicestershire NNP I-NP I-ORG",
            "",
            "LONDON NNP I-NP I-LOC",
            "West NNP I-NP I-MISC",
            "Indian NNP I-NP I-MISC",
            "",
            "-DOCSTART- -X- -X- O",
            "",
            "Smith NNP I-NP I-PER",
            "Jones NNP I-NP B-PER",
            "EU NNP I-NP I-ORG",
            "Germany NNP I-NP I-LOC",
            "");

    @Test
    void rebuildsTextAndEntities() throws IOException {
        List<ConllDocument> documents = ConllReader.read("x", new StringReader(TWO_DOCUMENTS));

        assertThat(documents).hasSize(2);
        // "Phil Simmons took Leicestershire\nLONDON West Indian":
        // Phil 0-4, Simmons 5-12, took 13-17, Leicestershire 18-32, newline 32, LONDON 33-39; MISC dropped.
        ConllDocument first = documents.get(0);
        assertThat(first.id()).isEqualTo("x-001");
        assertThat(first.text()).isEqualTo("Phil Simmons took Leicestershire\nLONDON West Indian");
        assertThat(first.mentions()).containsExactly(
                new LabeledMention("x-001", new Span(0, 12), EntityType.PERSON, "PERSON:Phil Simmons"),
                new LabeledMention("x-001", new Span(18, 32), EntityType.ORGANIZATION, "ORGANIZATION:Leicestershire"),
                new LabeledMention("x-001", new Span(33, 39), EntityType.LOCATION, "LOCATION:LONDON"));
        // "Smith Jones EU Germany": B-PER splits Smith 0-5 from Jones 6-11; EU 12-14, Germany 15-22.
        ConllDocument second = documents.get(1);
        assertThat(second.id()).isEqualTo("x-002");
        assertThat(second.text()).isEqualTo("Smith Jones EU Germany");
        assertThat(second.mentions()).containsExactly(
                new LabeledMention("x-002", new Span(0, 5), EntityType.PERSON, "PERSON:Smith"),
                new LabeledMention("x-002", new Span(6, 11), EntityType.PERSON, "PERSON:Jones"),
                new LabeledMention("x-002", new Span(12, 14), EntityType.ORGANIZATION, "ORGANIZATION:EU"),
                new LabeledMention("x-002", new Span(15, 22), EntityType.LOCATION, "LOCATION:Germany"));
    }

    @Test
    void toleratesAMissingFirstDocstart() throws IOException {
        String withoutFirst = TWO_DOCUMENTS.substring(TWO_DOCUMENTS.indexOf('\n') + 1);
        assertThat(ConllReader.read("x", new StringReader(withoutFirst)))
                .isEqualTo(ConllReader.read("x", new StringReader(TWO_DOCUMENTS)));
    }

    @Test
    void entitiesEndAtSentenceBreaksAndTypeChanges() throws IOException {
        String conll = String.join("\n",
                "Willie NNP I-NP I-PER",
                "",
                "Wood NNP I-NP I-PER",
                "Paris NNP I-NP I-LOC",
                "Euro NNP I-NP I-MISC",
                "Bob NNP I-NP I-PER");
        // "Willie\nWood Paris Euro Bob": Willie 0-6, Wood 7-11, Paris 12-17, Euro 18-22, Bob 23-26.
        ConllDocument document = ConllReader.read("y", new StringReader(conll)).get(0);
        assertThat(document.text()).isEqualTo("Willie\nWood Paris Euro Bob");
        assertThat(document.mentions()).extracting(LabeledMention::span).containsExactly(
                new Span(0, 6), new Span(7, 11), new Span(12, 17), new Span(23, 26));
    }

    @Test
    void emptyInputsGiveNoDocuments() throws IOException {
        assertThat(ConllReader.read("x", new StringReader(""))).isEmpty();
        assertThat(ConllReader.read("x", new StringReader("-DOCSTART- -X- -X- O\n\n"))).isEmpty();
    }

    @Test
    void singleTokenDocument() throws IOException {
        List<ConllDocument> documents = ConllReader.read("x", new StringReader("Bonn NNP I-NP I-LOC\n"));
        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Bonn");
            assertThat(d.mentions()).containsExactly(
                    new LabeledMention("x-001", new Span(0, 4), EntityType.LOCATION, "LOCATION:Bonn"));
        });
    }

    @Test
    void namesTheLineOfABadTag() {
        String conll = "-DOCSTART- -X- -X- O\n\nBonn NNP I-NP X-LOC\n";
        assertThatThrownBy(() -> ConllReader.read("x", new StringReader(conll)))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3").hasMessageContaining("X-LOC");
        assertThatThrownBy(() -> ConllReader.read("x", new StringReader("Bonn\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    @Test
    void idsComeFromTheFileExtension(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("eng.testa");
        Files.writeString(file, TWO_DOCUMENTS, StandardCharsets.UTF_8);
        assertThat(ConllReader.read(file)).extracting(ConllDocument::id).containsExactly("testa-001", "testa-002");
    }
}
