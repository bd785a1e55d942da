package org.namelink.names;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The matcher's verdict on two names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param score similarity in [0, 1]
 * @param rule the rule that decided
 * @param same whether the resolver would join the two names with no other context
 * @param explanation the comparison word by word ("qaddafi~gaddafi 0.93 k/g", "muammar=muammar",
 *     "ltd~(none)"), empty for rules that need none (equal, alias, acronym)
 * @param threshold the threshold the score was held against when the score decided: the matcher's,
 *     or the stricter one of two names of one word each ({@link NameMatcher#loneWordThreshold});
 *     empty when a rule decided whatever the score (equal, alias, acronym, two names a rule parts,
 *     a lone word against a longer name with a word left over), so that how near the score came to
 *     deciding otherwise is measured against what decided
 */
public record NameMatch(double score, MatchRule rule, boolean same, List<String> explanation,
                        OptionalDouble threshold) {

    public static final NameMatch NO_MATCH = new NameMatch(0.0, MatchRule.NONE, false);

    public NameMatch {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(threshold, "threshold");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        if (threshold.isPresent() && !(threshold.getAsDouble() > 0.0 && threshold.getAsDouble() <= 1.0)) {
            throw new IllegalArgumentException("threshold must be in (0, 1] or empty, was " + threshold.getAsDouble());
        }
        explanation = List.copyOf(explanation);
    }

    /** A verdict a rule decided, with its word-by-word explanation. */
    public NameMatch(double score, MatchRule rule, boolean same, List<String> explanation) {
        this(score, rule, same, explanation, OptionalDouble.empty());
    }

    /** A verdict a rule decided that needs no word-by-word explanation. */
    public NameMatch(double score, MatchRule rule, boolean same) {
        this(score, rule, same, List.of());
    }

    /** One line: "qaddafi~gaddafi 0.93 k/g, muammar=muammar; transliteration, score 0.95". */
    public String explain() {
        String words = String.join(", ", explanation);
        return (words.isEmpty() ? "" : words + "; ") + rule.label() + String.format(java.util.Locale.ROOT,
                ", score %.2f", score) + (same ? ", same" : ", different");
    }
}
