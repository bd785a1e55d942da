package org.namelink.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest a mention may be: {@value #MAX_CHARS} characters. No name of the news is half as long
 * (the longest names of CoNLL 2003 have 63 characters and 10 words), while text made to look like
 * names, a chain of capitalised syllables joined by hyphens megabytes long, gives "names" of thousands
 * of characters, each of hundreds of comparison units, whose comparison costs the product of their
 * lengths. A longer mention is no name and is dropped, whoever found it.
 *
 * <p>Stateless and thread-safe.
 */
public final class NameLength {

    /** The most characters a mention holds. */
    public static final int MAX_CHARS = 128;

    private NameLength() {
    }

    /** Whether {@code m} is short enough to be a name. */
    public static boolean fits(Mention m) {
        return m.text().length() <= MAX_CHARS;
    }

    /** The mentions of {@code mentions} that {@link #fits fit}, in the same order ({@code mentions} itself when all do). */
    public static List<Mention> within(List<Mention> mentions) {
        if (mentions.stream().allMatch(NameLength::fits)) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (fits(m)) {
                out.add(m);
            }
        }
        return out;
    }
}
