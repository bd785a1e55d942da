package org.namelink.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Tokenizer backed by OpenNLP's maximum-entropy tokenizer.
 *
 * <p>Thread-safe: the model is immutable and shared; OpenNLP's tokenizer is not thread-safe, so
 * each thread gets its own.
 */
public final class OpenNlpTokenizer implements Tokenizer {

    private final ThreadLocal<TokenizerME> tokenizer;

    private OpenNlpTokenizer(TokenizerModel model) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    /** Uses the English model of {@code opennlp-models-tokenizer-en}. */
    public static OpenNlpTokenizer english() {
        return new OpenNlpTokenizer(OpenNlpModels.tokenizerModel());
    }

    public static OpenNlpTokenizer withModel(TokenizerModel model) {
        return new OpenNlpTokenizer(Objects.requireNonNull(model, "model"));
    }

    @Override
    public List<Token> tokenize(String text, Span region) {
        String part = text.substring(region.start(), region.end());
        opennlp.tools.util.Span[] found = tokenizer.get().tokenizePos(part);
        List<Token> tokens = new ArrayList<>(found.length);
        for (opennlp.tools.util.Span s : found) {
            if (s.getStart() < s.getEnd()) {
                int start = region.start() + s.getStart();
                int end = region.start() + s.getEnd();
                tokens.add(new Token(new Span(start, end), text.substring(start, end)));
            }
        }
        return tokens;
    }
}
