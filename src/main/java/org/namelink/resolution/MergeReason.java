package org.namelink.resolution;

import java.util.Locale;
import java.util.Objects;
import org.namelink.names.MatchRule;

/**
 * Why a variant joined its entity: "Irbil: transliteration of Erbil, 0.91".
 *
 * <p>Immutable and thread-safe.
 *
 * @param variant the variant that joined
 * @param rule the rule that joined it
 * @param matched the variant it was matched with
 * @param score the matcher's score
 */
public record MergeReason(String variant, MatchRule rule, String matched, double score) {

    public MergeReason {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(matched, "matched");
    }

    /** Human-readable explanation. */
    public String explanation() {
        return String.format(Locale.ROOT, "%s: %s of %s, %.2f", variant, rule.label(), matched, score);
    }
}
