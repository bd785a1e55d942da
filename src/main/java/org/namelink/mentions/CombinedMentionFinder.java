package org.namelink.mentions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.namelink.text.AnalyzedText;

/**
 * Combines finders by an explicit overlap policy: earlier finders take precedence, and a mention
 * is added only where it overlaps no mention already taken (CoreNLP's own policy for combining
 * its CRF models); within one finder, the earlier of two overlapping mentions wins. The result is
 * sorted and free of overlaps.
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

    /** Overlaps are settled within a sentence, so the combination is local when every finder is. */
    @Override
    public boolean sentenceLocal() {
        return finders.stream().allMatch(MentionFinder::sentenceLocal);
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        NonOverlappingMentions taken = new NonOverlappingMentions();
        for (MentionFinder finder : finders) {
            List<Mention> found = new ArrayList<>(finder.find(text));
            found.sort(Comparator.comparing(Mention::span));
            for (Mention m : found) {
                if (!taken.overlapsAny(m.span())) {
                    taken.add(m);
                }
            }
        }
        return taken.inTextOrder();
    }
}
