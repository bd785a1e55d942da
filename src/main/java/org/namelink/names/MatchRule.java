package org.namelink.names;

/** Why two names were judged to be the same entity (or not). Immutable and thread-safe. */
public enum MatchRule {
    /** Equal after folding case, punctuation, diacritics, titles and particles (US / U.S.). */
    NORMALIZED,
    /** Listed as one entity in the alias file (America / United States). */
    ALIAS,
    /** Romanisation variants: vowels, doubled letters, q/k (Erbil / Irbil, Qassem / Qasem). */
    TRANSLITERATION,
    /** An acronym of the other's initials (IRGC / Islamic Revolutionary Guard Corps). */
    ACRONYM,
    /** An acronym with letters transposed, supported by a long form (IRCG / ... Guard Corps). */
    TRANSPOSED_ACRONYM,
    /** Defined in the text as "Long Name (ACRONYM)". */
    DEFINED_ACRONYM,
    /** A shorter form of a longer name that it alone fits (Soleimani / Qassem Soleimani). */
    SHORT_FORM,
    /** Linked with high confidence to one knowledge-base article (after resolution, by the linking step). */
    SAME_ARTICLE,
    /** Not the same. */
    NONE;

    /** Lower-case words, for explanations ("short form"). */
    public String label() {
        if (this == SAME_ARTICLE) {
            return "same Wikipedia article";
        }
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
