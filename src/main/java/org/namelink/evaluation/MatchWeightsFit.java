package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchModel;
import org.namelink.names.NameAnalyzer;
import org.namelink.names.NameMatcher;

/**
 * Fits the {@link MatchModel}'s weights on labelled name pairs, one logistic regression per type
 * over the features of {@link NameMatcher#compare}, on the pairs the matcher's rules leave to the
 * score (a pair that a rule parts, or that shares no sound key, is decided whatever its score),
 * and estimates how well weights fitted this way
 * do on pairs they were not fitted on (k-fold cross-validation).
 *
 * <p>Stateless and thread-safe.
 */
public final class MatchWeightsFit {

    /** The L2 penalty of the fit. */
    public static final double LAMBDA = 1.0;

    private MatchWeightsFit() {
    }

    /** Weights per type fitted on all of {@code pairs}. */
    public static Map<EntityType, double[]> fit(List<NamePair> pairs, NameMatcher matcher) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(matcher, "matcher");
        return fitRows(rows(pairs, matcher), pairs, all(pairs.size()));
    }

    /**
     * Cross-validated decisions: each pair decided by {@code matcher} with weights fitted on the
     * other folds ({@code folds} folds, pairs assigned by position), at the matcher's threshold.
     */
    public static PrfScore crossValidate(List<NamePair> pairs, NameMatcher matcher, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, was " + folds);
        }
        List<double[]> rows = rows(pairs, matcher);
        PrfScore total = PrfScore.ZERO;
        for (int f = 0; f < folds; f++) {
            List<Integer> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                (i % folds == f ? test : train).add(i);
            }
            NameMatcher fitted = NameMatcher.builder().analyzer(matcher.analyzer()).aliases(matcher.aliases())
                    .threshold(matcher.threshold()).frequencies(matcher.frequencies()).model(MatchModel.of(fitRows(rows, pairs, train))).build();
            for (int i : test) {
                NamePair p = pairs.get(i);
                boolean predicted = fitted.match(p.type(), p.name1(), p.name2()).same();
                total = total.plus(PrfScore.of(p.same() && predicted ? 1 : 0, predicted ? 1 : 0, p.same() ? 1 : 0));
            }
        }
        return total;
    }

    private static List<Integer> all(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    /** Feature rows of the pairs left to the score; null for a pair the rules decide alone. */
    private static List<double[]> rows(List<NamePair> pairs, NameMatcher matcher) {
        NameAnalyzer analyzer = matcher.analyzer();
        NameMatcher rulesOnly = matcher.rulesOnly();
        List<double[]> rows = new ArrayList<>(pairs.size());
        for (NamePair p : pairs) {
            boolean scored = rulesOnly.match(p.type(), p.name1(), p.name2()).same();
            rows.add(scored ? matcher.compare(analyzer.analyze(p.name1(), p.type()),
                    analyzer.analyze(p.name2(), p.type())).features() : null);
        }
        return rows;
    }

    private static Map<EntityType, double[]> fitRows(List<double[]> rows, List<NamePair> pairs, List<Integer> use) {
        Map<EntityType, double[]> weights = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            List<double[]> x = new ArrayList<>();
            List<Boolean> y = new ArrayList<>();
            for (int i : use) {
                if (pairs.get(i).type() == t && rows.get(i) != null) {
                    x.add(rows.get(i));
                    y.add(pairs.get(i).same());
                }
            }
            if (x.isEmpty()) {
                throw new IllegalArgumentException("no pairs of type " + t + " to fit its weights on");
            }
            weights.put(t, MatchModel.fit(x, y, LAMBDA));
        }
        return weights;
    }
}
