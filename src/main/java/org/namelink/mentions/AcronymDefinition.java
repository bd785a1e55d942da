package org.namelink.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.namelink.text.Span;

/**
 * An acronym defined in the text: "Islamic Revolutionary Guard Corps (IRGC)". The one place that
 * decides what a definition is: the mention stages add the acronym as a mention, and resolution
 * joins it to its long form.
 *
 * <p>Immutable and thread-safe.
 */
public record AcronymDefinition(String longForm, String acronym) {

    /** Longest parenthesised text (with its padding) that can be an acronym. */
    private static final int MAX_INSIDE = 12;

    public AcronymDefinition {
        Objects.requireNonNull(longForm, "longForm");
        Objects.requireNonNull(acronym, "acronym");
    }

    /**
     * Finds definitions in {@code text}: a mention of two or more words followed, after at most
     * one space, by an acronym in parentheses whose letters all occur, in order, in the mention.
     */
    public static List<AcronymDefinition> find(String text, List<Mention> mentions) {
        List<AcronymDefinition> found = new ArrayList<>();
        for (Defined d : definedAfter(text, mentions)) {
            found.add(new AcronymDefinition(d.longForm().text(), d.acronym().coveredText(text)));
        }
        return found;
    }

    /**
     * The letters an acronym stands for, lower-cased ("I.R.G.C." → "irgc"): its capitals, when it
     * is written only in capitals, periods and ampersands and has 2 to 8 of them; otherwise empty.
     */
    public static String letters(String display) {
        String s = display.strip();
        if (s.isEmpty() || s.length() > MAX_INSIDE) {
            return "";
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                letters.append(Character.toLowerCase(c));
            } else if (c != '.' && c != '&') {
                return "";
            }
        }
        return letters.length() >= 2 && letters.length() <= 8 ? letters.toString().toLowerCase(Locale.ROOT) : "";
    }

    /** A mention and the span of the acronym it defines. */
    record Defined(Mention longForm, Span acronym) {
    }

    /** The mentions that define an acronym, each with the acronym's span, in mention order. */
    static List<Defined> definedAfter(String text, List<Mention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        List<Defined> found = new ArrayList<>();
        for (Mention m : mentions) {
            int open = m.end() < text.length() && text.charAt(m.end()) == ' ' ? m.end() + 1 : m.end();
            if (open >= text.length() || text.charAt(open) != '(' || m.text().strip().indexOf(' ') < 0) {
                continue;
            }
            int close = text.indexOf(')', open);
            if (close < 0 || close - open > MAX_INSIDE) {
                continue;
            }
            int start = open + 1;
            int end = close;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            String letters = letters(text.substring(start, end));
            if (!letters.isEmpty() && lettersInOrder(letters, m.text())) {
                found.add(new Defined(m, new Span(start, end)));
            }
        }
        return found;
    }

    private static boolean lettersInOrder(String letters, String longForm) {
        String lower = longForm.toLowerCase(Locale.ROOT);
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
