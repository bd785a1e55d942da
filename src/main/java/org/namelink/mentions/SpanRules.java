package org.namelink.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.namelink.text.AnalyzedText;
import org.namelink.text.NameParticles;
import org.namelink.text.Span;

/**
 * Mends mention boundaries as careful annotation draws them:
 * <ul>
 *   <li>an Arabic article written onto the name joins it: "al-" + "Asad" is "al-Asad";</li>
 *   <li>a trailing religious or ethnic descriptor is no part of a name:
 *       "Asa'ib Ahl al-Haq Shia militia" names "Asa'ib Ahl al-Haq";</li>
 *   <li>slashes separate names: "BBC PERSIAN/ VOA PERSIAN" is two mentions;</li>
 *   <li>an acronym defined in parentheses after a mention is a mention of the same type:
 *       "Syrian Democratic Forces (SDF)".</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SpanRules implements MentionStage {

    private static final Pattern ATTACHED_PARTICLE = Pattern.compile(
            "(?:^|[\\s(\"'\u201C\u2018])((?:" + NameParticles.ARABIC_ARTICLE_REGEX + ")-)\\z");
    private static final Set<String> TRAILING_DESCRIPTORS = Set.of("Shia", "Shiite", "Shi'ite", "Sunni", "Muslim",
            "Christian", "Islamist", "Kurdish", "Arab", "Druze", "Jewish");

    private SpanRules() {
    }

    public static SpanRules create() {
        return new SpanRules();
    }

    /** Slashes separate names in credits ("VOA PERSIAN/ MANOTO"): one mention per named part. */
    private static void addSplitAtSlashes(String text, Mention m, List<Mention> out) {
        if (m.text().indexOf('/') < 0) {
            out.add(m);
            return;
        }
        int partStart = m.start();
        for (int i = m.start(); i <= m.end(); i++) {
            if (i == m.end() || text.charAt(i) == '/') {
                Span part = new Span(partStart, i).strip(text);
                if (!part.isEmpty() && part.coveredText(text).chars().anyMatch(Character::isUpperCase)) {
                    out.add(m.withSpan(text, part));
                }
                partStart = i + 1;
            }
        }
    }

    /** The last space inside {@code span}, or -1: looks no further back than the span's start. */
    static int lastSpaceIn(String text, Span span) {
        for (int i = span.end() - 1; i >= span.start(); i--) {
            if (text.charAt(i) == ' ') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<Mention> apply(AnalyzedText analyzed, List<Mention> mentions) {
        String text = analyzed.text();
        List<Mention> out = new ArrayList<>(mentions.size());
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        int previousEnd = 0;
        for (Mention m : sorted) {
            Span span = m.span();
            Matcher particle = ATTACHED_PARTICLE.matcher(text.substring(Math.max(0, span.start() - 5), span.start()));
            // The article joins only when it is no part of the mention before ("Ali al-" then "U.S.").
            if (particle.find() && span.start() - particle.group(1).length() >= previousEnd) {
                span = new Span(span.start() - particle.group(1).length(), span.end());
            }
            previousEnd = Math.max(previousEnd, m.end());
            int lastSpace = lastSpaceIn(text, span);
            if (lastSpace > span.start() && TRAILING_DESCRIPTORS.contains(text.substring(lastSpace + 1, span.end()))) {
                span = new Span(span.start(), lastSpace);
            }
            addSplitAtSlashes(text, span.equals(m.span()) ? m : m.withSpan(text, span), out);
        }
        for (AcronymDefinition.Defined d : AcronymDefinition.definedAfter(text, List.copyOf(out))) {
            if (out.stream().noneMatch(o -> o.span().overlaps(d.acronym()))) {
                out.add(Mention.of(text, d.acronym(), d.longForm().type(), "pattern"));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }
}
