package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.MatchRule;
import org.namelink.names.NameForm;
import org.namelink.names.NameKeys;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;

/**
 * One resolution of a batch of documents in memory: runs the stages in order over the batch's name
 * groups and the prior groups ({@link PriorNames}) they are looked up against. The stages decide;
 * this class only holds the state between them. With {@link PriorNames#NONE} the batch is a whole
 * corpus.
 *
 * <p>Mutable state of one resolve call; confined to the calling thread.
 */
final class CorpusResolution {

    /** One name in one document. */
    private static final class Node {
        final int doc;
        final Group group;
        final List<int[]> mentions = new ArrayList<>(); // {doc, index}

        Node(int doc, Group group) {
            this.doc = doc;
            this.group = group;
        }
    }

    /** A name group with its mentions in this batch. */
    private static final class Group {
        /** Position in {@link #groupList}: prior groups first, oldest first, then new ones in order of first mention. */
        int id;
        final NameGroup name;
        final List<String> blockingKeys;
        /** The prior group it continues; null for a group new in this batch. */
        final PriorName prior;
        final Map<Integer, Node> nodesByDoc = new LinkedHashMap<>();
        final Map<String, Integer> displays = new LinkedHashMap<>();
        boolean shortForm;
        int mentionTotal;
        /** The blocking key whose block holds its candidates; null when it is not blocked. */
        String candidateKey;
        int candidateCount;
        List<Group> priorCandidates = List.of();
        /** Whether its long forms were looked up among the prior names (acronyms only). */
        boolean acronymLookedUp;

        Group(NameGroup name, BlockingKeys keys, PriorName prior) {
            this.name = name;
            this.blockingKeys = CandidateBlocks.isBlocked(name.form()) ? keys.keys(name.form()) : List.of();
            this.prior = prior;
            if (prior != null) {
                shortForm = prior.shortForm();
                mentionTotal = prior.mentions();
            }
        }

        int size() {
            return name.size();
        }

        EntityType type() {
            return name.type();
        }

        NameForm form() {
            return name.form();
        }

        boolean isPrior() {
            return prior != null;
        }

        /** Whether it has mentions in this batch. */
        boolean inBatch() {
            return !nodesByDoc.isEmpty();
        }

        /** Its most frequent spelling, the first of equals. */
        String representative() {
            if (prior != null) {
                return prior.display();
            }
            return displays.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(name.form().display());
        }
    }

    /** The decision for one name the type vote turned from one type to another. */
    private static final NameMatch SAME_NAME = new NameMatch(1.0, MatchRule.NORMALIZED, true);

    private final NameMatcher matcher;
    private final PairDecisions decisions;
    private final BlockingKeys blockingKeys;
    private final PriorNames prior;
    private final List<ResolverDocument> docs;
    private final List<List<NameForm>> forms = new ArrayList<>();
    private final List<List<EntityType>> types = new ArrayList<>();
    private final Map<String, int[]> batchVotes = new HashMap<>();
    /** The type votes per name key over the batch and the prior batches. */
    private Map<String, int[]> corpusVotes;
    /** Pairs {batch group, prior group of another type} the vote over both batches makes one name. */
    private final List<Group[]> retyped = new ArrayList<>();
    /** Every group of the workspace by group key: the batch's and the prior ones looked up. */
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Group> batchGroups = new ArrayList<>();
    private final Map<Long, Group> priorGroups = new HashMap<>();
    private final Map<String, List<Group>> priorBlocks = new HashMap<>();
    private final Map<String, List<Group>> priorLongForms = new HashMap<>();
    private List<Group> groupList;
    private CandidateBlocks<Group> newBlocks;
    private Clusters clusters;
    /** The prior entities in each cluster, by root; empty for a whole corpus. */
    private final Map<Integer, Set<Long>> entitiesByRoot = new HashMap<>();
    private final Map<Node, Integer> shortAssignment = new HashMap<>();
    private final Map<Node, MergeReason> shortReasons = new HashMap<>();
    private final List<Map<String, NameForm>> formCache = new ArrayList<>();
    private final Map<Integer, Integer> rootMentionCounts = new HashMap<>();
    private Map<Integer, List<Group>> members;
    private final Map<Integer, Integer> entityIndexOfKey = new HashMap<>();

    CorpusResolution(PairDecisions decisions, BlockingKeys blockingKeys, PriorNames prior,
                     List<ResolverDocument> docs) {
        this.matcher = decisions.matcher();
        this.decisions = decisions;
        this.blockingKeys = blockingKeys;
        this.prior = prior;
        this.docs = docs;
        for (int t = 0; t < EntityType.values().length; t++) {
            formCache.add(new HashMap<>());
        }
    }

    Resolution resolve() {
        voteTypes();
        buildGroups();
        lookUpPriorNames();
        number();
        markShortForms();
        joinRetyped();
        joinAliases();
        joinSpellings();
        joinAcronyms();
        resolveShortForms();
        return build();
    }

    /** {@link #resolve} with what a registry records of the batch. */
    ResolvedBatch resolveBatch() {
        Resolution resolution = resolve();
        List<List<Long>> priorEntities = new ArrayList<>(Collections.nCopies(resolution.entities().size(), List.of()));
        for (Map.Entry<Integer, Integer> e : entityIndexOfKey.entrySet()) {
            int key = e.getKey();
            Set<Long> entities;
            if (key >= 0) {
                entities = entitiesByRoot.getOrDefault(key, Set.of());
            } else {
                PriorName p = groupList.get(-1 - key).prior;
                entities = p != null && p.entity() >= 0 ? Set.of(p.entity()) : Set.of();
            }
            priorEntities.set(e.getValue(), List.copyOf(new TreeSet<>(entities)));
        }
        Map<Group, Integer> indexOf = new HashMap<>();
        List<ResolvedBatch.Group> records = new ArrayList<>(batchGroups.size());
        for (Group g : batchGroups) {
            indexOf.put(g, records.size());
            Integer entity = entityIndexOfKey.get(g.shortForm ? -1 - g.id : clusters.find(g.id));
            int batchMentions = 0;
            for (Node n : g.nodesByDoc.values()) {
                batchMentions += n.mentions.size();
            }
            String display = g.displays.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(g.form().display());
            records.add(new ResolvedBatch.Group(g.name, g.isPrior() ? g.prior.id() : -1, g.shortForm, batchMentions,
                    display, g.blockingKeys,
                    AcronymKeys.isLongForm(g.name) && !g.shortForm ? AcronymKeys.longFormKeys(g.name) : List.of(),
                    g.form().isAcronym() ? AcronymKeys.acronymKeys(g.name) : List.of(),
                    entity != null ? entity : -1, clusters.firstReason(g.id)));
        }
        List<List<Integer>> mentionGroups = new ArrayList<>();
        List<List<String>> mentionDisplays = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            List<Mention> mentions = docs.get(d).mentions();
            mentionGroups.add(new ArrayList<>(Collections.nCopies(mentions.size(), -1)));
            List<String> displays = new ArrayList<>(mentions.size());
            for (int i = 0; i < mentions.size(); i++) {
                displays.add(NameGroup.display(forms.get(d).get(i), mentions.get(i)));
            }
            mentionDisplays.add(displays);
        }
        for (Group g : batchGroups) {
            for (Node n : g.nodesByDoc.values()) {
                for (int[] m : n.mentions) {
                    mentionGroups.get(m[0]).set(m[1], indexOf.get(g));
                }
            }
        }
        return new ResolvedBatch(resolution, priorEntities, records, mentionGroups, mentionDisplays, batchVotes);
    }

    /**
     * The analysed form of a name as written. Names repeat across a corpus far more than they
     * vary, so each distinct (type, text) is analysed once per run.
     */
    private NameForm form(String text, EntityType type) {
        return formCache.get(type.ordinal()).computeIfAbsent(text, t -> matcher.analyzer().analyze(t, type));
    }

    private void voteTypes() {
        for (ResolverDocument d : docs) {
            List<NameForm> f = new ArrayList<>(d.mentions().size());
            for (Mention m : d.mentions()) {
                f.add(form(m.text(), m.type()));
            }
            List<EntityType> t = TypeVotes.documentTypes(d.mentions(), f);
            TypeVotes.count(f, t, batchVotes);
            forms.add(f);
            types.add(t);
        }
        Map<String, int[]> votes = batchVotes;
        if (prior != PriorNames.NONE) {
            votes = new HashMap<>();
            for (Map.Entry<String, int[]> e : batchVotes.entrySet()) {
                int[] sum = prior.typeVotes(e.getKey()).clone();
                for (int t = 0; t < sum.length; t++) {
                    sum[t] += e.getValue()[t];
                }
                votes.put(e.getKey(), sum);
            }
        }
        for (int d = 0; d < docs.size(); d++) {
            TypeVotes.applyCorpusVote(docs.get(d).mentions(), forms.get(d), types.get(d), votes);
        }
        corpusVotes = votes;
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
                Group g = groups.get(gk);
                if (g == null) {
                    NameForm typed = form.type() == type ? form : form(mentions.get(i).text(), type);
                    g = new Group(NameGroup.of(type, key, typed, team, matcher.aliases()), blockingKeys,
                            prior.byGroupKey(gk).orElse(null));
                    groups.put(gk, g);
                    batchGroups.add(g);
                    if (g.isPrior()) {
                        priorGroups.put(g.prior.id(), g);
                    }
                }
                g.displays.merge(NameGroup.display(form, mentions.get(i)), 1, Integer::sum);
                final int doc = d;
                final Group grp = g;
                g.nodesByDoc.computeIfAbsent(d, x -> new Node(doc, grp)).mentions.add(new int[] {d, i});
                g.mentionTotal++;
            }
        }
    }

    /** The workspace's group for a prior name, made on first sight. */
    private Group priorGroup(PriorName p) {
        Group g = priorGroups.get(p.id());
        if (g == null) {
            NameForm form = form(p.surface(), p.type());
            g = new Group(NameGroup.of(p.type(), p.key(), form, p.team(), matcher.aliases()), blockingKeys, p);
            priorGroups.put(p.id(), g);
            groups.putIfAbsent(g.name.groupKey(), g);
        }
        return g;
    }

    private List<Group> priorGroups(List<PriorName> names) {
        List<Group> result = new ArrayList<>(names.size());
        for (PriorName p : names) {
            result.add(priorGroup(p));
        }
        return result;
    }

    /**
     * Looks up, before any decision, every prior group a decision about the batch's groups may
     * meet: the block each batch group's candidates come from, the first name of its alias, the
     * long forms of its acronyms, the acronyms of its long forms and the names its texts define as
     * acronyms. The candidates of a batch group are its smallest block counting prior and new names.
     */
    private void lookUpPriorNames() {
        List<Group> newGroups = batchGroups.stream().filter(g -> !g.isPrior()).toList();
        newBlocks = CandidateBlocks.of(newGroups.stream().filter(g -> CandidateBlocks.isBlocked(g.form())).toList(),
                Group::type, g -> g.blockingKeys);
        for (Group g : batchGroups) {
            boolean first = true;
            for (String k : g.blockingKeys) {
                int size = prior.blockSize(g.type(), k) + newBlocks.block(g.type(), k).size();
                if (first || CandidateBlocks.rank(size) < CandidateBlocks.rank(g.candidateCount)) {
                    g.candidateKey = k;
                    g.candidateCount = size;
                    first = false;
                }
            }
        }
        for (Group g : List.copyOf(batchGroups)) {
            // A prior full name's pairs with prior names were decided before: only new names need its block.
            if (g.candidateKey != null && (!g.isPrior() || g.shortForm)
                    && g.candidateCount > newBlocks.block(g.type(), g.candidateKey).size()) {
                g.priorCandidates = priorBlocks.computeIfAbsent(g.type() + "\t" + g.candidateKey,
                        k -> priorGroups(prior.block(g.type(), g.candidateKey)));
            }
            g.name.aliasKey().flatMap(prior::firstByAlias).ifPresent(this::priorGroup);
            lookUpRetyped(g);
            if (g.form().isAcronym()) {
                lookUpLongForms(g);
            } else if (AcronymKeys.isLongForm(g.name)) {
                for (String k : AcronymKeys.longFormKeys(g.name)) {
                    for (Group acronym : priorGroups(prior.acronymsByKey(k))) {
                        lookUpLongForms(acronym);
                    }
                }
            }
        }
        for (ResolverDocument d : docs) {
            for (AcronymDefinition def : d.acronyms()) {
                for (EntityType type : EntityType.values()) {
                    prior.byGroupKey(NameGroup.groupKey(type, form(def.longForm(), type).key(), false))
                            .ifPresent(this::priorGroup);
                    prior.byGroupKey(NameGroup.groupKey(type, form(def.acronym(), type).key(), false))
                            .ifPresent(this::priorGroup);
                }
            }
        }
    }

    /**
     * The prior groups of a new group's name typed otherwise that the vote over this batch and the
     * prior ones turns into the new group's type: one run over all documents would have typed their
     * mentions so and grouped them with it. Only for a name the registry has no group of this type
     * for: where the earlier batches kept both types apart, a later vote tipping one way is as likely
     * to tip back (cities and their teams in sports results), and a join cannot be undone. A prior
     * group with mentions of its own type in this batch is left alone (those mentions kept their
     * type), as are team senses.
     */
    private void lookUpRetyped(Group g) {
        int[] votes = corpusVotes.get(g.name.key());
        if (prior == PriorNames.NONE || g.isPrior() || g.name.team() || votes == null) {
            return;
        }
        for (EntityType other : TypeVotes.outvotedBy(g.type(), votes)) {
            prior.byGroupKey(NameGroup.groupKey(other, g.name.key(), false)).map(this::priorGroup)
                    .filter(p -> !p.inBatch()).ifPresent(p -> retyped.add(new Group[] {g, p}));
        }
    }

    private void lookUpLongForms(Group acronym) {
        if (acronym.acronymLookedUp || prior == PriorNames.NONE) {
            return;
        }
        acronym.acronymLookedUp = true;
        for (String k : AcronymKeys.acronymKeys(acronym.name)) {
            priorLongForms.computeIfAbsent(k, x -> priorGroups(prior.longFormsByAcronymKey(x)));
        }
    }

    /** Numbers the groups: prior ones first, oldest first, then the new ones in order of first mention. */
    private void number() {
        List<Group> list = new ArrayList<>(priorGroups.size() + batchGroups.size());
        list.addAll(priorGroups.values());
        list.sort(Comparator.comparingLong(g -> g.prior.id()));
        for (Group g : batchGroups) {
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
            Map<Long, Group> firstOfEntity = new HashMap<>();
            for (Group g : list) {
                if (g.isPrior() && !g.shortForm && g.prior.entity() >= 0) {
                    entitiesByRoot.computeIfAbsent(g.id, k -> new TreeSet<>()).add(g.prior.entity());
                    Group first = firstOfEntity.putIfAbsent(g.prior.entity(), g);
                    if (first != null) {
                        clusters.link(first.id, g.id);
                        entitiesByRoot.remove(g.id);
                    }
                }
            }
        }
    }

    /** The candidates of a batch group: the prior and the new names of its smallest block. */
    private List<Group> candidates(Group g) {
        if (g.candidateKey == null) {
            return List.of();
        }
        List<Group> fresh = newBlocks.block(g.type(), g.candidateKey);
        if (g.priorCandidates.isEmpty()) {
            return fresh;
        }
        List<Group> all = new ArrayList<>(g.priorCandidates.size() + fresh.size());
        all.addAll(g.priorCandidates);
        all.addAll(fresh);
        return all;
    }

    private void markShortForms() {
        // A prior group keeps what it was found to be.
        List<Group> tested = groupList.stream().filter(g -> !g.isPrior() && decisions.mayBeShortForm(g.name)).toList();
        List<Boolean> isShort = decide(tested, g -> {
            for (Group h : candidates(g)) {
                if (decisions.shortForm(g.name, h.name).isPresent()) {
                    return true;
                }
            }
            return false;
        });
        for (int i = 0; i < tested.size(); i++) {
            tested.get(i).shortForm = isShort.get(i);
        }
    }

    /** A pair decision that joins {@code h}, found while deciding a group's candidates. */
    private record Found(Group h, NameMatch match) {
    }

    /**
     * {@code decision} of each group, in the groups' order. Decisions are computed in parallel
     * (the common fork-join pool): they read the groups, their blocks and the thread-safe
     * {@link PairDecisions}, never the clusters, which the caller then changes in order, so the
     * result is the same on any number of threads.
     */
    private static <R> List<R> decide(List<Group> groups, Function<Group, R> decision) {
        return groups.parallelStream().map(decision).toList();
    }

    /** Joins each batch group to the prior groups of its name the vote retyped ({@link #lookUpRetyped}). */
    private void joinRetyped() {
        for (Group[] pair : retyped) {
            if (!pair[0].shortForm && !pair[1].shortForm) {
                join(pair[0], pair[1], SAME_NAME, true);
            }
        }
    }

    private void joinAliases() {
        Map<String, Group> firstByAlias = new HashMap<>();
        for (Group g : groupList) {
            Optional<String> alias = g.name.aliasKey();
            if (alias.isPresent()) {
                Group first = firstByAlias.putIfAbsent(alias.get(), g);
                if (first != null) {
                    join(g, first, PairDecisions.ALIAS, false);
                }
            }
        }
    }

    private void joinSpellings() {
        List<Group> searching = groupList.stream().filter(CorpusResolution::searchesSpellings).toList();
        List<List<Found>> found = decide(searching, g -> {
            // Each side searches its own rarest key, so a pair is found when either side's is shared;
            // a pair both sides find is decided when the first of them searches (decisions are symmetric).
            List<Found> joins = new ArrayList<>();
            for (Group h : candidates(g)) {
                if (h == g || h.shortForm || h.id < g.id && searchedBy(h, g)
                        || !NameKeys.enoughKeys(g.blockingKeys, h.blockingKeys, g.size(), h.size())
                        || PairDecisions.writtenApart(g.name, h.name, g.nodesByDoc.keySet(), h.nodesByDoc.keySet())) {
                    continue;
                }
                decisions.spelling(g.name, h.name).ifPresent(m -> joins.add(new Found(h, m)));
            }
            return joins;
        });
        // Joined in the order of a search group by group: the same clusters and reasons on any number of threads.
        for (int i = 0; i < searching.size(); i++) {
            for (Found f : found.get(i)) {
                join(searching.get(i), f.h(), f.match(), false);
            }
        }
    }

    /** Whether {@link #joinSpellings} searches {@code g}'s candidates. */
    private static boolean searchesSpellings(Group g) {
        return g.inBatch() && CandidateBlocks.isBlocked(g.form()) && !g.shortForm
                && g.candidateCount <= CandidateBlocks.MAX_SPELLING_BLOCK;
    }

    /** Whether {@code h}'s spelling search meets the new group {@code g} (in its block of new names). */
    private static boolean searchedBy(Group h, Group g) {
        return !g.isPrior() && searchesSpellings(h) && h.candidateKey != null
                && g.blockingKeys.contains(h.candidateKey);
    }

    private void joinAcronyms() {
        // Definitions in the texts come first: they are the author's own statement.
        for (ResolverDocument d : docs) {
            for (AcronymDefinition def : d.acronyms()) {
                for (EntityType type : EntityType.values()) {
                    Group longG = groups.get(NameGroup.groupKey(type, form(def.longForm(), type).key(), false));
                    Group acrG = groups.get(NameGroup.groupKey(type, form(def.acronym(), type).key(), false));
                    if (longG != null && acrG != null && !clusters.same(longG.id, acrG.id)) {
                        join(acrG, longG, PairDecisions.DEFINED_ACRONYM, true);
                    }
                }
            }
        }
        Map<String, List<Group>> byInitials = new HashMap<>();
        for (Group g : groupList) {
            if (!g.isPrior() && AcronymKeys.isLongForm(g.name) && !g.shortForm) {
                for (String k : AcronymKeys.longFormKeys(g.name)) {
                    byInitials.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
                }
            }
        }
        for (Group g : groupList) {
            if (!g.form().isAcronym() || g.isPrior() && !g.acronymLookedUp) {
                continue;
            }
            List<Group> candidates = AcronymKeys.candidates(g.name, k -> longForms(k, byInitials));
            clusters.onlyOtherCluster(candidates, h -> h.id, g.id)
                    .ifPresent(h -> decisions.acronym(g.name, h.name).ifPresent(m -> join(g, h, m, false)));
        }
    }

    /** The long forms filed under an acronym key: prior ones, then new ones. */
    private List<Group> longForms(String key, Map<String, List<Group>> byInitials) {
        List<Group> fresh = byInitials.getOrDefault(key, List.of());
        List<Group> old = priorLongForms.getOrDefault(key, List.of());
        if (old.isEmpty()) {
            return fresh;
        }
        List<Group> all = new ArrayList<>(old.size() + fresh.size());
        all.addAll(old);
        all.addAll(fresh);
        return all;
    }

    /**
     * Joins two groups' clusters, unless they are one already, both groups are prior (decided
     * before, unless a text of this batch says so anew) or a user's correction keeps their
     * entities apart.
     */
    private void join(Group joining, Group into, NameMatch m, boolean statedInBatch) {
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
        List<Group> shortForms = groupList.stream().filter(g -> g.shortForm && g.inBatch()).toList();
        List<List<Found>> longForms = decide(shortForms, g -> {
            List<Found> fit = new ArrayList<>();
            for (Group h : candidates(g)) {
                if (!h.shortForm) {
                    decisions.shortForm(g.name, h.name).ifPresent(m -> fit.add(new Found(h, m)));
                }
            }
            return fit;
        });
        for (int i = 0; i < shortForms.size(); i++) {
            Group g = shortForms.get(i);
            // Long forms this short form fits, by entity.
            Map<Integer, Group> fitting = new LinkedHashMap<>();
            Map<Integer, NameMatch> matches = new HashMap<>();
            Set<Integer> writtenAlike = new HashSet<>();
            for (Found f : longForms.get(i)) {
                int root = clusters.find(f.h().id);
                fitting.putIfAbsent(root, f.h());
                matches.putIfAbsent(root, f.match());
                if (ShortForms.writtenAlike(g.form(), f.h().form())) {
                    writtenAlike.add(root);
                }
            }
            if (fitting.isEmpty()) {
                continue;
            }
            List<Integer> roots = new ArrayList<>(fitting.keySet());
            for (Node node : g.nodesByDoc.values()) {
                List<ShortForms.Fit> fits = new ArrayList<>(roots.size());
                for (int root : roots) {
                    fits.add(new ShortForms.Fit(inDocument(root, node.doc), rootMentionCount(root),
                            writtenAlike.contains(root)));
                }
                OptionalInt chosen = ShortForms.choose(g.type(), g.mentionTotal, fits);
                if (chosen.isPresent()) {
                    int root = roots.get(chosen.getAsInt());
                    shortAssignment.put(node, root);
                    NameMatch m = matches.get(root);
                    shortReasons.put(node, new MergeReason(g.representative(), m.rule(),
                            fitting.get(root).representative(), m.score()));
                }
            }
        }
    }

    /**
     * Mentions of the entity rooted at {@code root}, counted once per root (roots are final here):
     * of its new full-name groups, and of its prior entities with their groups' mentions in this batch.
     */
    private int rootMentionCount(int root) {
        return rootMentionCounts.computeIfAbsent(root, r -> {
            int n = 0;
            for (Group h : rootMembers().getOrDefault(r, List.of())) {
                n += h.isPrior() ? h.mentionTotal - h.prior.mentions() : h.mentionTotal;
            }
            for (long entity : entitiesByRoot.getOrDefault(r, Set.of())) {
                n += prior.entityMentions(entity);
            }
            return n;
        });
    }

    /** Whether the entity rooted at {@code root} has a non-short mention in document {@code doc}. */
    private boolean inDocument(int root, int doc) {
        for (Group h : rootMembers().getOrDefault(root, List.of())) {
            if (h.nodesByDoc.containsKey(doc)) {
                return true;
            }
        }
        return false;
    }

    private Map<Integer, List<Group>> rootMembers() {
        if (members == null) {
            members = new HashMap<>();
            for (Group g : groupList) {
                if (!g.shortForm) {
                    members.computeIfAbsent(clusters.find(g.id), k -> new ArrayList<>()).add(g);
                }
            }
        }
        return members;
    }

    private Resolution build() {
        // Entity key per node: the root group, or the long form's root for a resolved short form.
        Map<Integer, List<Node>> nodesByEntity = new LinkedHashMap<>();
        Map<Node, Integer> entityOfNode = new HashMap<>();
        for (Group g : groupList) {
            for (Node n : g.nodesByDoc.values()) {
                Integer assigned = shortAssignment.get(n);
                // Unresolved short forms form an entity of their own, kept apart from roots.
                int key = assigned != null ? assigned : g.shortForm ? -1 - g.id : clusters.find(g.id);
                entityOfNode.put(n, key);
                nodesByEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        // Order entities by first mention.
        List<Map.Entry<Integer, List<Node>>> ordered = new ArrayList<>(nodesByEntity.entrySet());
        ordered.sort(Comparator.comparingLong(e -> firstPosition(e.getValue())));
        Map<Integer, String> idOf = new HashMap<>();
        List<Entity> entities = new ArrayList<>(ordered.size());
        for (Map.Entry<Integer, List<Node>> e : ordered) {
            String id = Naming.entityId(entities.size() + 1);
            idOf.put(e.getKey(), id);
            entityIndexOfKey.put(e.getKey(), entities.size());
            entities.add(entity(id, e.getValue()));
        }
        List<List<String>> ids = new ArrayList<>();
        for (ResolverDocument d : docs) {
            ids.add(new ArrayList<>(Collections.nCopies(d.mentions().size(), (String) null)));
        }
        for (Map.Entry<Node, Integer> e : entityOfNode.entrySet()) {
            for (int[] m : e.getKey().mentions) {
                ids.get(m[0]).set(m[1], idOf.get(e.getValue()));
            }
        }
        return new Resolution(entities, ids);
    }

    private long firstPosition(List<Node> nodes) {
        long best = Long.MAX_VALUE;
        for (Node n : nodes) {
            for (int[] m : n.mentions) {
                long pos = ((long) m[0] << 32) | docs.get(m[0]).mentions().get(m[1]).start();
                best = Math.min(best, pos);
            }
        }
        return best;
    }

    private Entity entity(String id, List<Node> nodes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Group> groupOfDisplay = new HashMap<>();
        List<int[]> positions = new ArrayList<>();
        Set<Integer> docIdx = new TreeSet<>();
        for (Node n : nodes) {
            docIdx.add(n.doc);
            positions.addAll(n.mentions);
            for (int[] m : n.mentions) {
                String display = NameGroup.display(forms.get(m[0]).get(m[1]), docs.get(m[0]).mentions().get(m[1]));
                counts.merge(display, 1, Integer::sum);
                groupOfDisplay.putIfAbsent(display, n.group);
            }
        }
        // Document order, then text order (a document's mentions are in text order).
        positions.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        List<EntityMention> mentions = new ArrayList<>(positions.size());
        for (int[] p : positions) {
            Mention mention = docs.get(p[0]).mentions().get(p[1]);
            mentions.add(new EntityMention(docs.get(p[0]).id(), mention.span(), mention.text()));
        }
        List<Naming.Variant> variants = new ArrayList<>(counts.size());
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            Group g = groupOfDisplay.get(c.getKey());
            variants.add(new Naming.Variant(c.getKey(), c.getValue(), g.form().isAcronym(), g.form().units().size()));
        }
        String name = Naming.canonicalName(variants);
        Group named = groupOfDisplay.get(name);
        List<MergeReason> reasons = new ArrayList<>();
        for (String v : counts.keySet()) {
            if (v.equals(name)) {
                continue;
            }
            Group g = groupOfDisplay.get(v);
            reasons.add(Naming.variantReason(v, name, g == named, g == named ? Optional.empty() : joinOf(g, nodes),
                    g.representative()));
        }
        List<String> documents = new ArrayList<>();
        for (int d : docIdx) {
            documents.add(docs.get(d).id());
        }
        return new Entity(id, named.type(), name, Naming.variantList(counts.keySet()), mentions, documents, reasons,
                named.name.team());
    }

    /** The first reason that joined a group: a short form's in one of these nodes, else its first union. */
    private Optional<MergeReason> joinOf(Group g, List<Node> nodes) {
        for (Node n : nodes) {
            if (n.group == g && shortReasons.containsKey(n)) {
                return Optional.of(shortReasons.get(n));
            }
        }
        return clusters.firstReason(g.id);
    }
}
