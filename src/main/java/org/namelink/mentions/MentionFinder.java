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
}
