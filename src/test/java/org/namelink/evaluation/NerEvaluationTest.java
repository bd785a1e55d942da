package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namelink.mentions.EntityType.LOCATION;
import static org.namelink.mentions.EntityType.ORGANIZATION;
import static org.namelink.mentions.EntityType.PERSON;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

class NerEvaluationTest {

    private static LabeledMention m(String doc, int start, int end, EntityType type) {
        return new LabeledMention(doc, new Span(start, end), type, "e");
    }

    @Test
    void scoresExactOverlapAndByType() {
        List<LabeledMention> gold = List.of(
                m("d1", 0, 5, PERSON), m("d1", 10, 15, LOCATION), m("d1", 20, 30, ORGANIZATION),
                m("d2", 0, 4, PERSON));
        List<LabeledMention> predicted = List.of(
                m("d1", 0, 5, PERSON),          // exact
                m("d1", 10, 14, LOCATION),      // overlap only
                m("d1", 20, 30, PERSON),        // right span, wrong type
                m("d1", 40, 45, ORGANIZATION),  // spurious
                m("d3", 0, 4, PERSON));         // right span in the wrong document
        NerReport report = NerEvaluation.evaluate(gold, predicted);

        // 5 predicted, 4 gold; exact tp 1; overlap tp 2.
        assertThat(report.exact()).isEqualTo(PrfScore.of(1, 5, 4));
        assertThat(report.overlap()).isEqualTo(PrfScore.of(2, 5, 4));
        // PERSON: predicted 3 (d1 0-5, d1 20-30, d3 0-4), gold 2, tp 1; LOCATION 0/1/1; ORGANIZATION 0/1/1.
        assertThat(report.exactByType()).containsExactly(
                Map.entry(PERSON, PrfScore.of(1, 3, 2)),
                Map.entry(LOCATION, PrfScore.of(0, 1, 1)),
                Map.entry(ORGANIZATION, PrfScore.of(0, 1, 1)));
    }

    @Test
    void overlapMatchesOneToOne() {
        // Two predictions inside one gold mention: only one can claim it.
        NerReport report = NerEvaluation.evaluate(
                List.of(m("d", 0, 10, PERSON)),
                List.of(m("d", 0, 3, PERSON), m("d", 5, 10, PERSON)));
        assertThat(report.exact()).isEqualTo(PrfScore.of(0, 2, 1));
        assertThat(report.overlap()).isEqualTo(PrfScore.of(1, 2, 1));
    }

    @Test
    void exactPairsAreMatchedBeforeOverlaps() {
        // Gold 0-4 and 5-10; predicted 0-10 (first in span order) and 0-4 (exact). Plain greedy would give
        // 0-10 the gold 0-4 and leave 0-4 with nothing; matching 0-4 exactly first lets 0-10 take 5-10: tp 2.
        NerReport report = NerEvaluation.evaluate(
                List.of(m("d", 0, 4, PERSON), m("d", 5, 10, PERSON)),
                List.of(m("d", 0, 10, PERSON), m("d", 0, 4, PERSON)));
        assertThat(report.exact()).isEqualTo(PrfScore.of(1, 2, 2));
        assertThat(report.overlap()).isEqualTo(PrfScore.of(2, 2, 2));
    }

    @Test
    void touchingSpansDoNotOverlap() {
        NerReport report = NerEvaluation.evaluate(List.of(m("d", 0, 4, PERSON)), List.of(m("d", 4, 8, PERSON)));
        assertThat(report.overlap()).isEqualTo(PrfScore.of(0, 1, 1));
    }

    @Test
    void duplicatePredictionsEarnOneTruePositive() {
        NerReport report = NerEvaluation.evaluate(
                List.of(m("d", 0, 4, PERSON)), List.of(m("d", 0, 4, PERSON), m("d", 0, 4, PERSON)));
        assertThat(report.exact()).isEqualTo(PrfScore.of(1, 2, 1));
        assertThat(report.overlap()).isEqualTo(PrfScore.of(1, 2, 1));
    }

    @Test
    void entityLabelsAreIgnored() {
        NerReport report = NerEvaluation.evaluate(
                List.of(new LabeledMention("d", new Span(0, 4), PERSON, "gold-bob")),
                List.of(new LabeledMention("d", new Span(0, 4), PERSON, "system-7")));
        assertThat(report.exact()).isEqualTo(PrfScore.of(1, 1, 1));
    }

    @Test
    void emptyInputs() {
        NerReport nothing = NerEvaluation.evaluate(List.of(), List.of());
        assertThat(nothing.exact()).isEqualTo(PrfScore.ZERO);
        assertThat(nothing.overlap()).isEqualTo(PrfScore.ZERO);
        assertThat(nothing.exactByType()).containsOnlyKeys(EntityType.values())
                .allSatisfy((type, score) -> assertThat(score).isEqualTo(PrfScore.ZERO));

        NerReport noPredictions = NerEvaluation.evaluate(List.of(m("d", 0, 4, LOCATION)), List.of());
        assertThat(noPredictions.exact()).isEqualTo(PrfScore.of(0, 0, 1));
        assertThat(noPredictions.exact(LOCATION)).isEqualTo(PrfScore.of(0, 0, 1));

        NerReport noGold = NerEvaluation.evaluate(List.of(), List.of(m("d", 0, 4, LOCATION)));
        assertThat(noGold.overlap()).isEqualTo(PrfScore.of(0, 1, 0));
    }

    @Test
    void reportCopiesItsMap() {
        NerReport report = new NerReport(PrfScore.ZERO, PrfScore.ZERO, Map.of(PERSON, PrfScore.of(1, 1, 1)));
        assertThat(report.exact(PERSON)).isEqualTo(PrfScore.of(1, 1, 1));
        assertThat(report.exact(LOCATION)).isEqualTo(PrfScore.ZERO);
    }
}
