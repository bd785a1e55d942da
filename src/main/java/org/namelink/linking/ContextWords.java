package org.namelink.linking;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The words of a document that tell which article a name stands for ("cricket", "river", "club"):
 * every run of letters, in lower case, at least three letters long.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContextWords {

    /** Shorter runs ("of", "fc", "us") say little and are many. */
    static final int MIN_LETTERS = 3;

    private ContextWords() {
    }

    /**
     * A document's context: its distinct words, in lower case, and a mark for each team sport its
     * headline names ({@code sport:football}, which no word can be): in a sports report a place name
     * mostly stands for its side.
     */
    public static Set<String> ofDocument(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> marks = SportsReport.marks(text);
        if (marks.isEmpty()) {
            return of(text);
        }
        Set<String> words = new HashSet<>(of(text));
        words.addAll(marks);
        return Set.copyOf(words);
    }

    /** The distinct words of {@code text}, in lower case. */
    public static Set<String> of(String text) {
        Objects.requireNonNull(text, "text");
        Set<String> words = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start >= MIN_LETTERS) {
                    words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = -1;
            }
        }
        return Set.copyOf(words);
    }
}
