package org.namelink.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence splitter backed by CoreNLP's rule-based splitter over PTB tokens: the sentence
 * boundaries CoreNLP's taggers were built around.
 *
 * <p>Thread-safe: the factory only holds options, and each call makes its own tokenizer and
 * splitter.
 */
public final class CoreNlpSentenceSplitter implements SentenceSplitter {

    private final CoreNlpLexing lexing = new CoreNlpLexing();

    /** Where the tokens of each split line are left for the tokenizer, or null. */
    private final CoreNlpLineTokens lines;

    private CoreNlpSentenceSplitter(CoreNlpLineTokens lines) {
        this.lines = lines;
    }

    public static CoreNlpSentenceSplitter create() {
        return new CoreNlpSentenceSplitter(null);
    }

    /** A splitter that leaves each line's tokens in {@code lines}, for a {@link CoreNlpTokenizer} to reuse. */
    static CoreNlpSentenceSplitter sharing(CoreNlpLineTokens lines) {
        return new CoreNlpSentenceSplitter(lines);
    }

    @Override
    public List<Span> split(String text, Span region) {
        String part = text.substring(region.start(), region.end());
        List<CoreLabel> tokens = lexing.tokenize(part);
        if (lines != null) {
            lines.remember(text, region, tokens);
        }
        List<Span> sentences = new ArrayList<>();
        for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>().process(tokens)) {
            if (!sentence.isEmpty()) {
                int start = region.start() + sentence.get(0).beginPosition();
                int end = region.start() + sentence.get(sentence.size() - 1).endPosition();
                if (start < end && end <= region.end()) {
                    sentences.add(new Span(start, end));
                }
            }
        }
        return sentences;
    }
}
