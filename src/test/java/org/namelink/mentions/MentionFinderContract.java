package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Sentence;
import org.namelink.text.TextAnalyzer;

/**
 * The contract every {@link MentionFinder} keeps, checked for each one by subclassing (as
 * Lucene's BaseTokenStreamTestCase does for token streams).
 */
abstract class MentionFinderContract {

    static final TextAnalyzer ANALYZER = TextAnalyzer.english();

    static final List<String> TEXTS = List.of(
            "",
            "no names here at all, only lower case words.",
            "Angela Merkel met the Quds Force commander in Berlin.\n\nReuters\nFrance and the United Nations (UN) agreed.",
            "\u201CWe will act,\u201D said Mr Bouteflika in Algiers \uD83D\uDE00 on Tuesday.\r\nGen. Mark Milley visited Bagram air base.",
            "PHOTO BY JANE DOE/AFP VIA GETTY IMAGES / NO RESALE / TURKEY");

    abstract MentionFinder finder();

    static AnalyzedText analyze(String text) {
        return ANALYZER.analyze(text);
    }

    @Test
    void mentionsCoverTheirTextInsideOneSentenceInOrder() {
        for (String text : TEXTS) {
            AnalyzedText analyzed = analyze(text);
            List<Mention> mentions = finder().find(analyzed);
            for (Mention m : mentions) {
                assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
                assertThat(analyzed.sentences()).as("a sentence holds %s", m)
                        .anySatisfy((Sentence s) -> assertThat(s.span().contains(m.span())).isTrue());
            }
            assertThat(mentions).isSortedAccordingTo((a, b) -> a.span().compareTo(b.span()));
        }
    }

    @Test
    void emptyTextHasNoMentions() {
        assertThat(finder().find(analyze(""))).isEmpty();
        assertThat(finder().find(analyze("   \n\n  "))).isEmpty();
    }

    @Test
    void isDeterministic() {
        for (String text : TEXTS) {
            AnalyzedText analyzed = analyze(text);
            assertThat(finder().find(analyzed)).isEqualTo(finder().find(analyzed));
        }
    }
}
