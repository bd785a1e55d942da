package org.namelink.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sports reports read from their headlines, and the usual titles of a place's sides. */
class SportsReportTest {

    @Test
    void theHeadlineNamesTheSport() {
        assertThat(SportsReport.marks("SOCCER - DRAVOSK BEAT VELMORA 2-1 . KROSK 1996-08-30 Dravosk beat"))
                .containsExactly("sport:football");
        assertThat(SportsReport.marks("Cricket: Quellport take the lead")).containsExactly("sport:cricket");
        // A sport named in passing, after the headline, makes no sports report.
        assertThat(SportsReport.marks("The ministers of Dravosk and Velmora met on Tuesday in Krosk to talk"
                + " about trade, and later watched a football match")).isEmpty();
        // Individual sports have no sides.
        assertThat(SportsReport.marks("TENNIS - TARQUIN OSZLO WINS IN KROSK")).isEmpty();
    }

    @Test
    void aDocumentsWordsCarryItsSportAndNoWordCanBeAMark() {
        assertThat(ContextWords.ofDocument("Basketball - Dravosk win")).contains("basketball", "dravosk",
                "win", "sport:basketball");
        assertThat(ContextWords.ofDocument("Dravosk win")).isEqualTo(ContextWords.of("Dravosk win"));
        assertThat(ContextWords.of("sport:basketball")).doesNotContain("sport:basketball");
    }

    @Test
    void anEntitysSportIsTheOneMostOfItsDocumentsReport() {
        Set<String> soccer = Set.of("goal", "sport:football");
        Set<String> news = Set.of("talks");
        assertThat(SportsReport.sportsOf(List.of(soccer, soccer, news))).containsExactly("football");
        assertThat(SportsReport.sportsOf(List.of(soccer, news))).isEmpty();
        assertThat(SportsReport.sportsOf(List.of())).isEmpty();
    }

    @Test
    void aPlacesSidesHaveWikipediasUsualTitles() {
        assertThat(SportsReport.teamSurfaces("Dravosk", "football")).containsExactly("Dravosk national football team");
        assertThat(SportsReport.teamSurfaces("Dravosk", "cricket")).contains("Dravosk cricket team");
        assertThat(SportsReport.teamSurfaces("Dravosk", "chess")).isEmpty();
    }
}
