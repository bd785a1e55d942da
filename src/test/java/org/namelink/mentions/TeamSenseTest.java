package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.text.Span;

class TeamSenseTest {

    /** Mentions of {@code names}, each the next occurrence in {@code text} after the previous one. */
    static List<Mention> mentions(String text, Object... typeAndName) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeAndName.length; i += 2) {
            String name = (String) typeAndName[i + 1];
            int at = text.indexOf(name, from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + name + "' not found after " + from);
            }
            out.add(new Mention(new Span(at, at + name.length()), name, (EntityType) typeAndName[i], "test"));
            from = at + name.length();
        }
        return out;
    }

    private static final EntityType LOC = EntityType.LOCATION;

    @Test
    void sidesInAMatchReportAreTeams() {
        String text = "SOCCER - CHILE BEAT PERU 2-1 IN QUALIFIER. SANTIAGO 2031-05-04 Chile beat Peru 2-1 "
                + "(halftime 1-0) in a World Cup qualifier on Tuesday. Scorers: Chile - Ana Soto (12th). "
                + "Peru, who face Bolivia next, drew their last match with Ecuador.";
        List<Mention> m = mentions(text, LOC, "CHILE", LOC, "PERU", LOC, "SANTIAGO", LOC, "Chile", LOC, "Peru",
                LOC, "Chile", EntityType.PERSON, "Ana Soto", LOC, "Peru", LOC, "Bolivia", LOC, "Ecuador");
        // Chile and Peru are sides, so every mention of them that is no place is a team (not the
        // dateline's Santiago); Bolivia is faced; Ecuador is named but never a side.
        assertThat(TeamSense.find(text, m)).containsExactlyInAnyOrder(0, 1, 3, 4, 5, 7, 8);
    }

    @Test
    void aPlaceInADatelineInParenthesesOrAfterInStaysAPlace() {
        String text = "Rugby union: Wales thrashed Fiji 45-10 in the test match. CARDIFF, Wales 2031-05-04 - "
                + "Fiji scored two tries and Wales scored five in front of a full stadium. "
                + "Flanker Tom Reed (Wales) was born in Fiji, where he played league as a boy.";
        List<Mention> m = mentions(text, LOC, "Wales", LOC, "Fiji", LOC, "CARDIFF", LOC, "Wales", LOC, "Fiji",
                LOC, "Wales", EntityType.PERSON, "Tom Reed", LOC, "Wales", LOC, "Fiji");
        assertThat(TeamSense.find(text, m)).containsExactlyInAnyOrder(0, 1, 4, 5);
    }

    @Test
    void aDocumentThatIsNoSportsReportHasNoTeams() {
        String text = "Ministers from Chile met on Monday to discuss sanctions against Peru, which beat back a "
                + "motion in parliament. Chile v Peru was the talk of the border towns.";
        List<Mention> m = mentions(text, LOC, "Chile", LOC, "Peru", LOC, "Chile", LOC, "Peru");
        assertThat(TeamSense.isSportsReport(text)).isFalse();
        assertThat(TeamSense.find(text, m)).isEmpty();
    }

    @Test
    void politicsWithSportsLikeWordsIsNoSportsReport() {
        // Found in review: ordinary words (penalties, try, season, team, goals) made a political story
        // a sports report, and the country in it a "team" apart from the country everywhere else.
        String text = "The European Union will try to agree new penalties against Russia this season. "
                + "A team of negotiators said the goals of the sanctions against Russia were unchanged, "
                + "and Brussels will face Russia over gas prices.";
        List<Mention> m = mentions(text, LOC, "Russia", LOC, "Russia", LOC, "Brussels", LOC, "Russia");
        assertThat(TeamSense.find(text, m)).isEmpty();
    }

    @Test
    void contextWordsAloneMakeNoSportsReport() {
        // Enough sports-context words and a score-like figure, but no word about sport alone.
        String text = "The league of parties will try again: the team lost the vote 5-4 and the club of "
                + "ministers said the goals of the match between Chile and Peru were unchanged.";
        assertThat(TeamSense.isSportsReport(text)).isFalse();
        assertThat(TeamSense.find(text, mentions(text, LOC, "Chile", LOC, "Peru"))).isEmpty();
    }

    @Test
    void datesAndSeasonsAreNoScores() {
        String text = "Soccer: Chile will face Peru on 2031-05-04 in a qualifier of the 2030-31 season, the "
                + "coach of the national team said on 04/05-06, and the goalkeeper is fit again.";
        assertThat(TeamSense.isSportsReport(text)).isTrue();
        assertThat(TeamSense.find(text, mentions(text, LOC, "Chile", LOC, "Peru"))).isEmpty();
    }

    @Test
    void aResultsLineIsAScore() {
        String text = "Soccer: Chile will face Peru in a qualifier, the coach of the national "
                + "team said, and the goalkeeper is fit again.";
        List<Mention> m = new ArrayList<>(mentions(text, LOC, "Chile", LOC, "Peru"));
        m.add(0, new Mention(new Span(0, 6), "Soccer", EntityType.ORGANIZATION, LineLayoutRules.TEAM_SOURCE));
        assertThat(TeamSense.find(text, m)).isNotEmpty();
    }

    @Test
    void aSportsStoryWithoutAnyResultHasNoSides() {
        String text = "Soccer: Chile will face Peru in a qualifier next month, the coach of the national "
                + "team said, and the goalkeeper is fit again.";
        List<Mention> m = mentions(text, LOC, "Chile", LOC, "Peru");
        assertThat(TeamSense.isSportsReport(text)).isTrue();
        assertThat(TeamSense.find(text, m)).isEmpty();
    }

    @Test
    void aSideTypedAsAnOrganisationCountsButAPersonNever() {
        String text = "BASKETBALL - Results of the league on Sunday: Orlando 101 Denver 99 (halftime 50-48). "
                + "Denver coach Lee Park said the team will play Jordan Hill, the new point guard, next season. "
                + "Jordan 88 points in the tournament.";
        List<Mention> m = mentions(text, EntityType.ORGANIZATION, "Orlando", LOC, "Denver", LOC, "Denver",
                EntityType.PERSON, "Lee Park", EntityType.PERSON, "Jordan Hill", EntityType.PERSON, "Jordan");
        assertThat(TeamSense.find(text, m)).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void aScoreMakesASideButADateMakesAPlace() {
        String text = "CRICKET - County championship scores on the last day of the season: Essex 301-7 declared, "
                + "with two innings to come. CANTERBURY, Kent 2031-08-30 - Rain stopped play.";
        List<Mention> m = mentions(text, LOC, "Essex", LOC, "CANTERBURY", LOC, "Kent");
        assertThat(TeamSense.find(text, m)).containsExactly(0);
    }

    @Test
    void mentionsOutOfTextOrderAreRejectedNamingTheOffender() {
        String text = "Soccer: Chile beat Peru 2-1 in a qualifier at halftime.";
        List<Mention> m = new ArrayList<>(mentions(text, LOC, "Chile", LOC, "Peru"));
        java.util.Collections.reverse(m);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TeamSense.find(text, m))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text order").hasMessageContaining("Chile");
    }
}
