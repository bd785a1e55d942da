package org.namelink.text;

/**
 * Characters that print as nothing inside a word: the zero-width space (U+200B), non-joiner (U+200C)
 * and joiner (U+200D), the word joiner (U+2060), the byte-order mark or zero-width no-break space
 * (U+FEFF) and the soft hyphen (U+00AD). Text copied from web pages and word processors carries them
 * inside names ("Has&#x200C;san", "Bagh&#xAD;dad"); a name is compared, and tagged, as if they were
 * not there, while its text stays as written.
 *
 * <p>Stateless and thread-safe.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** Whether {@code c} is one of the invisible characters. */
    public static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Whether {@code s} holds an invisible character. */
    public static boolean containsAny(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isInvisible(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} without its invisible characters ({@code s} itself when it has none). */
    public static String strip(String s) {
        if (!containsAny(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isInvisible(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
