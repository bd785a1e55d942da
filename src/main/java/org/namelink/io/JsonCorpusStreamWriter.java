package org.namelink.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.RegisteredCorpus;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.MergeReason;

/**
 * Writes a {@link Corpus} as the command line's contract JSON, field by field as it goes instead
 * of building the whole tree first, so that a corpus of a hundred thousand documents costs no
 * extra memory to write. The one definition of the layout ({@link JsonCorpusWriter} uses it).
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonCorpusStreamWriter {

    private final JsonFactory factory = LineSafeJson.factory();

    public void write(Corpus corpus, Writer out) throws IOException {
        write(corpus, java.util.Map.of(), out);
    }

    /**
     * The contract JSON with each entity's stable id from an entity registry as an extra field,
     * {@code "registryId": "N42"}, after its {@code id}.
     *
     * @param registryIds registry ids by entity id; an entity without one gets no such field
     */
    public void write(Corpus corpus, java.util.Map<String, String> registryIds, Writer out) throws IOException {
        java.util.Objects.requireNonNull(corpus, "corpus");
        write(corpus.documents(), corpus.entities(), registryIds, out);
    }

    /**
     * The contract JSON of a corpus resolved against an entity registry: each entity's
     * {@code "registryId"} as {@link #write(Corpus, java.util.Map, Writer)}, and as its
     * {@code "name"} the canonical name the registry holds for it
     * ({@link RegisteredCorpus#registryName}).
     */
    public void write(RegisteredCorpus registered, Writer out) throws IOException {
        java.util.Objects.requireNonNull(registered, "registered");
        write(registered.corpus().documents(), registered.corpus().entities(), registered.registryIds(),
                registered.registryNames(), out);
    }

    /**
     * Writes documents and entities as they come, holding none of them: for a corpus read back
     * from a store larger than memory (a Spark job's output, one partition at a time).
     */
    public void write(Iterable<ProcessedDocument> documents, Iterable<Entity> entities, Writer out) throws IOException {
        write(documents, entities, java.util.Map.of(), out);
    }

    /** {@link #write(Iterable, Iterable, Writer)} with registry ids, as {@link #write(Corpus, java.util.Map, Writer)}. */
    public void write(Iterable<ProcessedDocument> documents, Iterable<Entity> entities,
                      java.util.Map<String, String> registryIds, Writer out) throws IOException {
        write(documents, entities, registryIds, java.util.Map.of(), out);
    }

    /** Registry names replace the entities' names where given. */
    private void write(Iterable<ProcessedDocument> documents, Iterable<Entity> entities,
                       java.util.Map<String, String> registryIds, java.util.Map<String, String> registryNames,
                       Writer out) throws IOException {
        java.util.Objects.requireNonNull(documents, "documents");
        java.util.Objects.requireNonNull(entities, "entities");
        java.util.Objects.requireNonNull(registryIds, "registryIds");
        java.util.Objects.requireNonNull(out, "out");
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("documents");
            for (ProcessedDocument d : documents) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                writeError(g, d.error(), d.errorType());
                g.writeArrayFieldStart("mentions");
                for (ResolvedMention m : d.mentions()) {
                    g.writeStartObject();
                    g.writeNumberField("start", m.start());
                    g.writeNumberField("end", m.end());
                    g.writeStringField("text", m.text());
                    g.writeStringField("type", m.type().name());
                    g.writeStringField("entity", m.entity());
                    g.writeStringField("source", m.source());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("entities");
            for (Entity e : entities) {
                g.writeStartObject();
                writeEntityFields(g, e, java.util.Optional.ofNullable(registryIds.get(e.id())),
                        registryNames.getOrDefault(e.id(), e.name()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** A failed document's {@code error} and {@code errorType}, if it has them. */
    static void writeError(JsonGenerator g, Optional<String> error, Optional<String> errorType) throws IOException {
        if (error.isPresent()) {
            g.writeStringField("error", error.get());
        }
        if (errorType.isPresent()) {
            g.writeStringField("errorType", errorType.get());
        }
    }

    /** An entity's fields as the contract gives them, with {@code team}, {@code reasons} and its {@code link} if any. */
    static void writeEntityFields(JsonGenerator g, Entity e) throws IOException {
        writeEntityFields(g, e, java.util.Optional.empty(), e.name());
    }

    /** An entity's fields, with its registry id (if any) after its id and {@code name} as its name. */
    static void writeEntityFields(JsonGenerator g, Entity e, java.util.Optional<String> registryId,
                                  String name) throws IOException {
        g.writeStringField("id", e.id());
        if (registryId.isPresent()) {
            g.writeStringField("registryId", registryId.get());
        }
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", name);
        g.writeArrayFieldStart("variants");
        for (String v : e.variants()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("documents");
        for (String doc : e.documents()) {
            g.writeString(doc);
        }
        g.writeEndArray();
        g.writeNumberField("mentionCount", e.mentionCount());
        g.writeBooleanField("team", e.team());
        g.writeArrayFieldStart("reasons");
        for (MergeReason r : e.reasons()) {
            g.writeStartObject();
            g.writeStringField("variant", r.variant());
            g.writeStringField("rule", r.rule().label());
            g.writeStringField("matched", r.matched());
            g.writeNumberField("score", Math.round(r.score() * 1000) / 1000.0);
            g.writeStringField("explanation", r.explanation());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (e.link().isPresent()) {
            // Only on linked entities: the output of a run without a knowledge base is unchanged.
            EntityLink link = e.link().get();
            g.writeObjectFieldStart("link");
            g.writeStringField("kb", link.kb());
            g.writeStringField("id", link.id());
            g.writeStringField("url", link.url());
            g.writeNumberField("score", Math.round(link.score() * 1000) / 1000.0);
            g.writeEndObject();
        }
    }
}
