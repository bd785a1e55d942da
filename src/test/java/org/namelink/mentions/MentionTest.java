package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.names.NameMatcher;
import org.namelink.names.NameSpanTrimmer;
import org.namelink.text.Span;
import org.namelink.text.TextAnalyzer;

class MentionTest {

    private static final String TEXT = "President Varn spoke";

    @Test
    void copiesKeepATypeDecidedByLayout() {
        Mention fixed = Mention.ofFixedType(TEXT, new Span(0, 14), EntityType.PERSON, "score-line");
        assertThat(fixed.typeFixed()).isTrue();
        assertThat(fixed.withSpan(TEXT, new Span(10, 14)))
                .extracting(Mention::text, Mention::type, Mention::source, Mention::typeFixed)
                .containsExactly("Varn", EntityType.PERSON, "score-line", true);
        assertThat(fixed.withType(EntityType.ORGANIZATION).typeFixed()).isTrue();
        assertThat(Mention.of(TEXT, new Span(10, 14), EntityType.PERSON, "crf").typeFixed()).isFalse();
    }

    @Test
    void aStageThatTrimsTitlesKeepsTheFixedType() {
        Mention fixed = Mention.ofFixedType(TEXT, new Span(0, 14), EntityType.PERSON, "score-line");
        List<Mention> out = NameSpanTrimmer.create(NameMatcher.defaults().analyzer())
                .apply(TextAnalyzer.english().analyze(TEXT), List.of(fixed));
        assertThat(out).singleElement()
                .extracting(Mention::text, Mention::typeFixed)
                .containsExactly("Varn", true);
    }
}
