package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatch;

/**
 * Step 7 of the {@link ResolutionPlan}, short forms: a short form (Soleimani, al-Asad, Revolutionary Guards) joins a longer
 * name only when exactly one entity fits, decided per document: the one fitting entity named in the
 * same document; else, when none is, the one fitting entity of the corpus. Where several fit (in
 * the document when any is named there), the one whose long form writes the short form's words as
 * it does is the one fitting entity, if it is the only such (Dole is Bob Dole, not C. Tolley,
 * whose surname it fits as a respelling). A place or organisation named more often alone than in
 * full is a name of its own (Australia is no short form of a run-together "South Korea
 * Australia").
 *
 * <p>Stateless and thread-safe.
 */
public final class ShortForms {

    private ShortForms() {
    }

    /**
     * An entity a short form fits.
     *
     * @param inDocument whether the entity has a full-name mention in the short form's document
     * @param mentionCount the entity's mentions over the corpus
     * @param writtenAlike whether one of the entity's fitting long forms writes the short form's
     *                     words as it does ({@link #writtenAlike(NameForm, NameForm)})
     */
    public record Fit(boolean inDocument, int mentionCount, boolean writtenAlike) {
    }

    /**
     * Whether {@code longForm} writes each of {@code shortForm}'s words as it does (after folding):
     * Dole in Bob Dole, not in C. Tolley.
     */
    public static boolean writtenAlike(NameForm shortForm, NameForm longForm) {
        Objects.requireNonNull(shortForm, "shortForm must not be null");
        Objects.requireNonNull(longForm, "longForm must not be null");
        return longForm.units().containsAll(shortForm.units());
    }

    /**
     * The entity the short form's mentions in one document join, if any: the one fitting entity
     * named in the document, else (none named there) the one fitting entity; where several fit
     * (in the document, or none being there, in the corpus), the one of them that writes the
     * short form alike, if it is the only such; and a place or organisation only if the entity
     * has at least as many mentions as the short form.
     *
     * <p>When any fitting entity is named in the document, the others are not read: an executor may
     * pass only the fits named in the document, and, for the documents that name none, decide once
     * per short form over all its fits (the choice is the same fit).
     *
     * @param type the short form's type
     * @param shortFormMentions the short form's mentions over the corpus
     * @param fitting the entities it fits, each once
     * @return the index into {@code fitting} of the entity it joins
     */
    public static OptionalInt choose(EntityType type, int shortFormMentions, List<Fit> fitting) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(fitting, "fitting must not be null");
        boolean anyInDocument = fitting.stream().anyMatch(Fit::inDocument);
        int chosen = only(fitting, f -> !anyInDocument || f.inDocument());
        if (chosen == AMBIGUOUS) {
            chosen = only(fitting, f -> (!anyInDocument || f.inDocument()) && f.writtenAlike());
        }
        if (chosen < 0) {
            return OptionalInt.empty();
        }
        if (type != EntityType.PERSON && shortFormMentions > fitting.get(chosen).mentionCount()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(chosen);
    }

    private static final int NONE = -1;
    private static final int AMBIGUOUS = -2;

    /** The index of the one fit that passes {@code test}, else {@link #NONE} or {@link #AMBIGUOUS}. */
    private static int only(List<Fit> fitting, Predicate<Fit> test) {
        int found = NONE;
        for (int i = 0; i < fitting.size(); i++) {
            if (test.test(fitting.get(i))) {
                if (found != NONE) {
                    return AMBIGUOUS;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * A cluster a short form fits: the first of its long forms found in it, with its match, and
     * whether any of them writes the short form alike ({@link Fit#writtenAlike}).
     */
    public record ClusterFit<T>(long root, T longForm, NameMatch match, boolean writtenAlike) {
    }

    /**
     * The clusters a short form's fits ({@link ResolutionPlan#shortFormFits}, in block order) lie in once the
     * clusters are final, in order of their first fit: what {@link #choose} chooses among,
     * per document.
     *
     * @param root the root of a long form's cluster
     */
    public static <T> List<ClusterFit<T>> fitsByCluster(List<ResolutionPlan.Found<T>> fits, ToLongFunction<? super T> root) {
        Map<Long, ClusterFit<T>> byRoot = new LinkedHashMap<>();
        for (ResolutionPlan.Found<T> f : fits) {
            long r = root.applyAsLong(f.h());
            ClusterFit<T> first = byRoot.get(r);
            if (first == null) {
                byRoot.put(r, new ClusterFit<>(r, f.h(), f.match(), f.writtenAlike()));
            } else if (f.writtenAlike() && !first.writtenAlike()) {
                byRoot.put(r, new ClusterFit<>(r, first.longForm(), first.match(), true));
            }
        }
        return new ArrayList<>(byRoot.values());
    }
}
