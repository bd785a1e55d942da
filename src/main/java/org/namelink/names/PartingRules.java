package org.namelink.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.namelink.mentions.EntityType;
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
            if (w.isEmpty() || w.indexOf(' ') >= 0 || !w.equals(w.toLowerCase(Locale.ROOT))) {
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

    /**
     * One name's shape, for these rules: its units' words, the index of its first and last name
     * word, its hyphenated words as [first unit, end), and which units aligned.
     */
    record Side(List<String> words, int first, int last, List<int[]> hyphens, boolean[] used) {
        Side {
            words = List.copyOf(words);
            hyphens = List.copyOf(hyphens);
            used = used.clone();
        }
    }

    /** A family name this alike is shared, for the rule on given names a consonant apart. */
    static final double SHARED_FAMILY_NAME = 0.9;

    /**
     * Why two names compared as {@code aligned}, with {@code leftA} and {@code leftB} left over,
     * are different names by these rules, if they are; in the order they are told: a qualifier on
     * one side only (places, organisations), a hyphenated name half aligned (persons), given names
     * a consonant apart with the family name shared (persons: the first name word), a lone word
     * with a consonant changed (persons, organisations).
     */
    static Optional<String> check(EntityType type, List<NameComparison.Aligned> aligned, List<String> leftA,
            List<String> leftB, Side sideA, Side sideB) {
        if (type != EntityType.PERSON && (leftA.isEmpty() != leftB.isEmpty())) {
            String q = qualifier(leftA.isEmpty() ? leftB : leftA);
            if (q != null) {
                return Optional.of("a qualifier on one side only: " + q);
            }
        }
        if (type == EntityType.PERSON) {
            Optional<String> whole = hyphenatedWhole(aligned, sideA, sideB, true);
            whole = whole.isPresent() ? whole : hyphenatedWhole(aligned, sideB, sideA, false);
            if (whole.isPresent()) {
                return whole;
            }
        }
        boolean sharedFamily = false;
        for (NameComparison.Aligned al : aligned) {
            if (al.tag() == NameParts.Tag.NAME) {
                sharedFamily |= (al.a1() - 1 == sideA.last() || al.b1() - 1 == sideB.last())
                        && al.comparison().similarity() >= SHARED_FAMILY_NAME;
            }
        }
        boolean lone = sideA.words().size() == 1 && sideB.words().size() == 1;
        for (NameComparison.Aligned al : aligned) {
            if (al.tag() != NameParts.Tag.NAME || al.comparison().similarity() >= 1 || al.a().indexOf(' ') >= 0
                    || al.b().indexOf(' ') >= 0) {
                continue;
            }
            // The first given name: middle names and patronymics vary more (Nikolaevich, Mykolaiovych).
            boolean given = type == EntityType.PERSON && sharedFamily && al.a0() == sideA.first()
                    && al.b0() == sideB.first() && al.a0() != sideA.last() && al.b0() != sideB.last();
            // One consonant apart, the rest alike: siblings' names (Rami, Rani), not a romanisation,
            // which changes vowels and consonant classes together (Mykola, Nikolay).
            if (given && al.comparison().edits().size() == 1) {
                String change = consonantChange(al.comparison(), true);
                if (change != null) {
                    return Optional.of(al.a() + "~" + al.b() + " given names a consonant apart: " + change);
                }
            }
            if (lone && type != EntityType.LOCATION
                    && al.comparison().similarity() < NameComparison.LETTER_CHANGED_WORD) {
                String change = consonantChange(al.comparison(), false);
                if (change != null) {
                    return Optional.of(al.a() + "~" + al.b() + " one word with a consonant changed: " + change);
                }
            }
        }
        return Optional.empty();
    }

    /** A hyphenated name and what it is compared with whole must be this alike (Byong-chol, Byong Chun). */
    static final double HYPHENATED_WHOLE = 0.8;

    /**
     * A hyphenated name of {@code side} with some units aligned and others left over, compared
     * whole with the words of {@code other} its aligned units align with and the words left over
     * beside them: Jong-nam is not Jong-chul (jongnam, jongchul) nor Jong alone (jongnam, jong),
     * while Byong-chol is Byong Chun. {@code first} says whether {@code side} is the first name.
     */
    private static Optional<String> hyphenatedWhole(List<NameComparison.Aligned> aligned, Side side, Side other,
            boolean first) {
        for (int[] h : side.hyphens()) {
            int from = Integer.MAX_VALUE;
            int to = -1;
            boolean all = true;
            boolean leftBefore = false;
            boolean leftAfter = false;
            for (int k = h[0]; k < h[1]; k++) {
                all &= side.used()[k];
                leftBefore |= !side.used()[k] && to < 0;
                leftAfter |= !side.used()[k] && to >= 0;
                for (NameComparison.Aligned al : aligned) {
                    int s0 = first ? al.a0() : al.b0();
                    int s1 = first ? al.a1() : al.b1();
                    if (k >= s0 && k < s1) {
                        from = Math.min(from, first ? al.b0() : al.a0());
                        to = Math.max(to, first ? al.b1() : al.a1());
                    }
                }
            }
            if (all || to < 0) {
                continue;
            }
            // The other name's words left over beside those aligned, on the side where the hyphenated
            // name has its own left over, belong to the comparison.
            while (leftBefore && from > 0 && !other.used()[from - 1]) {
                from--;
            }
            while (leftAfter && to < other.words().size() && !other.used()[to]) {
                to++;
            }
            String whole = String.join("", side.words().subList(h[0], h[1]));
            String against = String.join("", other.words().subList(from, to)).replace(" ", "");
            double sim = WordSimilarity.similarity(Romanization.symbols(whole), Romanization.symbols(against));
            if (sim < HYPHENATED_WHOLE) {
                return Optional.of(String.format(Locale.ROOT, "%s\u2260%s %.2f: a hyphenated name compared whole",
                        String.join("-", side.words().subList(h[0], h[1])),
                        String.join(" ", other.words().subList(from, to)), sim));
            }
        }
        return Optional.empty();
    }

}
