package org.namelink.names;

import java.util.Arrays;
import java.util.List;

/**
 * Blocking keys for names, so that a resolver looks up candidates instead of comparing all
 * pairs: word skeletons and initials.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** Consonant skeleton of a folded word: equal for transliteration variants (Erbil, Irbil: rbl). */
    public static String skeleton(String foldedWord) {
        return Transliteration.skeleton(foldedWord);
    }

    /** Initials of a long name: of its content words, and of all its words. */
    public static List<String> initials(NameForm name) {
        return NameMatcher.initials(name);
    }

    public static String sortedLetters(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }
}
