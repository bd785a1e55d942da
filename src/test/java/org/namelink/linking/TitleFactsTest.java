package org.namelink.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What is remembered of a title is what reading it gives; made-up titles. */
class TitleFactsTest {

    @Test
    void aTitlesFactsAreItsKindAndWordsAskedAgainAndAgain() {
        TitleFacts facts = new TitleFacts();
        for (int round = 0; round < 2; round++) {
            for (String title : List.of("Brakkonia_national_football_team", "Velmora_(city)", "Brakkonian_state",
                    "Tarquin_Oszlo_(footballer)", "Quellport_am_Velm")) {
                assertThat(facts.kind(title)).as(title).isEqualTo(TitleKind.of(title));
                assertThat(facts.words(title)).as(title).isEqualTo(ContextWords.of(title.replace('_', ' ')));
            }
        }
    }
}
