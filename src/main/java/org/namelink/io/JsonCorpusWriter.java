package org.namelink.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.namelink.pipeline.Corpus;

/**
 * Writes a {@link Corpus} as the JSON of the command-line contract ({@code documents},
 * {@code entities}), with explanations ({@code reasons}) and mention sources as extra fields.
 * The layout is defined once, in {@link JsonCorpusStreamWriter}, which writes as it goes; this
 * class adds the tree form for callers that want to inspect or modify it.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonCorpusWriter {

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonCorpusStreamWriter stream = new JsonCorpusStreamWriter();

    public void write(Corpus corpus, Writer out) throws IOException {
        java.util.Objects.requireNonNull(corpus, "corpus");
        java.util.Objects.requireNonNull(out, "out");
        stream.write(corpus, out);
    }

    /** The same JSON as a Jackson tree. */
    public ObjectNode toTree(Corpus corpus) {
        java.util.Objects.requireNonNull(corpus, "corpus");
        StringWriter w = new StringWriter();
        try {
            stream.write(corpus, w);
            return (ObjectNode) mapper.readTree(w.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render corpus as JSON", e);
        }
    }
}
