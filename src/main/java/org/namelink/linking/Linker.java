package org.namelink.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;

/**
 * The linking stage: for resolved entities, the knowledge-base article each stands for, or none.
 *
 * <p>Implementations must be thread-safe: a pipeline shares one linker among its calls.
 */
public interface Linker {

    /**
     * One link or none per entity, in the order of {@code entities}.
     *
     * @param entities resolved entities, linked together so that the articles of one can confirm
     *     another's (coherence)
     * @param documentWords per document id, the words of its text in lower case ({@link ContextWords});
     *     a document missing from the map has no context
     */
    List<Optional<EntityLink>> links(List<Entity> entities, Map<String, Set<String>> documentWords);

    /** The entities with their links ({@link Entity#withLink}), in the same order. */
    default List<Entity> link(List<Entity> entities, Map<String, Set<String>> documentWords) {
        List<Optional<EntityLink>> links = links(entities, documentWords);
        if (links.size() != entities.size()) {
            throw new IllegalStateException("a linker must give one answer per entity: " + links.size() + " for "
                    + entities.size());
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            out.add(entities.get(i).withLink(links.get(i)));
        }
        return out;
    }

    /** A linker that links nothing: what a pipeline without a knowledge base uses. */
    static Linker none() {
        return (entities, words) -> java.util.Collections.nCopies(entities.size(), Optional.empty());
    }
}
