package org.namelink.names;

import java.util.List;
import java.util.Objects;
import org.namelink.mentions.EntityType;

/**
 * A name as the matcher sees it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param surface the text as written ("Ayatollah Ali Khamenei's")
 * @param type the entity type it was found as
 * @param displayStart start of the name proper within {@code surface}, after titles and "the"
 * @param displayEnd end of the name proper within {@code surface}, before a possessive
 * @param units folded comparison units: particles such as al-/el- dropped, Abu/Abdel/bin bound
 *     to the next word ({@code ["ali", "khamenei"]}, {@code ["abu mahdi", "muhandis"]})
 * @param acronym the letters when the name is written as an acronym ("IRGC", "U.S."), else empty
 */
public record NameForm(String surface, EntityType type, int displayStart, int displayEnd,
                       List<String> units, String acronym) {

    public NameForm {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        units = List.copyOf(units);
        Objects.requireNonNull(acronym, "acronym");
        if (displayStart < 0 || displayEnd > surface.length() || displayStart > displayEnd) {
            throw new IllegalArgumentException("display range [" + displayStart + ", " + displayEnd
                    + ") does not fit surface '" + surface + "'");
        }
    }

    /** The name proper as written: surface without titles, a leading "the" or a possessive. */
    public String display() {
        return surface.substring(displayStart, displayEnd);
    }

    /** The comparison key: units joined by spaces; equal keys mean the same name. */
    public String key() {
        return String.join(" ", units);
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    public boolean isAcronym() {
        return !acronym.isEmpty();
    }
}
