package org.namelink.text;

import java.util.List;
import java.util.Objects;

/**
 * A text split into sentences and tokens, with the spans of any page chrome found in it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the original text; every offset points into it
 * @param sentences the sentences in text order (never crossing a line break)
 * @param chrome spans of lines recognised as web-page chrome (menus, share bars, prompts)
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<Span> chrome) {

    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        chrome = List.copyOf(chrome);
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }

    /** True when {@code span} overlaps a chrome line. */
    public boolean isChrome(Span span) {
        for (Span c : chrome) {
            if (c.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
