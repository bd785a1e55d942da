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
        assertThat(tokens("Ein-al Tamr")).containsSubsequence("Ein", "-", "al", "Tamr");
    }

    @Test
    void keepsNamesJoinedByParticlesWhole() {
        assertThat(tokens("Kiro-ur-Dahn in Bram-le-Vaux"))
                .containsExactly("Kiro-ur-Dahn", "in", "Bram-le-Vaux");
    }

    @Test
    void keepsHyphenatedNamesWhole() {
        // Split, "Dominique Strauss-Kahn" became two people and "Rolls-Royce" was lost.
        assertThat(tokens("Vorta-Lenz met Okonjo-Iweala"))
                .containsExactly("Vorta-Lenz", "met", "Okonjo-Iweala");
    }

    @Test
    void splitsAPairOfNamesBeforeANounOfRelation() {
        // Found in review: kept whole, "Trump-Kim summit" and "London-Paris trains" lost both names.
        assertThat(tokens("the Vorta-Lenz summit on the Tarsk-Brimley trains, said Okonjo-Iweala"))
                .containsExactly("the", "Vorta", "-", "Lenz", "summit", "on", "the", "Tarsk", "-", "Brimley", "trains",
                        ",", "said", "Okonjo-Iweala");
    }

    @Test
    void splitsNamesBesideANumberACountryOrAWord() {
        assertThat(tokens("Tarsk-based RADIO-7 on the France-Vorta route with al-Quraym"))
                .containsExactly("Tarsk", "-", "based", "RADIO", "-", "7", "on", "the", "France", "-", "Vorta", "route",
                        "with", "al", "-", "Quraym");
    }

    @Test
    void offsetsStayThoseOfTheOriginal() {
        String text = "The Kurdish-led \u201CSDF\u201D/YPG moved.";
        for (Token t : TOKENIZER.tokenize(text, new Span(0, text.length()))) {
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
        }
    }
}
