package org.namelink.mentions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.namelink.text.CalendarWords;

/**
 * Finds place names that stand for sports teams: in a sports report, "Brazil beat Chile 2-1" is
 * about two national teams, not two countries, and "Leeds drew with Hull" about two clubs. This is
 * the best-known metonymy of news text; entity linkers keep the senses apart because a country and
 * its team are different entities, and merging them across documents joins every match report to
 * every political story about the country.
 *
 * <p>A place or organisation mention takes the team sense when (the resolver then keeps the sense
 * only for names it resolves as places: a club's name denotes the club in every story)
 * <ol>
 *   <li>its document is a sports report: at least {@link #MIN_SPORTS_WORDS} words of a sports
 *       vocabulary (innings, halftime, goals, coach, ...), making up at least
 *       {@link #MIN_SPORTS_SHARE} of its words, one of them about sport in nearly every use
 *       (soccer, innings, halftime, goalkeeper), and a score ("2-1", "228-9") or a results line
 *       ({@link LineLayoutRules});</li>
 *   <li>the same name, somewhere in the document, is a side in a contest: it beats, draws with,
 *       loses to, plays or faces another side ("Wales beat Italy", "lost to Wales", "Wales v
 *       Italy"), or a score follows it ("Wales 2", "Wales 228-9");</li>
 *   <li>and this mention is not used as a place: not after a locative preposition ("in Wales",
 *       "at Wales"), not a nationality in parentheses ("Ian Rush (Wales)"), not followed by a date
 *       or by a comma and another place (a dateline, "CARDIFF, Wales 1996-08-31").</li>
 * </ol>
 * One sense per discourse: a name that is a side once is a side wherever the document does not use
 * it as a place ("Wales captain", "Wales's second goal").
 *
 * <p>Stateless and thread-safe.
 */
public final class TeamSense {

    /** Fewest sports words for a document to count as a sports report. */
    static final int MIN_SPORTS_WORDS = 3;
    /** Smallest share of a document's words that must be sports words. */
    static final double MIN_SPORTS_SHARE = 0.01;

    /** Words about sport in nearly every use: a sports report has at least one of them. */
    private static final Set<String> SPORTS_WORDS = Set.of(
            "soccer", "football", "cricket", "rugby", "tennis", "hockey", "baseball", "basketball",
            "volleyball", "handball", "goalkeeper", "striker", "midfielder", "goalscorer", "halftime",
            "half-time", "innings", "inning", "wicket", "wickets", "batsman", "bowler", "bowled", "semifinal",
            "semifinals", "semi-final", "quarterfinal", "quarter-final", "standings", "homer", "homers", "pitcher");

    /**
     * Words that are about sport in a sports report but common elsewhere ("sanctions as a penalty",
     * "the team of negotiators"): they count towards the vocabulary, never make a report alone.
     */
    private static final Set<String> SPORTS_CONTEXT_WORDS = Set.of(
            "goal", "goals", "scorer", "scorers", "overs", "penalty", "penalties", "qualifier", "qualifiers",
            "tournament", "championship", "league", "squad", "coach", "match", "matches", "seeded", "fixture",
            "fixtures", "stadium", "try", "tries", "scored", "defender", "friendly", "team", "teams", "club",
            "season", "cup");

    /** A score, "2-1" or "228-9", not part of a date or a year range ("2031-05-04", "1996-97"). */
    private static final Pattern SCORE_IN_TEXT = Pattern.compile("(?<![\\d\\-/.])\\d{1,3}-\\d{1,3}(?![\\d\\-/])");

    /** Words before a side: "beat Wales", "against Wales", "lost to Wales". */
    private static final Set<String> BEFORE_SIDE = Set.of(
            "beat", "beats", "beating", "defeated", "defeat", "defeats", "against", "v", "vs", "versus",
            "face", "faces", "facing", "play", "plays", "playing", "host", "hosts", "hosting", "over", "edged",
            "thrashed", "routed", "eliminated", "knocked");

    /** Two-word cues before a side: "lost to Wales", "drew with Wales". */
    private static final Set<String> BEFORE_SIDE_PAIR = Set.of(
            "lost to", "lose to", "loses to", "losing to", "fell to", "drew with", "draw with", "draws with",
            "drawn with", "tied with", "win over", "victory over", "won over", "win against", "draw against");

    /** Words after a side: "Wales beat", "Wales v". */
    private static final Set<String> AFTER_SIDE = Set.of(
            "beat", "beats", "defeated", "drew", "draw", "draws", "won", "win", "wins", "lost", "lose", "loses",
            "v", "vs", "versus", "face", "faces", "host", "hosts", "trail", "trailed", "lead", "led", "scored",
            "edged", "thrashed", "routed", "clinched", "retained", "qualified");

    /** Words before a place: "in Wales". */
    private static final Set<String> LOCATIVE = Set.of(
            "in", "at", "from", "near", "of", "into", "inside", "outside", "across", "throughout", "around",
            "toward", "towards", "via", "visit", "visited", "visiting", "born", "based");

    private static final Pattern SCORE = Pattern.compile("\\d{1,3}(-\\d{1,3})?");
    private static final Pattern YEAR_OR_DATE = Pattern.compile("(1[5-9]|20)\\d\\d([-/.]\\d{1,2}[-/.]\\d{1,2})?");

    private TeamSense() {
    }

    /**
     * The indices of {@code mentions} (mentions of {@code text}, in text order) that name a team
     * rather than a place; empty unless {@code text} is a sports report.
     *
     * @throws IllegalArgumentException if the mentions are not in text order or lie outside the text
     */
    public static Set<Integer> find(String text, List<Mention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.end() > text.length() || i > 0 && m.span().compareTo(mentions.get(i - 1).span()) < 0) {
                throw new IllegalArgumentException("mentions must lie in the text (length " + text.length()
                        + ") in text order, mention " + i + " '" + m.text() + "' at " + m.span() + " does not");
            }
        }
        if (!isSportsReport(text) || !hasScore(text, mentions)) {
            return Set.of();
        }
        Set<String> sides = new HashSet<>();
        Map<Integer, String> candidates = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            // Organisations too: a tagger often types a side as one ("Leeds beat Hull"); the resolver
            // gives the team sense only to names it resolves as places.
            if (m.type() == EntityType.PERSON || usedAsPlace(text, m, mentions, i)) {
                continue;
            }
            String name = nameKey(m.text());
            candidates.put(i, name);
            if (isSide(text, m)) {
                sides.add(name);
            }
        }
        Set<Integer> team = new TreeSet<>();
        candidates.forEach((i, name) -> {
            if (sides.contains(name)) {
                team.add(i);
            }
        });
        return team;
    }

    /** Whether {@code text} reads as a sports report (see the class comment). */
    static boolean isSportsReport(String text) {
        int words = 0;
        int strong = 0;
        int sports = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (SPORTS_WORDS.contains(w)) {
                strong++;
                sports++;
            } else if (SPORTS_CONTEXT_WORDS.contains(w)) {
                sports++;
            }
        }
        return strong >= 1 && sports >= MIN_SPORTS_WORDS && sports >= MIN_SPORTS_SHARE * words;
    }

    /** A contest's result is written somewhere: a score in the text, or a results line or table row. */
    private static boolean hasScore(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.source().equals(LineLayoutRules.TEAM_SOURCE)) {
                return true;
            }
        }
        return SCORE_IN_TEXT.matcher(text).find();
    }

    private static boolean isSide(String text, Mention m) {
        String before = wordBefore(text, m.start());
        if (BEFORE_SIDE.contains(before)) {
            return true;
        }
        int beforeStart = wordStartBefore(text, m.start());
        if (beforeStart >= 0 && BEFORE_SIDE_PAIR.contains(wordBefore(text, beforeStart) + " " + before)) {
            return true;
        }
        String after = tokenAfter(text, m.end());
        if (AFTER_SIDE.contains(after.toLowerCase(Locale.ROOT))) {
            return true;
        }
        // A score right after the name: "Wales 2, Italy 1", "Wales 228-9".
        return SCORE.matcher(after).matches() && !YEAR_OR_DATE.matcher(after).matches();
    }

    private static boolean usedAsPlace(String text, Mention m, List<Mention> mentions, int i) {
        if (LOCATIVE.contains(wordBefore(text, m.start()))) {
            return true;
        }
        char left = charBefore(text, m.start());
        char right = charAfter(text, m.end());
        if (left == '(' && right == ')') {
            return true; // a nationality: "Ian Rush (Wales)"
        }
        String after = tokenAfter(text, m.end());
        if (YEAR_OR_DATE.matcher(after).matches() || CalendarWords.isMonthOrDay(after)) {
            return true; // a dateline: "CARDIFF 1996-08-31", "Cardiff, Wales, Aug 31"
        }
        // A place in apposition: "CARDIFF, Wales" (both sides of the comma).
        if (right == ',' && i + 1 < mentions.size() && mentions.get(i + 1).type() == EntityType.LOCATION
                && onlyCommaBetween(text, m.end(), mentions.get(i + 1).start())) {
            return true;
        }
        return left == ',' && i > 0 && mentions.get(i - 1).type() == EntityType.LOCATION
                && onlyCommaBetween(text, mentions.get(i - 1).end(), m.start());
    }

    private static boolean onlyCommaBetween(String text, int from, int to) {
        return from <= to && text.substring(from, to).strip().equals(",");
    }

    /** Case- and punctuation-free name: WALES = Wales. */
    private static String nameKey(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                b.append(Character.toLowerCase(s.charAt(i)));
            }
        }
        return b.toString();
    }

    private static char charBefore(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 ? text.charAt(i) : '\0';
    }

    private static char charAfter(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : '\0';
    }

    /** Start of the word right before {@code pos} (only white space between), or -1. */
    private static int wordStartBefore(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '.') {
            i--; // "v." and "vs."
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return i + 1 < end ? i + 1 : -1;
    }

    /** The lower-case word right before {@code pos} (only white space between), or "". */
    private static String wordBefore(String text, int pos) {
        int start = wordStartBefore(text, pos);
        if (start < 0) {
            return "";
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The token right after {@code pos}: a word, a number with inner hyphens or dots, or "". */
    private static String tokenAfter(String text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                || (text.charAt(i) == '-' || text.charAt(i) == '/' || text.charAt(i) == '.') && i > start
                && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        return text.substring(start, i);
    }
}
