package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.MatchRule;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.BatchGroup.Node;
import org.namelink.resolution.plan.AcronymKeys;
import org.namelink.resolution.plan.CandidateBlocks;
import org.namelink.resolution.plan.Clusters;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.NearMissCollector;
import org.namelink.resolution.plan.PairDecisions;
import org.namelink.resolution.plan.PriorNames;
import org.namelink.resolution.plan.ResolutionPlan.Found;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ResolvedBatch;
import org.namelink.resolution.plan.ShortFormBlock;

/**
 * One resolution of a batch of documents in memory: runs the plan's steps in order over the batch's
 * name groups and the prior groups ({@link PriorNames}) they are looked up against. The steps decide;
 * this class only holds the state between them. With {@link PriorNames#NONE} the batch is a whole
 * corpus.
 *
 * <p>Mutable state of one resolve call; confined to the calling thread.
 */
final class CorpusResolution {

    /** The decision for one name the type vote turned from one type to another. */
    private static final NameMatch SAME_NAME = new NameMatch(1.0, MatchRule.NORMALIZED, true);

    private final NameMatcher matcher;
    private final PairDecisions decisions;
    private final ResolutionPlan plan;
    private final PriorNames prior;
    private final List<ResolverDocument> docs;
    /** Step 1's: each mention's name as tagged and its type, and the batch's votes. */
    private List<List<NameForm>> forms;
    private List<List<EntityType>> types;
    private Map<String, int[]> batchVotes;
    /** The type votes per name key over the batch and the prior batches. */
    private Map<String, int[]> corpusVotes;
    /** Every group of the workspace by group key: the batch's and the prior ones looked up. */
    private final Map<String, BatchGroup> groups = new LinkedHashMap<>();
    private final List<BatchGroup> batchGroups = new ArrayList<>();
    /** The prior groups of the workspace; finds none for a whole corpus. */
    private final PriorLookup priorLookup;
    private List<BatchGroup> groupList;
    private CandidateBlocks<BatchGroup> newBlocks;
    private Clusters clusters;
    /** The prior entities in each cluster, by root; empty for a whole corpus. */
    private final Map<Integer, Set<Long>> entitiesByRoot = new HashMap<>();
    private final Map<Node, Integer> shortAssignment = new HashMap<>();
    private final Map<Node, MergeReason> shortReasons = new HashMap<>();
    private final List<Map<String, NameForm>> formCache = new ArrayList<>();
    /** The fits of each new short form, all long or not, in block order ({@link #markShortForms}). */
    private final Map<BatchGroup, List<Found<BatchGroup>>> shortFormFits = new HashMap<>();
    private InMemoryNaming naming;
    /** The near misses of step 4's spelling decisions; {@link NearMissCollector#NONE} when not asked for. */
    private final NearMissCollector nearMisses;

    CorpusResolution(PairDecisions decisions, BlockingKeys blockingKeys, PriorNames prior,
                     List<ResolverDocument> docs) {
        this(decisions, blockingKeys, prior, docs, NearMissCollector.NONE);
    }

    CorpusResolution(PairDecisions decisions, BlockingKeys blockingKeys, PriorNames prior,
                     List<ResolverDocument> docs, NearMissCollector nearMisses) {
        this.nearMisses = nearMisses;
        this.matcher = decisions.matcher();
        this.decisions = decisions;
        this.plan = ResolutionPlan.of(decisions, blockingKeys);
        this.prior = prior;
        this.docs = docs;
        this.priorLookup = new PriorLookup(prior, plan, matcher.aliases(), this::form, groups);
        for (int t = 0; t < EntityType.values().length; t++) {
            formCache.add(new HashMap<>());
        }
    }

    /** The plan's steps in order ({@link ResolutionPlan.Step}: the numbers below are theirs). */
    Resolution resolve() {
        voteTypes(); // 1
        buildGroups(); // 2
        chooseBlocks(); // 3
        priorLookup.lookUp(batchGroups, newBlocks, corpusVotes, docs); // the prior members of the blocks
        number(); // 2, prior groups first
        markShortForms(); // 4, short forms
        joinRetyped(); // 5
        joinAliases(); // 5
        joinSpellings(); // 4, spellings, joined as 5
        joinAcronyms(); // 5, acronyms a text defines, then 6
        resolveShortForms(); // 7
        naming = new InMemoryNaming(docs, forms, groupList, clusters, shortAssignment, shortReasons);
        return naming.build(); // 8
    }

    /** {@link #resolve} with the near misses collected. */
    ResolutionWithNearMisses resolveWithNearMisses() {
        Resolution resolution = resolve();
        return new ResolutionWithNearMisses(resolution, nearMissReport(resolution));
    }

    /** {@link #resolve} with what a registry records of the batch. */
    ResolvedBatch resolveBatch() {
        Resolution resolution = resolve();
        return naming.resolvedBatch(resolution, batchGroups, entitiesByRoot, batchVotes, nearMissReport(resolution));
    }

    /**
     * The near misses step 4 collected, each with its explanation, the entities of its two names in
     * {@code resolution} (none for a prior name without mentions in the batch) and their first documents.
     */
    NearMissReport nearMissReport(Resolution resolution) {
        if (!nearMisses.collecting()) {
            return NearMissReport.none(NearMisses.DEFAULT);
        }
        List<NearMiss> pairs = new ArrayList<>();
        for (NearMissCollector.Pair p : nearMisses.pairs()) {
            BatchGroup a = groups.get(p.a().groupKey());
            BatchGroup b = groups.get(p.b().groupKey());
            pairs.add(new NearMiss(p.a().type(), a.representative(), b.representative(), p.a().groupKey(),
                    p.b().groupKey(), p.decision().score(), p.decision().threshold().getAsDouble(), p.decision().same(),
                    plan.explainSpelling(p.a(), p.b()), entityOf(a, resolution), entityOf(b, resolution),
                    documentsOf(a), documentsOf(b)));
        }
        return new NearMissReport(nearMisses.options(), pairs, nearMisses.found());
    }

    private static Optional<String> entityOf(BatchGroup g, Resolution resolution) {
        return g.nodesByDoc.values().stream().findFirst().map(n -> n.mentions.get(0))
                .map(m -> resolution.mentionEntityIds().get(m.doc()).get(m.index()));
    }

    private List<String> documentsOf(BatchGroup g) {
        return g.nodesByDoc.keySet().stream().limit(NearMiss.MAX_DOCUMENTS).map(d -> docs.get(d).id()).toList();
    }

    /**
     * The analysed form of a name as written. Names repeat across a corpus far more than they
     * vary, so each distinct (type, text) is analysed once per run.
     */
    private NameForm form(String text, EntityType type) {
        return formCache.get(type.ordinal()).computeIfAbsent(text, t -> matcher.analyzer().analyze(t, type));
    }

    private void voteTypes() {
        InMemoryTypeVotes.Typed typed = InMemoryTypeVotes.vote(docs, prior, this::form);
        forms = typed.forms();
        types = typed.types();
        batchVotes = typed.batchVotes();
        corpusVotes = typed.corpusVotes();
    }

    private void buildGroups() {
        for (int d = 0; d < docs.size(); d++) {
            List<Mention> mentions = docs.get(d).mentions();
            for (int i = 0; i < mentions.size(); i++) {
                NameForm form = forms.get(d).get(i);
                EntityType type = types.get(d).get(i);
                String key = NameGroup.nameKey(form);
                boolean team = NameGroup.isTeamSense(type, form, docs.get(d).teamMentions().contains(i));
                String gk = NameGroup.groupKey(type, key, team);
                BatchGroup g = groups.get(gk);
                if (g == null) {
                    NameForm typed = form.type() == type ? form : form(mentions.get(i).text(), type);
                    g = new BatchGroup(NameGroup.of(type, key, typed, team, matcher.aliases()), plan,
                            prior.byGroupKey(gk).orElse(null));
                    groups.put(gk, g);
                    batchGroups.add(g);
                    if (g.isPrior()) {
                        priorLookup.add(g);
                    }
                }
                g.displays.merge(NameGroup.display(form, mentions.get(i)), 1, Integer::sum);
                final int doc = d;
                final BatchGroup grp = g;
                g.nodesByDoc.computeIfAbsent(d, x -> new Node(doc, grp)).mentions.add(new MentionRef(d, i));
                g.mentionTotal++;
            }
        }
    }

    /**
     * Chooses each batch group's block (step 3): its smallest, counting the prior names under each
     * key ({@link PriorNames#blockSize}) and the new ones.
     */
    private void chooseBlocks() {
        List<BatchGroup> newGroups = batchGroups.stream().filter(g -> !g.isPrior()).toList();
        newBlocks = CandidateBlocks.of(newGroups.stream().filter(g -> CandidateBlocks.isBlocked(g.form())).toList(),
                BatchGroup::type, g -> g.blockingKeys);
        for (BatchGroup g : batchGroups) {
            ResolutionPlan.chooseBlock(g.blockingKeys,
                    k -> prior.blockSize(g.type(), k) + newBlocks.block(g.type(), k).size()).ifPresent(b -> {
                        g.candidateKey = b.key();
                        g.candidateCount = (int) b.size();
                    });
        }
    }

    /** Numbers the groups: prior ones first, oldest first, then the new ones in order of first mention. */
    private void number() {
        List<BatchGroup> list = new ArrayList<>(priorLookup.priorGroups().size() + batchGroups.size());
        list.addAll(priorLookup.priorGroups());
        list.sort(Comparator.comparingLong(g -> g.prior.id()));
        for (BatchGroup g : batchGroups) {
            if (!g.isPrior()) {
                list.add(g);
            }
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).id = i;
        }
        groupList = list;
        clusters = new Clusters(list.size());
        if (prior != PriorNames.NONE) {
            Map<Long, BatchGroup> firstOfEntity = new HashMap<>();
            for (BatchGroup g : list) {
                if (g.isPrior() && !g.shortForm && g.prior.entity() >= 0) {
                    entitiesByRoot.computeIfAbsent(g.id, k -> new TreeSet<>()).add(g.prior.entity());
                    BatchGroup first = firstOfEntity.putIfAbsent(g.prior.entity(), g);
                    if (first != null) {
                        clusters.link(first.id, g.id);
                        entitiesByRoot.remove(g.id);
                    }
                }
            }
        }
    }

    /** The candidates of a batch group: the prior and the new names of its smallest block. */
    private List<BatchGroup> candidates(BatchGroup g) {
        if (g.candidateKey == null) {
            return List.of();
        }
        List<BatchGroup> fresh = newBlocks.block(g.type(), g.candidateKey);
        if (g.priorCandidates.isEmpty()) {
            return fresh;
        }
        List<BatchGroup> all = new ArrayList<>(g.priorCandidates.size() + fresh.size());
        all.addAll(g.priorCandidates);
        all.addAll(fresh);
        return all;
    }

    private void markShortForms() {
        // A prior group keeps what it was found to be.
        List<BatchGroup> tested = groupList.stream().filter(g -> !g.isPrior() && decisions.mayBeShortForm(g.name)).toList();
        // A group is a short form when it fits a name of its block (ResolutionPlan#isShortForm):
        // its fits are kept, so that step 7 filters them instead of deciding its block's pairs again.
        Map<List<BatchGroup>, ShortFormBlock> shapes = blockShapes(tested);
        List<List<Found<BatchGroup>>> fits = decide(tested, g -> {
            List<BatchGroup> block = candidates(g);
            ShortFormBlock known = shapes.get(block);
            return plan.shortFormFits(g, block, known != null ? known : ShortFormBlock.of(block), h -> true);
        });
        for (int i = 0; i < tested.size(); i++) {
            BatchGroup g = tested.get(i);
            g.shortForm = !fits.get(i).isEmpty();
            if (g.shortForm) {
                shortFormFits.put(g, fits.get(i));
            }
        }
    }

    /**
     * The {@link ShortFormBlock} of each new block {@code groups} search, each computed once
     * for all its searchers, by the block's identity; read-only once built, so the parallel
     * decisions may read it. A block with prior names is made per call and not in it.
     */
    private Map<List<BatchGroup>, ShortFormBlock> blockShapes(List<BatchGroup> groups) {
        Map<List<BatchGroup>, ShortFormBlock> shapes = new IdentityHashMap<>();
        for (BatchGroup g : groups) {
            if (g.candidateKey != null && g.priorCandidates.isEmpty()) {
                shapes.computeIfAbsent(newBlocks.block(g.type(), g.candidateKey), ShortFormBlock::of);
            }
        }
        return shapes;
    }

    /**
     * {@code decision} of each group, in the groups' order. Decisions are computed in parallel
     * (the common fork-join pool): they read the groups, their blocks and the thread-safe
     * {@link PairDecisions}, never the clusters, which the caller then changes in order, so the
     * result is the same on any number of threads.
     */
    private static <R> List<R> decide(List<BatchGroup> groups, Function<BatchGroup, R> decision) {
        return groups.parallelStream().map(decision).toList();
    }

    /** Joins each batch group to the prior groups of its name the vote retyped ({@link PriorLookup}). */
    private void joinRetyped() {
        for (PriorLookup.Retyped pair : priorLookup.retyped()) {
            if (!pair.group().shortForm && !pair.prior().shortForm) {
                join(pair.group(), pair.prior(), SAME_NAME, true);
            }
        }
    }

    private void joinAliases() {
        for (List<BatchGroup> pair : ResolutionPlan.aliasJoins(groupList, g -> g.name.aliasKey())) {
            join(pair.get(0), pair.get(1), PairDecisions.ALIAS, false);
        }
    }

    private void joinSpellings() {
        for (BatchGroup g : groupList) {
            g.fixSearchesSpellings(); // the short forms are known
        }
        List<BatchGroup> searching = groupList.stream().filter(BatchGroup::searchesSpellings).toList();
        // Each side searches its own rarest key, so a pair is found when either side's is shared.
        List<List<Found<BatchGroup>>> found = decide(searching, g -> plan.spellings(g, candidates(g), h -> !h.shortForm,
                (a, b) -> !Collections.disjoint(a.nodesByDoc.keySet(), b.nodesByDoc.keySet()), nearMisses));
        // Joined in the order of a search group by group: the same clusters and reasons on any number of threads.
        for (int i = 0; i < searching.size(); i++) {
            for (Found<BatchGroup> f : found.get(i)) {
                join(searching.get(i), f.h(), f.match(), false);
            }
        }
    }

    private void joinAcronyms() {
        // Definitions in the texts come first: they are the author's own statement.
        for (ResolverDocument d : docs) {
            for (AcronymDefinition def : d.acronyms()) {
                for (ResolutionPlan.DefinedPair pair : ResolutionPlan.definedPairs(def.longForm(), def.acronym(), this::form)) {
                    BatchGroup longG = groups.get(pair.longFormGroupKey());
                    BatchGroup acrG = groups.get(pair.acronymGroupKey());
                    if (longG != null && acrG != null && !clusters.same(longG.id, acrG.id)) {
                        join(acrG, longG, PairDecisions.DEFINED_ACRONYM, true);
                    }
                }
            }
        }
        Map<String, List<BatchGroup>> byInitials = new HashMap<>();
        for (BatchGroup g : groupList) {
            if (!g.isPrior() && AcronymKeys.isLongForm(g.name) && !g.shortForm) {
                for (String k : AcronymKeys.longFormKeys(g.name)) {
                    byInitials.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
                }
            }
        }
        for (BatchGroup g : groupList) {
            if (!g.form().isAcronym() || g.isPrior() && !g.acronymLookedUp) {
                continue;
            }
            List<BatchGroup> candidates = AcronymKeys.candidates(g.name, k -> priorLookup.longForms(k, byInitials));
            clusters.onlyOtherCluster(candidates, h -> h.id, g.id)
                    .ifPresent(h -> decisions.acronym(g.name, h.name).ifPresent(m -> join(g, h, m, false)));
        }
    }

    /**
     * Joins two groups' clusters, unless they are one already, both groups are prior (decided
     * before, unless a text of this batch says so anew) or a user's correction keeps their
     * entities apart.
     */
    private void join(BatchGroup joining, BatchGroup into, NameMatch m, boolean statedInBatch) {
        if (joining.isPrior() && into.isPrior() && !statedInBatch || clusters.same(joining.id, into.id)) {
            return;
        }
        int a = clusters.find(joining.id);
        int b = clusters.find(into.id);
        Set<Long> ea = entitiesByRoot.getOrDefault(a, Set.of());
        Set<Long> eb = entitiesByRoot.getOrDefault(b, Set.of());
        for (long x : ea) {
            for (long y : eb) {
                if (prior.keptApart(x, y)) {
                    return;
                }
            }
        }
        clusters.union(joining.id, into.id, m, joining.representative(), into.representative());
        if (!ea.isEmpty() || !eb.isEmpty()) {
            Set<Long> both = new TreeSet<>(ea);
            both.addAll(eb);
            entitiesByRoot.remove(a);
            entitiesByRoot.remove(b);
            entitiesByRoot.put(clusters.find(a), both);
        }
    }

    private void resolveShortForms() {
        List<BatchGroup> shortForms = groupList.stream().filter(g -> g.shortForm && g.inBatch()).toList();
        // The long forms among the fits step 4 found; a prior short form's block is decided here.
        List<List<Found<BatchGroup>>> longForms = decide(shortForms, g -> {
            List<Found<BatchGroup>> found = shortFormFits.get(g);
            return found == null ? plan.shortFormFits(g, candidates(g), h -> !h.shortForm)
                    : found.stream().filter(f -> !f.h().shortForm).toList();
        });
        shortFormFits.clear();
        new InMemoryShortForms(prior, groupList, clusters, entitiesByRoot, shortAssignment, shortReasons)
                .choose(shortForms, longForms);
    }
}
