package org.namelink.resolution.plan;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchRule;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;

/**
 * Step 4 of the {@link ResolutionPlan}, pair decisions: whether one candidate pair of name groups denotes one entity, by the
 * {@link NameMatcher}. Each decision looks at the two groups alone, and it never joins two senses
 * (a team and its place).
 *
 * <p>Immutable and thread-safe.
 */
public final class PairDecisions {

    /** The decision for two names listed as one entity in the alias table. */
    public static final NameMatch ALIAS = new NameMatch(1.0, MatchRule.ALIAS, true);

    /** The decision for an acronym and the long form a text defines it as. */
    public static final NameMatch DEFINED_ACRONYM = new NameMatch(1.0, MatchRule.DEFINED_ACRONYM, true);

    private final NameMatcher matcher;

    private PairDecisions(NameMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public static PairDecisions of(NameMatcher matcher) {
        return new PairDecisions(matcher);
    }

    public NameMatcher matcher() {
        return matcher;
    }

    /**
     * Whether a group may be a short form of a longer name: a name with words, no acronym, and not
     * listed in the alias table (Macedonia for North Macedonia is a name in its own right).
     */
    public boolean mayBeShortForm(NameGroup g) {
        return CandidateBlocks.isBlocked(g.form()) && g.alias().isEmpty();
    }

    /**
     * Two full names as spellings of one name ({@link NameMatcher#fullMatch}: alias, the graded
     * comparison of their words); the match when they are one entity. The same for either order
     * of the two (the matcher compares them in the order of their group keys), so a resolver
     * decides each pair once.
     */
    public Optional<NameMatch> spelling(NameGroup a, NameGroup b) {
        return same(spellingDecision(a, b));
    }

    /**
     * The decision {@link #spelling} takes, joining or not: the score of a pair kept apart too
     * ({@link NameMatch#NO_MATCH} for two senses).
     */
    public NameMatch spellingDecision(NameGroup a, NameGroup b) {
        if (a.team() != b.team()) {
            return NameMatch.NO_MATCH;
        }
        boolean inOrder = a.groupKey().compareTo(b.groupKey()) <= 0;
        return inOrder ? matcher.fullMatch(a.form(), b.form()) : matcher.fullMatch(b.form(), a.form());
    }

    /**
     * Whether the {@link #spellingDecision} of {@code a} and {@code b} is a near miss: a graded
     * comparison whose score lies less than {@code band} from the threshold that decided it
     * ({@link NameMatch#threshold}: the matcher's, or a single word's stricter one), joined or kept
     * apart by the score. Pairs a rule parts whatever their score ({@link NameMatcher#partedBy}, a
     * lone word against a longer name with a word left over) are decided by the rule, not nearly;
     * equal names, aliases and acronyms compare no letters. Neither is a near miss.
     */
    public boolean isNearMiss(NameGroup a, NameGroup b, NameMatch decision, double band) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        OptionalDouble threshold = decision.threshold();
        return threshold.isPresent() && decision.score() > 0
                && Math.abs(decision.score() - threshold.getAsDouble()) < band;
    }

    /** The pair's decision explained word by word, as {@code match --explain} prints it, in group-key order. */
    public NameMatch explainedSpelling(NameGroup a, NameGroup b) {
        boolean inOrder = a.groupKey().compareTo(b.groupKey()) <= 0;
        return inOrder ? matcher.explainedFullMatch(a.form(), b.form()) : matcher.explainedFullMatch(b.form(), a.form());
    }

    /**
     * Whether two names of as many words are written side by side in one document
     * ({@code documentsA} and {@code documentsB} share one): a writer keeps to one spelling of a
     * name within an article, so two respellings there name two entities ("Saad and Said met"),
     * and no {@link #spelling} joins them. A name written longer and shorter in one article
     * (Islamic Revolutionary Guard Corps, Revolutionary Guards Corps) is no such evidence.
     */
    public static boolean writtenApart(NameGroup a, NameGroup b, java.util.Collection<?> documentsA,
                                       java.util.Collection<?> documentsB) {
        return writtenApart(a, b, !java.util.Collections.disjoint(documentsA, documentsB));
    }

    /** {@link #writtenApart} for a caller that knows whether the two names share a document. */
    public static boolean writtenApart(NameGroup a, NameGroup b, boolean shareADocument) {
        return mayBeWrittenApart(a, b) && shareADocument;
    }

    /** Whether {@link #writtenApart} depends on the documents of the two names: they have as many words. */
    public static boolean mayBeWrittenApart(NameGroup a, NameGroup b) {
        return a.size() == b.size();
    }

    /**
     * {@code shortName} as a short form of {@code longName}, which has more words or writes in
     * full a given name {@code shortName} writes as an initial ({@link NameMatcher#isShorter},
     * {@link NameMatcher#shortFormMatch}: Soleimani of Qassem Soleimani, R. Croft of Robert Croft).
     */
    public Optional<NameMatch> shortForm(NameGroup shortName, NameGroup longName) {
        if (!mayBeShortFormOf(shape(shortName), shape(longName), shortName.type())) {
            return Optional.empty();
        }
        return same(matcher.shortFormMatch(shortName.form(), longName.form()));
    }

    /**
     * What {@link #shortForm} reads of a name before it compares any word, as one int: its
     * comparison units, whether it {@link NameGroup#hasInitial writes an initial} and its sense. A
     * block's shapes in an array let a short form pass over the members that cannot be its long
     * form without reading them (the walk over a frequent word's block was a quarter of a resolution).
     */
    public static int shape(NameGroup g) {
        return g.size() << 2 | (g.hasInitial() ? 2 : 0) | (g.team() ? 1 : 0);
    }

    /**
     * Whether a name of shape {@code shortShape} may be a {@link #shortForm} of one of shape
     * {@code longShape}, both of {@code type}: one sense, and {@link NameMatcher#isShorter}.
     */
    public static boolean mayBeShortFormOf(int shortShape, int longShape, EntityType type) {
        return (shortShape & 1) == (longShape & 1) && NameMatcher.isShorter(shortShape >>> 2, (shortShape & 2) != 0,
                longShape >>> 2, (longShape & 2) != 0, type);
    }

    /** {@code acronym} as the initials of {@code longForm} ({@link NameMatcher#acronymMatch}). */
    public Optional<NameMatch> acronym(NameGroup acronym, NameGroup longForm) {
        if (acronym.team() != longForm.team()) {
            return Optional.empty();
        }
        return same(matcher.acronymMatch(acronym.form(), longForm.form()));
    }

    private static Optional<NameMatch> same(NameMatch m) {
        return m.same() ? Optional.of(m) : Optional.empty();
    }
}
