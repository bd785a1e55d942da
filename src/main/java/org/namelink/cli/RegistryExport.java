package org.namelink.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.namelink.io.LineSafeJson;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.RegistryEntity;
import org.namelink.resolution.EntityLink;

/**
 * {@code registry export --format json}: the schema version, the active entities (each with its
 * variants, documents and link), and the redirects from merged and split ids to the ids they stand for now.
 *
 * <p>Stateless and thread-safe.
 */
final class RegistryExport {

    private RegistryExport() {
    }

    static void writeJson(EntityRegistry registry, Writer out) throws IOException {
        try (JsonGenerator g = LineSafeJson.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schemaVersion", EntityRegistry.schemaVersion());
            g.writeArrayFieldStart("entities");
            for (RegistryEntity e : registry.entities()) {
                writeEntity(g, e, registry.documents(e.id()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("redirects");
            for (Map.Entry<String, List<String>> r : registry.redirects().entrySet()) {
                RegistryEntity old = registry.entity(r.getKey()).orElseThrow();
                g.writeStartObject();
                g.writeStringField("id", r.getKey());
                g.writeStringField("status", old.status().name().toLowerCase(java.util.Locale.ROOT));
                g.writeArrayFieldStart("now");
                for (String id : r.getValue()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    private static void writeEntity(JsonGenerator g, RegistryEntity e, List<String> documents) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        g.writeBooleanField("team", e.team());
        g.writeNumberField("mentionCount", e.mentions());
        g.writeNumberField("documentCount", e.documents());
        // As extract writes a link, with whether a user set it; a user's "no article" is a null link.
        if (e.link().isPresent()) {
            EntityLink l = e.link().get();
            g.writeObjectFieldStart("link");
            g.writeStringField("kb", l.kb());
            g.writeStringField("id", l.id());
            g.writeStringField("url", l.url());
            g.writeNumberField("score", Math.round(l.score() * 1000) / 1000.0);
            g.writeBooleanField("setByUser", e.linkSetByUser());
            g.writeEndObject();
        } else if (e.linkSetByUser()) {
            g.writeNullField("link");
        }
        g.writeArrayFieldStart("variants");
        for (RegistryEntity.Variant v : e.variants()) {
            g.writeStartObject();
            g.writeStringField("name", v.name());
            g.writeNumberField("mentionCount", v.mentions());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("documents");
        for (String d : documents) {
            g.writeString(d);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
