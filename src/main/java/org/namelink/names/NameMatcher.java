package org.namelink.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.namelink.mentions.EntityType;
import org.namelink.text.Countries;
import org.namelink.text.KnownPlaces;

/**
 * Decides whether two names denote the same entity, with a score and the rule that decided.
 * The resolver uses exactly this matcher and threshold, so {@link #match} is the decision it
 * would make for two names with no other context.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameMatcher {

    /** Default decision threshold on the score. */
    public static final double DEFAULT_THRESHOLD = 0.65;

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

    /** Two words are the same word of a short form at this similarity ({@link WordSimilarity}). */
    static final double SAME_WORD = 0.85;

    /** How far from the threshold towards 1 a pair of one-word names must score ({@link #loneWordThreshold}). */
    static final double LONE_WORD_MARGIN = 0.15;

    private final NameAnalyzer analyzer;
    private final AliasTable aliases;
    private final double threshold;
    private final NameParts parts;
    private final MatchModel model;
    private final NameFrequencies frequencies;
    private final double loneWordMargin;

    private NameMatcher(NameMatcher m, double threshold, double loneWordMargin) {
        this.loneWordMargin = loneWordMargin;
        this.analyzer = m.analyzer;
        this.aliases = m.aliases;
        this.parts = m.parts;
        this.model = m.model;
        this.frequencies = m.frequencies;
        this.threshold = threshold;
    }

    private NameMatcher(Builder b) {
        this.analyzer = b.analyzer != null ? b.analyzer : NameAnalyzer.create(TitleLexicon.defaults());
        this.aliases = b.aliases != null ? b.aliases : AliasTable.defaults(this.analyzer);
        this.threshold = b.threshold;
        this.parts = b.parts != null ? b.parts : NameParts.defaults();
        this.model = b.model != null ? b.model : MatchModel.defaults();
        this.frequencies = b.frequencies != null ? b.frequencies : NameFrequencies.defaults();
        this.loneWordMargin = LONE_WORD_MARGIN;
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

    /** This matcher with another decision threshold, in (0, 1]. */
    public NameMatcher withThreshold(double threshold) {
        return new NameMatcher(this, Builder.checkThreshold(threshold), loneWordMargin);
    }

    /**
     * This matcher with other word frequencies: those of the corpus being resolved
     * ({@link NameFrequencies#countedFrom}), for a resolver that counts its corpus first.
     */
    public NameMatcher withFrequencies(NameFrequencies frequencies) {
        Builder b = builder().analyzer(analyzer).aliases(aliases).parts(parts).model(model)
                .frequencies(frequencies).threshold(threshold);
        return b.build();
    }

    /**
     * This matcher deciding by its rules alone: two names no rule parts are the same whatever
     * their score, also names of one word each. The pairs it joins are those a fit of the weights
     * learns from ({@code MatchWeightsFit}).
     */
    public NameMatcher rulesOnly() {
        return new NameMatcher(this, Double.MIN_VALUE, 0);
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
        NameMatch m = explainedFullMatch(a, b);
        if (m.same() || !isShorter(a, b) && !isShorter(b, a)) {
            return m;
        }
        NameMatch s = shortFormMatch(a, b, true);
        return s.same() ? s : m;
    }

    /**
     * Compares two analysed names word by word, as the graded match does: aligned words, their
     * similarity and edits, the words left over, and the features the score is computed from. Its cost
     * grows with the product of the names' lengths; the matcher's decisions compare no name past
     * 32 words or 256 characters word by word.
     */
    public NameComparison compare(NameForm a, NameForm b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return NameComparison.of(a, b, parts, frequencies);
    }

    /** The model that turns a comparison into a score. */
    public MatchModel model() {
        return model;
    }

    /** How common each name word is, for the rarity of shared words. */
    public NameFrequencies frequencies() {
        return frequencies;
    }

    /**
     * The score two names of one word each must reach: more than others, since nothing else in
     * the name confirms the word (Dalen, Dalin): 0.15 of the way from the threshold to 1, 0.70 at the
     * default threshold (on the development pairs, half the one-word pairs scoring 0.65 to 0.70 are
     * different names).
     */
    public double loneWordThreshold() {
        return threshold + (1 - threshold) * loneWordMargin;
    }

    /**
     * Matches names that claim to be the whole name: equal, alias, acronym or transliteration.
     * Short forms are left to {@link #shortFormMatch}, which the resolver applies only when one
     * entity fits. The decision comes without its word-by-word explanation, which the resolver
     * does not need; {@link #match} and {@link #explainedFullMatch} give it.
     */
    public NameMatch fullMatch(NameForm a, NameForm b) {
        return fullMatch(a, b, false);
    }

    /** {@link #fullMatch} with the comparison explained word by word. */
    public NameMatch explainedFullMatch(NameForm a, NameForm b) {
        return fullMatch(a, b, true);
    }

    private NameMatch fullMatch(NameForm a, NameForm b, boolean explain) {
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
        if (!a.comparable() || !b.comparable()) {
            return explain ? new NameMatch(0, MatchRule.NONE, false, List.of(TOO_LONG)) : NameMatch.NO_MATCH;
        }
        NameMatch acronym = acronymMatch(a, b);
        if (acronym.rule() != MatchRule.NONE) {
            return acronym;
        }
        if (a.isAcronym() != b.isAcronym()) {
            return NameMatch.NO_MATCH;
        }
        NameComparison c = NameComparison.of(a, b, parts, frequencies);
        double score = model.score(a.type(), c);
        Optional<String> parted = parted(a, b, c);
        List<String> why = explain ? new ArrayList<>(c.explanation()) : List.of();
        if (parted.isPresent()) {
            if (explain) {
                why.add("(" + parted.get() + ")");
            }
            return new NameMatch(score, MatchRule.NONE, false, why);
        }
        // A lone word against a longer name is a short form, joined only where one entity fits.
        boolean lone = a.units().size() == 1 && b.units().size() == 1;
        if (lone && score >= threshold && score < loneWordThreshold()) {
            // Single-word names need stronger evidence: nothing else in the name confirms the word.
            if (explain) {
                why.add(String.format(Locale.ROOT, "(one word each: below %.2f)", loneWordThreshold()));
            }
            return new NameMatch(score, MatchRule.NONE, false, why, OptionalDouble.of(loneWordThreshold()));
        }
        if (isShortFormPair(a, b) && !c.allAligned()) {
            // A word left over beside a lone word: a short form's question, apart whatever the score.
            return new NameMatch(score, MatchRule.NONE, false, why);
        }
        boolean same = score >= threshold;
        return new NameMatch(score, same ? MatchRule.TRANSLITERATION : MatchRule.NONE, same, why,
                OptionalDouble.of(lone ? loneWordThreshold() : threshold));
    }

    /**
     * The rule that parts two names of words whatever their score, if one does ({@link NameComparison#conflict},
     * two places the gazetteer lists, a country's name): what {@link #fullMatch} keeps apart without
     * looking at the score. Empty when only the score decides.
     */
    public Optional<String> partedBy(NameForm a, NameForm b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.type() != b.type() || a.isEmpty() || b.isEmpty() || !a.comparable() || !b.comparable()) {
            return Optional.empty();
        }
        return parted(a, b, NameComparison.of(a, b, parts, frequencies));
    }

    private static Optional<String> parted(NameForm a, NameForm b, NameComparison c) {
        Optional<String> parted = c.conflict();
        if (parted.isEmpty() && a.type() == EntityType.LOCATION && KnownPlaces.contains(a.display())
                && KnownPlaces.contains(b.display())) {
            // The gazetteer lists both apart: two places, however alike (Barnsley, Burnley).
            parted = Optional.of("two places the gazetteer lists");
        }
        if (parted.isEmpty() && a.type() == EntityType.LOCATION
                && (Countries.contains(a.display()) || Countries.contains(b.display()))) {
            // A country's name has one spelling in the news (the gazetteer lists its others, the
            // alias table its other names): Germany is no respelling of Kerman.
            parted = Optional.of("a country's name");
        }
        return parted;
    }

    /**
     * Whether {@code shorter} has the shape of a short form of {@code longer}: fewer words, or as
     * many for a person whose given name it writes as an initial where {@code longer} writes none
     * (R. Croft, Robert Croft). {@link #shortFormMatch} decides whether it is one.
     */
    public static boolean isShorter(NameForm shorter, NameForm longer) {
        Objects.requireNonNull(shorter, "shorter must not be null");
        Objects.requireNonNull(longer, "longer must not be null");
        int s = shorter.units().size();
        int l = longer.units().size();
        return s < l || s == l && shorter.type() == EntityType.PERSON && hasInitial(shorter) && !hasInitial(longer);
    }

    /**
     * {@link #isShorter} from what it reads of the two names, for a caller that keeps their word
     * counts and {@link #hasInitial} (a resolver asks it for every pair of a block, and reading the
     * names' words each time was a sixth of its time).
     *
     * @param shorterUnits the comparison units of the name that may be the short form
     * @param shorterInitial whether it {@link #hasInitial}
     * @param longerUnits the comparison units of the name that may be the long form
     * @param longerInitial whether that one {@link #hasInitial}
     * @param type the type of both names
     */
    public static boolean isShorter(int shorterUnits, boolean shorterInitial, int longerUnits, boolean longerInitial,
                                    EntityType type) {
        return shorterUnits < longerUnits
                || shorterUnits == longerUnits && type == EntityType.PERSON && shorterInitial && !longerInitial;
    }

    /**
     * Whether a name writes a given name as an initial: a one-letter word before its last (the
     * type is not looked at; {@link #isShorter} asks it of persons only).
     */
    public static boolean hasInitial(NameForm name) {
        Objects.requireNonNull(name, "name must not be null");
        List<String> units = name.units();
        for (int i = 0; i + 1 < units.size(); i++) {
            if (isInitial(units.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInitial(String unit) {
        return unit.length() == 1 && Character.isLetter(unit.charAt(0));
    }

    /** Why a name too long to compare ({@link NameForm#comparable}) matches no other. */
    static final String TOO_LONG = "(a name too long to compare word by word)";

    /** One name is a single word and the other has more: a short form's question, not a spelling's. */
    private static boolean isShortFormPair(NameForm a, NameForm b) {
        return Math.min(a.units().size(), b.units().size()) == 1 && a.units().size() != b.units().size();
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
     * al-Asad of Ain al-Asad, Revolutionary Guards of Islamic Revolutionary Guard Corps, R. Croft
     * of Robert Croft). Persons keep the surname, places their last word; organisations may drop
     * only generic words; a person's given name may be written as its initial.
     */
    public NameMatch shortFormMatch(NameForm a, NameForm b) {
        return shortFormMatch(a, b, false);
    }

    private NameMatch shortFormMatch(NameForm a, NameForm b, boolean explain) {
        if (a.type() != b.type() || a.isEmpty() || b.isEmpty() || a.isAcronym() || b.isAcronym()
                || !a.comparable() || !b.comparable()) {
            return NameMatch.NO_MATCH;
        }
        NameForm shortOne = isShorter(a, b) ? a : isShorter(b, a) ? b : null;
        if (shortOne == null) {
            return NameMatch.NO_MATCH;
        }
        NameForm longOne = shortOne == a ? b : a;
        List<String> s = shortOne.units();
        List<String> l = longOne.units();
        // A person's or a place's short form keeps the head, which only its last word can align with
        // (the words align in order): tested first, it settles most pairs of a block with one look.
        if (!headAligns(shortOne, longOne)) {
            return NameMatch.NO_MATCH;
        }
        double[] sims = new double[s.size()];
        boolean[] used = new boolean[l.size()];
        int[] alignedTo = new int[s.size()];
        int j = 0;
        for (int i = 0; i < s.size(); i++) {
            boolean found = false;
            for (; j < l.size(); j++) {
                // An initial stands for a given name: never a last word on either side.
                boolean givenNames = i + 1 < s.size() && j + 1 < l.size();
                double sim = unitSimilarity(shortOne, i, longOne, j, a.type(), givenNames);
                if (sim >= SAME_WORD) {
                    sims[i] = sim;
                    used[j] = true;
                    alignedTo[i] = j;
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
                // The head (surname; the place's last word) must be kept: Gulf is no short form of
                // Gulf of Oman.
                if (!used[l.size() - 1]) {
                    return NameMatch.NO_MATCH;
                }
                if (a.type() == EntityType.LOCATION && qualifierDropped(l, used)) {
                    return NameMatch.NO_MATCH; // South Kordofan is another place than Kordofan
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
                if (qualifierDropped(l, used)) {
                    return NameMatch.NO_MATCH;
                }
                break;
            default:
                throw new AssertionError(a.type());
        }
        double mean = Arrays.stream(sims).average().orElse(0);
        double coverage = (double) s.size() / l.size();
        double score = Math.min(1.0, 0.8 + 0.1 * mean * coverage + 0.05 * mean);
        if (!explain) {
            return new NameMatch(score, MatchRule.SHORT_FORM, true);
        }
        // Word by word, in the order given: the short form's words against the long form's.
        boolean shortFirst = shortOne == a;
        List<String> why = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String x = s.get(i);
            String y = l.get(alignedTo[i]);
            String pair = shortFirst ? x + (sims[i] >= 1 ? "=" : "~") + y : y + (sims[i] >= 1 ? "=" : "~") + x;
            why.add(sims[i] >= 1 ? pair : x.length() == 1 ? pair + " (initial)"
                    : String.format(Locale.ROOT, "%s %.2f", pair, sims[i]));
        }
        for (int k = 0; k < l.size(); k++) {
            if (!used[k]) {
                why.add(shortFirst ? "(none)~" + l.get(k) : l.get(k) + "~(none)");
            }
        }
        return new NameMatch(score, MatchRule.SHORT_FORM, true, why);
    }

    /**
     * The first test of {@link #shortFormMatch}: a person's or a place's short form keeps the head,
     * so the last words of {@code shorter} and {@code longer} must be one word; always true for an
     * organisation's name. Reads only the type of {@code shorter} and the last unit and its symbols
     * of each name: a resolver whose short form searches a block asks it once per distinct last word
     * of the block ({@code ShortFormBlock}). False for a name without words.
     */
    public static boolean headAligns(NameForm shorter, NameForm longer) {
        if (shorter.type() == EntityType.ORGANIZATION) {
            return true;
        }
        int s = shorter.units().size();
        int l = longer.units().size();
        return s > 0 && l > 0 && unitSimilarity(shorter, s - 1, longer, l - 1, shorter.type(), false) >= SAME_WORD;
    }

    /** Whether a word the short form drops qualifies the long form's name (South, New, Upper). */
    private static boolean qualifierDropped(List<String> longUnits, boolean[] used) {
        for (int k = 0; k < longUnits.size(); k++) {
            if (!used[k] && PartingRules.isQualifier(longUnits.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The similarity of unit {@code i} of {@code x} and unit {@code j} of {@code y} when it reaches
     * {@link #SAME_WORD}, else a value below it: bound particles (abu, abd, bin: the unit's words
     * before its last) must agree, an organisation's word may be plural on one side (Guard,
     * Guards), and where both are {@code givenNames} a person's initial stands for a word it
     * begins (R, Robert). Reads the units in place: the short-form test runs for every pair of a
     * block, and a copy of the particles per pair was most of its garbage.
     */
    private static double unitSimilarity(NameForm x, int i, NameForm y, int j, EntityType type, boolean givenNames) {
        String text = x.units().get(i);
        String other = y.units().get(j);
        int bound = Math.max(0, text.lastIndexOf(' '));
        if (bound != Math.max(0, other.lastIndexOf(' ')) || !text.regionMatches(0, other, 0, bound)) {
            return 0;
        }
        if (text.equals(other)) {
            return 1;
        }
        if (givenNames && type == EntityType.PERSON && isInitial(text) && other.length() > 1
                && other.charAt(0) == text.charAt(0)) {
            return SAME_WORD;
        }
        double sim = WordSimilarity.similarityAtLeast(x.symbols().get(i), y.symbols().get(j), SAME_WORD);
        if (sim < SAME_WORD && type == EntityType.ORGANIZATION
                && (isPlural(text, other) || isPlural(other, text))) {
            return 0.97;
        }
        return sim;
    }

    /** Whether {@code plural} is {@code word} with an s added. */
    private static boolean isPlural(String plural, String word) {
        return plural.length() == word.length() + 1 && plural.endsWith("s") && plural.startsWith(word);
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
        private NameParts parts;
        private MatchModel model;
        private NameFrequencies frequencies;

        private Builder() {
        }

        /**
         * How common each name word is, best counted from the corpus being resolved; default
         * {@link NameFrequencies#defaults()}, counted from CoNLL-2003's training split.
         */
        public Builder frequencies(NameFrequencies frequencies) {
            this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
            return this;
        }

        /** Tagged name parts (legal forms, generic words); default {@link NameParts#defaults()}. */
        public Builder parts(NameParts parts) {
            this.parts = Objects.requireNonNull(parts, "parts");
            return this;
        }

        /** The scoring model; default {@link MatchModel#defaults()}. */
        public Builder model(MatchModel model) {
            this.model = Objects.requireNonNull(model, "model");
            return this;
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
            this.threshold = checkThreshold(threshold);
            return this;
        }

        static double checkThreshold(double threshold) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
            }
            return threshold;
        }

        public NameMatcher build() {
            return new NameMatcher(this);
        }
    }
}
