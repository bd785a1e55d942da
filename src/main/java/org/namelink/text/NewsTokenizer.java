package org.namelink.text;

import java.util.ArrayList;
import java.util.List;
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
        for (Token t : tokens) {
            splitSlashes(text, t, out);
        }
        return out;
    }

    /** "Press/AFP" and "website/AFP" are two words: credits join agencies with slashes. */
    private static void splitSlashes(String text, Token t, List<Token> out) {
        String s = t.text();
        if (s.length() < 2 || s.indexOf('/') < 0 || s.startsWith("http") || s.contains("://")) {
            splitCompound(text, t, out);
            return;
        }
        int partStart = t.start();
        for (int i = t.start(); i < t.end(); i++) {
            if (text.charAt(i) == '/') {
                if (i > partStart) {
                    splitCompound(text, new Token(new Span(partStart, i), text.substring(partStart, i)), out);
                }
                add(text, new Span(i, i + 1), out);
                partStart = i + 1;
            }
        }
        if (partStart < t.end()) {
            splitCompound(text, new Token(new Span(partStart, t.end()), text.substring(partStart, t.end())), out);
        }
    }

    /**
     * Splits at each hyphen next to a capitalised part or an Arabic article: "US-led", "anti-Isis",
     * "al-Asad", "Ein-al" — the name becomes a token of its own, while "well-known" stays whole.
     */
    private static void splitCompound(String text, Token t, List<Token> out) {
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
        split = split && keepsApart(parts);
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
     * word ("US-led", "anti-Isis", "Hong Kong-based"), a pair of names ("Trump-Kim summit",
     * "London-Paris trains"), an Arabic article ("al-Asad"), a number ("Radio-7"). One name is kept
     * whole only when short lower-case particles join its parts ("Stoke-on-Trent",
     * "Chester-le-Street"): split there, the tagger would see three short names.
     */
    static boolean keepsApart(String[] parts) {
        if (parts.length > 1 && NameParticles.isArabicArticle(parts[0])
                && !parts[1].isEmpty() && Character.isUpperCase(parts[1].codePointAt(0))) {
            return true;
        }
        boolean joinedByParticle = false;
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            if (!p.isEmpty() && Character.isDigit(p.codePointAt(0))) {
                return true;
            }
            if (p.isEmpty() || !Character.isLowerCase(p.codePointAt(0))) {
                continue;
            }
            boolean inner = k > 0 && k < parts.length - 1 && p.length() <= 3;
            if (!inner) {
                return true; // a lower-case word: "led", "based", "anti"
            }
            joinedByParticle = true;
        }
        return !joinedByParticle;
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
