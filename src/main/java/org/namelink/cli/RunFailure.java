package org.namelink.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.namelink.io.JsonLinesWriter;
import org.namelink.mentions.Mention;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.RegisteredCorpus;

/**
 * The run failed as a whole after its documents were analysed (out of memory in resolution, a
 * registry that fails, an output that cannot be written), carrying what the run still holds so that
 * a command can save it rather than lose it. Its message is one line: the phase, the number of
 * documents analysed, the cause, and for out of memory the remedy.
 *
 * <p>Immutable.
 */
final class RunFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the run still holds. */
    @SuppressWarnings("serial") // never serialised: it ends the command that catches it
    private final Held held;

    /**
     * @param phase what the run was doing ("resolving", "writing the output")
     * @param analysed how many documents had been analysed
     * @param held what the run still holds, to be saved
     * @param cause what went wrong
     */
    RunFailure(String phase, int analysed, Held held, Throwable cause) {
        super("the run failed while " + phase + ", after analysing " + analysed + (analysed == 1 ? " document: "
                : " documents: ") + describe(cause), cause);
        this.held = held;
    }

    Held held() {
        return held;
    }

    /** What went wrong, in a few words; out of memory with its remedy. */
    static String describe(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (" + cause.getMessage() + "); give Java a larger heap, as java -Xmx4g -jar namelink.jar ...";
        }
        return (cause.getMessage() != null ? cause.getMessage() : "") + " (" + cause.getClass().getName() + ")";
    }

    /**
     * What a failed run still holds, as JSON lines ({@code --format jsonl}'s): the analysed documents
     * when resolution failed, the whole result (documents, then entities) when only writing failed.
     *
     * @param description what the lines hold, for the error line ("the 12 analysed documents")
     * @param layout how the lines are laid out, for the error line
     */
    record Held(String description, String layout, Lines lines) {

        /** Writes the held lines. */
        interface Lines {
            void write(Writer out) throws IOException;
        }

        /** Nothing to save. */
        static Held nothing() {
            return new Held("", "", null);
        }

        /** The documents analysed, with the mentions found in each. */
        static Held analysed(List<DocumentMentions> documents) {
            List<DocumentMentions> held = List.copyOf(documents);
            return held.isEmpty() ? nothing() : new Held("the " + held.size() + " analysed "
                    + (held.size() == 1 ? "document" : "documents"), "a line per document with its mentions", out -> {
                        JsonLinesWriter lines = new JsonLinesWriter();
                        for (DocumentMentions d : held) {
                            lines.writeDocument(d, out);
                        }
                    });
        }

        /** A resolved result: a line per document with its mentions, then a line per entity. */
        static Held results(RegisteredCorpus result) {
            int documents = result.corpus().documents().size();
            return documents == 0 ? nothing() : new Held("the results of the " + documents
                    + (documents == 1 ? " document" : " documents"), "a line per document, then a line per entity",
                    out -> {
                        JsonLinesWriter lines = new JsonLinesWriter();
                        for (ProcessedDocument d : result.corpus().documents()) {
                            lines.writeDocument(asDocumentMentions(d), out);
                        }
                        lines.writeEntities(result, out);
                    });
        }

        boolean isEmpty() {
            return lines == null;
        }

        private static DocumentMentions asDocumentMentions(ProcessedDocument d) {
            List<Mention> mentions = d.mentions().stream()
                    .map(m -> new Mention(m.span(), m.text(), m.type(), m.source())).toList();
            return new DocumentMentions(d.id(), mentions, List.of(), Set.of(), d.error(), d.errorType());
        }
    }
}
