package org.namelink.text;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer backed by CoreNLP's PTB tokenizer, the tokenization its CRF models were trained on
 * (guarded against the runs of characters that make it quadratic: {@link CoreNlpLexing}).
 *
 * <p>Thread-safe: the factory only holds options; each call makes its own tokenizer.
 */
public final class CoreNlpTokenizer implements Tokenizer {

    private final CoreNlpLexing lexing = new CoreNlpLexing();

    /** Tokens of the lines the sentence splitter tokenized already, or null. */
    private final CoreNlpLineTokens lines;

    private CoreNlpTokenizer(CoreNlpLineTokens lines) {
        this.lines = lines;
    }

    public static CoreNlpTokenizer create() {
        return new CoreNlpTokenizer(null);
    }

    /** A tokenizer that takes a sentence's tokens from its line, when the splitter left them in {@code lines}. */
    static CoreNlpTokenizer sharing(CoreNlpLineTokens lines) {
        return new CoreNlpTokenizer(lines);
    }

    @Override
    public List<Token> tokenize(String text, Span region) {
        CoreNlpLineTokens.Line line = lines == null ? null : lines.lineOf(text, region);
        List<CoreLabel> labels;
        int offset;
        int from;
        if (line != null) {
            labels = line.labels();
            offset = line.region().start();
            // Only the sentence's tokens are visited: a line of many sentences stays linear.
            from = Span.firstEndingAfter(labels, CoreLabel::endPosition, region.start() - offset);
        } else {
            labels = lexing.tokenize(text.substring(region.start(), region.end()));
            offset = region.start();
            from = 0;
        }
        List<Token> tokens = new ArrayList<>();
        for (int i = from; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            int start = offset + label.beginPosition();
            int end = offset + label.endPosition();
            if (start >= region.end()) {
                break;
            }
            if (start >= region.start() && start < end && end <= region.end()) {
                tokens.add(new Token(new Span(start, end), text.substring(start, end)));
            }
        }
        return tokens;
    }
}
