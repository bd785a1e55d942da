package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namelink.mentions.EntityType.LOCATION;
import static org.namelink.mentions.EntityType.ORGANIZATION;
import static org.namelink.mentions.EntityType.PERSON;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.evaluation.NerErrors.Kind;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

class NerErrorsTest {

    private static LabeledMention m(String doc, int start, int end, EntityType type) {
        return new LabeledMention(doc, new Span(start, end), type, "e");
    }

    @Test
    void classifiesEachKindOfError() {
        List<LabeledMention> gold = List.of(
                m("d1", 0, 5, PERSON),          // exact: no error
                m("d1", 10, 15, LOCATION),      // boundary
                m("d1", 20, 30, ORGANIZATION),  // type
                m("d1", 40, 50, ORGANIZATION),  // both
                m("d1", 60, 65, PERSON),        // missed
                m("d2", 0, 5, PERSON));         // missed: the prediction is in another document
        List<LabeledMention> predicted = List.of(
                m("d1", 0, 5, PERSON),
                m("d1", 10, 14, LOCATION),
                m("d1", 20, 30, PERSON),
                m("d1", 38, 45, LOCATION),
                m("d1", 70, 75, ORGANIZATION),  // spurious
                m("d3", 0, 5, PERSON));         // spurious
        NerErrors errors = NerErrors.of(gold, predicted);

        assertThat(errors.count(LOCATION, Kind.BOUNDARY)).isEqualTo(1);
        assertThat(errors.count(ORGANIZATION, Kind.TYPE)).isEqualTo(1);
        assertThat(errors.count(ORGANIZATION, Kind.BOTH)).isEqualTo(1);
        assertThat(errors.count(PERSON, Kind.MISSED)).isEqualTo(2);
        assertThat(errors.count(ORGANIZATION, Kind.SPURIOUS)).isEqualTo(1);
        assertThat(errors.count(PERSON, Kind.SPURIOUS)).isEqualTo(1);
        assertThat(errors.count(PERSON, Kind.BOUNDARY)).isZero();
        assertThat(errors.report()).contains("boundary").containsPattern("all\\s+1\\s+1\\s+1\\s+2\\s+2");
    }

    @Test
    void aDuplicatePredictionIsMatchedOnce() {
        List<LabeledMention> gold = List.of(m("d1", 0, 5, PERSON));
        List<LabeledMention> predicted = List.of(m("d1", 0, 5, PERSON), m("d1", 0, 5, PERSON));
        NerErrors errors = NerErrors.of(gold, predicted);
        // The second copy overlaps gold, so it is no spurious mention either.
        assertThat(errors.count(PERSON, Kind.SPURIOUS)).isZero();
        assertThat(errors.count(PERSON, Kind.MISSED)).isZero();
    }
}
