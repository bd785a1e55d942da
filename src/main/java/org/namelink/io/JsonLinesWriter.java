package org.namelink.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.Mention;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.RegisteredCorpus;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityMention;

/**
 * Writes results as JSON Lines, so that a reader sees each document as soon as it is analysed:
 * first one line per document, in input order, written as documents finish,
 * <pre>{"document":{"id":"a1","mentions":[{"start":0,"end":5,"text":"Erbil","type":"LOCATION","source":"crf"}]}}</pre>
 * (a failed document has an {@code "error"} and no mentions; a mention's type is the one found in
 * its document: its entity's type, voted across the corpus, is final), then, once every document
 * is resolved, one line per entity with the fields of the JSON contract and its mentions:
 * <pre>{"entity":{"id":"e7","type":"LOCATION","name":"Erbil",...,"mentions":[{"document":"a1","start":0,"end":5}]}}</pre>
 *
 * <p>Immutable and thread-safe; the lines of one corpus must go to one writer in this order.
 */
public final class JsonLinesWriter {

    private final JsonFactory factory = LineSafeJson.factory();

    /** Writes one document's line and flushes it. */
    public void writeDocument(DocumentMentions document, Writer out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        line(out, "document", g -> {
            g.writeStringField("id", document.id());
            JsonCorpusStreamWriter.writeError(g, document.error(), document.errorType());
            g.writeArrayFieldStart("mentions");
            for (Mention m : document.mentions()) {
                g.writeStartObject();
                g.writeNumberField("start", m.start());
                g.writeNumberField("end", m.end());
                g.writeStringField("text", m.text());
                g.writeStringField("type", m.type().name());
                g.writeStringField("source", m.source());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
        out.flush();
    }

    /** Writes a line per entity of {@code corpus}, in order of first mention. */
    public void writeEntities(Corpus corpus, Writer out) throws IOException {
        Objects.requireNonNull(corpus, "corpus");
        writeEntities(new RegisteredCorpus(corpus, Map.of()), out);
    }

    /**
     * Writes a line per entity of a corpus resolved against an entity registry: each with its
     * {@code "registryId"} and, as its {@code "name"}, the registry's canonical name, as
     * {@link JsonCorpusStreamWriter#write(RegisteredCorpus, Writer)} gives them.
     */
    public void writeEntities(RegisteredCorpus registered, Writer out) throws IOException {
        Objects.requireNonNull(registered, "registered");
        Objects.requireNonNull(out, "out");
        for (Entity e : registered.corpus().entities()) {
            line(out, "entity", g -> {
                JsonCorpusStreamWriter.writeEntityFields(g, e, registered.registryId(e.id()),
                        registered.registryName(e.id()).orElse(e.name()));
                g.writeArrayFieldStart("mentions");
                for (EntityMention m : e.mentions()) {
                    g.writeStartObject();
                    g.writeStringField("document", m.documentId());
                    g.writeNumberField("start", m.span().start());
                    g.writeNumberField("end", m.span().end());
                    g.writeEndObject();
                }
                g.writeEndArray();
            });
        }
        out.flush();
    }

    /** Fields written inside one line's object. */
    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    /** One line: {@code {"key": {fields}}}. */
    private void line(Writer out, String key, Fields fields) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart(key);
            fields.write(g);
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = factory.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }
}
