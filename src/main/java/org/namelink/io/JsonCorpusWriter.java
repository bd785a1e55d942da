package org.namelink.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.resolution.Entity;
import org.namelink.resolution.MergeReason;

/**
 * Writes a {@link Corpus} as the JSON of the command-line contract ({@code documents},
 * {@code entities}), with explanations ({@code reasons}) and mention sources as extra fields.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonCorpusWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    public void write(Corpus corpus, Writer out) throws IOException {
        java.util.Objects.requireNonNull(out, "out");
        mapper.writeValue(out, toTree(corpus));
        out.write(System.lineSeparator());
        out.flush();
    }

    public ObjectNode toTree(Corpus corpus) {
        java.util.Objects.requireNonNull(corpus, "corpus");
        ObjectNode root = mapper.createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (ProcessedDocument d : corpus.documents()) {
            ObjectNode doc = docs.addObject();
            doc.put("id", d.id());
            d.error().ifPresent(e -> doc.put("error", e));
            ArrayNode mentions = doc.putArray("mentions");
            for (ResolvedMention m : d.mentions()) {
                ObjectNode mn = mentions.addObject();
                mn.put("start", m.start());
                mn.put("end", m.end());
                mn.put("text", m.text());
                mn.put("type", m.type().name());
                mn.put("entity", m.entity());
                mn.put("source", m.source());
            }
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : corpus.entities()) {
            ObjectNode en = entities.addObject();
            en.put("id", e.id());
            en.put("type", e.type().name());
            en.put("name", e.name());
            ArrayNode variants = en.putArray("variants");
            e.variants().forEach(variants::add);
            ArrayNode documents = en.putArray("documents");
            e.documents().forEach(documents::add);
            en.put("mentionCount", e.mentionCount());
            ArrayNode reasons = en.putArray("reasons");
            for (MergeReason r : e.reasons()) {
                ObjectNode rn = reasons.addObject();
                rn.put("variant", r.variant());
                rn.put("rule", r.rule().label());
                rn.put("matched", r.matched());
                rn.put("score", Math.round(r.score() * 1000) / 1000.0);
                rn.put("explanation", r.explanation());
            }
        }
        return root;
    }
}
