package org.namelink.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.EntityType;
import org.namelink.text.NameParticles;
import org.namelink.text.Span;
import org.namelink.text.Token;
import org.namelink.text.WhitespaceTokenizer;

/**
 * Turns a name as written into a {@link NameForm}: strips titles and honorifics (persons),
 * a leading "the", possessives and place designators ("air base", "province"), folds case,
 * diacritics and apostrophes, and understands Arabic and Persian name particles.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameAnalyzer {


    /** Particles that form one name with the next word (Abu Mahdi, Abdel Mahdi, bin Salman). */
    static final Map<String, String> BOUND_PARTICLES = Map.ofEntries(
            Map.entry("abu", "abu"), Map.entry("abou", "abu"), Map.entry("abul", "abu"), Map.entry("abi", "abu"),
            Map.entry("abd", "abd"), Map.entry("abdel", "abd"), Map.entry("abdul", "abd"), Map.entry("abdal", "abd"),
            Map.entry("abdol", "abd"), Map.entry("abdil", "abd"), Map.entry("abdoul", "abd"),
            Map.entry("bin", "bin"), Map.entry("ibn", "bin"), Map.entry("ben", "bin"), Map.entry("bint", "bint"),
            Map.entry("umm", "umm"), Map.entry("um", "umm"));

    /** Trailing words that name the kind of place, not the place: "Ain al-Asad air base". */
    private static final List<List<String>> PLACE_DESIGNATORS = List.of(
            List.of("air", "base"), List.of("airbase"), List.of("air", "field"), List.of("airfield"),
            List.of("military", "base"), List.of("base"), List.of("province"), List.of("governorate"));

    private static final Set<String> DETERMINERS = Set.of("the");

    private final TitleLexicon titles;

    private NameAnalyzer(TitleLexicon titles) {
        this.titles = titles;
    }

    public static NameAnalyzer create(TitleLexicon titles) {
        return new NameAnalyzer(Objects.requireNonNull(titles, "titles"));
    }

    public TitleLexicon titles() {
        return titles;
    }

    /** Analyses {@code surface} as a name of {@code type}. */
    public NameForm analyze(String surface, EntityType type) {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        List<Token> words = WhitespaceTokenizer.create().tokenize(surface, new Span(0, surface.length()));
        List<String> folded = new ArrayList<>(words.size());
        for (Token w : words) {
            folded.add(Folding.fold(w.text()));
        }
        int first = 0;
        int last = words.size(); // exclusive
        if (first < last && DETERMINERS.contains(folded.get(first))) {
            first++;
        }
        if (type == EntityType.PERSON) {
            int t;
            while (first < last - 1 && (t = titles.titleLength(folded.subList(0, last), first)) > 0
                    && first + t < last && (t > 1 || last - first - t >= 2 || titles.isHonorific(folded.get(first)))) {
                // A one-word job title before a lone surname is too often a name itself (Cook,
                // Mason, Judge): strip it only before two or more words, or when it is an honorific.
                first += t;
            }
        }
        int end = last > first ? words.get(last - 1).end() : (first < words.size() ? words.get(first).start() : 0);
        int start = first < last ? words.get(first).start() : end;
        end = start + possessiveFree(surface.substring(start, end));
        String display = surface.substring(start, end);
        List<String> units = units(display, type);
        return new NameForm(surface, type, start, end, units, readsAsWord(display) ? ""
                : AcronymDefinition.letters(display));
    }

    /**
     * A name in capitals that reads as a word (ALBRIGHT, DUBAI in a headline): one word of five or
     * more letters with two or more vowels, not an acronym to spell out (IRGC, NATO).
     */
    static boolean readsAsWord(String display) {
        if (display.length() < 5) {
            return false;
        }
        int vowels = 0;
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            vowels += "AEIOUYaeiouy".indexOf(c) >= 0 ? 1 : 0;
        }
        return vowels >= 2;
    }

    /** Length of {@code s} without a trailing possessive ('s, ’s, s'). */
    private static int possessiveFree(String s) {
        int n = s.length();
        if (n > 2 && Folding.isApostrophe(s.charAt(n - 2)) && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S')) {
            return n - 2;
        }
        if (n > 2 && Folding.isApostrophe(s.charAt(n - 1)) && (s.charAt(n - 2) == 's' || s.charAt(n - 2) == 'S')) {
            return n - 1;
        }
        return n;
    }

    /** Comparison units of a display name. */
    static List<String> units(String display, EntityType type) {
        List<String> raw = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String folded = Folding.fold(display);
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                cur.append(c);
            } else if (c == '.' || c == '\'' || Folding.isApostrophe(c)) {
                // U.S. -> us, Asa'ib -> asaib
                continue;
            } else if (cur.length() > 0) {
                raw.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (type == EntityType.LOCATION) {
            stripDesignator(raw);
        }
        List<String> units = new ArrayList<>(raw.size());
        String pendingBound = null;
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            String fused = fusedAbd(w);
            if (fused != null) {
                // Abdelaziz is Abdel Aziz written as one word.
                pendingBound = pendingBound == null ? "abd" : pendingBound + " abd";
                w = fused;
            }
            // A particle is only a particle when a name follows it ("Al Gore" keeps nothing else).
            boolean hasNext = i + 1 < raw.size();
            if (hasNext && NameParticles.ARABIC_ARTICLES.contains(w)) {
                continue;
            }
            String bound = BOUND_PARTICLES.get(w);
            if (hasNext && bound != null) {
                pendingBound = pendingBound == null ? bound : pendingBound + " " + bound;
                continue;
            }
            units.add(pendingBound == null ? w : pendingBound + " " + w);
            pendingBound = null;
        }
        return units;
    }

    private static String fusedAbd(String w) {
        for (String p : new String[] {"abdul", "abdel", "abdal", "abdol", "abdil"}) {
            if (w.length() >= p.length() + 3 && w.startsWith(p)) {
                return w.substring(p.length());
            }
        }
        return null;
    }

    private static void stripDesignator(List<String> words) {
        for (List<String> d : PLACE_DESIGNATORS) {
            int n = d.size();
            if (words.size() > n && words.subList(words.size() - n, words.size()).equals(d)) {
                words.subList(words.size() - n, words.size()).clear();
                return;
            }
        }
    }
}
