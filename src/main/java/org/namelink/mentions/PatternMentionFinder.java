package org.namelink.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Sentence;
import org.namelink.text.Span;
import org.namelink.text.Token;

/**
 * Finds names by common news constructions the tagger misses:
 * <ul>
 *   <li>capitalised words ending in an organisation's head word: "Quds Force", "Popular
 *       Mobilisation Units", "Kataib Sayyid al-Shuhada Brigade" (not "League" or "Group":
 *       in news those name competitions more often than organisations);</li>
 *   <li>capitalised words before "news agency": "Fars news agency";</li>
 *   <li>capitalised words after a form of address: "Mr Hokayem", "Gen. Petraeus", "Ayatollah Sistani".</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class PatternMentionFinder implements MentionFinder {

    static final Set<String> ORGANIZATION_HEADS = Set.of("force", "forces", "corps", "brigade", "brigades", "army",
            "militia", "militias", "movement", "front", "party", "council", "committee", "agency", "organization",
            "organisation", "ministry", "guard", "guards", "battalion", "battalions", "units", "union",
            "airlines", "airways", "bank");

    static final Set<String> ADDRESS_FORMS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt",
            "sgt", "adm", "sen", "rep", "gov", "prof", "ayatollah", "sheikh", "imam", "president", "chancellor");

    private static final Set<String> NOT_NAME_STARTS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "its", "their", "our", "my", "your", "in", "on", "at", "for", "and", "but", "of", "by");

    private PatternMentionFinder() {
    }

    public static PatternMentionFinder create() {
        return new PatternMentionFinder();
    }

    /** Patterns match within one sentence. */
    @Override
    public boolean sentenceLocal() {
        return true;
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                String word = lower(tokens.get(i).text());
                // Heads in capitals belong to headlines, where every word is capitalised anyway.
                if (ORGANIZATION_HEADS.contains(word) && capitalised(tokens.get(i)) && !allCapitals(tokens.get(i).text())) {
                    int start = runStart(tokens, i - 1);
                    if (start < i) {
                        out.add(mention(text, tokens, start, i, EntityType.ORGANIZATION));
                    }
                } else if ((word.equals("news") && i + 1 < tokens.size() && lower(tokens.get(i + 1).text()).equals("agency"))
                        && i > 0 && capitalised(tokens.get(i - 1))) {
                    int start = runStart(tokens, i - 1);
                    if (start < i) {
                        out.add(mention(text, tokens, start, i - 1, EntityType.ORGANIZATION));
                    }
                } else if (ADDRESS_FORMS.contains(stripPeriod(word)) && capitalised(tokens.get(i))) {
                    int j = i + 1;
                    if (j < tokens.size() && tokens.get(j).text().equals(".")) {
                        j++;
                    }
                    int end = j;
                    while (end < tokens.size() && (capitalised(tokens.get(end)) && !isAllPunctuation(tokens.get(end).text())
                            && !ADDRESS_FORMS.contains(stripPeriod(lower(tokens.get(end).text())))
                            || joinsName(tokens, end))) {
                        end++;
                    }
                    if (end > j) {
                        out.add(mention(text, tokens, j, end - 1, EntityType.PERSON));
                    }
                }
            }
        }
        return withoutOverlaps(out);
    }

    /** In text order; of overlapping mentions the first found is kept. */
    private static List<Mention> withoutOverlaps(List<Mention> found) {
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparing(Mention::span));
        List<Mention> out = new ArrayList<>(sorted.size());
        for (Mention m : sorted) {
            if (out.isEmpty() || out.get(out.size() - 1).end() <= m.start()) {
                out.add(m);
            }
        }
        return out;
    }

    /** First index of the run of capitalised name words ending at {@code last} (inclusive). */
    private static int runStart(List<Token> tokens, int last) {
        int start = last + 1;
        while (start - 1 >= 0 && capitalised(tokens.get(start - 1))
                && !NOT_NAME_STARTS.contains(lower(tokens.get(start - 1).text()))
                && !ADDRESS_FORMS.contains(stripPeriod(lower(tokens.get(start - 1).text())))) {
            start--;
        }
        return start;
    }

    private static Mention mention(AnalyzedText text, List<Token> tokens, int first, int last, EntityType type) {
        return Mention.of(text.text(), new Span(tokens.get(first).start(), tokens.get(last).end()), type, "pattern");
    }

    private static boolean capitalised(Token t) {
        String s = t.text();
        if (s.startsWith("al-") || s.startsWith("el-")) {
            return s.length() > 3 && Character.isUpperCase(s.charAt(3));
        }
        return Character.isUpperCase(s.codePointAt(0));
    }

    /** A hyphen or article inside a name, attached to the words around it: Okonjo-Iweala, al-Burhan. */
    private static boolean joinsName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean inner = i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).end() == t.start()
                && t.end() == tokens.get(i + 1).start();
        return inner && (t.text().equals("-") || t.text().equals("al") || t.text().equals("el"));
    }

    private static boolean allCapitals(String s) {
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static boolean isAllPunctuation(String s) {
        return s.chars().noneMatch(Character::isLetterOrDigit);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String stripPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
