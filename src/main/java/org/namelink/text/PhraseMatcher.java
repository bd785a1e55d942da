package org.namelink.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds generic chrome prompt phrases ("sign up", "all rights reserved", "download the * app") in the
 * lower-cased words of one line.
 *
 * <p>A phrase is a sequence of words; {@code *} inside a phrase stands for one to three words. A phrase
 * of two or more words is a <em>prompt</em>: every occurrence in the line is reported (the caller decides
 * whether it counts). A one-word phrase, or a phrase written with a leading {@code =}, is a
 * <em>label</em>: it counts only when the whole line is made of labels, prompts, numbers and a few
 * connectives ("Share  Facebook  Twitter", "Comments (12)"). A phrase written with a trailing colon
 * ({@code related:}) is a label that also marks lines it opens ("Related: ...").
 *
 * <p>Immutable and thread-safe; built once by {@link PageCleaner.Builder}. Matching costs time linear in
 * the number of words of the line (times the small number of phrases sharing a first word).
 */
final class PhraseMatcher {

    /** Longest run of words one {@code *} may stand for. */
    static final int MAX_WILDCARD_WORDS = 3;

    /** Words allowed between labels in a label-only line ("Share on Facebook", "Follow us"). */
    private static final Set<String> CONNECTIVES = Set.of(
            "and", "or", "on", "via", "to", "us", "the", "our", "your", "this", "with", "of", "for", "a", "in");

    /**
     * One parsed phrase. A {@code prefix} phrase (written with a trailing colon, "related:") marks a line
     * that it opens followed by a colon ("Related: Ferry returns"); it is also a label.
     */
    record Phrase(String text, List<String> words, boolean label, boolean prefix) {
    }

    /** One phrase found in a line: its text and the word indices {@code [start, end)} it covers. */
    record Hit(String phrase, int start, int end) {
    }

    /**
     * What a line matched: every prompt phrase found (in line order), and the first label when the
     * whole line is made of labels.
     */
    record Result(List<Hit> prompts, Optional<Hit> labelLine) {
    }

    /**
     * The words of a line, lower-cased, with for each word whether it was capitalised in the line and
     * whether it opens a chunk of the line (line start, or after punctuation other than a comma).
     */
    record Words(List<String> words, boolean[] capitalised, boolean[] opensChunk) {
    }

    private final Map<String, List<Phrase>> byFirstWord;
    private final Set<String> prefixes;

    private PhraseMatcher(Map<String, List<Phrase>> byFirstWord, Set<String> prefixes) {
        this.byFirstWord = byFirstWord;
        this.prefixes = prefixes;
    }

    static PhraseMatcher of(List<Phrase> phrases) {
        Map<String, List<Phrase>> map = new HashMap<>();
        Set<String> prefixes = new HashSet<>();
        for (Phrase p : phrases) {
            map.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
            if (p.prefix()) {
                prefixes.add(p.text());
            }
        }
        Map<String, List<Phrase>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new PhraseMatcher(Map.copyOf(frozen), Set.copyOf(prefixes));
    }

    /** True when the words before a line's first colon are a prefix phrase ("related", "see also"). */
    boolean isPrefix(List<String> wordsBeforeColon) {
        return prefixes.contains(String.join(" ", wordsBeforeColon));
    }

    /**
     * Parses one phrase as written in a phrase list (without comments).
     *
     * @throws IllegalArgumentException when the phrase has no word, begins or ends with {@code *}, or is a
     *                                  prefix with a {@code *}
     */
    static Phrase parse(String phrase) {
        String s = phrase.strip();
        boolean label = s.startsWith("=");
        if (label) {
            s = s.substring(1).strip();
        }
        boolean prefix = s.endsWith(":");
        if (prefix) {
            s = s.substring(0, s.length() - 1).strip();
        }
        List<String> words = new ArrayList<>();
        for (String part : s.split("\\s+")) {
            if (part.equals("*")) {
                words.add("*");
            } else {
                words.addAll(words(part));
            }
        }
        if (words.isEmpty() || words.stream().allMatch("*"::equals)) {
            throw new IllegalArgumentException("phrase must contain a word, was '" + phrase + "'");
        }
        if (words.get(0).equals("*") || words.get(words.size() - 1).equals("*")) {
            throw new IllegalArgumentException("phrase must not begin or end with '*', was '" + phrase + "'");
        }
        if (prefix && words.contains("*")) {
            throw new IllegalArgumentException("a prefix phrase must not contain '*', was '" + phrase + "'");
        }
        return new Phrase(String.join(" ", words), List.copyOf(words), label || prefix || words.size() == 1, prefix);
    }

    /** The prompts found in {@code words}, and the label line when all words are labels. */
    Result match(List<String> words) {
        List<Hit> prompts = new ArrayList<>();
        Hit firstLabel = null;
        boolean[] covered = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = byFirstWord.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                int end = matchAt(p.words(), 0, words, i);
                if (end < 0) {
                    continue;
                }
                if (p.label()) {
                    if (firstLabel == null) {
                        firstLabel = new Hit(p.text(), i, end);
                    }
                } else {
                    prompts.add(new Hit(p.text(), i, end));
                }
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
            }
        }
        Hit label = firstLabel;
        for (int i = 0; i < words.size() && label != null; i++) {
            String w = words.get(i);
            if (!covered[i] && !CONNECTIVES.contains(w) && !isNumber(w)) {
                label = null;
            }
        }
        return new Result(List.copyOf(prompts), Optional.ofNullable(label));
    }

    /** End index (exclusive) in {@code words} when {@code phrase[pi..]} matches at {@code wi}, else -1. */
    private static int matchAt(List<String> phrase, int pi, List<String> words, int wi) {
        if (pi == phrase.size()) {
            return wi;
        }
        String pw = phrase.get(pi);
        if (pw.equals("*")) {
            for (int n = 1; n <= MAX_WILDCARD_WORDS && wi + n <= words.size(); n++) {
                int end = matchAt(phrase, pi + 1, words, wi + n);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (wi < words.size() && words.get(wi).equals(pw)) {
            return matchAt(phrase, pi + 1, words, wi + 1);
        }
        return -1;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** The lower-cased words of {@code text}; see {@link #tokenize(String)}. */
    static List<String> words(String text) {
        return tokenize(text).words();
    }

    /**
     * Cuts {@code raw} into words: maximal runs of letters, digits and marks, with an apostrophe (straight
     * or curly) kept between two letters ("editor's"). Everything else separates words. Words are
     * lower-cased (Locale.ROOT) with curly apostrophes made straight.
     */
    static Words tokenize(String raw) {
        String lowerLine = raw.toLowerCase(Locale.ROOT);
        boolean sameLength = lowerLine.length() == raw.length();
        List<String> out = new ArrayList<>();
        List<Boolean> caps = new ArrayList<>();
        List<Boolean> opens = new ArrayList<>();
        int n = raw.length();
        int i = 0;
        while (i < n) {
            int cp = raw.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean apostrophe = false;
            while (i < n) {
                int c = raw.codePointAt(i);
                int len = Character.charCount(c);
                if (isWordChar(c)) {
                    i += len;
                } else if (isApostrophe(c) && i + len < n && Character.isLetter(raw.codePointAt(i + len))) {
                    apostrophe = true;
                    i += len;
                } else {
                    break;
                }
            }
            String w = sameLength ? lowerLine.substring(start, i) : raw.substring(start, i).toLowerCase(Locale.ROOT);
            if (apostrophe) {
                w = w.replace('\u2019', '\'').replace('\u02BC', '\'');
            }
            out.add(w);
            int first = raw.codePointAt(start);
            caps.add(Character.isUpperCase(first) || Character.isTitleCase(first));
            opens.add(opensChunk(raw, start));
        }
        boolean[] capitalised = new boolean[out.size()];
        boolean[] opensChunk = new boolean[out.size()];
        for (int k = 0; k < out.size(); k++) {
            capitalised[k] = caps.get(k);
            opensChunk[k] = opens.get(k);
        }
        return new Words(List.copyOf(out), capitalised, opensChunk);
    }

    /** True at line start, or when the nearest non-space character before {@code at} is not a comma. */
    private static boolean opensChunk(String raw, int at) {
        int k = at;
        while (k > 0 && (Character.isWhitespace(raw.charAt(k - 1)) || Character.isSpaceChar(raw.charAt(k - 1)))) {
            k--;
        }
        if (k == 0) {
            return true;
        }
        char c = raw.charAt(k - 1);
        return c != ',' && !Character.isLetterOrDigit(c) && !isApostrophe(c);
    }

    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC';
    }
}
