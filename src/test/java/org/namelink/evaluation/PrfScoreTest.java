package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrfScoreTest {

    @Test
    void computesRatios() {
        // tp 2, predicted 3, gold 4: P = 2/3, R = 2/4, F1 = 2*2/(3+4) = 4/7.
        PrfScore score = PrfScore.of(2, 3, 4);
        assertThat(score.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(score.f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void zeroDenominatorsGiveZero() {
        assertThat(PrfScore.ZERO.precision()).isZero();
        assertThat(PrfScore.ZERO.recall()).isZero();
        assertThat(PrfScore.ZERO.f1()).isZero();
        // Nothing predicted, 5 gold: recall 0, precision 0 by convention.
        PrfScore nothingPredicted = PrfScore.of(0, 0, 5);
        assertThat(nothingPredicted.precision()).isZero();
        assertThat(nothingPredicted.f1()).isZero();
    }

    @Test
    void perfectScoreIsOne() {
        assertThat(PrfScore.of(1, 1, 1).f1()).isEqualTo(1.0);
    }

    @Test
    void addsElementWise() {
        // (2,3,4) + (1,1,2) = (3,4,6)
        assertThat(PrfScore.of(2, 3, 4).plus(PrfScore.of(1, 1, 2))).isEqualTo(PrfScore.of(3, 4, 6));
        assertThat(PrfScore.ZERO.plus(PrfScore.ZERO)).isEqualTo(PrfScore.ZERO);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> PrfScore.of(3, 2, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truePositives").hasMessageContaining("3");
        assertThatThrownBy(() -> PrfScore.of(3, 5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrfScore.of(0, -1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predicted");
        assertThatThrownBy(() -> PrfScore.of(0, 1, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gold");
    }
}
