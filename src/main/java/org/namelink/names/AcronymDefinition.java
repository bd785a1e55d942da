package org.namelink.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.namelink.mentions.Mention;

/**
 * An acronym defined in the text: "Islamic Revolutionary Guard Corps (IRGC)".
 *
 * <p>Immutable and thread-safe.
 */
public record AcronymDefinition(String longForm, String acronym) {

    public AcronymDefinition {
        Objects.requireNonNull(longForm, "longForm");
        Objects.requireNonNull(acronym, "acronym");
    }

    /**
     * Finds definitions in {@code text}: a mention of two or more words followed by an acronym in
     * parentheses whose letters all occur, in order, among the mention's capital letters.
     */
    public static List<AcronymDefinition> find(String text, List<Mention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        List<AcronymDefinition> found = new ArrayList<>();
        for (Mention m : mentions) {
            int i = m.end();
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != '(') {
                continue;
            }
            int close = text.indexOf(')', i);
            if (close < 0 || close - i > 12) {
                continue;
            }
            String inside = text.substring(i + 1, close).strip();
            String letters = NameAnalyzer.acronymLetters(inside);
            if (!letters.isEmpty() && m.text().strip().contains(" ") && lettersInOrder(letters, m.text())) {
                found.add(new AcronymDefinition(m.text(), inside));
            }
        }
        return found;
    }

    private static boolean lettersInOrder(String letters, String longForm) {
        String lower = longForm.toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        for (int k = 0; k < letters.length(); k++) {
            int at = lower.indexOf(letters.charAt(k), from);
            if (at < 0) {
                return false;
            }
            from = at + 1;
        }
        return true;
    }
}
