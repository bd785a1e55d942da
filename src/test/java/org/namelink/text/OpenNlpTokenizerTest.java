package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** The chunk memory changes nothing: tokens are exactly OpenNLP's own. */
class OpenNlpTokenizerTest {

    private static final TokenizerModel MODEL = OpenNlpModels.tokenizerModel();

    /** OpenNLP on the region as one string, offsets moved into the text: what the tokenizer did before. */
    private static List<Token> plainOpenNlp(String text, Span region) {
        String part = text.substring(region.start(), region.end());
        List<Token> tokens = new ArrayList<>();
        for (opennlp.tools.util.Span s : new TokenizerME(MODEL).tokenizePos(part)) {
            if (s.getStart() < s.getEnd()) {
                Span span = new Span(region.start() + s.getStart(), region.start() + s.getEnd());
                tokens.add(new Token(span, span.coveredText(text)));
            }
        }
        return tokens;
    }

    @Test
    void tokensAreOpenNlpsOnTheArticlesBothColdAndRemembered() throws IOException {
        OpenNlpTokenizer tokenizer = OpenNlpTokenizer.withModel(MODEL);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("testdata", "articles"))) {
            files = s.sorted().toList();
        }
        int lines = 0;
        for (int round = 0; round < 2; round++) {
            for (Path f : files) {
                String text = Files.readString(f);
                for (Span line : TextAnalyzer.lines(text)) {
                    assertThat(tokenizer.tokenize(text, line)).isEqualTo(plainOpenNlp(text, line));
                    lines++;
                }
            }
        }
        assertThat(lines).isGreaterThan(100);
    }

    @Test
    void tokensAreOpenNlpsOnAwkwardText() {
        OpenNlpTokenizer tokenizer = OpenNlpTokenizer.withModel(MODEL);
        List<String> texts = List.of(
                "The U.S. and U.K. said: \u201CNo.\u201D Mr. Smith\u2019s dog-led, anti-Isis e.g. 3.5% (IRGC).",
                "Non\u00A0breaking\u2009thin\u3000ideographic spaces\tand\ttabs",
                "Emoji \uD83D\uDE00 and \uD835\uDC00 surrogates; Erdo\u011Fan\u2019s \u0627\u0644\u0639\u0631\u0627\u0642 text",
                "a b c ... -- --- ' '' \" x", "cannot gonna wanna don't won't",
                "  leading and trailing   ");
        for (int round = 0; round < 2; round++) {
            for (String t : texts) {
                Span all = new Span(0, t.length());
                assertThat(tokenizer.tokenize(t, all)).isEqualTo(plainOpenNlp(t, all));
                Span inner = new Span(2, t.length() - 2);
                assertThat(tokenizer.tokenize(t, inner)).isEqualTo(plainOpenNlp(t, inner));
            }
        }
    }
}
