package org.namelink.text;

import java.util.List;

/**
 * Every line is one sentence: for text that is already split into sentences, one a line.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineSentenceSplitter implements SentenceSplitter {

    private static final LineSentenceSplitter INSTANCE = new LineSentenceSplitter();

    private LineSentenceSplitter() {
    }

    public static LineSentenceSplitter create() {
        return INSTANCE;
    }

    @Override
    public List<Span> split(String text, Span region) {
        Span sentence = region.strip(text);
        return sentence.isEmpty() ? List.of() : List.of(sentence);
    }
}
