package org.namelink.names;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares single name words across romanisations: vowels differ (Erbil, Irbil, Arbil),
 * consonants double (Asad, Assad), q/k, gh/g, kh/k, ph/f, and Latin spellings of one Arabic
 * or Persian letter vary. Words are equal in "skeleton" (consonants after these equivalences)
 * and differ in few vowels.
 *
 * <p>Stateless and thread-safe.
 */
final class Transliteration {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private Transliteration() {
    }

    /** Consonant skeleton after equivalences: qassem -> ksm, erbil -> rbl, soleimani -> slmn. */
    static String skeleton(String word) {
        String s = normalizeConsonants(word);
        StringBuilder b = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c) || c == ' ') {
                continue;
            }
            if (c != prev) {
                b.append(c);
            }
            prev = c;
        }
        return b.toString();
    }

    /**
     * Word with consonant equivalences applied and doubled letters collapsed, vowels kept:
     * the form whose edit distance counts vowel changes only, when skeletons agree.
     */
    static String normalizeConsonants(String word) {
        // A final h after a vowel is silent (the Arabic ta marbuta): Fallujah = Falluja.
        if (word.length() > 3 && word.endsWith("h") && isVowel(word.charAt(word.length() - 2))) {
            word = word.substring(0, word.length() - 1);
        }
        String w = word.replace("kh", "k").replace("gh", "g").replace("ph", "f").replace("dh", "d")
                .replace("th", "t").replace("ck", "k").replace("q", "k").replace("ou", "u").replace("ee", "i")
                .replace("oo", "u").replace('w', 'u').replace('y', 'i');
        StringBuilder b = new StringBuilder(w.length());
        char prev = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != prev) {
                b.append(c);
            }
            prev = c;
        }
        return b.toString();
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Similarity of two folded words in [0, 1]: 1 for equal words, about 0.9 for transliteration
     * variants, 0 when they are plainly different names.
     */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int boundA = a.lastIndexOf(' ');
        int boundB = b.lastIndexOf(' ');
        if (boundA >= 0 || boundB >= 0) {
            // Bound particles (abu, abd, bin) must agree; then compare the names they bind.
            if (boundA < 0 || boundB < 0 || !a.substring(0, boundA).equals(b.substring(0, boundB))) {
                return 0.0;
            }
            return similarity(a.substring(boundA + 1), b.substring(boundB + 1));
        }
        if (allDigits(a) || allDigits(b)) {
            return 0.0;
        }
        String na = normalizeConsonants(a);
        String nb = normalizeConsonants(b);
        if (na.equals(nb)) {
            return 0.95;
        }
        String sa = skeleton(a);
        String sb = skeleton(b);
        if (!sa.isEmpty() && sa.equals(sb)) {
            int vowelEdits = LEVENSHTEIN.apply(na, nb);
            int shorter = Math.min(na.length(), nb.length());
            int allowed = shorter >= 7 ? 2 : 1;
            if (vowelEdits <= allowed) {
                double score = 0.95 - 0.04 * vowelEdits;
                // A different first letter on a short word (Iran, Oran) is weak evidence alone.
                if (shorter <= 4 && na.charAt(0) != nb.charAt(0)) {
                    score -= 0.12;
                }
                return score;
            }
            return 0.0;
        }
        // No typo rule: the resolver finds candidates by skeleton, so a consonant typo could never
        // reach it, and match must decide as the resolver does.
        return 0.0;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
