package org.namelink.names;

/**
 * Rewrites a folded word (lower-case ASCII) into symbols that stand for sounds rather than
 * letters, so that romanisations of one name in different conventions come close: the letter
 * groups that spell one sound in English, French, German, Polish, Czech or Dutch ({@code sh},
 * {@code ch}, {@code sch}, {@code sz}, {@code sj} for /ʃ/; {@code tsch}, {@code tch}, {@code cz}
 * for /tʃ/; {@code zh}, {@code dzh}, {@code dj}, {@code dsch} for /dʒ/; {@code kh}, {@code x}
 * for /x/; {@code ts}, {@code tz} for /ts/; {@code ph}, {@code th}, {@code dh}, {@code gh},
 * {@code ck}, {@code q}; {@code ou}, {@code oo}, {@code ee}) become one symbol each, and doubled
 * consonants one. Which sounds are near each other is {@link WordSimilarity}'s business.
 *
 * <p>Upper-case letters are the symbols of letter groups: {@code S} /ʃ/, {@code C} /tʃ/,
 * {@code J} /dʒ, ʒ/, {@code X} /x/, {@code T} /ts/, {@code G} /ɣ/.
 *
 * <p>Stateless and thread-safe.
 */
final class Romanization {

    /** Letter groups, longest first within each first letter; each becomes one symbol. */
    private static final String[][] GROUPS = {
        {"schtsch", "S"}, {"shch", "S"}, {"sch", "S"}, {"sh", "S"}, {"sj", "S"}, {"sz", "S"},
        {"tsch", "C"}, {"tch", "C"}, {"ts", "T"}, {"tz", "T"}, {"th", "t"},
        {"ch", "C"}, {"cz", "C"}, {"ck", "k"},
        {"dzh", "J"}, {"dsch", "J"}, {"dj", "J"}, {"dh", "d"},
        {"zh", "J"}, {"zs", "J"},
        {"kh", "X"}, {"gh", "G"}, {"ph", "f"},
        {"ou", "u"}, {"oo", "u"}, {"ee", "i"},
    };

    /** {@link #GROUPS} by their first letter, longest first as listed; computed once, never written after. */
    private static final String[][][] GROUPS_BY_LETTER = byLetter();

    private static String[][][] byLetter() {
        String[][][] t = new String[128][][];
        for (char c = 0; c < 128; c++) {
            java.util.List<String[]> found = new java.util.ArrayList<>();
            for (String[] g : GROUPS) {
                if (g[0].charAt(0) == c) {
                    found.add(g);
                }
            }
            t[c] = found.toArray(new String[0][]);
        }
        return t;
    }

    private Romanization() {
    }

    /** The symbols of a folded word: {@code qaddafi} -> {@code kadafi}, {@code tscherwonohrad} -> {@code Cerwonohrad}. */
    static String symbols(String word) {
        StringBuilder b = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            String symbol = null;
            int length = 1;
            char first = word.charAt(i);
            for (String[] g : first < 128 ? GROUPS_BY_LETTER[first] : GROUPS) {
                if (word.startsWith(g[0], i)) {
                    symbol = g[1];
                    length = g[0].length();
                    break;
                }
            }
            if (symbol == null && diphthong(word, i)) {
                // aw and au before a consonant are the vowel o (Mawsil, Mosul); ay, ai and ey, e.
                char c = word.charAt(i + 1);
                symbol = c == 'w' || c == 'u' ? "o" : "e";
                length = 2;
            }
            if (symbol == null) {
                char c = word.charAt(i);
                symbol = c == 'q' ? "k" : c == 'x' ? "X" : String.valueOf(c);
            }
            char s = symbol.charAt(0);
            // Doubled consonants are one sound (Assad, Asad); doubled vowels are kept (Saad is not Sad).
            if (b.length() == 0 || b.charAt(b.length() - 1) != s || isVowel(s)) {
                b.append(s);
            }
            i += length;
        }
        // A final h after a vowel is silent (the Arabic ta marbuta): Fallujah = Falluja.
        int n = b.length();
        if (n > 3 && b.charAt(n - 1) == 'h' && isVowel(b.charAt(n - 2))) {
            b.setLength(n - 1);
        }
        return b.toString();
    }

    /**
     * A diphthong written aw, au, ay, ai or ey before a consonant or the end, not at the start (ow
     * is left alone: German writes the Slavic -ov so).
     */
    private static boolean diphthong(String w, int i) {
        if (i == 0 || i + 1 >= w.length()) {
            return false;
        }
        String d = w.substring(i, i + 2);
        boolean known = d.equals("aw") || d.equals("au") || d.equals("ay") || d.equals("ai") || d.equals("ey");
        return known && (i + 2 == w.length() || !isVowelLike(w.charAt(i + 2)));
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Vowels and the letters romanisations use for them (y, w). */
    static boolean isVowelLike(char c) {
        return isVowel(c) || c == 'y' || c == 'w';
    }
}
