package org.namelink.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.namelink.text.AnalyzedText;
import org.namelink.text.CalendarWords;
import org.namelink.text.Sentence;
import org.namelink.text.Span;
import org.namelink.text.Token;

/**
 * One name, one label in a document (Krishnan &amp; Manning 2006): a capitalised token sequence that
 * is tagged somewhere in the document is tagged wherever else it stands untagged, with the type
 * it has most often. In a headline written all in capitals, the sequence is matched whatever its
 * case ("PARIS" after "Paris"). With {@code surnames}, the last word of a tagged full person name
 * standing alone is that person ("Tolland ... said Tolland").
 *
 * <p>Guards against common words: a single word is not matched if the document also uses it in
 * lower case; no match stands next to another capitalised word (it is part of a longer name the
 * tagger did not find: "Jordan" in "Michael Jordan"), except in a line in capitals; nothing is
 * added in page chrome. Runs last, on the mentions the other stages kept.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentConsistency implements MentionStage {

    /**
     * The longest name, in tokens, matched elsewhere: longer mentions cast no vote. Matching tries every
     * length up to the longest at every token, so this bounds the work per token.
     */
    static final int MAX_NAME_TOKENS = 12;

    private final boolean surnames;
    private final boolean capitals;

    private DocumentConsistency(boolean surnames, boolean capitals) {
        this.surnames = surnames;
        this.capitals = capitals;
    }

    /** With surnames and headline matching. */
    public static DocumentConsistency create() {
        return new DocumentConsistency(true, true);
    }

    /**
     * @param surnames a tagged person's last name standing alone is that person
     * @param capitals in a line written in capitals, names match whatever their case
     */
    public static DocumentConsistency create(boolean surnames, boolean capitals) {
        return new DocumentConsistency(surnames, capitals);
    }

    @Override
    public List<Mention> apply(AnalyzedText analyzed, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        String text = analyzed.text();
        Map<String, int[]> full = new HashMap<>();
        Map<String, int[]> fullCaps = new HashMap<>();
        Map<String, int[]> partial = new HashMap<>();
        Set<String> lowercaseWords = new HashSet<>();
        int maxTokens = 1;
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        List<List<Mention>> bySentence = new ArrayList<>(analyzed.sentences().size());
        for (Sentence s : analyzed.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                    lowercaseWords.add(t.text());
                }
            }
            List<Mention> inSentence = overlapping(sorted, s.span());
            bySentence.add(inSentence);
            for (Mention m : inSentence) {
                List<Token> covered = tokensIn(s.tokens(), m.span());
                if (covered.isEmpty() || covered.size() > MAX_NAME_TOKENS || covered.get(0).start() != m.start()
                        || covered.get(covered.size() - 1).end() != m.end()) {
                    continue;
                }
                String key = key(covered, 0, covered.size());
                vote(full, key, m.type());
                vote(fullCaps, key.toUpperCase(Locale.ROOT), m.type());
                maxTokens = Math.max(maxTokens, covered.size());
                if (surnames && m.type() == EntityType.PERSON && covered.size() >= 2) {
                    String last = covered.get(covered.size() - 1).text();
                    if (isNameWord(last)) {
                        vote(partial, last, EntityType.PERSON);
                        // In capitals "MAY" is more likely the month than Theresa May.
                        if (!CalendarWords.isMonthOrDay(last)) {
                            vote(fullCaps, last.toUpperCase(Locale.ROOT), EntityType.PERSON);
                        }
                    }
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions);
        for (int si = 0; si < analyzed.sentences().size(); si++) {
            Sentence s = analyzed.sentences().get(si);
            List<Token> tokens = s.tokens();
            boolean caps = capitals && isCapitalsLine(text, s.span());
            boolean[] taken = new boolean[tokens.size()];
            for (Mention m : bySentence.get(si)) {
                for (int i = Span.firstEndingAfter(tokens, Token::end, m.start()); i < tokens.size() && tokens.get(i).start() < m.end(); i++) {
                    if (tokens.get(i).span().overlaps(m.span())) {
                        taken[i] = true;
                    }
                }
            }
            int i = 0;
            while (i < tokens.size()) {
                int matched = 0;
                EntityType type = null;
                if (!taken[i] && startsUpper(tokens.get(i).text())) {
                    for (int n = Math.min(maxTokens, tokens.size() - i); n >= 1 && matched == 0; n--) {
                        if (anyTaken(taken, i, n)) {
                            continue;
                        }
                        String key = key(tokens, i, i + n);
                        int[] v = full.get(key);
                        if (v == null && n == 1) {
                            v = partial.get(key);
                        }
                        if (v == null && caps) {
                            v = fullCaps.get(key.toUpperCase(Locale.ROOT));
                        }
                        if (v == null || !startsUpper(tokens.get(i + n - 1).text())) {
                            continue;
                        }
                        if (n == 1 && !acceptSingle(tokens.get(i).text(), lowercaseWords)) {
                            continue;
                        }
                        if (!caps && (capitalisedNeighbour(tokens, i - 1) || capitalisedNeighbour(tokens, i + n))) {
                            continue;
                        }
                        matched = n;
                        type = best(v);
                    }
                }
                Span span = matched > 0 ? new Span(tokens.get(i).start(), tokens.get(i + matched - 1).end()) : null;
                if (span != null && !analyzed.isChrome(span)) {
                    out.add(Mention.of(text, span, type, "consistency"));
                    i += matched;
                } else {
                    i++;
                }
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** A single word is a name if it looks like one and the document never writes it in lower case. */
    private static boolean acceptSingle(String w, Set<String> lowercaseWords) {
        return isNameWord(w) && !lowercaseWords.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isNameWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c)
                || c == '-' || c == '\'' || c == '\u2019' || c == '.');
    }

    private static boolean capitalisedNeighbour(List<Token> tokens, int j) {
        if (j < 0 || j >= tokens.size()) {
            return false;
        }
        String w = tokens.get(j).text();
        // A sentence's first word is capitalised anyway.
        return j > 0 && isNameWord(w);
    }

    static boolean isCapitalsLine(String text, Span span) {
        int letters = 0;
        int upper = 0;
        for (int k = span.start(); k < span.end(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper * 10 >= letters * 9;
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    private static boolean anyTaken(boolean[] taken, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(tokens.get(k).text());
        }
        return b.toString();
    }

    private static void vote(Map<String, int[]> votes, String key, EntityType type) {
        votes.computeIfAbsent(key, k -> new int[EntityType.values().length])[type.ordinal()]++;
    }

    private static EntityType best(int[] v) {
        EntityType best = null;
        for (EntityType t : EntityType.values()) {
            if (best == null || v[t.ordinal()] > v[best.ordinal()]) {
                best = t;
            }
        }
        return best;
    }

    /** The mentions overlapping {@code span}, found by binary search: long documents stay linear. */
    private static List<Mention> overlapping(List<Mention> sorted, Span span) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        while (lo > 0 && sorted.get(lo - 1).end() > span.start()) {
            lo--; // a mention that starts before the span and reaches into it
        }
        List<Mention> out = new ArrayList<>();
        for (int k = lo; k < sorted.size() && sorted.get(k).start() < span.end(); k++) {
            if (sorted.get(k).span().overlaps(span)) {
                out.add(sorted.get(k));
            }
        }
        return out;
    }

    private static List<Token> tokensIn(List<Token> tokens, Span span) {
        List<Token> out = new ArrayList<>();
        for (int i = Span.firstEndingAfter(tokens, Token::end, span.start()); i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= span.start() && t.end() <= span.end()) {
                out.add(t);
            }
        }
        return out;
    }
}
