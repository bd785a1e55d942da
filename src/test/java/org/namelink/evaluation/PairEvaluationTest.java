package org.namelink.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchModel;
import org.namelink.names.NameMatcher;

class PairEvaluationTest {

    private static final NameMatcher MATCHER = NameMatcher.defaults();

    @Test
    void readsPairsAndCountsDecisionsOverallBySourceAndByThreshold(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pairs.tsv");
        Files.writeString(file, "type\tname1\tname2\tlabel\tsource\n"
                + "LOCATION\tMosul\tMawsil\t1\tinvented\n"
                + "PERSON\tMuammar Qaddafi\tMuammar Gaddafi\t1\tinvented\n"
                + "LOCATION\tIran\tOran\t0\tother\n"
                + "PERSON\tSaad\tSaid\t0\tother\n", StandardCharsets.UTF_8);
        List<NamePair> pairs = NamePairReader.read(file);
        assertThat(pairs).hasSize(4);
        assertThat(pairs.get(0)).isEqualTo(new NamePair(EntityType.LOCATION, "Mosul", "Mawsil", true, "invented"));
        PairEvaluation e = PairEvaluation.of(pairs, MATCHER);
        assertThat(e.decisions()).isEqualTo(PrfScore.of(2, 2, 2));
        assertThat(e.bySource().get("other")).isEqualTo(PrfScore.of(0, 0, 0));
        assertThat(e.byThreshold().get(MATCHER.threshold())).isEqualTo(e.decisions());
        assertThat(e.report()).contains("4 pairs, 2 same").contains("| threshold | precision | recall | F1 |");
    }

    @Test
    void reportsTheCandidateStageOverThePairsNames() {
        List<NamePair> pairs = List.of(
                new NamePair(EntityType.LOCATION, "Mosul", "Mawsil", true, "invented"),
                new NamePair(EntityType.LOCATION, "Mosul", "Mosel", false, "invented"),
                new NamePair(EntityType.PERSON, "Tarik Benali", "Tariq Ben Ali", true, "invented"));
        PairEvaluation e = PairEvaluation.of(pairs, MATCHER);
        // Mosul, Mawsil and Mosel share one block of three: each searches the other two.
        assertThat(e.stage().names()).isEqualTo(5);
        assertThat(e.stage().largestBlock()).isEqualTo(3);
        assertThat(e.stage().cappedBlocks()).isZero();
        assertThat(e.comparedInBlocks().truePositives()).isGreaterThanOrEqualTo(1);
        assertThat(e.comparedAccepted().gold()).isEqualTo(e.decisions().truePositives());
        assertThat(e.report()).contains("comparisons per name").contains("largest block 3").contains("blocks capped");
    }

    @Test
    void aMalformedLineIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "LOCATION\tMosul\tMawsil\tyes\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> NamePairReader.read(file)).hasMessageContaining("bad.tsv:1")
                .hasMessageContaining("label (0 or 1)");
    }

    @Test
    void logisticRegressionRecoversTheSignOfEachFeature() {
        Random random = new Random(7);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            double a = random.nextDouble();
            double b = random.nextDouble();
            x.add(new double[] {1, a, b});
            y.add(3 * a - 2 * b + random.nextGaussian() * 0.3 > 0.5);
        }
        double[] w = MatchModel.fit(x, y, 1.0);
        assertThat(w[1]).isGreaterThan(3);
        assertThat(w[2]).isLessThan(-2);
    }
}
