package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namelink.mentions.Mention;
import org.namelink.text.Sentence;
import org.namelink.text.Token;

class OffsetsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Angela Merkel met Emmanuel Macron in Paris on Tuesday.",
        "\u201CWe will respond,\u201D said Angela Merkel\u2019s spokesman in Berlin \uD83D\uDE00 after talks with NATO.",
        "Headline about Berlin\r\n\r\nAngela Merkel arrived in Paris.\r\nThe Kremlin said Vladimir Putin\u2019s aides were in Moscow.\r\n",
        "\uD83D\uDE00\uD83D\uDE00 Emoji first, then Boris Johnson in London and the United Nations in Geneva \uD83C\uDDFA\uD83C\uDDF8.",
        "A line\rwith old Mac breaks: Jacinda Ardern\rin Wellington.",
    })
    void coveredTextEqualsTheOriginalSubstring(String text) {
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("doc", text));
        assertThat(a.sentences()).isNotEmpty();
        for (Sentence s : a.sentences()) {
            assertThat(text.substring(s.span().start(), s.span().end())).doesNotContain("\n").doesNotContain("\r");
            for (Token t : s.tokens()) {
                assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            }
        }
        assertThat(a.mentions()).isNotEmpty();
        for (Mention m : a.mentions()) {
            assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
            assertThat(m.text()).doesNotContain("\n").doesNotContain("\r");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AFP\n\nIran fired missiles.", "Reuters\r\nTehran said."})
    void noMentionSpansALineBreak(String text) {
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("doc", text));
        assertThat(a.mentions()).allSatisfy(m -> assertThat(m.text()).doesNotContainAnyWhitespaces()
                .isEqualTo(text.substring(m.start(), m.end())));
    }
}
