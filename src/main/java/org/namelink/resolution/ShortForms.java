package org.namelink.resolution;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.namelink.mentions.EntityType;

/**
 * Stage 4b, short forms: a short form (Soleimani, al-Asad, Revolutionary Guards) joins a longer
 * name only when exactly one entity fits, decided per document: the one fitting entity named in the
 * same document; else, when none is, the one fitting entity of the corpus. A place or organisation
 * named more often alone than in full is a name of its own (Australia is no short form of a
 * run-together "South Korea Australia").
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
     */
    public record Fit(boolean inDocument, int mentionCount) {
    }

    /**
     * The entity the short form's mentions in one document join, if any.
     *
     * @param type the short form's type
     * @param shortFormMentions the short form's mentions over the corpus
     * @param fitting the entities it fits, each once
     * @return the index into {@code fitting} of the entity it joins
     */
    public static OptionalInt choose(EntityType type, int shortFormMentions, List<Fit> fitting) {
        Objects.requireNonNull(type, "type");
        int chosen = -1;
        int inDocument = 0;
        for (int i = 0; i < fitting.size(); i++) {
            if (fitting.get(i).inDocument()) {
                inDocument++;
                chosen = i;
            }
        }
        if (inDocument > 1 || inDocument == 0 && fitting.size() != 1) {
            return OptionalInt.empty();
        }
        if (inDocument == 0) {
            chosen = 0;
        }
        if (type != EntityType.PERSON && shortFormMentions > fitting.get(chosen).mentionCount()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(chosen);
    }
}
