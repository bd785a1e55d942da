package org.namelink.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Countries;
import org.namelink.text.Span;
import org.namelink.text.TextAnalyzer;

/**
 * Types names by the layout of wire-service lines, where a case-sensitive tagger often fails
 * (capitals, no sentence context):
 * <ul>
 *   <li>a sports result, "Leeds 2 Arsenal 1", or a row of a league table, "Leeds 4 3 1 0 7 4 10",
 *       names teams: organisations, whatever the tagger made of a club named after its town, except
 *       countries, whose national teams CoNLL-style annotation keeps as places;</li>
 *   <li>a dateline, "WIGAN , England 1996-08-31" or "PARIS, Jan 8 (Reuters) -", names places.</li>
 * </ul>
 * Results and table rows count only when a document has at least {@value #MIN_TABLE_LINES} of them.
 * A team or place the tagger missed is added; mentions overlapping it are replaced. The types are
 * final: the mentions are {@link Mention#typeFixed}, exempt from type voting in resolution.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineLayoutRules implements MentionStage {

    /** Source of the mentions of teams in results and tables. */
    public static final String TEAM_SOURCE = "score-line";
    /** Source of the mentions of places in datelines. */
    public static final String DATELINE_SOURCE = "dateline";

    private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019&-]*";
    private static final String NAME = "(" + WORD + "(?: (?:" + WORD + "|'s|\u2019s|\\(\\s?\\p{Lu}\\s?\\)|of|de|the))*)";
    private static final Pattern RESULT = Pattern.compile(
            "^" + NAME + " (\\d{1,3}) " + NAME + " (\\d{1,3})(?: \\(.{1,20}\\))?$");
    /** A table's figures: counts, a percentage written ".556", a fraction, a dash. */
    private static final String FIGURE = " (?:\\d{1,3}(?:\\.\\d+)?|\\.\\d+|\\d+/\\d+|-)";
    private static final Pattern STANDING = Pattern.compile("^" + NAME + "(?:" + FIGURE + "){3,}$");
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'\u2019-]+(?: \\p{Lu}[\\p{Lu}.'\u2019-]+)*)"
                    + "(?: ?, ?(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*))? ?,? ?"
                    + "(?:\\d{4}-\\d{2}-\\d{2}|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2} ?\\(|\\(\\p{Lu}[^()]{0,30}\\) ?[-\u2013\u2014]|\\(\\p{Lu}[\\p{L}.&]{0,15}\\)$)");
    /**
     * Longest line the layout patterns are tried on: results, table rows and datelines are short,
     * and the patterns' repeated groups recurse once per word (a long line would overflow the stack).
     */
    static final int MAX_LINE = 200;
    /** Fewest results lines or table rows in a document for any of them to name teams. */
    static final int MIN_TABLE_LINES = 2;

    private LineLayoutRules() {
    }

    public static LineLayoutRules create() {
        return new LineLayoutRules();
    }

    @Override
    public List<Mention> apply(AnalyzedText analyzed, List<Mention> mentions) {
        String text = analyzed.text();
        List<Mention> found = new ArrayList<>();
        List<Mention> teams = new ArrayList<>();
        int tableLines = 0;
        for (Span line : TextAnalyzer.lines(text)) {
            String s = line.coveredText(text);
            if (s.length() <= MAX_LINE) {
                Matcher r = RESULT.matcher(s);
                if (r.matches()) {
                    teams.add(team(text, line.start(), r, 1));
                    teams.add(team(text, line.start(), r, 3));
                    tableLines++;
                    continue;
                }
                Matcher t = STANDING.matcher(s);
                if (t.matches()) {
                    teams.add(team(text, line.start(), t, 1));
                    tableLines++;
                    continue;
                }
            }
            // A dateline opens a paragraph: only a long line's head is looked at.
            Matcher d = DATELINE.matcher(s).region(0, Math.min(s.length(), MAX_LINE)).useAnchoringBounds(false);
            if (d.lookingAt()) {
                for (int g = 1; g <= 2; g++) {
                    if (d.group(g) != null) {
                        Span span = new Span(line.start() + d.start(g), line.start() + d.end(g));
                        found.add(Mention.ofFixedType(text, span, EntityType.LOCATION, DATELINE_SOURCE));
                    }
                }
            }
        }
        // Results and tables come in blocks; one such line alone is more likely prose ("Boeing 737 Max 8").
        if (tableLines >= MIN_TABLE_LINES || tableLines > 0 && TeamSense.isSportsReport(text)) {
            found.addAll(teams);
        }
        if (found.isEmpty()) {
            return mentions;
        }
        // Found spans never overlap one another (a line gives a result, a row or a dateline).
        NonOverlappingMentions byLayout = new NonOverlappingMentions();
        for (Mention f : found) {
            byLayout.add(f);
        }
        List<Mention> out = new ArrayList<>(found);
        for (Mention m : mentions) {
            if (!byLayout.overlapsAny(m.span())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    private static Mention team(String text, int offset, Matcher m, int group) {
        Span span = new Span(offset + m.start(group), offset + m.end(group));
        EntityType type = Countries.contains(span.coveredText(text)) ? EntityType.LOCATION : EntityType.ORGANIZATION;
        return Mention.ofFixedType(text, span, type, TEAM_SOURCE);
    }
}
