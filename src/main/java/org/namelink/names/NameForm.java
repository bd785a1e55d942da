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
 * @param symbols how each unit's word sounds, as the matcher compares words: the sound symbols
 *     of its last word (after a bound particle), one per unit; derived from {@code units}, and
 *     kept here so that a name compared with many is rewritten once
 */
public record NameForm(String surface, EntityType type, int displayStart, int displayEnd,
                       List<String> units, String acronym, List<String> symbols) {

    /** The most comparison units of a name compared with another word by word ({@link #comparable}). */
    static final int MAX_COMPARED_UNITS = 32;

    /** The most characters of a name's key compared with another word by word ({@link #comparable}). */
    static final int MAX_COMPARED_CHARS = 256;

    public NameForm {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        units = List.copyOf(units);
        Objects.requireNonNull(acronym, "acronym");
        symbols = List.copyOf(symbols);
        if (symbols.size() != units.size()) {
            throw new IllegalArgumentException("symbols " + symbols + " must have one entry per unit of " + units);
        }
        if (displayStart < 0 || displayEnd > surface.length() || displayStart > displayEnd) {
            throw new IllegalArgumentException("display range [" + displayStart + ", " + displayEnd
                    + ") does not fit surface '" + surface + "'");
        }
    }

    /** A name whose {@code symbols} are derived from its units. */
    public NameForm(String surface, EntityType type, int displayStart, int displayEnd, List<String> units,
                    String acronym) {
        this(surface, type, displayStart, displayEnd, units, acronym, symbolsOf(units));
    }

    private static List<String> symbolsOf(List<String> units) {
        String[] out = new String[units.size()];
        for (int i = 0; i < out.length; i++) {
            String u = units.get(i);
            out[i] = Romanization.symbols(u.substring(u.lastIndexOf(' ') + 1));
        }
        return List.of(out);
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

    /**
     * Whether this name is short enough to be compared with another word by word: at most
     * {@value #MAX_COMPARED_UNITS} comparison units and {@value #MAX_COMPARED_CHARS} characters in its
     * key. No real name comes near (the longest of the news have ten words), and a comparison costs
     * the product of the two names' lengths: two "names" of 10,000 words took over a minute and
     * gigabytes. A longer name is the same as another only by its key or the alias table.
     */
    boolean comparable() {
        if (units.size() > MAX_COMPARED_UNITS) {
            return false;
        }
        int chars = -1;
        for (String unit : units) {
            chars += unit.length() + 1;
        }
        return chars <= MAX_COMPARED_CHARS;
    }
}
