package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameForm;
import org.namelink.names.NameKeys;
import org.namelink.names.NameMatch;
import org.namelink.resolution.BlockingKeys;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.Resolution;

/**
 * Resolution declared once: the ordered {@link Step}s, and the functions of the steps whose rules
 * an executor must not restate. Two executors run the plan: the in-memory one of
 * {@link EntityResolver} (one JVM) and the Spark one of {@code org.namelink.spark.SparkResolver};
 * each calls these functions on the values it holds (a group's name, its block, its fits) and only
 * arranges where the values are.
 *
 * <p>For the executors, not for users: a user calls {@link EntityResolver} or
 * {@code SparkResolver}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResolutionPlan {

    /** The steps, in the order every executor runs them; their numbers are used in code, logs and docs. */
    public enum Step {
        /** Per document, then over the corpus: each mention's type ({@link TypeVotes}). */
        TYPE_VOTES(1, "type votes"),
        /** Mentions into {@link NameGroup}s, numbered in order of first mention (prior groups first). */
        NAME_GROUPS(2, "name groups"),
        /** Each group's smallest block of {@link BlockingKeys} ({@link ResolutionPlan#chooseBlock}). */
        CANDIDATE_BLOCKS(3, "candidate blocks"),
        /** Per block, the decisions of its searchers' pairs: short forms, then spellings. */
        BLOCK_DECISIONS(4, "block decisions"),
        /** Retyped names, aliases, spellings and acronyms a text defines, joined into {@link Clusters}. */
        FULL_NAME_JOINS(5, "full-name joins"),
        /** Acronyms by initials, in group order: each join may change what later acronyms fit. */
        ACRONYM_JOINS(6, "acronym joins"),
        /** Per short form and document, the one fitting cluster ({@link ShortForms}). */
        SHORT_FORMS(7, "short forms"),
        /** Per entity, its canonical name, variants, reasons and id ({@link Naming}). */
        NAMING(8, "naming");

        private final int number;
        private final String title;

        Step(int number, String title) {
            this.number = number;
            this.title = title;
        }

        public int number() {
            return number;
        }

        /** "step 4, block decisions": how logs and docs name the step. */
        public String label() {
            return "step " + number + ", " + title;
        }

        /** {@link #label()} with what of the step is meant ("step 5, full-name joins: clusters"). */
        public String label(String part) {
            return label() + ": " + part;
        }
    }

    /**
     * A name group as a block decision sees it: its number, its name, the keys it is filed under
     * and the block it searches.
     */
    public interface Candidate {
        /** Its number (step 2): which of two groups decides their pair depends on it. */
        long id();

        NameGroup name();

        /** Its {@link BlockingKeys}; empty for a name that is not filed ({@link CandidateBlocks#isBlocked}). */
        List<String> blockingKeys();

        /** The key of the block it searches (step 3), empty when it searches none. */
        Optional<String> candidateKey();

        /** Whether it searches its block for spellings ({@link ResolutionPlan#searchesSpellings}). */
        boolean searchesSpellings();

        /** Whether it is a registry's prior group: the pairs of two prior groups were decided before. */
        boolean isPrior();
    }

    /**
     * A pair decision that joins: the candidate {@code h} found while deciding a group's block.
     *
     * @param writtenAlike for a short form, whether {@code h} writes its words alike ({@link ShortForms#writtenAlike})
     * @param checkDocuments for a spelling, whether it stands only if the two names share no
     *     document ({@link PairDecisions#writtenApart}); an executor that does not know it yet checks it after
     */
    public record Found<T>(T h, NameMatch match, boolean writtenAlike, boolean checkDocuments) {
        public Found {
            Objects.requireNonNull(h, "h");
            Objects.requireNonNull(match, "match");
        }
    }

    /** A block chosen for a group's candidates (step 3): its key and its size. */
    public record Block(String key, long size) {
        public Block {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Two name groups a text's acronym definition joins, for one type, by group key (step 5). */
    public record DefinedPair(String acronymGroupKey, String longFormGroupKey) {
    }

    private final PairDecisions decisions;
    private final BlockingKeys blockingKeys;

    private ResolutionPlan(PairDecisions decisions, BlockingKeys blockingKeys) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.blockingKeys = Objects.requireNonNull(blockingKeys, "blockingKeys");
    }

    /** The plan of {@code resolver}: its decisions and blocking keys. */
    public static ResolutionPlan of(EntityResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return new ResolutionPlan(resolver.decisions(), resolver.blockingKeys());
    }

    /** The plan of these decisions and blocking keys (the in-memory executor's). */
    public static ResolutionPlan of(PairDecisions decisions, BlockingKeys blockingKeys) {
        return new ResolutionPlan(decisions, blockingKeys);
    }

    // ---------------------------------------------------------------- step 2, name groups

    /** The keys a group is filed under (step 3 uses them): none for a name that is not blocked. */
    public List<String> blockingKeys(NameGroup g) {
        return CandidateBlocks.isBlocked(g.form()) ? blockingKeys.keys(g.form()) : List.of();
    }

    // ---------------------------------------------------------------- step 3, candidate blocks

    /**
     * The block a group with these keys searches: the smallest, counting {@code size} names under
     * each key, by {@link CandidateBlocks#rank} (a block of one last), the first of equals; empty
     * for no key.
     */
    public static Optional<Block> chooseBlock(List<String> keys, ToLongFunction<String> size) {
        Block best = null;
        for (String k : keys) {
            long n = size.applyAsLong(k);
            if (best == null || CandidateBlocks.rank(n) < CandidateBlocks.rank(best.size())) {
                best = new Block(k, n);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a full name searches its block of {@code blockSize} names for spellings: not past
     * {@link CandidateBlocks#MAX_SPELLING_BLOCK} (a word too common to be telling). Short forms search
     * every block. The same on every executor: no block is split.
     */
    public static boolean searchesSpellings(long blockSize) {
        return blockSize <= CandidateBlocks.MAX_SPELLING_BLOCK;
    }

    // ---------------------------------------------------------------- step 4, block decisions

    /** The long forms of its block that short form {@code g} fits, of those {@code longForm} accepts, in block order. */
    public <T extends Candidate> List<Found<T>> shortFormFits(T g, List<T> block, Predicate<? super T> longForm) {
        return shortFormFits(g, block, ShortFormBlock.of(block), longForm);
    }

    /**
     * {@link #shortFormFits} with what the test reads of the block ({@link ShortFormBlock}) computed
     * once by the caller for all the short forms that search it: the members that cannot be a long
     * form of {@code g} are passed over without being read.
     *
     * @param shapes {@link ShortFormBlock#of} {@code block}
     */
    public <T extends Candidate> List<Found<T>> shortFormFits(T g, List<T> block, ShortFormBlock shapes,
                                                              Predicate<? super T> longForm) {
        if (shapes.size() != block.size()) {
            throw new IllegalArgumentException("shapes has " + shapes.size() + " members for a block of " + block.size());
        }
        List<Found<T>> fit = new ArrayList<>();
        for (int i : shapes.mayBeLongFormsOf(g.name())) {
            T h = block.get(i);
            if (longForm.test(h)) {
                decisions.shortForm(g.name(), h.name()).ifPresent(m ->
                        fit.add(new Found<>(h, m, ShortForms.writtenAlike(g.name().form(), h.name().form()), false)));
            }
        }
        return fit;
    }

    /**
     * The spellings of full name {@code g} among the full names of its block: each pair decided
     * once, by the side whose search meets the other first ({@link #decidedBy}), only with enough
     * shared keys ({@link NameKeys#enoughKeys}), and not for two names written side by side
     * ({@link PairDecisions#writtenApart}).
     *
     * @param fullName whether a member is a full name (not a short form); an executor that does not
     *     know it yet accepts all and drops the short forms' pairs after
     * @param shareDocument whether two groups share a document; an executor that does not know
     *     it yet answers false and checks the pairs found with {@link Found#checkDocuments} after
     */
    public <T extends Candidate> List<Found<T>> spellings(T g, List<T> block, Predicate<? super T> fullName,
                                                          BiPredicate<? super T, ? super T> shareDocument) {
        return spellings(g, block, fullName, shareDocument, NearMissCollector.NONE);
    }

    /**
     * {@link #spellings}, offering each decision that {@link PairDecisions#isNearMiss is a near miss}
     * to {@code nearMisses}: the pairs this step compared and nearly decided otherwise. An executor
     * that checks documents after ({@link Found#checkDocuments}) cannot tell which pairs it
     * compares, and collects none.
     */
    public <T extends Candidate> List<Found<T>> spellings(T g, List<T> block, Predicate<? super T> fullName,
                                                          BiPredicate<? super T, ? super T> shareDocument,
                                                          NearMissCollector nearMisses) {
        if (nearMisses.collecting()) {
            return spellingsAndNearMisses(g, block, fullName, shareDocument, nearMisses);
        }
        List<Found<T>> joins = new ArrayList<>();
        for (T h : block) {
            if (!compares(g, h, fullName, shareDocument)) {
                continue;
            }
            boolean check = PairDecisions.mayBeWrittenApart(g.name(), h.name());
            decisions.spelling(g.name(), h.name()).ifPresent(m -> joins.add(new Found<>(h, m, false, check)));
        }
        return joins;
    }

    /** {@link #spellings} with every decision looked at, the near misses offered to {@code nearMisses}. */
    private <T extends Candidate> List<Found<T>> spellingsAndNearMisses(T g, List<T> block, Predicate<? super T> fullName,
                                                                        BiPredicate<? super T, ? super T> shareDocument,
                                                                        NearMissCollector nearMisses) {
        List<Found<T>> joins = new ArrayList<>();
        for (T h : block) {
            if (!compares(g, h, fullName, shareDocument)) {
                continue;
            }
            boolean check = PairDecisions.mayBeWrittenApart(g.name(), h.name());
            NameMatch m = decisions.spellingDecision(g.name(), h.name());
            if (decisions.isNearMiss(g.name(), h.name(), m, nearMisses.band())) {
                nearMisses.offer(g.name(), h.name(), m);
            }
            if (m.same()) {
                joins.add(new Found<>(h, m, false, check));
            }
        }
        return joins;
    }

    /** Whether {@link #spellings} of {@code g} compares {@code h}: the rules before any score. */
    private <T extends Candidate> boolean compares(T g, T h, Predicate<? super T> fullName,
                                                   BiPredicate<? super T, ? super T> shareDocument) {
        if (h.id() == g.id() || !fullName.test(h) || decidedBy(h, g)
                || !NameKeys.enoughKeys(g.blockingKeys(), h.blockingKeys(), g.name().size(), h.name().size())) {
            return false;
        }
        return !(PairDecisions.mayBeWrittenApart(g.name(), h.name())
                && PairDecisions.writtenApart(g.name(), h.name(), shareDocument.test(g, h)));
    }

    /** The explanation of a near miss's decision, for the pairs a collector kept. */
    public String explainSpelling(NameGroup a, NameGroup b) {
        return decisions.explainedSpelling(a, b).explain();
    }

    /**
     * Whether the pair of {@code g} and {@code h} is decided by {@code h}'s search: {@code h} comes
     * first, searches spellings, and its block holds {@code g} (a new name). Decisions are
     * symmetric, so each pair both sides meet is decided once.
     */
    public static boolean decidedBy(Candidate h, Candidate g) {
        return h.id() < g.id() && !g.isPrior() && h.searchesSpellings() && h.candidateKey().isPresent()
                && g.blockingKeys().contains(h.candidateKey().get());
    }

    /**
     * The short-form fits of one block (the Spark executor's first pass over a block): for each
     * member that searches it and may be a short form, the long forms it fits
     * ({@link Kind#SHORT_FORM}), as {@link #shortFormFits}. A member with a fit is a short form:
     * what {@link #decideSpellings} must know.
     *
     * @param key the block's key
     * @param members the block's members in group order
     * @param emit called with the searching member, {@link Kind#SHORT_FORM} and the long form found
     */
    public <T extends Candidate> void decideShortForms(String key, List<T> members, BlockEmitter<T> emit) {
        ShortFormBlock shapes = ShortFormBlock.of(members);
        for (T g : members) {
            if (g.candidateKey().filter(key::equals).isPresent() && decisions.mayBeShortForm(g.name())) {
                for (Found<T> f : shortFormFits(g, members, shapes, h -> true)) {
                    emit.found(g, Kind.SHORT_FORM, f);
                }
            }
        }
    }

    /**
     * The spellings of one block (the Spark executor's second pass, once the short forms are
     * known): for each member that searches it for spellings, its spellings among the full names
     * ({@link Kind#SPELLING}), as {@link #spellings}; the documents are checked after
     * ({@link Found#checkDocuments}). A short form must neither search ({@link Candidate#searchesSpellings}
     * false) nor be found ({@code fullName} false), as on one machine.
     *
     * @param key the block's key
     * @param members the block's members in group order, each name analysed once
     * @param fullName whether a member is a full name (not a short form)
     * @param emit called with the searching member, {@link Kind#SPELLING} and the spelling found
     */
    public <T extends Candidate> void decideSpellings(String key, List<T> members, Predicate<? super T> fullName,
                                                      BlockEmitter<T> emit) {
        for (T g : members) {
            if (g.candidateKey().filter(key::equals).isPresent() && g.searchesSpellings()) {
                for (Found<T> f : spellings(g, members, fullName, (a, b) -> false)) {
                    emit.found(g, Kind.SPELLING, f);
                }
            }
        }
    }

    /** Kinds of the decisions {@link #decideShortForms} and {@link #decideSpellings} emit. */
    public enum Kind {
        /** The searcher is a short form of the member found. */
        SHORT_FORM,
        /** The searcher and the member found are spellings of one name. */
        SPELLING
    }

    /** Receives a block's decisions. */
    @FunctionalInterface
    public interface BlockEmitter<T> {
        void found(T searcher, Kind kind, Found<T> found);
    }

    // ---------------------------------------------------------------- step 5, full-name joins

    /**
     * The alias joins among groups in group order: every group listed under one alias joins the
     * first of them.
     *
     * @return pairs {joining, first}, in the order of the joining groups
     */
    public static <T> List<List<T>> aliasJoins(List<T> groups, Function<T, Optional<String>> aliasKey) {
        Map<String, T> first = new HashMap<>();
        List<List<T>> joins = new ArrayList<>();
        for (T g : groups) {
            Optional<String> alias = aliasKey.apply(g);
            if (alias.isPresent()) {
                T f = first.putIfAbsent(alias.get(), g);
                if (f != null) {
                    joins.add(List.of(g, f));
                }
            }
        }
        return joins;
    }

    /**
     * The groups a text's definition of {@code acronym} as {@code longForm} joins: for each type,
     * the full-sense groups of the two names analysed as that type.
     *
     * @param analyse a name as written, analysed as a type
     */
    public static List<DefinedPair> definedPairs(String longForm, String acronym,
                                                 java.util.function.BiFunction<String, EntityType, NameForm> analyse) {
        List<DefinedPair> pairs = new ArrayList<>(EntityType.values().length);
        for (EntityType type : EntityType.values()) {
            pairs.add(new DefinedPair(NameGroup.groupKey(type, analyse.apply(acronym, type).key(), false),
                    NameGroup.groupKey(type, analyse.apply(longForm, type).key(), false)));
        }
        return pairs;
    }
}
