package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

    private static final Tokenizer TOKENIZER = NewsTokenizer.wrapping(CoreNlpTokenizer.create());

    private static List<String> tokens(String text) {
        return TOKENIZER.tokenize(text, new Span(0, text.length())).stream().map(Token::text).toList();
    }

    @Test
    void splitsPossessivesCompoundsAndSlashes() {
        assertThat(tokens("Germany\u2019s Saudi-led anti-Nato Reuters/Getty"))
                .containsSubsequence("Germany", "\u2019s", "Saudi", "-", "led", "anti", "-", "Nato", "Reuters", "/", "Getty");
    }

    @Test
    void keepsOrdinaryHyphenatedWordsAndUrls() {
        assertThat(tokens("a well-known man at https://example.org/a/b"))
                .contains("well-known").anySatisfy(t -> assertThat(t).startsWith("https"));
        assertThat(tokens("Ein-al Tamr and Okonjo-Iweala")).containsSubsequence("Ein", "-", "al", "Okonjo", "-", "Iweala");
    }

    @Test
    void offsetsStayThoseOfTheOriginal() {
        String text = "The Kurdish-led \u201CSDF\u201D/YPG moved.";
        for (Token t : TOKENIZER.tokenize(text, new Span(0, text.length()))) {
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
        }
    }
}
