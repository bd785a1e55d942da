package org.namelink.evaluation;

import java.util.Objects;
import org.namelink.mentions.EntityType;

/**
 * One labelled pair of names: two spellings of one party or place ({@code same}), or two different
 * ones whose names look alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type   the names' type
 * @param name1  the first name as written
 * @param name2  the second name as written
 * @param same   the gold label: true when both names denote one entity
 * @param source where the pair comes from ("ofac", "geonames"), or empty
 */
public record NamePair(EntityType type, String name1, String name2, boolean same, String source) {

    public NamePair {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name1, "name1");
        Objects.requireNonNull(name2, "name2");
        Objects.requireNonNull(source, "source");
    }
}
