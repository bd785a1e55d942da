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
    }

    @Test
    void proseIsLeftAlone() {
        String text = "Havenbridge beat Kellmoor 3-1 on Saturday before 2 000 fans.";
        Mention m = at(text, "Havenbridge", EntityType.LOCATION);
        assertThat(apply(text, m)).containsExactly(m);
    }
}
