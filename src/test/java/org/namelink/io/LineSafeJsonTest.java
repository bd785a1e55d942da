package org.namelink.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.ProcessedDocument;

/** Every Unicode line separator in a string is escaped, so that a JSON Lines record is one physical line. */
class LineSafeJsonTest {

    /** Each of Unicode's line separators, and NUL, in one string. */
    private static final String SEPARATED = "a\nb\rc\u000Bd\u000Ce\u0085f\u2028g\u2029h\u0000i";

    @Test
    void aJsonLinesRecordIsOneLineWhateverItsStringsHold() throws IOException {
        // Was written with U+2028, U+2029 and NEL raw: a reader splitting at them saw three more lines.
        StringWriter out = new StringWriter();
        new JsonLinesWriter().writeDocument(DocumentMentions.failed("doc" + SEPARATED, "error" + SEPARATED), out);

        String written = out.toString();
        assertThat(written).endsWith("}\n");
        assertThat(written.substring(0, written.length() - 1)).doesNotContain(
                "\n", "\r", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\u0000");
        assertThat(written).contains("\\u2028", "\\u2029", "\\u0085");
        JsonNode read = new ObjectMapper().readTree(written).get("document");
        assertThat(read.get("id").asText()).isEqualTo("doc" + SEPARATED);
        assertThat(read.get("error").asText()).isEqualTo("error" + SEPARATED);
    }

    @Test
    void theContractJsonEscapesThemToo() throws IOException {
        StringWriter out = new StringWriter();
        new JsonCorpusStreamWriter().write(new Corpus(List.of(ProcessedDocument.failed("d", "bad" + SEPARATED)), List.of()), out);

        assertThat(out.toString()).doesNotContain("\u0085", "\u2028", "\u2029").contains("\\u2028");
        assertThat(new ObjectMapper().readTree(out.toString()).get("documents").get(0).get("error").asText())
                .isEqualTo("bad" + SEPARATED);
    }
}
