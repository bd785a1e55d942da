package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;

/**
 * One resolution of a whole corpus in memory: runs the stages in order over the corpus's name
 * groups. The stages decide; this class only holds the corpus's state between them.
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

    /** A name group with its mentions in this corpus. */
    private static final class Group {
        final int id;
        final NameGroup name;
        final List<String> blockingKeys;
        final Map<Integer, Node> nodesByDoc = new LinkedHashMap<>();
        final Map<String, Integer> displays = new LinkedHashMap<>();
        boolean shortForm;
        int mentionTotal;

        Group(int id, NameGroup name, BlockingKeys keys) {
            this.id = id;
            this.name = name;
            this.blockingKeys = CandidateBlocks.isBlocked(name.form()) ? keys.keys(name.form()) : List.of();
        }

        EntityType type() {
            return name.type();
        }

        NameForm form() {
            return name.form();
        }

        /** Its most frequent spelling, the first of equals. */
        String representative() {
            return displays.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(name.form().display());
        }
    }

    private final NameMatcher matcher;
    private final PairDecisions decisions;
    private final BlockingKeys blockingKeys;
    private final List<ResolverDocument> docs;
    private final List<List<NameForm>> forms = new ArrayList<>();
    private final List<List<EntityType>> types = new ArrayList<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Group> groupList = new ArrayList<>();
    private Clusters clusters;
    private final Map<Node, Integer> shortAssignment = new HashMap<>();
    private final Map<Node, MergeReason> shortReasons = new HashMap<>();
    private final List<Map<String, NameForm>> formCache = new ArrayList<>();
    private final Map<Integer, Integer> rootMentionCounts = new HashMap<>();
    private Map<Integer, List<Group>> members;

    CorpusResolution(PairDecisions decisions, BlockingKeys blockingKeys, List<ResolverDocument> docs) {
        this.matcher = decisions.matcher();
        this.decisions = decisions;
        this.blockingKeys = blockingKeys;
        this.docs = docs;
        for (int t = 0; t < EntityType.values().length; t++) {
            formCache.add(new HashMap<>());
        }
    }

    Resolution resolve() {
        voteTypes();
        buildGroups();
        clusters = new Clusters(groupList.size());
        CandidateBlocks<Group> blocks = CandidateBlocks.of(
                groupList.stream().filter(g -> CandidateBlocks.isBlocked(g.form())).toList(), Group::type, g -> g.blockingKeys);
        markShortForms(blocks);
        joinAliases();
        joinSpellings(blocks);
        joinAcronyms();
        resolveShortForms(blocks);
        return build();
    }

    /**
     * The analysed form of a name as written. Names repeat across a corpus far more than they
     * vary, so each distinct (type, text) is analysed once per run.
     */
    private NameForm form(String text, EntityType type) {
        return formCache.get(type.ordinal()).computeIfAbsent(text, t -> matcher.analyzer().analyze(t, type));
    }

    private void voteTypes() {
        Map<String, int[]> votes = new HashMap<>();
        for (ResolverDocument d : docs) {
            List<NameForm> f = new ArrayList<>(d.mentions().size());
            for (Mention m : d.mentions()) {
                f.add(form(m.text(), m.type()));
            }
            List<EntityType> t = TypeVotes.documentTypes(d.mentions(), f);
            TypeVotes.count(f, t, votes);
            forms.add(f);
            types.add(t);
        }
        for (int d = 0; d < docs.size(); d++) {
            TypeVotes.applyCorpusVote(docs.get(d).mentions(), forms.get(d), types.get(d), votes);
        }
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
                    g = new Group(groupList.size(), NameGroup.of(type, key, typed, team, matcher.aliases()),
                            blockingKeys);
                    groups.put(gk, g);
                    groupList.add(g);
                }
                g.displays.merge(display(form, mentions.get(i)), 1, Integer::sum);
                final int doc = d;
                final Group grp = g;
                g.nodesByDoc.computeIfAbsent(d, x -> new Node(doc, grp)).mentions.add(new int[] {d, i});
                g.mentionTotal++;
            }
        }
    }

    private static String display(NameForm asTagged, Mention m) {
        return asTagged.isEmpty() ? m.text() : asTagged.display();
    }

    private List<Group> candidates(Group g, CandidateBlocks<Group> blocks) {
        return blocks.smallestBlock(g.type(), g.blockingKeys);
    }

    private void markShortForms(CandidateBlocks<Group> blocks) {
        for (Group g : groupList) {
            if (!decisions.mayBeShortForm(g.name)) {
                continue;
            }
            for (Group h : candidates(g, blocks)) {
                if (decisions.shortForm(g.name, h.name).isPresent()) {
                    g.shortForm = true;
                    break;
                }
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
                    join(g, first, PairDecisions.ALIAS);
                }
            }
        }
    }

    private void joinSpellings(CandidateBlocks<Group> blocks) {
        for (Group g : groupList) {
            if (!CandidateBlocks.isBlocked(g.form()) || g.shortForm) {
                continue;
            }
            List<Group> block = candidates(g, blocks);
            if (block.size() > CandidateBlocks.MAX_SPELLING_BLOCK) {
                continue;
            }
            for (Group h : block) {
                if (h.id >= g.id || h.shortForm || clusters.same(h.id, g.id)) {
                    continue;
                }
                decisions.spelling(g.name, h.name).ifPresent(m -> join(g, h, m));
            }
        }
    }

    private void joinAcronyms() {
        // Definitions in the texts come first: they are the author's own statement.
        for (ResolverDocument d : docs) {
            for (AcronymDefinition def : d.acronyms()) {
                for (EntityType type : EntityType.values()) {
                    Group longG = groups.get(NameGroup.groupKey(type, form(def.longForm(), type).key(), false));
                    Group acrG = groups.get(NameGroup.groupKey(type, form(def.acronym(), type).key(), false));
                    if (longG != null && acrG != null && !clusters.same(longG.id, acrG.id)) {
                        join(acrG, longG, PairDecisions.DEFINED_ACRONYM);
                    }
                }
            }
        }
        Map<String, List<Group>> byInitials = new HashMap<>();
        for (Group g : groupList) {
            if (AcronymKeys.isLongForm(g.name) && !g.shortForm) {
                for (String k : AcronymKeys.longFormKeys(g.name)) {
                    byInitials.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
                }
            }
        }
        for (Group g : groupList) {
            if (!g.form().isAcronym()) {
                continue;
            }
            List<Group> candidates = AcronymKeys.candidates(g.name, k -> byInitials.getOrDefault(k, List.of()));
            clusters.onlyOtherCluster(candidates, h -> h.id, g.id)
                    .ifPresent(h -> decisions.acronym(g.name, h.name).ifPresent(m -> join(g, h, m)));
        }
    }

    private void join(Group joining, Group into, NameMatch m) {
        if (!clusters.same(joining.id, into.id)) {
            clusters.union(joining.id, into.id, m, joining.representative(), into.representative());
        }
    }

    private void resolveShortForms(CandidateBlocks<Group> blocks) {
        for (Group g : groupList) {
            if (!g.shortForm) {
                continue;
            }
            // Long forms this short form fits, by entity.
            Map<Integer, Group> fitting = new LinkedHashMap<>();
            Map<Integer, NameMatch> matches = new HashMap<>();
            for (Group h : candidates(g, blocks)) {
                if (h.shortForm) {
                    continue;
                }
                Optional<NameMatch> m = decisions.shortForm(g.name, h.name);
                if (m.isPresent()) {
                    int root = clusters.find(h.id);
                    fitting.putIfAbsent(root, h);
                    matches.putIfAbsent(root, m.get());
                }
            }
            if (fitting.isEmpty()) {
                continue;
            }
            List<Integer> roots = new ArrayList<>(fitting.keySet());
            for (Node node : g.nodesByDoc.values()) {
                List<ShortForms.Fit> fits = new ArrayList<>(roots.size());
                for (int root : roots) {
                    fits.add(new ShortForms.Fit(inDocument(root, node.doc), rootMentionCount(root)));
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

    /** Mentions of the entity rooted at {@code root}, counted once per root (roots are final here). */
    private int rootMentionCount(int root) {
        return rootMentionCounts.computeIfAbsent(root, r -> {
            int n = 0;
            for (Group h : rootMembers().getOrDefault(r, List.of())) {
                n += h.mentionTotal;
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
                String display = display(forms.get(m[0]).get(m[1]), docs.get(m[0]).mentions().get(m[1]));
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
