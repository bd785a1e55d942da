package org.namelink.cli;

import java.util.List;
import org.namelink.pipeline.DocumentMentions;

/**
 * The run failed as a whole after its documents were analysed (out of memory in resolution, a
 * registry that fails, an internal error), carrying the documents analysed so that a command can
 * save them rather than lose them. Its message is one line: the phase, the number of documents
 * analysed, the cause, and for out of memory the remedy.
 *
 * <p>Immutable.
 */
final class RunFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The documents analysed (empty when they are no longer held). */
    @SuppressWarnings("serial") // never serialised: it ends the command that catches it
    private final List<DocumentMentions> documents;

    /**
     * @param phase what the run was doing ("resolving", "writing the output")
     * @param analysed how many documents had been analysed
     * @param documents those documents when still held, or none
     * @param cause what went wrong
     */
    RunFailure(String phase, int analysed, List<DocumentMentions> documents, Throwable cause) {
        super("the run failed while " + phase + ", after analysing " + analysed + (analysed == 1 ? " document: "
                : " documents: ") + describe(cause), cause);
        this.documents = documents;
    }

    List<DocumentMentions> documents() {
        return documents;
    }

    /** What went wrong, in a few words; out of memory with its remedy. */
    static String describe(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (" + cause.getMessage() + "); give Java a larger heap, as java -Xmx4g -jar namelink.jar ...";
        }
        return (cause.getMessage() != null ? cause.getMessage() : "") + " (" + cause.getClass().getName() + ")";
    }
}
