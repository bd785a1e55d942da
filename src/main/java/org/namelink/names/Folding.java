package org.namelink.names;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import org.namelink.text.InvisibleCharacters;

/**
 * Folds text to lower-case ASCII for comparison: diacritics, ligatures, other scripts
 * (Arabic, Cyrillic, ...) romanised by ICU, curly apostrophes unified, zero-width characters and
 * soft hyphens dropped ({@link InvisibleCharacters}: Has&#x200C;san is Hassan).
 *
 * <p>Thread-safe: ICU documents transliterators as stateless, shareable between threads without
 * synchronisation.
 */
final class Folding {

    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private Folding() {
    }

    /** Lower-case ASCII form of {@code s}; ASCII input takes a fast path without ICU. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String t = ascii ? s : TO_ASCII.transliterate(unifyApostrophes(InvisibleCharacters.strip(s)));
        return t.toLowerCase(Locale.ROOT);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BF' || c == '\u02BE'
                || c == '`' || c == '\u00B4';
    }

    private static String unifyApostrophes(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(isApostrophe(c) ? '\'' : c);
        }
        return b.toString();
    }
}
