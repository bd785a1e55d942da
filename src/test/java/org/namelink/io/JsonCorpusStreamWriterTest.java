package org.namelink.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.Namelink.AnalyzedOrError;
import org.namelink.pipeline.SharedPipeline;

/** The JSON writers: the contract's fields in the contract's order, errors escaped, trees equal to the text. */
class JsonCorpusStreamWriterTest {

    @Test
    void writesTheContractFieldsInOrderAndAnEqualTree() throws IOException {
        List<AnalyzedOrError> analyzed = new ArrayList<>();
        for (ArticleSource s : ArticleReader.read(List.of(Path.of("testdata", "articles")))) {
            Article a = s.article().orElseThrow();
            analyzed.add(AnalyzedOrError.of(SharedPipeline.get().analyze(a)));
        }
        analyzed.add(AnalyzedOrError.failed("broken", "broken.txt is not valid UTF-8 \"quoted\" \u00E9"));
        Corpus corpus = SharedPipeline.get().resolve(analyzed);
        assertThat(corpus.entities().stream().filter(e -> !e.reasons().isEmpty())).isNotEmpty();

        StringWriter stream = new StringWriter();
        new JsonCorpusStreamWriter().write(corpus, stream);
        com.fasterxml.jackson.databind.JsonNode parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(stream.toString());
        assertThat(parsed).isEqualTo(new JsonCorpusWriter().toTree(corpus));
        assertThat(parsed.fieldNames()).toIterable().containsExactly("documents", "entities");
        assertThat(parsed.get("documents").get(0).fieldNames()).toIterable().containsExactly("id", "mentions");
        assertThat(parsed.get("documents").get(0).get("mentions").get(0).fieldNames()).toIterable()
                .startsWith("start", "end", "text", "type", "entity");
        assertThat(parsed.get("entities").get(0).fieldNames()).toIterable()
                .startsWith("id", "type", "name", "variants", "documents", "mentionCount", "team");
        assertThat(parsed.get("documents").get(5).get("error").asText())
                .isEqualTo("broken.txt is not valid UTF-8 \"quoted\" \u00E9");
    }

    @Test
    void writesAnEmptyCorpus() throws IOException {
        StringWriter stream = new StringWriter();
        new JsonCorpusStreamWriter().write(new Corpus(List.of(), List.of()), stream);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(stream.toString()).toString())
                .isEqualTo("{\"documents\":[],\"entities\":[]}");
    }

    @Test
    void writesALinkOnLinkedEntitiesOnly() throws IOException {
        org.namelink.resolution.Entity plain = new org.namelink.resolution.Entity("e1",
                org.namelink.mentions.EntityType.LOCATION, "Velmora", List.of("Velmora"), List.of(), List.of("d1"),
                List.of(), false);
        org.namelink.resolution.Entity linked = new org.namelink.resolution.Entity("e2",
                org.namelink.mentions.EntityType.LOCATION, "Quellport", List.of("Quellport"), List.of(), List.of("d1"),
                List.of(), false).withLink(java.util.Optional.of(org.namelink.resolution.EntityLink.wikipedia("Quellport", 0.9312)));
        StringWriter stream = new StringWriter();
        new JsonCorpusStreamWriter().write(new Corpus(List.of(), List.of(plain, linked)), stream);
        com.fasterxml.jackson.databind.JsonNode entities = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(stream.toString()).get("entities");
        assertThat(entities.get(0).has("link")).isFalse();
        assertThat(entities.get(1).get("link").toString()).isEqualTo(
                "{\"kb\":\"wikipedia\",\"id\":\"Quellport\",\"url\":\"https://en.wikipedia.org/wiki/Quellport\",\"score\":0.931}");
        StringWriter lines = new StringWriter();
        new JsonLinesWriter().writeEntities(new Corpus(List.of(), List.of(plain, linked)), lines);
        assertThat(lines.toString().lines().toList()).satisfiesExactly(
                l -> assertThat(l).doesNotContain("\"link\""),
                l -> assertThat(l).contains("\"link\":{\"kb\":\"wikipedia\",\"id\":\"Quellport\""));
    }
}
