package org.namelink.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises web-page chrome in text scraped from news sites: icon and button labels, share bars,
 * subscription, paywall and newsletter prompts, sponsored and related-story blocks, comment widgets,
 * cookie and app prompts, copyright footers and menus. Later stages drop entity mentions found there.
 *
 * <p>The text is cut into lines ({@link TextAnalyzer#lines}); every non-blank line gets a
 * verdict. The decision uses only general features, never memorised pages:
 * <ol>
 *   <li><b>Evidence in the line itself</b> (lines of at most {@value #MAX_CHROME_WORDS} words): a
 *       generic prompt phrase from the phrase list ("sign up for our", "all rights reserved") that opens
 *       the line or a chunk of it, is capitalised like a button ("Sponsored Content"), or sits in a line
 *       that addresses the reader ("you", "your", "please") &mdash; so that a report such as "hackers logged
 *       in to the accounts, the bank said" is not chrome; a line made
 *       only of button labels ("Share", "Facebook", "Comments (12)") or opened by a prefix label
 *       ("Related: ...", "Tags: ..."),
 *       icon-label tokens ("ChevronIcon", "Twitter icon"), an unrendered template placeholder
 *       ({@code {{count}}}), or a repeat of an earlier line of the page.</li>
 *   <li><b>Position</b>: real paragraphs (sentences of at least {@value #PARAGRAPH_MIN_WORDS} words, or
 *       any line over {@value #MAX_CHROME_WORDS} words) split the page into a head (before the first
 *       paragraph), a body and a tail (after the last). A run of at least {@value #MIN_RUN_LINES} very
 *       short lines opening or closing the page is a menu or a footer.</li>
 *   <li><b>Neighbours</b>: chrome spreads to adjacent lines that are not sentences and are short: up to
 *       {@value #HEAD_ABSORB_WORDS} words and not headline-like in the head, {@value #BODY_ABSORB_WORDS}
 *       in the body, {@value #TAIL_ABSORB_WORDS} in the tail. A line of at most
 *       {@value #SQUEEZE_MAX_WORDS} words squeezed between two chrome lines is chrome too. Chrome never
 *       spreads across a paragraph, nor to bylines and credits ("By Jane Doe", "(Photo by ...)",
 *       "&copy; Agency"), date lines, name-like lines ("Jane Doe", "Staff Writer") or a line that leads
 *       into a paragraph (a subheading).</li>
 * </ol>
 *
 * <p>The bundled phrase list is the classpath resource {@value #BUNDLED_PHRASES}; its comments document
 * the phrase syntax. Users can add phrases with {@link Builder#addPhrases} and
 * {@link Builder#addPhrasesFrom}.
 *
 * <p>Running time is linear in the length of the text; all patterns are compiled once. Instances are
 * built by {@link #builder()} or {@link #defaults()} and are immutable and thread-safe.
 */
public final class PageCleaner {

    /** Classpath resource holding the bundled generic phrase list. */
    public static final String BUNDLED_PHRASES = "/org/namelink/models/chrome-phrases.txt";

    /** No line of more words than this is ever chrome. */
    public static final int MAX_CHROME_WORDS = 25;

    /** Repeated lines longer than this are kept: a headline repeated under a summary is text. */
    static final int REPEATED_MAX_WORDS = 6;

    private static final String REPEATED = "repeated line";
    /** A line ending a sentence with at least this many words is a real paragraph. */
    static final int PARAGRAPH_MIN_WORDS = 10;
    /** A label-only line (all words are labels) may have at most this many words. */
    static final int LABEL_MAX_WORDS = 10;
    /** Longest non-sentence line that chrome spreads to before the first paragraph (headlines live there). */
    static final int HEAD_ABSORB_WORDS = 6;
    /** Longest non-sentence line that chrome spreads to between paragraphs (related-story lists). */
    static final int BODY_ABSORB_WORDS = 12;
    /** Longest line that a lone icon word ("Twitter icon") marks. */
    static final int ICON_WORD_MAX_WORDS = 6;
    /** A "Label: ..." line is chrome when its colon comes within this many characters. */
    static final int LABEL_PREFIX_MAX_CHARS = 40;
    /** Longest "(Agency/Photographer)" group taken for a photo credit. */
    static final int MAX_CREDIT_PARENTHESIS_CHARS = 120;
    /** Longest non-sentence line that chrome spreads to after the last paragraph. */
    static final int TAIL_ABSORB_WORDS = 15;
    /** Longest line that is chrome when squeezed between two chrome lines. */
    static final int SQUEEZE_MAX_WORDS = 15;
    /** Fewest lines of a menu run at the start or a footer run at the end of the page. */
    static final int MIN_RUN_LINES = 3;
    static final int START_RUN_MAX_WORDS = 3;
    static final int END_RUN_MAX_WORDS = 6;
    /** A line of at least this many words with a verb-like lowercase word looks like a headline. */
    static final int HEADLINE_MIN_WORDS = 4;

    private static final Pattern TEMPLATE = Pattern.compile(
            "\\{\\{[^{}]{0,100}}}|\\$\\{[\\p{L}_][\\p{L}\\p{N}_.]{0,60}}|\\{%[^{}]{0,100}%}");
    private static final Pattern BYLINE = Pattern.compile("[^\\p{L}\\p{N}]*(?i:by)\\s+[\\p{Lu}\\p{Lt}]");
    /** Words that make a credit when followed by "by" ("Photo by", "Additional reporting by"). */
    private static final Set<String> CREDIT_BY_WORDS = Set.of(
            "photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "video",
            "videos", "illustration", "illustrations", "graphic", "graphics", "footage", "reporting", "writing",
            "editing", "reported", "written", "edited", "compiled");
    /** Words that make a credit when followed by a colon ("Photo: ...", "Source: ..."). */
    private static final Set<String> CREDIT_COLON_WORDS = Set.of(
            "photo", "photos", "image", "images", "picture", "pictures", "credit", "credits", "source", "sources",
            "caption");

    private static final Set<String> READER_WORDS = Set.of("you", "your", "yours", "please");
    private static final Set<String> VERB_WORDS = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "shall", "should", "may", "might", "must", "say", "says", "said",
            "get", "gets", "got", "make", "makes", "made", "go", "goes", "went", "take", "takes", "took",
            "win", "wins", "won", "hit", "hits", "vow", "vows", "warn", "warns", "call", "calls");
    private static final Set<String> NAME_PARTICLES = Set.of(
            "de", "da", "di", "del", "della", "des", "du", "van", "von", "der", "den", "al", "el", "bin", "bint",
            "ibn", "la", "le", "dos", "das", "of", "the", "and", "y", "e", "for");
    private static final Set<String> DATE_FILLERS = Set.of(
            "gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt",
            "ist", "jst", "aest", "am", "pm", "a", "m", "p", "at", "on", "of", "the", "updated", "published",
            "posted", "last", "modified", "first", "created", "date", "time");

    private final PhraseMatcher phrases;

    private PageCleaner(PhraseMatcher phrases) {
        this.phrases = phrases;
    }

    /** A cleaner with the bundled generic phrase list. */
    public static PageCleaner defaults() {
        return builder().build();
    }

    /** A builder that starts with the bundled generic phrase list. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The spans of the chrome lines of {@code text} (lines as {@link TextAnalyzer#lines} cuts them), sorted and
     * non-overlapping; offsets are UTF-16 indices into {@code text}. Empty for empty text.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public List<Span> chromeSpans(String text) {
        List<Span> out = new ArrayList<>();
        for (LineVerdict v : classify(text)) {
            if (v.chrome()) {
                out.add(v.span());
            }
        }
        return List.copyOf(out);
    }

    /**
     * A verdict for every non-blank line of {@code text}, in text order. Blank lines (only white space)
     * are not reported.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public List<LineVerdict> classify(String text) {
        Objects.requireNonNull(text, "text must not be null");
        List<Line> lines = analyse(text);
        int n = lines.size();
        if (n == 0) {
            return List.of();
        }
        String[] reason = new String[n];
        boolean[] chrome = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (lines.get(i).seed() != null) {
                chrome[i] = true;
                reason[i] = lines.get(i).seed();
            }
        }

        boolean[] paragraph = new boolean[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            paragraph[i] = !chrome[i] && ((l.sentence() && l.words() >= PARAGRAPH_MIN_WORDS) || l.words() > MAX_CHROME_WORDS);
            if (paragraph[i]) {
                last = i;
                if (first < 0) {
                    first = i;
                }
            }
        }
        Region[] region = new Region[n];
        String[] guard = new String[n];
        for (int i = 0; i < n; i++) {
            region[i] = first < 0 || i < first ? Region.HEAD : i > last ? Region.TAIL : Region.BODY;
            Line l = lines.get(i);
            if (l.credit()) {
                guard[i] = "byline or credit";
            } else if (l.date()) {
                guard[i] = "date line";
            } else if (l.nameLike()) {
                guard[i] = "name or byline";
            } else if (i + 1 < n && paragraph[i + 1]) {
                guard[i] = "heading before a paragraph";
            }
        }

        // Repeats are evidence only on a page that shows chrome of another kind: a scraped page
        // repeats its prompts, a report repeats its table headings.
        boolean scraped = false;
        for (int i = 0; i < n; i++) {
            scraped |= chrome[i] && !REPEATED.equals(reason[i]);
        }
        markRuns(lines, chrome, reason, paragraph, guard, scraped);

        // Chrome spreads to adjacent absorbable lines: one sweep each way closes every chain.
        boolean[] absorbable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            int limit = region[i] == Region.HEAD ? HEAD_ABSORB_WORDS
                    : region[i] == Region.BODY ? BODY_ABSORB_WORDS : TAIL_ABSORB_WORDS;
            absorbable[i] = !chrome[i] && !paragraph[i] && guard[i] == null && !l.sentence() && l.words() <= limit
                    && (region[i] != Region.HEAD || !l.headlineLike());
        }
        for (int i = 1; i < n; i++) {
            if (absorbable[i] && !chrome[i] && spreads(chrome, reason, i - 1, scraped)) {
                chrome[i] = true;
                reason[i] = "short line in a chrome block";
            }
        }
        for (int i = n - 2; i >= 0; i--) {
            if (absorbable[i] && !chrome[i] && spreads(chrome, reason, i + 1, scraped)) {
                chrome[i] = true;
                reason[i] = "short line in a chrome block";
            }
        }
        // A short line squeezed between chrome lines (or closing the page after chrome) is chrome.
        for (int i = 1; i < n; i++) {
            Line l = lines.get(i);
            boolean nextChrome = i + 1 < n ? chrome[i + 1] : region[i] == Region.TAIL;
            if (!chrome[i] && chrome[i - 1] && nextChrome && !paragraph[i] && guard[i] == null
                    && l.words() <= SQUEEZE_MAX_WORDS && (region[i] != Region.HEAD || !l.headlineLike())) {
                chrome[i] = true;
                reason[i] = "line between chrome lines";
            }
        }

        List<LineVerdict> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Line l = lines.get(i);
            String why = chrome[i] ? reason[i] : keepReason(l, paragraph[i], guard[i]);
            out.add(new LineVerdict(new Span(l.start(), l.end()), chrome[i], why));
        }
        return List.copyOf(out);
    }

    /** Chrome spreads from lines with evidence; a repeat spreads only on a page with other chrome. */
    private static boolean spreads(boolean[] chrome, String[] reason, int i, boolean scraped) {
        return chrome[i] && (scraped || !REPEATED.equals(reason[i]));
    }

    private static String keepReason(Line l, boolean paragraph, String guard) {
        if (paragraph) {
            return l.sentence() ? "paragraph" : "long line";
        }
        if (guard != null) {
            return guard;
        }
        if (l.sentence()) {
            return "sentence";
        }
        if (l.headlineLike()) {
            return "headline-like line";
        }
        return "short line, no chrome nearby";
    }

    /**
     * Menus opening the page and footers closing it: at least {@value #MIN_RUN_LINES} very short
     * non-sentence lines at the very start or end (lines already chrome may sit among them but do not count).
     */
    private static void markRuns(List<Line> lines, boolean[] chrome, String[] reason, boolean[] paragraph,
                                 String[] guard, boolean scraped) {
        int n = lines.size();
        // A run counts only when anchored by a line with chrome evidence of its own: results
        // tables and lists of short lines are text until a prompt or icon shows they are a menu.
        int end = 0;
        int members = 0;
        boolean anchored = false;
        while (end < n && (chrome[end] || runMember(lines.get(end), paragraph[end], guard[end], START_RUN_MAX_WORDS))) {
            members += chrome[end] ? 0 : 1;
            anchored |= spreads(chrome, reason, end, scraped);
            end++;
        }
        if (members >= MIN_RUN_LINES && anchored) {
            for (int i = 0; i < end; i++) {
                if (!chrome[i]) {
                    chrome[i] = true;
                    reason[i] = "run of short lines at page start";
                }
            }
        }
        int start = n;
        members = 0;
        anchored = false;
        while (start > 0
                && (chrome[start - 1] || runMember(lines.get(start - 1), paragraph[start - 1], guard[start - 1], END_RUN_MAX_WORDS))) {
            members += chrome[start - 1] ? 0 : 1;
            anchored |= spreads(chrome, reason, start - 1, scraped);
            start--;
        }
        if (members >= MIN_RUN_LINES && anchored) {
            for (int i = start; i < n; i++) {
                if (!chrome[i]) {
                    chrome[i] = true;
                    reason[i] = "run of short lines at page end";
                }
            }
        }
    }

    /** A possible menu or footer item: short, no sentence, no paragraph; names count, credits and headings do not. */
    private static boolean runMember(Line l, boolean paragraph, String guard, int maxWords) {
        return !paragraph && !l.sentence() && (guard == null || l.nameLike()) && !l.credit() && !l.date()
                && l.words() <= maxWords;
    }

    // ------------------------------------------------------------------ line analysis

    private enum Region { HEAD, BODY, TAIL }

    /** Features of one non-blank line; {@code seed} is the reason of its own chrome evidence, or null. */
    private record Line(int start, int end, int words, boolean sentence, boolean credit, boolean date,
                        boolean nameLike, boolean verbLike, String seed) {

        boolean headlineLike() {
            return words >= HEADLINE_MIN_WORDS && verbLike;
        }
    }

    private List<Line> analyse(String text) {
        List<Line> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // The same lines the text stage cuts, so that a chrome span is always a whole line of it.
        for (Span line : TextAnalyzer.lines(text)) {
            out.add(analyseLine(text, line.start(), line.end(), seen));
        }
        return out;
    }

    private Line analyseLine(String text, int start, int end, Set<String> seen) {
        String raw = text.substring(start, end);
        List<String> tokens = whitespaceTokens(raw);
        PhraseMatcher.Words tok = PhraseMatcher.tokenize(raw);
        List<String> lower = tok.words();
        int words = 0;
        for (String t : tokens) {
            if (hasWordChar(t)) {
                words++;
            }
        }
        boolean sentence = endsSentence(raw);
        boolean credit = isCredit(raw, lower);
        String key = String.join(" ", lower);
        boolean repeated = !key.isEmpty() && !seen.add(key);
        String seed = words <= MAX_CHROME_WORDS ? seed(raw, tokens, tok, words, sentence, repeated) : null;
        return new Line(start, end, words, sentence, credit, isDateLine(lower), isNameLike(tokens, sentence),
                hasVerbLikeWord(tokens), seed);
    }

    private String seed(String raw, List<String> tokens, PhraseMatcher.Words tok, int words, boolean sentence,
                        boolean repeated) {
        if ((raw.indexOf('{') >= 0) && TEMPLATE.matcher(raw).find()) {
            return "unrendered template placeholder";
        }
        if (hasIconLabel(tokens, words, sentence)) {
            return "icon label";
        }
        PhraseMatcher.Result found = phrases.match(tok.words());
        boolean addressesReader = addressesReader(tok.words());
        for (PhraseMatcher.Hit h : found.prompts()) {
            if (addressesReader || tok.opensChunk()[h.start()] || writtenAsLabel(tok, h)) {
                return "prompt phrase '" + h.phrase() + "'";
            }
        }
        if (found.labelLine().isPresent() && words <= LABEL_MAX_WORDS) {
            return "button label '" + found.labelLine().get().phrase() + "'";
        }
        int colon = raw.indexOf(':');
        if (colon > 0 && colon <= LABEL_PREFIX_MAX_CHARS) {
            List<String> prefix = PhraseMatcher.words(raw.substring(0, colon));
            if (!prefix.isEmpty() && phrases.isPrefix(prefix)) {
                return "label prefix '" + String.join(" ", prefix) + ":'";
            }
        }
        if (repeated && words <= REPEATED_MAX_WORDS) {
            // Longer repeats are usually a headline shown twice or a results table, not chrome.
            return REPEATED;
        }
        return null;
    }

    /** True when the line speaks to the reader ("you", "your", "please"), as prompts do and reports rarely. */
    private static boolean addressesReader(List<String> words) {
        for (String w : words) {
            if (READER_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when every word of four or more letters in the hit is capitalised, as on a button. */
    private static boolean writtenAsLabel(PhraseMatcher.Words tok, PhraseMatcher.Hit h) {
        boolean any = false;
        for (int k = h.start(); k < h.end(); k++) {
            if (tok.words().get(k).length() >= 4) {
                if (!tok.capitalised()[k]) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Bylines and credits: "By Jane Doe", "(Photo by ...)", "Additional reporting by ...", "Source: ...",
     * a copyright sign, or a closing parenthesis with a slash ("(Agency/Photographer)").
     */
    private static boolean isCredit(String raw, List<String> lower) {
        if (raw.indexOf('\u00A9') >= 0 || BYLINE.matcher(raw).lookingAt()) {
            return true;
        }
        for (int i = 0; i + 1 < lower.size(); i++) {
            if (lower.get(i + 1).equals("by") && CREDIT_BY_WORDS.contains(lower.get(i))) {
                return true;
            }
        }
        for (int c = raw.indexOf(':'); c >= 0; c = raw.indexOf(':', c + 1)) {
            int e = c;
            while (e > 0 && isSpace(raw.charAt(e - 1))) {
                e--;
            }
            int b = e;
            while (b > 0 && Character.isLetter(raw.charAt(b - 1))) {
                b--;
            }
            if (b < e && (b == 0 || !Character.isLetterOrDigit(raw.charAt(b - 1)))
                    && CREDIT_COLON_WORDS.contains(raw.substring(b, e).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return endsWithSlashedParenthesis(raw);
    }

    /** True when the line ends (but for punctuation) with a short "(...)" group holding a slash. */
    private static boolean endsWithSlashedParenthesis(String raw) {
        int close = raw.lastIndexOf(')');
        if (close < 0) {
            return false;
        }
        for (int i = close + 1; i < raw.length(); i++) {
            if (Character.isLetterOrDigit(raw.charAt(i))) {
                return false;
            }
        }
        boolean slash = false;
        for (int i = close - 1; i >= 0 && close - i <= MAX_CREDIT_PARENTHESIS_CHARS; i--) {
            char c = raw.charAt(i);
            if (c == '(') {
                return slash;
            }
            if (c == ')') {
                return false;
            }
            slash |= c == '/';
        }
        return false;
    }

    private static boolean hasIconLabel(List<String> tokens, int words, boolean sentence) {
        for (String t : tokens) {
            int k = t.indexOf("Icon");
            while (k >= 0) {
                boolean glued = t.length() > 4;
                boolean leftOk = k == 0 || Character.isLowerCase(t.charAt(k - 1));
                boolean rightOk = k + 4 == t.length() || !Character.isLowerCase(t.charAt(k + 4));
                if (glued && leftOk && rightOk) {
                    return true;
                }
                k = t.indexOf("Icon", k + 1);
            }
        }
        if (words <= ICON_WORD_MAX_WORDS && !sentence) {
            for (String t : tokens) {
                String w = stripNonLetters(t).toLowerCase(Locale.ROOT);
                if (w.equals("icon") || w.equals("icons")) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ features

    private static List<String> whitespaceTokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.add(s.substring(i, j));
            }
            i = j;
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean hasWordChar(String t) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (PhraseMatcher.isWordChar(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * True when the line is a sentence: its first letter or digit is not a lowercase letter, and it ends
     * (before closing quotes, brackets and dashes) with {@code . ! ?} but not with an ellipsis, which marks
     * a cut teaser.
     */
    static boolean endsSentence(String raw) {
        int e = raw.length();
        while (e > 0) {
            char c = raw.charAt(e - 1);
            if (isSpace(c) || "\"'\u201D\u2019\u00BB)]}*\u2013\u2014-".indexOf(c) >= 0) {
                e--;
            } else {
                break;
            }
        }
        if (e == 0) {
            return false;
        }
        char last = raw.charAt(e - 1);
        if (last != '.' && last != '!' && last != '?' && last != '\u3002' && last != '\uFF01' && last != '\uFF1F') {
            return false;
        }
        if (last == '.' && e >= 2 && raw.charAt(e - 2) == '.') {
            return false;
        }
        for (int i = 0; i < e; ) {
            int cp = raw.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return !Character.isLowerCase(cp);
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** A date or time stamp: only month and day names, numbers, time zones and a few fillers. */
    private static boolean isDateLine(List<String> lower) {
        boolean name = false;
        boolean number = false;
        for (String w : lower) {
            if (CalendarWords.MONTHS_AND_DAYS.contains(w)) {
                name = true;
            } else if (isNumeral(w)) {
                number = true;
            } else if (!DATE_FILLERS.contains(w)) {
                return false;
            }
        }
        return name && number;
    }

    private static boolean isNumeral(String w) {
        int i = 0;
        while (i < w.length() && Character.isDigit(w.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        String rest = w.substring(i);
        return rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
    }

    /**
     * A short run of capitalised words, like a person's name or a job title ("Jane Doe",
     * "Agence France-Presse", "Staff Writer"): two to five words, no digits, no sentence end.
     */
    private static boolean isNameLike(List<String> tokens, boolean sentence) {
        if (sentence) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String t : tokens) {
            String w = stripNonLetters(t);
            if (w.isEmpty()) {
                if (hasWordChar(t)) {
                    return false;
                }
                continue;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return false;
                }
            }
            words++;
            int cp = w.codePointAt(0);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                capitalised++;
            } else if (!NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return words >= 2 && words <= 5 && capitalised >= 2;
    }

    /**
     * True when some lowercase word looks like a verb: an auxiliary or common news verb, or a word of
     * four or more letters ending in -ed, -ing or -s (a crude but language-model-free test).
     */
    private static boolean hasVerbLikeWord(List<String> tokens) {
        for (String t : tokens) {
            String w = stripNonLetters(t);
            if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
                continue;
            }
            if (VERB_WORDS.contains(w)) {
                return true;
            }
            if (w.length() >= 4 && (w.endsWith("ed") || w.endsWith("ing")
                    || (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")))) {
                return true;
            }
        }
        return false;
    }

    /** The token without leading and trailing characters that are not letters (keeps inner '-' and '''). */
    private static String stripNonLetters(String t) {
        int s = 0;
        int e = t.length();
        while (s < e && !Character.isLetter(t.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetter(t.charAt(e - 1))) {
            e--;
        }
        return t.substring(s, e);
    }

    // ------------------------------------------------------------------ builder

    /**
     * Builds a {@link PageCleaner}. Starts with the bundled phrase list ({@value #BUNDLED_PHRASES}).
     * Not thread-safe; the built cleaner is immutable and thread-safe.
     */
    public static final class Builder {

        private final Map<String, PhraseMatcher.Phrase> phrases = new LinkedHashMap<>();

        private Builder() {
            Bundled.PHRASES.forEach(this::put);
        }

        /**
         * Adds phrases, each written as in a phrase file: words, {@code *} for one to three words, an
         * optional leading {@code =} for a label-only phrase, an optional trailing {@code :} for a line
         * prefix ("related:").
         *
         * @throws NullPointerException     when {@code phrases} or one of its elements is null
         * @throws IllegalArgumentException when a phrase has no word, begins or ends with {@code *}, or is a
         *                                  prefix with a {@code *}
         */
        public Builder addPhrases(Collection<String> phrases) {
            Objects.requireNonNull(phrases, "phrases must not be null");
            List<PhraseMatcher.Phrase> parsed = new ArrayList<>();
            for (String p : phrases) {
                Objects.requireNonNull(p, "phrases must not contain null, was " + phrases);
                parsed.add(PhraseMatcher.parse(p));
            }
            parsed.forEach(this::put);
            return this;
        }

        /**
         * Adds the phrases of a UTF-8 phrase file: one phrase per line, {@code #} starts a comment,
         * blank lines are ignored.
         *
         * @throws UncheckedIOException     when the file cannot be read; the message names the path
         * @throws IllegalArgumentException when a line is not a valid phrase; the message names the path
         *                                  and the line number
         */
        public Builder addPhrasesFrom(Path file) {
            Objects.requireNonNull(file, "file must not be null");
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read chrome phrases from '" + file + "': " + e, e);
            }
            parseList(lines, file.toString()).forEach(this::put);
            return this;
        }

        /** The cleaner with the phrases added so far. */
        public PageCleaner build() {
            return new PageCleaner(PhraseMatcher.of(List.copyOf(phrases.values())));
        }

        private void put(PhraseMatcher.Phrase p) {
            phrases.put((p.label() ? "=" : "") + p.text() + (p.prefix() ? ":" : ""), p);
        }
    }

    /** Parses the lines of a phrase list; {@code source} names it in error messages. */
    static List<PhraseMatcher.Phrase> parseList(List<String> lines, String source) {
        List<PhraseMatcher.Phrase> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String phrase = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (phrase.isEmpty()) {
                continue;
            }
            try {
                out.add(PhraseMatcher.parse(phrase));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The bundled phrase list, read once on first use. */
    private static final class Bundled {
        static final List<PhraseMatcher.Phrase> PHRASES = load();

        private static List<PhraseMatcher.Phrase> load() {
            try (InputStream in = PageCleaner.class.getResourceAsStream(BUNDLED_PHRASES)) {
                if (in == null) {
                    throw new IllegalStateException("bundled chrome phrase list is missing from the classpath: "
                            + BUNDLED_PHRASES);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                return List.copyOf(parseList(r.lines().toList(), BUNDLED_PHRASES));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled chrome phrases " + BUNDLED_PHRASES + ": " + e, e);
            }
        }
    }
}
