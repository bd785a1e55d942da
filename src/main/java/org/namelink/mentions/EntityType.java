package org.namelink.mentions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three entity types Namelink finds, named as in CoNLL-2003 and CoreNLP's 3-class model. Immutable and thread-safe. */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION;

    /**
     * Parses a type name, also accepting the CoNLL short forms {@code PER}, {@code LOC}, {@code ORG}.
     *
     * @throws IllegalArgumentException naming the value and the valid options
     */
    public static EntityType parse(String name) {
        return tryParse(name).orElseThrow(() -> new IllegalArgumentException(
                "type must be one of " + Arrays.toString(values()) + " (or PER, LOC, ORG), was '" + name + "'"));
    }

    /** Like {@link #parse} but empty for unknown names (MISC, O, null). */
    public static Optional<EntityType> tryParse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        switch (name.trim().toUpperCase(Locale.ROOT)) {
            case "PERSON": case "PER": return Optional.of(PERSON);
            case "LOCATION": case "LOC": return Optional.of(LOCATION);
            case "ORGANIZATION": case "ORGANISATION": case "ORG": return Optional.of(ORGANIZATION);
            default: return Optional.empty();
        }
    }
}
