package org.namelink.names;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.namelink.mentions.EntityType;

/**
 * Decides whether two names denote the same entity, with a score and the rule that decided.
 * The resolver uses exactly this matcher and threshold, so {@link #match} is the decision it
 * would make for two names with no other context.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameMatcher {

    /** Default decision threshold on the score. */
    public static final double DEFAULT_THRESHOLD = 0.85;

    /** Words an organisation's name may drop in a short form (Revolutionary Guards for ... Corps). */
    static final Set<String> GENERIC_ORGANIZATION_WORDS = Set.of("islamic", "national", "corps", "force", "forces",
            "group", "party", "movement", "organization", "organisation", "front", "army", "council", "committee",
            "association", "union", "company", "co", "corp", "corporation", "inc", "ltd", "plc", "llc", "agency",
            "news", "service", "services", "international", "of", "the", "and", "for",
            // Words too common to name an organisation alone (Secretary of State is not Islamic State).
            "state", "states", "department", "ministry", "office", "government", "house", "republic", "defense",
            "defence", "affairs", "public", "press", "bureau", "institute", "center", "centre", "university",
            "bank", "court", "police", "guard", "guards", "board", "commission", "authority", "administration");

    private static final Set<String> INITIALS_SKIPPED = Set.of("of", "the", "and", "for", "de", "du", "des", "la",
            "le", "in", "on", "to");

    private final NameAnalyzer analyzer;
    private final AliasTable aliases;
    private final double threshold;

    private NameMatcher(Builder b) {
        this.analyzer = b.analyzer != null ? b.analyzer : NameAnalyzer.create(TitleLexicon.defaults());
        this.aliases = b.aliases != null ? b.aliases : AliasTable.defaults(this.analyzer);
        this.threshold = b.threshold;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Default titles, aliases and threshold. */
    public static NameMatcher defaults() {
        return builder().build();
    }

    public NameAnalyzer analyzer() {
        return analyzer;
    }

    public AliasTable aliases() {
        return aliases;
    }

    public double threshold() {
        return threshold;
    }

    /** Analyses and matches two names of one type. */
    public NameMatch match(EntityType type, String name1, String name2) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name1, "name1");
        Objects.requireNonNull(name2, "name2");
        return match(analyzer.analyze(name1, type), analyzer.analyze(name2, type));
    }

    /** Matches two analysed names; names of different types never match. */
    public NameMatch match(NameForm a, NameForm b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        NameMatch m = fullMatch(a, b);
        if (m.rule() != MatchRule.NONE) {
            return m;
        }
        return shortFormMatch(a, b);
    }

    /**
     * Matches names that claim to be the whole name: equal, alias, acronym or transliteration.
     * Short forms are left to {@link #shortFormMatch}, which the resolver applies only when one
     * entity fits.
     */
    public NameMatch fullMatch(NameForm a, NameForm b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.type() != b.type() || a.isEmpty() || b.isEmpty()) {
            return NameMatch.NO_MATCH;
        }
        if (a.key().equals(b.key())) {
            return new NameMatch(1.0, MatchRule.NORMALIZED, true);
        }
        Optional<String> ga = aliases.group(a);
        Optional<String> gb = aliases.group(b);
        if (ga.isPresent() && gb.isPresent()) {
            return ga.equals(gb) ? new NameMatch(1.0, MatchRule.ALIAS, true) : NameMatch.NO_MATCH;
        }
        NameMatch acronym = acronymMatch(a, b);
        if (acronym.rule() != MatchRule.NONE) {
            return acronym;
        }
        if (a.units().size() == b.units().size()) {
            double score = alignedScore(a.units(), b.units(), a.type());
            if (score >= threshold) {
                return new NameMatch(score, MatchRule.TRANSLITERATION, true);
            }
            return score > 0 ? new NameMatch(score, MatchRule.NONE, false) : NameMatch.NO_MATCH;
        }
        return NameMatch.NO_MATCH;
    }

    /** Acronym of the other's initials, exact or (3+ letters) transposed. */
    public NameMatch acronymMatch(NameForm a, NameForm b) {
        NameForm shortOne = a.isAcronym() && !b.isAcronym() ? a : b.isAcronym() && !a.isAcronym() ? b : null;
        if (shortOne == null || a.type() != b.type()) {
            return NameMatch.NO_MATCH;
        }
        NameForm longOne = shortOne == a ? b : a;
        if (longOne.units().size() < 2) {
            return NameMatch.NO_MATCH;
        }
        String letters = shortOne.acronym();
        for (String initials : initials(longOne)) {
            if (initials.equals(letters)) {
                return new NameMatch(0.95, MatchRule.ACRONYM, true);
            }
        }
        if (letters.length() >= 3) {
            for (String initials : initials(longOne)) {
                if (initials.length() == letters.length() && NameKeys.sortedLetters(initials).equals(NameKeys.sortedLetters(letters))
                        && initials.charAt(0) == letters.charAt(0)) {
                    return new NameMatch(0.86, MatchRule.TRANSPOSED_ACRONYM, true);
                }
            }
        }
        return NameMatch.NO_MATCH;
    }

    /**
     * Whether the shorter name is a short form of the longer (Soleimani of Qassem Soleimani,
     * al-Asad of Ain al-Asad, Revolutionary Guards of Islamic Revolutionary Guard Corps).
     * Persons keep the surname; organisations may drop only generic words.
     */
    public NameMatch shortFormMatch(NameForm a, NameForm b) {
        if (a.type() != b.type() || a.isEmpty() || b.isEmpty() || a.units().size() == b.units().size()) {
            return NameMatch.NO_MATCH;
        }
        if (a.isAcronym() || b.isAcronym()) {
            return NameMatch.NO_MATCH;
        }
        NameForm shortOne = a.units().size() < b.units().size() ? a : b;
        NameForm longOne = shortOne == a ? b : a;
        List<String> s = shortOne.units();
        List<String> l = longOne.units();
        double[] sims = new double[s.size()];
        boolean[] used = new boolean[l.size()];
        int j = 0;
        for (int i = 0; i < s.size(); i++) {
            boolean found = false;
            for (; j < l.size(); j++) {
                double sim = unitSimilarity(s.get(i), l.get(j), a.type());
                if (sim >= threshold) {
                    sims[i] = sim;
                    used[j] = true;
                    j++;
                    found = true;
                    break;
                }
            }
            if (!found) {
                return NameMatch.NO_MATCH;
            }
        }
        switch (a.type()) {
            case PERSON:
            case LOCATION:
                // The head (surname; the place's last word) must be kept.
                if (!used[l.size() - 1]) {
                    return NameMatch.NO_MATCH;
                }
                break;
            case ORGANIZATION:
                boolean distinctive = false;
                for (String u : s) {
                    distinctive |= !GENERIC_ORGANIZATION_WORDS.contains(u);
                }
                if (!distinctive) {
                    return NameMatch.NO_MATCH;
                }
                for (int k = 0; k < l.size(); k++) {
                    if (!used[k] && !GENERIC_ORGANIZATION_WORDS.contains(l.get(k))) {
                        return NameMatch.NO_MATCH;
                    }
                }
                break;
            default:
                throw new AssertionError(a.type());
        }
        double mean = Arrays.stream(sims).average().orElse(0);
        double coverage = (double) s.size() / l.size();
        return new NameMatch(Math.min(1.0, 0.8 + 0.1 * mean * coverage + 0.05 * mean), MatchRule.SHORT_FORM, true);
    }

    /** Mean word similarity in order; 0 if any pair of words is unrelated. */
    private double alignedScore(List<String> a, List<String> b, EntityType type) {
        double sum = 0;
        double min = 1;
        for (int i = 0; i < a.size(); i++) {
            double sim = unitSimilarity(a.get(i), b.get(i), type);
            if (sim <= 0) {
                return 0;
            }
            sum += sim;
            min = Math.min(min, sim);
        }
        double mean = sum / a.size();
        // One weak word is tolerated beside strong ones (Ein / Ain beside Asad), never alone.
        return a.size() == 1 ? min : mean;
    }

    static double unitSimilarity(String a, String b, EntityType type) {
        double sim = Transliteration.similarity(a, b);
        if (sim == 0 && type == EntityType.ORGANIZATION) {
            // Plural and singular of an organisation's word: Guard / Guards.
            if (a.equals(b + "s") || b.equals(a + "s")) {
                return 0.97;
            }
        }
        return sim;
    }

    static List<String> initials(NameForm name) {
        StringBuilder content = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String unit : NameAnalyzer.units(name.display(), EntityType.ORGANIZATION)) {
            for (String w : unit.split(" ")) {
                all.append(w.charAt(0));
                if (!INITIALS_SKIPPED.contains(w)) {
                    content.append(w.charAt(0));
                }
            }
        }
        return List.of(content.toString(), all.toString());
    }


    /** Builds a {@link NameMatcher}; not thread-safe. */
    public static final class Builder {
        private NameAnalyzer analyzer;
        private AliasTable aliases;
        private double threshold = DEFAULT_THRESHOLD;

        private Builder() {
        }

        public Builder analyzer(NameAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        public Builder aliases(AliasTable aliases) {
            this.aliases = Objects.requireNonNull(aliases, "aliases");
            return this;
        }

        public Builder threshold(double threshold) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
            }
            this.threshold = threshold;
            return this;
        }

        public NameMatcher build() {
            return new NameMatcher(this);
        }
    }
}
