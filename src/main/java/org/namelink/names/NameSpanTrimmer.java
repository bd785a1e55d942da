package org.namelink.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.namelink.mentions.Mention;
import org.namelink.mentions.MentionStage;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Span;

/**
 * Trims a mention's span to the name proper: "Ayatollah Ali Khamenei's" becomes "Ali Khamenei"
 * (titles of persons, a leading "the", possessives), and "White House Press" before "Secretary"
 * becomes "White House", as CoNLL-style annotation marks names.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameSpanTrimmer implements MentionStage {

    private final NameAnalyzer analyzer;

    private NameSpanTrimmer(NameAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static NameSpanTrimmer create(NameAnalyzer analyzer) {
        return new NameSpanTrimmer(Objects.requireNonNull(analyzer, "analyzer"));
    }

    /**
     * End of the name when its last word opens a title that the next word completes:
     * "White House Press" before "Secretary" names the White House ("press secretary" is a title).
     */
    private int titleFreeEnd(String text, int start, int end) {
        int lastSpace = end - 1;
        while (lastSpace > start && text.charAt(lastSpace) != ' ') {
            lastSpace--; // no further back than the name: a text without spaces stays linear
        }
        if (lastSpace <= start) {
            return end;
        }
        int nextStart = end;
        while (nextStart < text.length() && text.charAt(nextStart) == ' ') {
            nextStart++;
        }
        int nextEnd = nextStart;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        if (nextEnd == nextStart || nextStart == end) {
            return end;
        }
        String phrase = text.substring(lastSpace + 1, end) + " " + text.substring(nextStart, nextEnd);
        return analyzer.titles().isTitle(phrase) && !analyzer.titles().isTitle(text.substring(lastSpace + 1, end))
                ? lastSpace : end;
    }

    @Override
    public List<Mention> apply(AnalyzedText text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            NameForm form = analyzer.analyze(m.text(), m.type());
            if (form.isEmpty() || form.displayStart() >= form.displayEnd()) {
                continue; // nothing but a title or a determiner: not a name
            }
            int start = m.start() + form.displayStart();
            int end = titleFreeEnd(text.text(), start, m.start() + form.displayEnd());
            // The name without its possessive can end in a space: "McDonald 's" as PTB writes it.
            Span span = new Span(start, end).strip(text.text());
            if (span.isEmpty()) {
                continue;
            }
            if (span.equals(m.span())) {
                out.add(m);
            } else {
                out.add(m.withSpan(text.text(), span));
            }
        }
        return out;
    }
}
