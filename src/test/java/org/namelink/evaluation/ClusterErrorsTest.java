package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.namelink.evaluation.ClusterErrors.ClusterError;
import org.namelink.evaluation.ClusterErrors.Kind;
import org.namelink.mentions.EntityType;
import org.namelink.text.Span;

class ClusterErrorsTest {

    private static final Map<String, String> TEXTS = Map.of(
            "d1", "Jordan met Amman.", "d2", "Jordan won.", "d3", "Jordan and Jordan.");

    private static LabeledMention m(String doc, int start, int end, String entity) {
        return new LabeledMention(doc, new Span(start, end), EntityType.PERSON, entity);
    }

    @Test
    void aFalseJoinAndASplitWithTheirSpellingsAndCrossDocumentPairs() {
        // Gold: the person in d1 and d2, the country twice in d3. System: d1's and both of d3's
        // Jordans as one entity, d2's apart.
        List<LabeledMention> gold = List.of(m("d1", 0, 6, "person"), m("d2", 0, 6, "person"),
                m("d3", 0, 6, "country"), m("d3", 11, 17, "country"));
        List<LabeledMention> predicted = List.of(m("d1", 0, 6, "e1"), m("d2", 0, 6, "e2"),
                m("d3", 0, 6, "e1"), m("d3", 11, 17, "e1"));

        List<ClusterError> errors = ClusterErrors.largest(gold, predicted, TEXTS, 5);

        assertThat(errors).hasSize(2);
        ClusterError join = errors.get(0);
        assertThat(join.kind()).isEqualTo(Kind.FALSE_JOIN);
        assertThat(join.entity()).isEqualTo("e1");
        assertThat(join.pairs()).as("d1 with each of d3's two").isEqualTo(2);
        assertThat(join.pieces()).extracting(ClusterErrors.Piece::label).containsExactly("country", "person");
        assertThat(join.pieces().get(0).spellings()).containsExactly(Map.entry("Jordan", 2));
        assertThat(join.describe()).isEqualTo("false join      2 pairs  e1:  [country Jordan x2]  [person Jordan]");
        ClusterError split = errors.get(1);
        assertThat(split.kind()).isEqualTo(Kind.SPLIT);
        assertThat(split.entity()).isEqualTo("person");
        assertThat(split.pairs()).isEqualTo(1);
    }

    @Test
    void aMentionTheSystemMissedIsAPieceOfItsOwn() {
        List<LabeledMention> gold = List.of(m("d1", 0, 6, "person"), m("d2", 0, 6, "person"));
        List<ClusterError> errors = ClusterErrors.largest(gold, List.of(m("d1", 0, 6, "e1")), TEXTS, 5);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.SPLIT);
            assertThat(e.pieces()).extracting(ClusterErrors.Piece::label).containsExactly("(not found #1)", "e1");
        });
    }

    @Test
    void pairsWithinOneDocumentAreNoCrossDocumentError() {
        List<LabeledMention> gold = List.of(m("d3", 0, 6, "a"), m("d3", 11, 17, "b"));
        List<LabeledMention> predicted = List.of(m("d3", 0, 6, "e1"), m("d3", 11, 17, "e1"));
        assertThat(ClusterErrors.largest(gold, predicted, TEXTS, 5)).isEmpty();
    }

    @Test
    void theErrorsAddUpToTheCrossDocumentPairwiseCounts() {
        Random random = new Random(3);
        for (int round = 0; round < 50; round++) {
            List<LabeledMention> gold = new ArrayList<>();
            List<LabeledMention> predicted = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String doc = "d" + random.nextInt(6);
                gold.add(m(doc, i, i + 1, "g" + random.nextInt(5)));
                if (random.nextInt(10) > 0) {
                    predicted.add(m(doc, i, i + 1, "s" + random.nextInt(5)));
                }
            }
            PrfScore pairs = ClusterEvaluation.evaluate(gold, predicted).crossDocumentPairs();
            List<ClusterError> errors = ClusterErrors.largest(gold, predicted, Map.of(), Integer.MAX_VALUE);
            long falsePairs = errors.stream().filter(e -> e.kind() == Kind.FALSE_JOIN).mapToLong(ClusterError::pairs).sum();
            long missedPairs = errors.stream().filter(e -> e.kind() == Kind.SPLIT).mapToLong(ClusterError::pairs).sum();
            assertThat(falsePairs).isEqualTo(pairs.predicted() - pairs.truePositives());
            assertThat(missedPairs).isEqualTo(pairs.gold() - pairs.truePositives());
        }
    }

    @Test
    void twoMentionsAtOneSpanAreRefusedAsByTheScores() {
        assertThatThrownBy(() -> ClusterErrors.largest(List.of(m("d1", 0, 6, "a"), m("d1", 0, 6, "b")), List.of(),
                TEXTS, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gold").hasMessageContaining("d1");
        assertThatThrownBy(() -> ClusterErrors.largest(List.of(), List.of(m("d1", 0, 6, "a"), m("d1", 0, 6, "b")),
                TEXTS, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted");
    }

    @Test
    void aPieceWithoutSpellingsIsDescribedWhole() {
        ClusterError e = new ClusterError(Kind.SPLIT, "g", 1, List.of(new ClusterErrors.Piece("e1", Map.of())));
        assertThat(e.describe()).endsWith("g:  [e1 ]");
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> ClusterErrors.largest(List.of(), List.of(), Map.of(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit").hasMessageContaining("-1");
    }
}
