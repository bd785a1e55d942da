package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines every stage works on: cut at each of Unicode's line separators and at control characters. */
class TextAnalyzerLinesTest {

    @Test
    void everyUnicodeLineSeparatorAndControlCharacterEndsALine() {
        // Was cut only at \n and \r: "b\u0085c\u2028d\u2029e\u000Bf\u000Cg" and "h\u0000i" were lines of their own.
        String text = "a\r\nb\u0085c\u2028d\u2029e\u000Bf\u000Cg\rh\u0000i\u001Bj\tk";
        List<String> lines = TextAnalyzer.lines(text).stream().map(s -> s.coveredText(text)).toList();
        assertThat(lines).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j\tk");
    }

    @Test
    void noSentenceSpansALineSeparator() {
        String text = "Officials in New\u2028Varlow met Kemal\u0000Ardoni.";
        for (Sentence s : TextAnalyzer.english().analyze(text).sentences()) {
            assertThat(s.span().coveredText(text)).doesNotContain("\u2028", "\u0000");
        }
    }
}
