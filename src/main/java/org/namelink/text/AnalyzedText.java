package org.namelink.text;

import java.util.ArrayList;
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

    /**
     * This text cut into consecutive parts of whole sentences, each of at most {@code maxTokens}
     * tokens unless one sentence alone is longer: units of work for finders that look at one
     * sentence at a time. Every part keeps the whole original text and chrome, so offsets do not
     * change; the parts' sentences, in order, are this text's sentences.
     *
     * @throws IllegalArgumentException if {@code maxTokens} is less than 1
     */
    public List<AnalyzedText> parts(int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
        List<AnalyzedText> parts = new ArrayList<>();
        int from = 0;
        int tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int size = sentences.get(i).tokens().size();
            if (i > from && tokens + size > maxTokens) {
                parts.add(new AnalyzedText(text, sentences.subList(from, i), chrome));
                from = i;
                tokens = 0;
            }
            tokens += size;
        }
        if (from < sentences.size() || parts.isEmpty()) {
            parts.add(new AnalyzedText(text, sentences.subList(from, sentences.size()), chrome));
        }
        return parts;
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
