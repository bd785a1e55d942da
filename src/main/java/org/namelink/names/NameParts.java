package org.namelink.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.text.ResourceLines;

/**
 * Tags the words of a name before two names are compared (after OpenSanctions' name matching):
 * an organisation's legal form (Ltd, JSC, GmbH) and the words many organisations share (Bank,
 * Group) carry little evidence, and the forms of one legal form are one word (Co. = Company);
 * joining words (of, and, &amp;) and name particles (van, de) carry almost none. The lists are in
 * {@value #RESOURCE}: general knowledge about how names are built, never particular names.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameParts {

    /** The bundled lists of name parts. */
    static final String RESOURCE = "/org/namelink/models/name-parts.tsv";

    /** What a word is within a name, with the weight of its evidence. */
    public enum Tag {
        /** A word of the name proper. */
        NAME(1.0),
        /** A word many organisations share (Bank, Group). */
        GENERIC(0.35),
        /** An organisation's legal form (Ltd, JSC). */
        LEGAL(0.15),
        /** A name particle (van, de, sidi). */
        PARTICLE(0.2),
        /** A joining word (of, and, the). */
        JOIN(0.05);

        private final double weight;

        Tag(double weight) {
            this.weight = weight;
        }

        /** How much a word of this tag counts towards two names being the same, against a NAME word's 1. */
        public double weight() {
            return weight;
        }
    }

    /** A tagged word and the class it stands for (a legal form's class, else the word itself). */
    record Part(String word, Tag tag, String key) {
        Part {
            Objects.requireNonNull(word, "word");
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(key, "key");
        }
    }

    private final Map<String, Part> organizationParts;
    private final Map<String, Part> nameParts;

    private NameParts(Map<String, Part> organizationParts, Map<String, Part> nameParts) {
        this.organizationParts = Map.copyOf(organizationParts);
        this.nameParts = Map.copyOf(nameParts);
    }

    /** The bundled lists; read once per JVM. */
    public static NameParts defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final NameParts DEFAULTS = read();
    }

    private static NameParts read() {
        Map<String, Part> org = new HashMap<>();
        Map<String, Part> name = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.ofResource(RESOURCE)) {
            String[] cols = line.text().split("\t");
            if (cols.length < 3) {
                throw new IllegalStateException(RESOURCE + ":" + line.number()
                        + ": expected TAG<TAB>class<TAB>form..., got '" + line.text() + "'");
            }
            Tag tag = Tag.valueOf(cols[0].toUpperCase(Locale.ROOT));
            for (int i = 2; i < cols.length; i++) {
                Part p = new Part(cols[i], tag, tag == Tag.LEGAL || tag == Tag.GENERIC ? cols[1] : cols[i]);
                org.putIfAbsent(cols[i], p);
                if (tag == Tag.JOIN || tag == Tag.PARTICLE) {
                    name.putIfAbsent(cols[i], p);
                }
            }
        }
        return new NameParts(org, name);
    }

    /** The tagged part of a folded word in a name of {@code type}. */
    Part tag(String word, EntityType type) {
        Part p = (type == EntityType.ORGANIZATION ? organizationParts : nameParts).get(word);
        return p != null ? p : new Part(word, Tag.NAME, word);
    }
}
