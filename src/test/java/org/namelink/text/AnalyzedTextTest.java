package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

    private static final AnalyzedText TEXT = TextAnalyzer.english().analyze(
            "The mayor of Springfield spoke on Monday.\n"
                    + "Residents of Shelbyville listened from the square, and some of them cheered.\n"
                    + "Nobody answered.\n"
                    + "Later, the council of Capital City met again in the old town hall.");

    @Test
    void partsAreConsecutiveWholeSentencesWithinTheBudget() {
        List<AnalyzedText> parts = TEXT.parts(12);

        List<Sentence> joined = new ArrayList<>();
        for (AnalyzedText part : parts) {
            joined.addAll(part.sentences());
            assertThat(part.text()).isSameAs(TEXT.text());
            assertThat(part.chrome()).isEqualTo(TEXT.chrome());
            assertThat(part.tokenCount() <= 12 || part.sentences().size() == 1)
                    .as("part of %d tokens in %d sentences", part.tokenCount(), part.sentences().size()).isTrue();
        }
        assertThat(joined).isEqualTo(TEXT.sentences());
        assertThat(parts).hasSizeGreaterThan(1);
    }

    @Test
    void aLargeBudgetKeepsOnePartAndAnOversizedSentenceStandsAlone() {
        assertThat(TEXT.parts(10_000)).containsExactly(TEXT);
        assertThat(TEXT.parts(1)).hasSize(TEXT.sentences().size());
    }

    @Test
    void aTextWithoutSentencesIsOneEmptyPart() {
        AnalyzedText empty = new AnalyzedText("", List.of(), List.of());
        assertThat(empty.parts(5)).containsExactly(empty);
    }

    @Test
    void theBudgetMustBePositive() {
        assertThatThrownBy(() -> TEXT.parts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokens").hasMessageContaining("0");
    }
}
