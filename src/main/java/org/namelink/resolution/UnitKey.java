package org.namelink.resolution;

import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameKeys;

/**
 * A comparison unit of a name ("khamenei", "abu mahdi") with what it takes to rule out, cheaply,
 * that the matcher finds it similar to another unit: the consonant skeleton and the length of its
 * last word (the word a bound particle such as abu or bin attaches to).
 *
 * <p>The matcher's word similarity is positive only for words of equal skeleton (equal, respelt,
 * or differing in vowels) and for an organisation's word and its plural; {@link #maySimilar} also
 * lets through words of seven letters or more whose lengths differ by at most one, so that a typo
 * rule in the matcher would still be reached. It is false only when none of these can hold: it
 * never decides a match, it only spares the resolver comparisons bound to fail, so large blocks of
 * candidates cost a few string comparisons each instead of a full similarity.
 * {@code CandidateFilterTest} checks it against the matcher.
 *
 * <p>Immutable and thread-safe.
 */
record UnitKey(String unit, String skeleton, int length) {

    UnitKey {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(skeleton, "skeleton");
    }

    static UnitKey of(String unit) {
        String word = unit.substring(unit.lastIndexOf(' ') + 1);
        return new UnitKey(unit, NameKeys.skeleton(word), word.length());
    }

    /** False only when the matcher's similarity of the two units is certainly 0. */
    boolean maySimilar(UnitKey other, EntityType type) {
        if (skeleton.equals(other.skeleton)) {
            return true;
        }
        if (Math.min(length, other.length) >= 7 && Math.abs(length - other.length) <= 1) {
            return true; // a typo in a long word, should the matcher accept one
        }
        return type == EntityType.ORGANIZATION && (isPlural(unit, other.unit) || isPlural(other.unit, unit));
    }

    private static boolean isPlural(String plural, String singular) {
        return plural.length() == singular.length() + 1 && plural.endsWith("s") && plural.startsWith(singular);
    }
}
