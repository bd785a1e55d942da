package org.namelink.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.namelink.text.ResourceLines;

/**
 * The rules added for precision on names nobody has seen (issue 20), which part two names
 * whatever their score, each named in the explanation ({@link NameComparison#conflict}):
 * <ul>
 *   <li>a qualifier word on one side only (South Kordofan, Kordofan): another place or body;
 *   <li>a hyphenated name compared as one unit (Jong-nam, Jong-chul): half of it shared is
 *       not the name shared;
 *   <li>first given names a consonant apart, not only vowels, where the family name is shared
 *       (Rami Haddad, Rani Haddad): romanisations of one name change its vowels and a few consonant classes,
 *       siblings' names change a consonant;
 *   <li>a name of one word with a consonant added, dropped or changed where no romanisation
 *       changes one (Dalton, Dalston): nothing else in the name can confirm it.
 * </ul>
 *
 * <p>Stateless and thread-safe; the word list is read once per JVM and never written after.
 */
final class PartingRules {

    /** The bundled qualifier words. */
    static final String QUALIFIERS_RESOURCE = "/org/namelink/models/qualifier-words.txt";

    /** A consonant written for another at this cost or more is another consonant (m/n, d/n), not a romanisation's. */
    static final double CONSONANT_CHANGE = 0.5;

    private PartingRules() {
    }

    private static final class Holder {
        static final Set<String> QUALIFIERS = readQualifiers();
    }

    private static Set<String> readQualifiers() {
        Set<String> words = new HashSet<>();
        for (ResourceLines.Line line : ResourceLines.ofResource(QUALIFIERS_RESOURCE)) {
            String w = line.text().trim();
            if (w.isEmpty() || w.indexOf(' ') >= 0 || !w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalStateException(QUALIFIERS_RESOURCE + ":" + line.number()
                        + ": expected one folded word, got '" + line.text() + "'");
            }
            words.add(w);
        }
        return Set.copyOf(words);
    }

    /** Whether a folded word qualifies a place's or an organisation's name (South, New, Upper). */
    static boolean isQualifier(String word) {
        return Holder.QUALIFIERS.contains(word);
    }

    /** The first qualifier among {@code words}, or null. */
    static String qualifier(List<String> words) {
        for (String w : words) {
            if (isQualifier(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * The consonant change that makes two words another name, or null: a consonant written for
     * another that no romanisation writes for it (cost over {@value #CONSONANT_CHANGE}: m/n, d/n;
     * not the voicing of t/d, p/b, k/g, which Korean, Somali or Egyptian romanisations change),
     * or a consonant added or dropped (not h, y, w, j, which romanisations add and drop; nor, when
     * {@code sibilantParts}, an s or z, which romanisations write as the second half of x, ts, dz:
     * Aleksandr, Alexander; Uladzimir, Vladimir). {@code c} compares the two words.
     */
    static String consonantChange(WordSimilarity.Comparison c, boolean sibilantParts) {
        for (String e : c.edits()) {
            if (e.startsWith("+") || e.startsWith("-")) {
                char s = symbol(e.substring(1));
                if (s != 0 && !Romanization.isVowel(s) && WordSimilarity.indel(String.valueOf(s), 0, false)
                        >= WordSimilarity.FULL && !(sibilantParts && (s == 's' || s == 'z'))) {
                    return e;
                }
            } else {
                int slash = e.indexOf('/');
                char s = slash > 0 ? symbol(e.substring(0, slash)) : 0;
                char t = slash > 0 ? symbol(e.substring(slash + 1)) : 0;
                if (s != 0 && t != 0 && !Romanization.isVowelLike(s) && !Romanization.isVowelLike(t)
                        && WordSimilarity.substitution(s, t, false) > CONSONANT_CHANGE) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The symbol an edit spells ("sh" is S), or 0 for a longer edit (a particle: +abu). */
    private static char symbol(String spelled) {
        switch (spelled) {
            case "sh":
                return 'S';
            case "ch":
                return 'C';
            case "zh":
                return 'J';
            case "kh":
                return 'X';
            case "ts":
                return 'T';
            case "gh":
                return 'G';
            default:
                return spelled.length() == 1 ? spelled.charAt(0) : 0;
        }
    }

    /**
     * The hyphenated words of a name as written, each as its folded parts ("Kim Jong-nam": [[jong,
     * nam]]), those whose parts are consecutive units of {@code units}, as [first unit, end).
     */
    static List<int[]> hyphenated(String display, List<String> units) {
        List<int[]> out = new ArrayList<>();
        if (display.indexOf('-') < 0) {
            return out;
        }
        for (String token : display.split("\\s+")) {
            if (token.indexOf('-') <= 0) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String p : token.split("-")) {
                String f = Folding.fold(p).replaceAll("[^a-z0-9]", "");
                if (!f.isEmpty()) {
                    parts.add(f);
                }
            }
            if (parts.size() < 2) {
                continue;
            }
            for (int i = 0; i + parts.size() <= units.size(); i++) {
                if (units.subList(i, i + parts.size()).equals(parts)) {
                    out.add(new int[] {i, i + parts.size()});
                    break;
                }
            }
        }
        return out;
    }
}
