package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pre-tokenized text: one sentence a line, tokens between spaces. */
class PretokenizedTextTest {

    @Test
    void eachLineIsASentenceAndEachWordAToken() {
        String text = "Dr. Vela 's Kiro-ur-Dahn team won . Then it rained .\n\n  Second  line-up ( 2-1 )\n";
        AnalyzedText a = TextAnalyzer.pretokenized().analyze(text);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.sentences().get(0).tokens()).extracting(Token::text)
                .containsExactly("Dr.", "Vela", "'s", "Kiro-ur-Dahn", "team", "won", ".", "Then", "it", "rained", ".");
        assertThat(a.sentences().get(1).tokens()).extracting(Token::text)
                .containsExactly("Second", "line-up", "(", "2-1", ")");
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            }
        }
    }

    @Test
    void blankRegionsHaveNoSentenceOrToken() {
        assertThat(LineSentenceSplitter.create().split("   ", new Span(0, 3))).isEmpty();
        assertThat(WhitespaceTokenizer.create().tokenize(" \t ", new Span(0, 3))).isEmpty();
        assertThat(LineSentenceSplitter.create().split(" ab c ", new Span(0, 6))).containsExactly(new Span(1, 5));
        assertThat(WhitespaceTokenizer.create().tokenize("x ab c", new Span(2, 6))).extracting(Token::text)
                .isEqualTo(List.of("ab", "c"));
    }
}
