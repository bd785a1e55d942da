package org.namelink.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.namelink.text.AnalyzedText;

/**
 * Combines finders by an explicit overlap policy: earlier finders take precedence, and a later
 * finder's mention is added only where it overlaps no mention already taken (CoreNLP's own
 * policy for combining its CRF models).
 *
 * <p>Immutable and thread-safe when its finders are.
 */
public final class CombinedMentionFinder implements MentionFinder {

    private final List<MentionFinder> finders;

    private CombinedMentionFinder(List<MentionFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    /** Finders in order of precedence. */
    public static CombinedMentionFinder of(List<MentionFinder> finders) {
        Objects.requireNonNull(finders, "finders");
        if (finders.isEmpty()) {
            throw new IllegalArgumentException("finders must not be empty");
        }
        return new CombinedMentionFinder(finders);
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> taken = new ArrayList<>();
        for (MentionFinder finder : finders) {
            List<Mention> before = List.copyOf(taken);
            for (Mention m : finder.find(text)) {
                if (before.stream().noneMatch(t -> t.span().overlaps(m.span()))) {
                    taken.add(m);
                }
            }
        }
        taken.sort(Comparator.comparing(Mention::span));
        return taken;
    }
}
