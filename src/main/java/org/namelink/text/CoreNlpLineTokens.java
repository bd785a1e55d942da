package org.namelink.text;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * The PTB tokens of the line each thread last split into sentences, so that the tokenizer takes a
 * sentence's tokens from them instead of tokenizing the sentence a second time. CoreNLP itself
 * tokenizes a text once and then splits the tokens into sentences; so, now, does the default text
 * stage. (Tokenizing a sentence alone differs from its tokens in the line only at a rare boundary:
 * "P." closing a sentence is "P" and "." in the line. Over the five articles, AIDA and CoNLL dev and
 * 2,000 synthetic articles, 2 of 19,044 sentences.)
 *
 * <p>Thread-safe: each thread has its own memory of one line.
 */
final class CoreNlpLineTokens {

    /** One split line: the text (compared by identity), the line's span and its tokens. */
    record Line(String text, Span region, List<CoreLabel> labels) {
    }

    private final ThreadLocal<Line> last = new ThreadLocal<>();

    void remember(String text, Span region, List<CoreLabel> labels) {
        last.set(new Line(text, region, labels));
    }

    /**
     * The remembered tokens of the line holding {@code sentence} of this very {@code text} (offsets
     * relative to the line's start), or null.
     */
    Line lineOf(String text, Span sentence) {
        Line line = last.get();
        return line != null && line.text() == text && line.region().contains(sentence) ? line : null;
    }
}
