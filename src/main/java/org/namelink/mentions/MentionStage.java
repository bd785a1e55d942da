package org.namelink.mentions;

import java.util.List;
import org.namelink.text.AnalyzedText;

/**
 * A stage that refines mentions found earlier: drops, retypes, trims or adds. Implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface MentionStage {

    /** The refined mentions, in text order. */
    List<Mention> apply(AnalyzedText text, List<Mention> mentions);
}
