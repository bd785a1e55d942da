package org.namelink.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * Refines another tokenizer's tokens the way news text needs for tagging names: splits
 * possessive clitics ("Iran’s" → "Iran", "’s"), hyphenated compounds of names, words and
 * Arabic articles ("US-led", "anti-Isis", "al-Asad", "Trump-Kim"; not a name joined by particles
 * such as "Stoke-on-Trent")
 * and words joined by slashes ("Press/AFP"), so the name stands as a token of its own.
 * Offsets stay those of the original text.
 *
 * <p>Immutable and thread-safe when the wrapped tokenizer is.
 */
public final class NewsTokenizer implements Tokenizer {


    /**
     * Nouns that follow a pair of names joined by a hyphen ("Trump-Kim summit", "London-Paris
     * trains", "Moscow-Beijing ties"): before them, two capitalised parts are two names.
     */
    static final Set<String> RELATION_NOUNS = Set.of(
            "summit", "summits", "talks", "meeting", "meetings", "border", "relations", "ties", "deal", "accord",
            "agreement", "pact", "treaty", "war", "conflict", "rivalry", "dialogue", "trade", "tensions", "dispute",
            "alliance", "axis", "partnership", "cooperation", "negotiations", "flight", "flights", "route",
            "routes", "railway", "rail", "line", "train", "trains", "highway", "road", "pipeline", "corridor",
            "crossing", "match", "game", "clash", "final", "fight", "bout", "debate", "race", "ticket", "handshake");

    private final Tokenizer base;

    private NewsTokenizer(Tokenizer base) {
        this.base = base;
    }

    public static NewsTokenizer wrapping(Tokenizer base) {
        return new NewsTokenizer(Objects.requireNonNull(base, "base"));
    }

    @Override
    public List<Token> tokenize(String text, Span region) {
        List<Token> tokens = base.tokenize(text, region);
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (int i = 0; i < tokens.size(); i++) {
            boolean beforeRelation = i + 1 < tokens.size() && RELATION_NOUNS.contains(tokens.get(i + 1).text());
            splitSlashes(text, tokens.get(i), beforeRelation, out);
        }
        return out;
    }

    /** "Press/AFP" and "website/AFP" are two words: credits join agencies with slashes. */
    private static void splitSlashes(String text, Token t, boolean beforeRelation, List<Token> out) {
        String s = t.text();
        if (s.length() < 2 || s.indexOf('/') < 0 || s.startsWith("http") || s.contains("://")) {
            splitCompound(text, t, beforeRelation, out);
            return;
        }
        int partStart = t.start();
        for (int i = t.start(); i < t.end(); i++) {
            if (text.charAt(i) == '/') {
                if (i > partStart) {
                    splitCompound(text, new Token(new Span(partStart, i), text.substring(partStart, i)), false, out);
                }
                add(text, new Span(i, i + 1), out);
                partStart = i + 1;
            }
        }
        if (partStart < t.end()) {
            splitCompound(text, new Token(new Span(partStart, t.end()), text.substring(partStart, t.end())),
                    beforeRelation, out);
        }
    }

    /**
     * Splits at each hyphen next to a capitalised part or an Arabic article: "US-led", "anti-Isis",
     * "al-Asad", "Ein-al" — the name becomes a token of its own, while "well-known" stays whole.
     */
    private static void splitCompound(String text, Token t, boolean beforeRelation, List<Token> out) {
        String s = t.text();
        if (s.indexOf('-') <= 0 || s.endsWith("-")) {
            splitPossessive(text, t.span(), out);
            return;
        }
        String[] parts = s.split("-", -1);
        boolean split = false;
        for (String p : parts) {
            split |= !p.isEmpty() && (Character.isUpperCase(p.codePointAt(0)) || NameParticles.isArabicArticle(p));
        }
        split = split && (keepsApart(parts) || beforeRelation && parts.length == 2 && allCapitalised(parts));
        if (!split || parts.length > 5) {
            splitPossessive(text, t.span(), out);
            return;
        }
        int pos = t.start();
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                add(text, new Span(pos, pos + 1), out);
                pos++;
            }
            if (!parts[k].isEmpty()) {
                splitPossessive(text, new Span(pos, pos + parts[k].length()), out);
            }
            pos += parts[k].length();
        }
    }

    /**
     * Whether a hyphenated word with a capitalised part stands for names apart: a name beside a
     * lower-case word ("US-led", "anti-Isis", "Hong Kong-based"), an Arabic article ("al-Asad"), a
     * number ("Radio-7") or a country ("US-Iraq"). Otherwise it is one name ("Strauss-Kahn",
     * "Rolls-Royce", "Stoke-on-Trent"); a pair of names is told apart by the noun that follows
     * ({@link #RELATION_NOUNS}: "Trump-Kim summit").
     */
    static boolean keepsApart(String[] parts) {
        if (parts.length > 1 && NameParticles.isArabicArticle(parts[0])
                && !parts[1].isEmpty() && Character.isUpperCase(parts[1].codePointAt(0))) {
            return true;
        }
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            if (!p.isEmpty() && (Character.isDigit(p.codePointAt(0)) || Countries.contains(p))) {
                return true; // "MANOTO-1", "US-Iraq": a name beside a number or a country
            }
            if (p.isEmpty() || !Character.isLowerCase(p.codePointAt(0))) {
                continue;
            }
            boolean inner = k > 0 && k < parts.length - 1 && p.length() <= 3;
            if (!inner) {
                return true; // a lower-case word: "led", "based", "anti"
            }
        }
        return false; // one name: "Strauss-Kahn", "Rolls-Royce", "Stoke-on-Trent"
    }

    private static boolean allCapitalised(String[] parts) {
        for (String p : parts) {
            if (p.isEmpty() || !Character.isUpperCase(p.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static void splitPossessive(String text, Span span, List<Token> out) {
        int n = span.length();
        if (n > 2) {
            char apostrophe = text.charAt(span.end() - 2);
            char s = text.charAt(span.end() - 1);
            if ((apostrophe == '\'' || apostrophe == '\u2019') && (s == 's' || s == 'S')) {
                add(text, new Span(span.start(), span.end() - 2), out);
                add(text, new Span(span.end() - 2, span.end()), out);
                return;
            }
        }
        add(text, span, out);
    }

    private static void add(String text, Span span, List<Token> out) {
        out.add(new Token(span, span.coveredText(text)));
    }
}
