package org.namelink.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.namelink.resolution.NearMiss;
import org.namelink.resolution.NearMissReport;

/**
 * Writes the resolver's near misses ({@link NearMissReport}) for a person to review: TSV, a header
 * then a line per pair, or JSON, the report's counts and the pairs. Pairs in the report's order:
 * closest to the threshold first, then by the names' group keys.
 *
 * <p>Immutable and thread-safe.
 */
public final class NearMissWriter {

    /** The formats written. */
    public enum Format {
        tsv, json;

        /** The format a file's name implies: {@code .json} JSON, anything else TSV. */
        public static Format of(String fileName) {
            Objects.requireNonNull(fileName, "fileName");
            return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? json : tsv;
        }
    }

    /** The TSV columns. */
    public static final List<String> TSV_COLUMNS = List.of("type", "name_a", "name_b", "score", "threshold",
            "decision", "entity_a", "entity_b", "documents_a", "documents_b", "explanation");

    private final JsonFactory factory = LineSafeJson.factory();

    public void write(NearMissReport report, Format format, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (format == Format.json) {
            writeJson(report, out);
        } else {
            writeTsv(report, out);
        }
        out.flush();
    }

    private static void writeTsv(NearMissReport report, Writer out) {
        PrintWriter w = new PrintWriter(out);
        w.print(String.join("\t", TSV_COLUMNS) + "\n");
        for (NearMiss m : report.pairs()) {
            w.print(String.join("\t", m.type().name(), cell(m.nameA()), cell(m.nameB()), score(m.score()),
                    score(m.threshold()), m.joined() ? "joined" : "apart", m.entityA().orElse(""),
                    m.entityB().orElse(""), cell(String.join(" ", m.documentsA())),
                    cell(String.join(" ", m.documentsB())), cell(m.explanation())) + "\n");
        }
        w.flush();
    }

    /** A cell without the tabs and line breaks that would break a TSV line (none in names as found). */
    private static String cell(String s) {
        return s.replaceAll("[\\t\\n\\r]", " ");
    }

    private static String score(double s) {
        return String.format(Locale.ROOT, "%.4f", s);
    }

    private void writeJson(NearMissReport report, Writer out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("band", report.options().band());
            g.writeNumberField("limit", report.options().limit());
            g.writeNumberField("found", report.found());
            g.writeNumberField("dropped", report.dropped());
            g.writeArrayFieldStart("nearMisses");
            for (NearMiss m : report.pairs()) {
                g.writeStartObject();
                g.writeStringField("type", m.type().name());
                g.writeStringField("nameA", m.nameA());
                g.writeStringField("nameB", m.nameB());
                g.writeNumberField("score", round(m.score()));
                g.writeNumberField("threshold", m.threshold());
                g.writeStringField("decision", m.joined() ? "joined" : "apart");
                optional(g, "entityA", m.entityA());
                optional(g, "entityB", m.entityB());
                strings(g, "documentsA", m.documentsA());
                strings(g, "documentsB", m.documentsB());
                g.writeStringField("groupKeyA", m.groupKeyA());
                g.writeStringField("groupKeyB", m.groupKeyB());
                g.writeStringField("explanation", m.explanation());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Four decimals, as TSV and {@code match} print: the same figure in either format. */
    private static double round(double s) {
        return Math.round(s * 10_000) / 10_000.0;
    }

    private static void optional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
