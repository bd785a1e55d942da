package org.namelink.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * First stage of the pipeline: lines, sentences and tokens with offsets into the original text.
 *
 * <p>Every line is a hard boundary: scraped news puts each paragraph, headline and caption on a
 * line of its own, so no sentence (and hence no mention) ever spans a line break, whichever of
 * Unicode's line separators it is, nor a control character ({@link #isLineBoundary}). A sentence of more
 * than {@value #MAX_SENTENCE_TOKENS} tokens (no sentence of news is that long; endless "sentences" are
 * lists, tables or garbage) is cut into sentences of at most that many, so that every later stage
 * works on bounded sentences and time stays linear in the text.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TextAnalyzer {

    /** The most tokens a sentence holds; longer ones are cut (see the class comment). */
    public static final int MAX_SENTENCE_TOKENS = 250;

    private final SentenceSplitter sentenceSplitter;
    private final Tokenizer tokenizer;
    private final Function<String, List<Span>> chromeFinder;

    private TextAnalyzer(Builder b) {
        // CoreNLP's splitter and tokenizer together tokenize each line once (CoreNlpLineTokens).
        CoreNlpLineTokens lines = b.sentenceSplitter == null && b.tokenizer == null ? new CoreNlpLineTokens() : null;
        this.sentenceSplitter = b.sentenceSplitter != null ? b.sentenceSplitter : CoreNlpSentenceSplitter.sharing(lines);
        this.tokenizer = b.tokenizer != null ? b.tokenizer : NewsTokenizer.wrapping(CoreNlpTokenizer.sharing(lines));
        this.chromeFinder = b.chromeFinder != null ? b.chromeFinder : PageCleaner.defaults()::chromeSpans;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * CoreNLP's PTB tokenizer and sentence splitter (refined by {@link NewsTokenizer}) and
     * {@link PageCleaner#defaults()} for chrome. CoreNLP's tokens are what its CRF was trained on,
     * and they tag better than OpenNLP's (src/site/markdown/measurements.md: "Text stage").
     */
    public static TextAnalyzer english() {
        return builder().build();
    }

    /** OpenNLP's English sentence detector and tokenizer (refined by {@link NewsTokenizer}). */
    public static TextAnalyzer openNlp() {
        return builder().sentenceSplitter(OpenNlpSentenceSplitter.english())
                .tokenizer(NewsTokenizer.wrapping(OpenNlpTokenizer.english())).build();
    }

    /**
     * For text that is already tokenized: each line is one sentence and its tokens are its
     * space-separated words (as CoNLL-style corpora are rebuilt into text); chrome as by default.
     */
    public static TextAnalyzer pretokenized() {
        return builder().sentenceSplitter(LineSentenceSplitter.create()).tokenizer(WhitespaceTokenizer.create()).build();
    }

    public AnalyzedText analyze(String text) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sentences = new ArrayList<>();
        for (Span line : lines(text)) {
            for (Span sentence : sentenceSplitter.split(text, line)) {
                List<Token> tokens = tokenizer.tokenize(text, sentence);
                if (tokens.size() > MAX_SENTENCE_TOKENS) {
                    addCut(sentences, tokens);
                } else if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(sentence, tokens));
                }
            }
        }
        return new AnalyzedText(text, sentences, chromeFinder.apply(text));
    }

    /**
     * Adds an overlong sentence as pieces of at most {@link #MAX_SENTENCE_TOKENS} tokens, each cut
     * before a token that starts with no capital letter where there is one in the second half of the
     * piece, so that a name is seldom cut in two.
     */
    private static void addCut(List<Sentence> sentences, List<Token> tokens) {
        int from = 0;
        while (from < tokens.size()) {
            int to = Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS);
            if (to < tokens.size()) {
                for (int k = to; k > from + MAX_SENTENCE_TOKENS / 2; k--) {
                    String word = tokens.get(k).text();
                    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                        to = k;
                        break;
                    }
                }
            }
            List<Token> piece = tokens.subList(from, to);
            sentences.add(new Sentence(new Span(piece.get(0).start(), piece.get(piece.size() - 1).end()), piece));
            from = to;
        }
    }

    /**
     * Non-blank lines of {@code text}, split at every {@link #isLineBoundary line boundary}, trimmed
     * of white space, no-break spaces and {@link InvisibleCharacters invisible characters}: the lines
     * every stage works on.
     */
    public static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || isLineBoundary(text.charAt(i))) {
                int s = lineStart;
                int e = i;
                while (s < e && isBlank(text.charAt(s))) {
                    s++;
                }
                while (e > s && isBlank(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    lines.add(new Span(s, e));
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }

    /**
     * Whether {@code c} ends a line: every line separator of Unicode ({@code \n}, {@code \r}, vertical
     * tab, form feed, NEL U+0085, U+2028, U+2029) and every other C0 control character but the tab
     * (NUL, escape, the information separators): none belongs inside a name, so none is inside a
     * sentence, a token or a mention.
     */
    public static boolean isLineBoundary(char c) {
        return c < 0x20 && c != '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || InvisibleCharacters.isInvisible(c);
    }

    /** Builds a {@link TextAnalyzer}; not thread-safe. */
    public static final class Builder {
        private SentenceSplitter sentenceSplitter;
        private Tokenizer tokenizer;
        private Function<String, List<Span>> chromeFinder;

        private Builder() {
        }

        public Builder sentenceSplitter(SentenceSplitter splitter) {
            this.sentenceSplitter = Objects.requireNonNull(splitter, "sentenceSplitter");
            return this;
        }

        public Builder tokenizer(Tokenizer tokenizer) {
            this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
            return this;
        }

        /** A function returning the spans of web-page chrome in a text; by default {@link PageCleaner#defaults()}. */
        public Builder chromeFinder(Function<String, List<Span>> finder) {
            this.chromeFinder = Objects.requireNonNull(finder, "chromeFinder");
            return this;
        }

        public TextAnalyzer build() {
            return new TextAnalyzer(this);
        }
    }
}
