package org.namelink.names;

import java.util.Objects;

/**
 * The matcher's verdict on two names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param score similarity in [0, 1]
 * @param rule the rule that decided
 * @param same whether the resolver would join the two names with no other context
 */
public record NameMatch(double score, MatchRule rule, boolean same) {

    public static final NameMatch NO_MATCH = new NameMatch(0.0, MatchRule.NONE, false);

    public NameMatch {
        Objects.requireNonNull(rule, "rule");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }
}
