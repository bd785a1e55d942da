package org.namelink.mentions;

import java.util.List;
import org.namelink.text.AnalyzedText;

/**
 * Finds name mentions in an analysed text. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MentionFinder {

    /** Mentions in text order; none spans a sentence boundary. */
    List<Mention> find(AnalyzedText text);

    /**
     * True when the mentions this finder reports in a sentence depend on that sentence alone. The
     * pipeline may then give it consecutive parts of a text ({@link AnalyzedText#parts}) on several
     * threads and join the results in order, which must equal {@code find} on the whole text. False
     * by default: a finder that reads across sentences is always given the whole text.
     */
    default boolean sentenceLocal() {
        return false;
    }
}
