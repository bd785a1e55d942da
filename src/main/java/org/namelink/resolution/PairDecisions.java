package org.namelink.resolution;

import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchRule;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;

/**
 * Stage 2, pair decisions: whether one candidate pair of name groups denotes one entity, by the
 * {@link NameMatcher}. Each decision looks at the two groups alone; before calling the matcher it
 * rules out, by {@link UnitKey}, pairs the matcher would certainly reject, and it never joins two
 * senses (a team and its place).
 *
 * <p>Immutable and thread-safe.
 */
public final class PairDecisions {

    /** The decision for two names listed as one entity in the alias table. */
    public static final NameMatch ALIAS = new NameMatch(1.0, MatchRule.ALIAS, true);

    /** The decision for an acronym and the long form a text defines it as. */
    public static final NameMatch DEFINED_ACRONYM = new NameMatch(1.0, MatchRule.DEFINED_ACRONYM, true);

    private final NameMatcher matcher;
    private final boolean filterCandidates;

    private PairDecisions(NameMatcher matcher, boolean filterCandidates) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.filterCandidates = filterCandidates;
    }

    public static PairDecisions of(NameMatcher matcher) {
        return new PairDecisions(matcher, true);
    }

    /** Decisions that compare every pair in full: for tests that the filter changes nothing. */
    static PairDecisions withoutCandidateFilter(NameMatcher matcher) {
        return new PairDecisions(matcher, false);
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
     * Two full names of the same length as spellings of one name ({@link NameMatcher#fullMatch}:
     * alias, transliteration); the match when they are one entity.
     */
    public Optional<NameMatch> spelling(NameGroup a, NameGroup b) {
        if (a.team() != b.team() || a.size() != b.size() || !mayBeSpelling(a, b)) {
            return Optional.empty();
        }
        return same(matcher.fullMatch(a.form(), b.form()));
    }

    /**
     * {@code shortName} as a short form of the longer {@code longName}
     * ({@link NameMatcher#shortFormMatch}: Soleimani of Qassem Soleimani).
     */
    public Optional<NameMatch> shortForm(NameGroup shortName, NameGroup longName) {
        if (shortName.team() != longName.team() || longName.size() <= shortName.size()
                || !mayBeShortFormOf(shortName, longName)) {
            return Optional.empty();
        }
        return same(matcher.shortFormMatch(shortName.form(), longName.form()));
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

    /** False only when the matcher's similarity of the two units is certainly 0 (see {@link UnitKey}). */
    private boolean maySimilar(NameGroup a, int i, NameGroup b, int j) {
        return !filterCandidates || a.unitKey(i).maySimilar(b.unitKey(j), a.type());
    }

    /**
     * Whether {@link NameMatcher#fullMatch} may join two non-acronym names of one type and length:
     * by alias (both listed) or by transliteration (every aligned pair of words similar).
     */
    private boolean mayBeSpelling(NameGroup g, NameGroup h) {
        if (g.alias().isPresent() && h.alias().isPresent()) {
            return true;
        }
        for (int i = 0; i < g.size(); i++) {
            if (!maySimilar(g, i, h, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link NameMatcher#shortFormMatch} may find {@code shortG} a short form of the longer
     * {@code longG}: each short word must be similar to a long word, and for a person or a place
     * the last words (the head) must be similar.
     */
    private boolean mayBeShortFormOf(NameGroup shortG, NameGroup longG) {
        int s = shortG.size();
        int l = longG.size();
        if (shortG.type() != EntityType.ORGANIZATION && !maySimilar(shortG, s - 1, longG, l - 1)) {
            return false;
        }
        for (int i = 0; i < s; i++) {
            boolean any = false;
            for (int j = 0; j < l && !any; j++) {
                any = maySimilar(shortG, i, longG, j);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
