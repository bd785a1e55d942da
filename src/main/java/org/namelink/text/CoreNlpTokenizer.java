package org.namelink.text;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokenizer backed by CoreNLP's PTB tokenizer, the tokenization its CRF models were trained on.
 *
 * <p>Thread-safe: the factory only holds options; each call makes its own tokenizer.
 */
public final class CoreNlpTokenizer implements Tokenizer {

    // Keep tokens as written (no -LRB- or `` rewriting): offsets and texts must match the original.
    // Hyphenated words stay whole; NewsTokenizer splits the ones that hold a name.
    static final String OPTIONS = "invertible=true,ptb3Escaping=false,untokenizable=noneKeep,splitHyphenated=false";

    private final TokenizerFactory<CoreLabel> factory =
            PTBTokenizer.factory(new CoreLabelTokenFactory(), OPTIONS);

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
        if (line != null) {
            int offset = line.region().start();
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : line.labels()) {
                int start = offset + label.beginPosition();
                int end = offset + label.endPosition();
                if (start >= region.start() && start < end && end <= region.end()) {
                    tokens.add(new Token(new Span(start, end), text.substring(start, end)));
                }
            }
            return tokens;
        }
        String part = text.substring(region.start(), region.end());
        edu.stanford.nlp.process.Tokenizer<CoreLabel> tokenizer = factory.getTokenizer(new StringReader(part));
        List<Token> tokens = new ArrayList<>();
        while (tokenizer.hasNext()) {
            CoreLabel label = tokenizer.next();
            int start = region.start() + label.beginPosition();
            int end = region.start() + label.endPosition();
            if (start < end && end <= region.end()) {
                tokens.add(new Token(new Span(start, end), text.substring(start, end)));
            }
        }
        return tokens;
    }
}
