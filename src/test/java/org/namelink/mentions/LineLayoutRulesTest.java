package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.text.Span;
import org.namelink.text.TextAnalyzer;

/** Results, tables and datelines on invented lines. */
class LineLayoutRulesTest {

    private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

    private static Mention at(String text, String name, EntityType type) {
        int start = text.indexOf(name);
        return Mention.of(text, new Span(start, start + name.length()), type, "crf");
    }

    private static List<Mention> apply(String text, Mention... found) {
        return LineLayoutRules.create().apply(ANALYZER.analyze(text), List.of(found));
    }

    @Test
    void resultLinesNameTeamsAndNationalTeamsArePlaces() {
        String text = "Results on Saturday :\nHavenbridge 3 Kellmoor Rovers 1\nNorway 2 Brindle Town 0 ( aet )";
        List<Mention> out = apply(text, at(text, "Havenbridge", EntityType.LOCATION),
                at(text, "Kellmoor", EntityType.PERSON), at(text, "Norway", EntityType.LOCATION));
        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("Havenbridge", EntityType.ORGANIZATION, LineLayoutRules.TEAM_SOURCE),
                tuple("Kellmoor Rovers", EntityType.ORGANIZATION, LineLayoutRules.TEAM_SOURCE),
                tuple("Norway", EntityType.LOCATION, LineLayoutRules.TEAM_SOURCE),
                tuple("Brindle Town", EntityType.ORGANIZATION, LineLayoutRules.TEAM_SOURCE));
        assertThat(out).allMatch(Mention::typeFixed, "typed by layout");
    }

    @Test
    void tableRowsNameTeams() {
        String text = "Standings :\nKellmoor Rovers 4 3 1 0 7 4 10\nEAST HAVEN 74 59 .556 -\nOn 3 May 2 people left 1 house";
        List<Mention> out = apply(text, at(text, "EAST HAVEN", EntityType.LOCATION));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Kellmoor Rovers", EntityType.ORGANIZATION), tuple("EAST HAVEN", EntityType.ORGANIZATION));
    }

    @Test
    void datelinesNamePlaces() {
        String text = "OSTRAVEN , Veltria 2031-04-02\nThe mayor of Ostraven spoke.\nBRINDLE, Apr 2 (Wirepress) - Rain fell.";
        List<Mention> out = apply(text, at(text, "OSTRAVEN", EntityType.ORGANIZATION));
        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("OSTRAVEN", EntityType.LOCATION, LineLayoutRules.DATELINE_SOURCE),
                tuple("Veltria", EntityType.LOCATION, LineLayoutRules.DATELINE_SOURCE),
                tuple("BRINDLE", EntityType.LOCATION, LineLayoutRules.DATELINE_SOURCE));
        assertThat(out).allMatch(Mention::typeFixed, "typed by layout");
    }

    @Test
    void proseIsLeftAlone() {
        String text = "Havenbridge beat Kellmoor 3-1 on Saturday before 2 000 fans.";
        Mention m = at(text, "Havenbridge", EntityType.LOCATION);
        assertThat(apply(text, m)).containsExactly(m);
    }

    @Test
    void aLoneLineShapedLikeAResultIsProse() {
        // Found in review: "Boeing 737 Max 8" alone on a line made Boeing and Max two teams.
        String text = "Orders for the jet fell.\nVelco 737 Max 8\nThe maker said so.";
        Mention velco = at(text, "Velco", EntityType.ORGANIZATION);
        assertThat(apply(text, velco)).containsExactly(velco);
    }

    @Test
    void anAcronymExplainedInParenthesesIsNoDateline() {
        String text = "VELCO (Veltria Energy Company) said on Monday it would cut jobs.\nOSTRAVEN (Wirepress) - Rain fell.";
        List<Mention> out = apply(text, at(text, "VELCO", EntityType.ORGANIZATION));
        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("VELCO", EntityType.ORGANIZATION, "crf"),
                tuple("OSTRAVEN", EntityType.LOCATION, LineLayoutRules.DATELINE_SOURCE));
    }

    @Test
    void aVeryLongLineOfCapitalisedWordsDoesNotOverflowTheStack() throws InterruptedException {
        String line = "Alpha Beta ".repeat(3000).strip();
        String text = "OSTRAVEN (Wirepress) - " + line + "\n" + line.toUpperCase(java.util.Locale.ROOT) + " 2 Kellmoor 1";
        // On a thread with a small stack, as pool threads have: the patterns recurse once per word.
        java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(LineLayoutRules.create().apply(
                        new org.namelink.text.AnalyzedText(text, List.of(), List.of()), List.of()));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<Mention> out = (List<Mention>) result.get();
        assertThat(out).extracting(Mention::text).containsExactly("OSTRAVEN");
    }

    @Test
    void anAcronymExplainedOnALineOfItsOwnIsNoDateline() {
        String text = "VELCO (Veltria Energy Co)\nThe company cut jobs.\nOSTRAVEN (Wirepress)\nRain fell.";
        List<Mention> out = apply(text, at(text, "VELCO", EntityType.ORGANIZATION));
        assertThat(out).extracting(Mention::text, Mention::source).containsExactly(
                tuple("VELCO", "crf"), tuple("OSTRAVEN", LineLayoutRules.DATELINE_SOURCE));
    }

    @Test
    void aLongLineIsNoDatelineEndingAtTheCut() {
        String head = "VELCO" + " ALPH".repeat((LineLayoutRules.MAX_LINE - 10) / 5) + " (AP)";
        String text = head + " and more words after the cut.";
        assertThat(head).hasSize(LineLayoutRules.MAX_LINE);
        assertThat(apply(text)).isEmpty();
    }

    @Test
    void aSingleResultInASportsReportNamesTeams() {
        String text = "SOCCER - HAVENBRIDGE WIN.\nResult of a league match on Saturday:\nHavenbridge 2 Kellmoor 1\n"
                + "The Havenbridge coach praised his goalkeeper and striker after the match.";
        assertThat(apply(text)).extracting(Mention::text, Mention::source).containsExactly(
                tuple("Havenbridge", LineLayoutRules.TEAM_SOURCE), tuple("Kellmoor", LineLayoutRules.TEAM_SOURCE));
    }
}
