package org.namelink.resolution;

import java.util.List;
import java.util.Objects;
import org.namelink.names.NameMatcher;

/**
 * Resolves mentions across documents into entities, by running the resolution stages over the
 * whole corpus in memory:
 *
 * <ol>
 *   <li>{@link TypeVotes}: within a document, one name keeps one type (the majority of its
 *       mentions); across the corpus a rare type yields to a dominant one.</li>
 *   <li>Mentions group by (type, folded name key, sense) into {@link NameGroup}s: a place name
 *       standing for a sports team ({@link ResolverDocument#teamMentions()}) is an entity apart from
 *       the place, and no rule joins the two senses.</li>
 *   <li>{@link CandidateBlocks} by {@link BlockingKeys} (the rarest sound key; initials for
 *       acronyms, {@link AcronymKeys}), never all pairs; {@link PairDecisions} by the
 *       {@link NameMatcher} joins full names by alias, acronym (defined in a text, or the initials of
 *       one long form) and transliteration, in {@link Clusters}.</li>
 *   <li>{@link ShortForms} (Soleimani, al-Asad, Revolutionary Guards) join a longer name only when
 *       exactly one entity fits: in the same document first, then in the corpus.</li>
 *   <li>{@link Naming}: canonical name, variants, reasons and ids.</li>
 * </ol>
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

    /** The pair decisions this resolver makes. */
    public PairDecisions decisions() {
        return decisions;
    }

    public BlockingKeys blockingKeys() {
        return blockingKeys;
    }

    public Resolution resolve(List<ResolverDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        return new CorpusResolution(decisions, blockingKeys, PriorNames.NONE, documents).resolve();
    }

    /**
     * Resolves a batch of documents against names resolved before: the same stages, over the
     * batch's names and the prior names they look up (an entity registry's incremental run).
     */
    public ResolvedBatch resolve(List<ResolverDocument> documents, PriorNames prior) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(prior, "prior");
        return new CorpusResolution(decisions, blockingKeys, prior, documents).resolveBatch();
    }
}
