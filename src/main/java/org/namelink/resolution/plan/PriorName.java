package org.namelink.resolution.plan;

import java.util.Objects;
import org.namelink.mentions.EntityType;

/**
 * A name group resolved in an earlier batch ({@link PriorNames}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the group's number, increasing in the order groups were first seen
 * @param entity the entity it belongs to; for a short form, the entity its unplaced mentions form
 * @param type its type
 * @param key its name key ({@link NameGroup#nameKey})
 * @param surface a spelling that analyses to it as {@code type}
 * @param team whether it is the team sense of a place name
 * @param shortForm whether it was found to be a short form
 * @param mentions its mentions so far
 * @param display its usual spelling, as reasons cite it
 */
public record PriorName(long id, long entity, EntityType type, String key, String surface, boolean team,
                        boolean shortForm, int mentions, String display) {

    public PriorName {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(display, "display");
    }
}
