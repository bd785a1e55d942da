package org.namelink.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Refines another tokenizer's tokens the way news text needs for tagging names: splits
 * possessive clitics ("Iran’s" → "Iran", "’s") and hyphenated compounds whose other part is a
 * common affix ("US-led", "Iran-backed", "anti-Isis") and words joined by slashes ("Press/AFP"),
 * so the name stands as a token of its own.
 * Offsets stay those of the original text.
 *
 * <p>Immutable and thread-safe when the wrapped tokenizer is.
 */
public final class NewsTokenizer implements Tokenizer {

    /** Second parts of compounds whose first part is often a name: X-led, X-backed. */
    static final Set<String> SUFFIXES = Set.of("led", "backed", "based", "born", "allied", "aligned", "linked",
            "funded", "run", "owned", "made", "style", "bound", "controlled", "held", "sponsored", "supported",
            "friendly", "related", "brokered", "era", "wide", "american", "iranian", "iraqi", "british", "russian");

    /** First parts of compounds whose second part is often a name: anti-X, pro-X. */
    static final Set<String> PREFIXES = Set.of("anti", "pro", "post", "pre", "non", "ex", "pan", "trans", "mid");

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

    private static void splitCompound(String text, Token t, List<Token> out) {
        String s = t.text();
        int hyphen = s.indexOf('-');
        if (hyphen > 0 && hyphen < s.length() - 1 && s.indexOf('-', hyphen + 1) < 0) {
            String left = s.substring(0, hyphen);
            String right = s.substring(hyphen + 1);
            boolean nameLeft = Character.isUpperCase(left.charAt(0)) && SUFFIXES.contains(right.toLowerCase(Locale.ROOT));
            boolean nameRight = Character.isUpperCase(right.charAt(0)) && PREFIXES.contains(left.toLowerCase(Locale.ROOT));
            if (nameLeft || nameRight) {
                int start = t.start();
                splitPossessive(text, new Span(start, start + hyphen), out);
                add(text, new Span(start + hyphen, start + hyphen + 1), out);
                splitPossessive(text, new Span(start + hyphen + 1, t.end()), out);
                return;
            }
        }
        splitPossessive(text, t.span(), out);
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
