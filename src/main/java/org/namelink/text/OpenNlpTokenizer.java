package org.namelink.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * Tokenizer backed by OpenNLP's maximum-entropy tokenizer.
 *
 * <p>OpenNLP cuts the text at white space and then asks its model, position by position, where
 * to split each white-space-free chunk; that decision depends on the chunk alone. News repeats
 * its chunks ("the", "said,", "Iran's"), so each thread remembers the splits of the chunks it has
 * seen (at most {@value #CACHE_LIMIT}, then it starts afresh): the tokens are exactly OpenNLP's,
 * the model is asked once per distinct chunk.
 *
 * <p>Thread-safe: the model is immutable and shared; OpenNLP's tokenizer is not thread-safe, so
 * each thread gets its own, with its own chunk memory.
 */
public final class OpenNlpTokenizer implements Tokenizer {

    /** Most chunks one thread remembers (a few MB); past it, the memory is cleared. */
    static final int CACHE_LIMIT = 50_000;

    private final ThreadLocal<ChunkSplitter> splitter;

    private OpenNlpTokenizer(TokenizerModel model) {
        this.splitter = ThreadLocal.withInitial(() -> new ChunkSplitter(new TokenizerME(model)));
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
        ChunkSplitter chunks = splitter.get();
        List<Token> tokens = new ArrayList<>(Math.max(4, region.length() / 5));
        int end = region.end();
        int i = region.start();
        while (i < end) {
            // White space exactly as OpenNLP's WhitespaceTokenizer sees it.
            while (i < end && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < end && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String chunk = text.substring(start, i);
                if (chunk.length() < 2) {
                    tokens.add(new Token(new Span(start, i), chunk));
                    continue;
                }
                int[] spans = chunks.spans(chunk);
                for (int k = 0; k < spans.length; k += 2) {
                    int s = spans[k];
                    int e = spans[k + 1];
                    String covered = s == 0 && e == chunk.length() ? chunk : chunk.substring(s, e);
                    tokens.add(new Token(new Span(start + s, start + e), covered));
                }
            }
        }
        return tokens;
    }

    /** One thread's OpenNLP tokenizer and the splits it found; confined to that thread. */
    private static final class ChunkSplitter {
        private final TokenizerME tokenizer;
        private final Map<String, int[]> spans = new HashMap<>();

        ChunkSplitter(TokenizerME tokenizer) {
            this.tokenizer = tokenizer;
        }

        /** OpenNLP's non-empty token spans inside {@code chunk}, as start, end pairs. */
        int[] spans(String chunk) {
            int[] known = spans.get(chunk);
            if (known != null) {
                return known;
            }
            opennlp.tools.util.Span[] found = tokenizer.tokenizePos(chunk);
            int[] pairs = new int[found.length * 2];
            int n = 0;
            for (opennlp.tools.util.Span s : found) {
                if (s.getStart() < s.getEnd()) {
                    pairs[n++] = s.getStart();
                    pairs[n++] = s.getEnd();
                }
            }
            int[] result = n == pairs.length ? pairs : Arrays.copyOf(pairs, n);
            if (spans.size() >= CACHE_LIMIT) {
                spans.clear();
            }
            spans.put(chunk, result);
            return result;
        }
    }
}
