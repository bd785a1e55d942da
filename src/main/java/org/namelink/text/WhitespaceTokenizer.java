package org.namelink.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens are the runs of non-white-space characters: for text that is already tokenized, one
 * token per space-separated word (CoNLL-style corpora rebuilt as text).
 *
 * <p>Stateless and thread-safe.
 */
public final class WhitespaceTokenizer implements Tokenizer {

    private static final WhitespaceTokenizer INSTANCE = new WhitespaceTokenizer();

    private WhitespaceTokenizer() {
    }

    public static WhitespaceTokenizer create() {
        return INSTANCE;
    }

    @Override
    public List<Token> tokenize(String text, Span region) {
        List<Token> tokens = new ArrayList<>();
        int i = region.start();
        while (i < region.end()) {
            while (i < region.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < region.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                tokens.add(new Token(new Span(start, i), text.substring(start, i)));
            }
        }
        return tokens;
    }
}
