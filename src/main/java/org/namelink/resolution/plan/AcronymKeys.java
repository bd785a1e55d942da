package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.namelink.names.NameKeys;

/**
 * Candidates of acronyms: a long name (two words or more) is filed under its initials, exact and
 * as sorted letters, within its sense; an acronym looks up its exact letters, and only when no long
 * name has them (and it has three letters or more) the same letters in another order.
 *
 * <p>Stateless and thread-safe.
 */
public final class AcronymKeys {

    private AcronymKeys() {
    }

    /** Whether a full name (not a short form) is filed for acronyms: two units or more, no acronym. */
    public static boolean isLongForm(NameGroup g) {
        return !g.form().isAcronym() && g.size() >= 2;
    }

    /** The keys a long form is filed under, in order (one may repeat). */
    public static List<String> longFormKeys(NameGroup g) {
        List<String> keys = new ArrayList<>();
        for (String initials : NameKeys.initials(g.form())) {
            keys.add(g.sense() + initials);
            keys.add(anagramKey(g.sense(), initials));
        }
        return keys;
    }

    /**
     * The long forms an acronym may stand for, looked up in an index of {@link #longFormKeys}.
     *
     * @param block the long forms filed under a key, empty for none
     */
    public static <T> List<T> candidates(NameGroup acronym, Function<String, List<T>> block) {
        String letters = acronym.form().acronym();
        List<T> exact = block.apply(acronym.sense() + letters);
        if (!exact.isEmpty() || letters.length() < 3) {
            return exact;
        }
        return block.apply(anagramKey(acronym.sense(), letters));
    }

    /**
     * The keys an acronym is found under by a long form that arrives after it: its exact letters,
     * and its letters sorted when it has three or more.
     */
    public static List<String> acronymKeys(NameGroup acronym) {
        String letters = acronym.form().acronym();
        return letters.length() < 3 ? List.of(acronym.sense() + letters)
                : List.of(acronym.sense() + letters, anagramKey(acronym.sense(), letters));
    }

    private static String anagramKey(String sense, String letters) {
        return sense + "~" + NameKeys.sortedLetters(letters);
    }
}
