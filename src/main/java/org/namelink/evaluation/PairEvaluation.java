package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;

/**
 * Scores a {@link NameMatcher} on labelled name pairs: precision, recall and F1 of its decisions,
 * overall, by source and by type, and a table of the same by threshold on its score, so that the
 * default threshold is chosen in the open.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decisions the matcher's decisions, overall
 * @param bySource  the same per source, sorted by name
 * @param byType    the same per type, sorted by name
 * @param byThreshold for each threshold of the table, the counts of the matcher's decisions at that
 *     threshold ({@link NameMatcher#withThreshold}): a score at least the threshold, and the rules
 *     that part names whatever their score
 * @param threshold the matcher's own threshold
 * @param pairs     how many pairs were scored
 * @param compared  the pairs the resolver's candidate stage compares as spellings
 *     ({@link EntityResolver#comparesSpellings}) against the same pairs: its pair completeness is
 *     this score's recall, its "predicted" the pairs compared
 * @param resolver  the resolver's decisions for two names with no other evidence
 *     ({@link EntityResolver#decideAlone}, what {@code match} prints)
 * @param comparedAccepted {@code compared} among the same pairs the matcher accepts: the pair
 *     completeness that bounds the resolver's recall
 * @param comparedInBlocks the pairs the candidate stage compares once its blocks are chosen over
 *     all the pairs' names ({@link CandidateStageStats#compares})
 * @param stage       the candidate stage over all the pairs' names: comparisons, largest block,
 *     capped blocks
 */
public record PairEvaluation(PrfScore decisions, Map<String, PrfScore> bySource, Map<String, PrfScore> byType,
                             Map<Double, PrfScore> byThreshold, double threshold, int pairs, PrfScore compared,
                             PrfScore resolver, PrfScore comparedAccepted, PrfScore comparedInBlocks,
                             CandidateStageStats stage) {

    /** The thresholds of the table. */
    static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92,
        0.94, 0.96, 0.98};

    public PairEvaluation {
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(compared, "compared");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(comparedAccepted, "comparedAccepted");
        Objects.requireNonNull(comparedInBlocks, "comparedInBlocks");
        Objects.requireNonNull(stage, "stage");
        bySource = java.util.Collections.unmodifiableMap(new TreeMap<>(bySource));
        byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
        byThreshold = java.util.Collections.unmodifiableMap(new TreeMap<>(byThreshold));
    }

    /** Matches every pair with {@code matcher} and counts. */
    public static PairEvaluation of(List<NamePair> pairs, NameMatcher matcher) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(matcher, "matcher");
        List<NameMatch> matches = new ArrayList<>(pairs.size());
        for (NamePair p : pairs) {
            matches.add(matcher.match(p.type(), p.name1(), p.name2()));
        }
        List<NameMatcher> atThreshold = new ArrayList<>();
        for (double t : THRESHOLDS) {
            atThreshold.add(matcher.withThreshold(t));
        }
        PrfScore all = PrfScore.ZERO;
        PrfScore compared = PrfScore.ZERO;
        PrfScore resolver = PrfScore.ZERO;
        PrfScore comparedAccepted = PrfScore.ZERO;
        PrfScore comparedInBlocks = PrfScore.ZERO;
        EntityResolver stages = EntityResolver.create(matcher);
        List<NameForm> forms = new ArrayList<>(2 * pairs.size());
        for (NamePair p : pairs) {
            forms.add(matcher.analyzer().analyze(p.name1(), p.type()));
            forms.add(matcher.analyzer().analyze(p.name2(), p.type()));
        }
        CandidateStageStats stage = CandidateStageStats.of(stages, forms);
        Map<String, PrfScore> bySource = new TreeMap<>();
        Map<String, PrfScore> byType = new TreeMap<>();
        Map<Double, PrfScore> byThreshold = new TreeMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            NamePair p = pairs.get(i);
            NameMatch m = matches.get(i);
            PrfScore one = count(p.same(), m.same());
            all = all.plus(one);
            NameForm a = forms.get(2 * i);
            NameForm b = forms.get(2 * i + 1);
            boolean comparedPair = stages.comparesSpellings(a, b);
            compared = compared.plus(count(p.same(), comparedPair));
            comparedAccepted = comparedAccepted.plus(count(p.same() && m.same(), comparedPair));
            comparedInBlocks = comparedInBlocks.plus(count(p.same(), stage.compares(a, b)));
            resolver = resolver.plus(count(p.same(), stages.decideAlone(p.type(), p.name1(), p.name2()).same()));
            bySource.merge(p.source(), one, PrfScore::plus);
            byType.merge(p.type().name(), one, PrfScore::plus);
            for (int k = 0; k < THRESHOLDS.length; k++) {
                // Decisions are monotone in the threshold except where a rule parts the names.
                boolean same = m.score() >= THRESHOLDS[k]
                        && (m.same() || atThreshold.get(k).match(p.type(), p.name1(), p.name2()).same());
                byThreshold.merge(THRESHOLDS[k], count(p.same(), same), PrfScore::plus);
            }
        }
        return new PairEvaluation(all, bySource, byType, byThreshold, matcher.threshold(), pairs.size(), compared,
                resolver, comparedAccepted, comparedInBlocks, stage);
    }

    private static PrfScore count(boolean gold, boolean predicted) {
        return PrfScore.of(gold && predicted ? 1 : 0, predicted ? 1 : 0, gold ? 1 : 0);
    }

    /** A plain-text report: decisions overall, by source and type, then the threshold table (Markdown). */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d pairs, %d same; matcher threshold %.2f%n", pairs, decisions.gold(),
                threshold));
        b.append(line("decisions", decisions));
        bySource.forEach((s, v) -> b.append(line("  source " + (s.isEmpty() ? "-" : s), v)));
        byType.forEach((t, v) -> b.append(line("  type " + t, v)));
        b.append(String.format(Locale.ROOT, "candidate stage        compares %d pairs, %d of the %d same (pair completeness %.3f)%n",
                compared.predicted(), compared.truePositives(), compared.gold(), compared.recall()));
        b.append(String.format(Locale.ROOT, "  of the same pairs the matcher accepts: %d of %d (pair completeness %.3f)%n",
                comparedAccepted.truePositives(), comparedAccepted.gold(), comparedAccepted.recall()));
        b.append(String.format(Locale.ROOT, "  in blocks over the %d names: %d pairs, %d same (pair completeness %.3f);"
                        + " %.1f comparisons per name, largest block %d, %d blocks capped (over %d: %d names search none)%n",
                stage.names(), comparedInBlocks.predicted(), comparedInBlocks.truePositives(), comparedInBlocks.recall(),
                stage.comparisonsPerName(), stage.largestBlock(), stage.cappedBlocks(),
                org.namelink.resolution.plan.CandidateBlocks.MAX_SPELLING_BLOCK, stage.cappedNames()));
        b.append(line("resolver, no context", resolver));
        b.append(String.format(Locale.ROOT, "%n| threshold | precision | recall | F1 |%n|---|---|---|---|%n"));
        byThreshold.forEach((t, v) -> b.append(String.format(Locale.ROOT, "| %.2f | %.3f | %.3f | %.3f |%n", t,
                v.precision(), v.recall(), v.f1())));
        return b.toString();
    }

    private static String line(String label, PrfScore s) {
        return String.format(Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f  (%d of %d predicted right, %d same)%n",
                label, s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold());
    }
}
