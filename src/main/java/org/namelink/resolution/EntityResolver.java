package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchRule;
import org.namelink.names.NameForm;
import org.namelink.names.NameKeys;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.plan.AcronymKeys;
import org.namelink.resolution.plan.CandidateBlocks;
import org.namelink.resolution.plan.Clusters;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.Naming;
import org.namelink.resolution.plan.NearMissCollector;
import org.namelink.resolution.plan.PairDecisions;
import org.namelink.resolution.plan.PriorNames;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ResolvedBatch;
import org.namelink.resolution.plan.ShortForms;
import org.namelink.resolution.plan.TypeVotes;

/**
 * Resolves mentions across documents into entities: the in-memory executor of the
 * {@link ResolutionPlan}, whose steps it runs over the whole corpus in one JVM:
 *
 * <ol>
 *   <li>{@link TypeVotes}: within a document, one name keeps one type (the majority of its
 *       mentions); across the corpus a rare type yields to a dominant one.</li>
 *   <li>Mentions group by (type, folded name key, sense) into {@link NameGroup}s: a place name
 *       standing for a sports team ({@link ResolverDocument#teamMentions()}) is an entity apart from
 *       the place, and no rule joins the two senses.</li>
 *   <li>{@link CandidateBlocks} by {@link BlockingKeys} (the rarest sound key), never all pairs.</li>
 *   <li>Per block, {@link PairDecisions} by the {@link NameMatcher}: short forms, spellings.</li>
 *   <li>Full names joined in {@link Clusters} by alias, transliteration and acronyms a text defines.</li>
 *   <li>Acronyms joined to the initials of one long form ({@link AcronymKeys}).</li>
 *   <li>{@link ShortForms} (Soleimani, al-Asad, Revolutionary Guards) join a longer name only when
 *       exactly one entity fits: in the same document first, then in the corpus.</li>
 *   <li>{@link Naming}: canonical name, variants, reasons and ids.</li>
 * </ol>
 *
 * <p>Pair decisions and short-form tests of one run are computed in parallel on the common
 * fork-join pool, then applied in order: the entities are the same on any number of threads.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityResolver {

    private final PairDecisions decisions;
    private final BlockingKeys blockingKeys;

    private EntityResolver(PairDecisions decisions, BlockingKeys blockingKeys) {
        this.decisions = decisions;
        this.blockingKeys = blockingKeys;
    }

    /** A resolver with the default blocking keys ({@link BlockingKeys#wordSounds()}). */
    public static EntityResolver create(NameMatcher matcher) {
        return create(matcher, BlockingKeys.wordSounds());
    }

    public static EntityResolver create(NameMatcher matcher, BlockingKeys blockingKeys) {
        return new EntityResolver(PairDecisions.of(Objects.requireNonNull(matcher, "matcher")),
                Objects.requireNonNull(blockingKeys, "blockingKeys"));
    }

    public NameMatcher matcher() {
        return decisions.matcher();
    }

    /** The pair decisions this resolver makes (for the plan's executors: not API, see {@link org.namelink.resolution.plan}). */
    public PairDecisions decisions() {
        return decisions;
    }

    public BlockingKeys blockingKeys() {
        return blockingKeys;
    }

    /**
     * The decision this resolver makes for two names of one type, each alone in a document of its
     * own: the matcher's ({@link NameMatcher#match}) for a pair its candidate blocks (step 3) compare, and
     * apart, with the reason, for a pair it never compares (a respelling whose names share too few
     * {@link BlockingKeys}, a short form sharing none), however alike the names. What the
     * command line's {@code match} prints.
     */
    public NameMatch decideAlone(EntityType type, String name1, String name2) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name1, "name1");
        Objects.requireNonNull(name2, "name2");
        NameMatcher matcher = matcher();
        return decideAlone(matcher.analyzer().analyze(name1, type), matcher.analyzer().analyze(name2, type));
    }

    /** {@link #decideAlone(EntityType, String, String)} for two analysed names. */
    public NameMatch decideAlone(NameForm a, NameForm b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        NameMatch m = matcher().match(a, b);
        if (!m.same() || m.rule() != MatchRule.TRANSLITERATION && m.rule() != MatchRule.SHORT_FORM) {
            return m;
        }
        boolean compared = m.rule() == MatchRule.SHORT_FORM
                ? !Collections.disjoint(blockingKeys.keys(a), blockingKeys.keys(b)) : comparesSpellings(a, b);
        if (compared) {
            return m;
        }
        List<String> why = new ArrayList<>(m.explanation());
        why.add("(never compared by the resolver: too few sound keys shared)");
        return new NameMatch(m.score(), MatchRule.NONE, false, why);
    }

    /**
     * Whether the candidate blocks (step 3) compare two names as spellings of one name: they share a
     * blocking key for {@link NameKeys#enoughKeys enough} of their words. A pair it does not
     * compare is never joined as a respelling.
     */
    public boolean comparesSpellings(NameForm a, NameForm b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return NameKeys.enoughKeys(blockingKeys.keys(a), blockingKeys.keys(b), a.units().size(), b.units().size());
    }

    public Resolution resolve(List<ResolverDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        return new CorpusResolution(decisions, blockingKeys, PriorNames.NONE, documents).resolve();
    }

    /**
     * {@link #resolve(List)}, also reporting the near misses of its spelling decisions: the pairs
     * it compared whose score lay within {@code nearMisses}' band of the threshold, joined or not,
     * the closest kept. The entities are the same as without.
     */
    public ResolutionWithNearMisses resolve(List<ResolverDocument> documents, NearMisses nearMisses) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(nearMisses, "nearMisses");
        return new CorpusResolution(decisions, blockingKeys, PriorNames.NONE, documents,
                NearMissCollector.of(nearMisses)).resolveWithNearMisses();
    }

    /**
     * {@link #resolve(List, PriorNames)}, also reporting the near misses ({@link ResolvedBatch#nearMisses()})
     * as {@link #resolve(List, NearMisses)} does.
     */
    public ResolvedBatch resolve(List<ResolverDocument> documents, PriorNames prior, NearMisses nearMisses) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(nearMisses, "nearMisses");
        return new CorpusResolution(decisions, blockingKeys, prior, documents,
                NearMissCollector.of(nearMisses)).resolveBatch();
    }

    /**
     * Resolves a batch of documents against names resolved before: the same steps, over the
     * batch's names and the prior names they look up (an entity registry's incremental run). For
     * the registry: its types are the plan's, not API ({@link org.namelink.resolution.plan}).
     */
    public ResolvedBatch resolve(List<ResolverDocument> documents, PriorNames prior) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(prior, "prior");
        return new CorpusResolution(decisions, blockingKeys, prior, documents).resolveBatch();
    }
}
