package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.names.MatchRule;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;

/**
 * Resolves mentions across documents into entities.
 *
 * <ol>
 *   <li>Within a document, one name keeps one type (the majority of its mentions).</li>
 *   <li>Mentions group by (type, folded name key, sense): a place name standing for a sports
 *       team ({@link ResolverDocument#teamMentions()}) is an entity apart from the place, and
 *       no rule joins the two senses.</li>
 *   <li>Full names join by alias, acronym (defined in a text, or the initials of one long form)
 *       and transliteration; candidates come from blocking keys (the rarest word skeleton,
 *       initials), never from all pairs.</li>
 *   <li>Short forms (Soleimani, al-Asad, Revolutionary Guards) join a longer name only when
 *       exactly one entity fits: in the same document first, then in the corpus.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityResolver {

    /** Blocks larger than this are not searched for transliterations (too common to be telling). */
    static final int MAX_BLOCK = 5_000;

    /** Suffix of the group key of a place name in its team sense. */
    private static final String TEAM_KEY = "\tteam";

    private final NameMatcher matcher;
    private final boolean filterCandidates;

    private EntityResolver(NameMatcher matcher, boolean filterCandidates) {
        this.matcher = matcher;
        this.filterCandidates = filterCandidates;
    }

    public static EntityResolver create(NameMatcher matcher) {
        return new EntityResolver(Objects.requireNonNull(matcher, "matcher"), true);
    }

    /** A resolver that compares every candidate in full: for tests that the filter changes nothing. */
    static EntityResolver withoutCandidateFilter(NameMatcher matcher) {
        return new EntityResolver(Objects.requireNonNull(matcher, "matcher"), false);
    }

    public NameMatcher matcher() {
        return matcher;
    }

    public Resolution resolve(List<ResolverDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        return new Run(documents).resolve();
    }

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

    /** One (type, key) across the corpus. */
    private static final class Group {
        final int id;
        final EntityType type;
        final String key;
        final NameForm form;
        /** A place name standing for a sports team: a different entity from the place. */
        final boolean team;
        final Map<Integer, Node> nodesByDoc = new LinkedHashMap<>();
        final Map<String, Integer> displays = new LinkedHashMap<>();
        boolean shortForm;
        int mentionTotal;
        /** Its units' keys, to rule out candidates cheaply. */
        final UnitKey[] unitKeys;
        /** Whether the alias table lists this name: unknown (-1), no (0), yes (1). */
        byte alias = -1;
        Group(int id, EntityType type, String key, NameForm form, boolean team) {
            this.id = id;
            this.type = type;
            this.key = key;
            this.form = form;
            this.team = team;
            this.unitKeys = new UnitKey[form.units().size()];
            for (int i = 0; i < unitKeys.length; i++) {
                unitKeys[i] = UnitKey.of(form.units().get(i));
            }
        }
        String representative() {
            return displays.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(form.display());
        }
    }

    /** Mutable state of one resolve call; confined to the calling thread. */
    private final class Run {
        final List<ResolverDocument> docs;
        final List<List<NameForm>> forms = new ArrayList<>();
        final List<List<EntityType>> types = new ArrayList<>();
        final Map<String, Group> groups = new LinkedHashMap<>();
        final List<Group> groupList = new ArrayList<>();
        int[] parent;
        /** Each join between two groups, kept under both, so either side can be explained. */
        final Map<Integer, List<MergeReason>> reasonsByGroup = new HashMap<>();
        final Map<Node, Integer> shortAssignment = new HashMap<>();
        final Map<Node, MergeReason> shortReasons = new HashMap<>();
        final List<Map<String, NameForm>> formCache = new ArrayList<>();

        Run(List<ResolverDocument> docs) {
            this.docs = docs;
            for (int t = 0; t < EntityType.values().length; t++) {
                formCache.add(new HashMap<>());
            }
        }

        Resolution resolve() {
            analyze();
            buildGroups();
            parent = new int[groupList.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            Map<EntityType, Map<String, List<Group>>> blocks = buildBlocks();
            markShortForms(blocks);
            joinAliases();
            joinTransliterations(blocks);
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

        private void analyze() {
            for (ResolverDocument d : docs) {
                List<NameForm> f = new ArrayList<>(d.mentions().size());
                for (Mention m : d.mentions()) {
                    f.add(form(m.text(), m.type()));
                }
                forms.add(f);
                types.add(votedTypes(d.mentions(), f));
            }
            corpusVote();
        }

        /**
         * Across documents, a name the tagger typed one way at most half as often as another
         * takes the dominant type (Trump as ORGANIZATION once against PERSON ten times); even
         * splits stay apart, since one name can denote a person in one story and a place in another.
         * Types decided by layout ({@link Mention#typeFixed}) vote but are never changed.
         */
        private void corpusVote() {
            Map<String, int[]> votes = new HashMap<>();
            for (int d = 0; d < docs.size(); d++) {
                for (int i = 0; i < forms.get(d).size(); i++) {
                    if (!forms.get(d).get(i).isEmpty()) {
                        votes.computeIfAbsent(forms.get(d).get(i).key(), k -> new int[EntityType.values().length])
                                [types.get(d).get(i).ordinal()]++;
                    }
                }
            }
            for (int d = 0; d < docs.size(); d++) {
                for (int i = 0; i < forms.get(d).size(); i++) {
                    NameForm f = forms.get(d).get(i);
                    if (f.isEmpty()) {
                        continue;
                    }
                    int[] v = votes.get(f.key());
                    EntityType own = types.get(d).get(i);
                    if (docs.get(d).mentions().get(i).typeFixed()) {
                        continue;
                    }
                    for (EntityType t : EntityType.values()) {
                        if (v[t.ordinal()] >= 2 * v[own.ordinal()] && t != own) {
                            types.get(d).set(i, t);
                            break;
                        }
                    }
                }
            }
        }

        /**
         * One sense per discourse: a name's mentions in one document take its majority type, except
         * those whose type layout decided (a town's club in a results line stays a team).
         */
        private List<EntityType> votedTypes(List<Mention> mentions, List<NameForm> f) {
            Map<String, int[]> votes = new HashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                votes.computeIfAbsent(f.get(i).key(), k -> new int[EntityType.values().length])
                        [mentions.get(i).type().ordinal()]++;
            }
            List<EntityType> result = new ArrayList<>(mentions.size());
            for (int i = 0; i < mentions.size(); i++) {
                int[] v = votes.get(f.get(i).key());
                EntityType own = mentions.get(i).type();
                EntityType best = own;
                for (EntityType t : EntityType.values()) {
                    if (v[t.ordinal()] > v[best.ordinal()]) {
                        best = t;
                    }
                }
                result.add(f.get(i).isEmpty() || mentions.get(i).typeFixed() ? own : best);
            }
            return result;
        }

        private void buildGroups() {
            for (int d = 0; d < docs.size(); d++) {
                List<Mention> mentions = docs.get(d).mentions();
                for (int i = 0; i < mentions.size(); i++) {
                    NameForm form = forms.get(d).get(i);
                    EntityType type = types.get(d).get(i);
                    // A name with nothing left after titles (a lone "President") groups by its text.
                    String key = form.isEmpty() ? "\u0000" + mentions.get(i).text() : form.key();
                    // A place name standing for a team is a sense of its own (Brazil the side, not the country).
                    boolean team = type == EntityType.LOCATION && !form.isEmpty()
                            && docs.get(d).teamMentions().contains(i);
                    String gk = type.name() + '\t' + key + (team ? TEAM_KEY : "");
                    Group g = groups.get(gk);
                    if (g == null) {
                        NameForm typed = form.type() == type ? form : form(mentions.get(i).text(), type);
                        g = new Group(groupList.size(), type, key, typed, team);
                        groups.put(gk, g);
                        groupList.add(g);
                    }
                    String display = form.isEmpty() ? mentions.get(i).text() : form.display();
                    g.displays.merge(display, 1, Integer::sum);
                    final int doc = d;
                    final Group grp = g;
                    g.nodesByDoc.computeIfAbsent(d, x -> new Node(doc, grp)).mentions.add(new int[] {d, i});
                    g.mentionTotal++;
                }
            }
        }

        /** Word skeleton -> groups containing a word of that skeleton, per type. */
        private Map<EntityType, Map<String, List<Group>>> buildBlocks() {
            Map<EntityType, Map<String, List<Group>>> blocks = new HashMap<>();
            for (Group g : groupList) {
                if (g.form.isEmpty() || g.form.isAcronym()) {
                    continue;
                }
                Set<String> seen = new LinkedHashSet<>();
                for (String unit : g.form.units()) {
                    seen.add(blockKey(unit));
                }
                for (String k : seen) {
                    blocks.computeIfAbsent(g.type, t -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>()).add(g);
                }
            }
            return blocks;
        }

        private String blockKey(String unit) {
            int space = unit.lastIndexOf(' ');
            String word = space >= 0 ? unit.substring(space + 1) : unit;
            String skeleton = org.namelink.names.NameKeys.skeleton(word);
            if (skeleton.length() > 2 && skeleton.endsWith("s")) {
                // Guard and Guards share a block.
                skeleton = skeleton.substring(0, skeleton.length() - 1);
            }
            return skeleton.isEmpty() ? word : skeleton;
        }

        /** False only when the matcher's similarity of the two units is certainly 0 (see {@link UnitKey}). */
        private boolean maySimilar(Group a, int i, Group b, int j) {
            return !filterCandidates || a.unitKeys[i].maySimilar(b.unitKeys[j], a.type);
        }

        private boolean hasAlias(Group g) {
            if (g.alias < 0) {
                g.alias = (byte) (matcher.aliases().group(g.form).isPresent() ? 1 : 0);
            }
            return g.alias == 1;
        }

        /**
         * Whether {@link NameMatcher#fullMatch} may join two non-acronym names of one type and length:
         * by alias (both listed) or by transliteration (every aligned pair of words similar).
         */
        private boolean mayBeSpelling(Group g, Group h) {
            if (hasAlias(g) && hasAlias(h)) {
                return true;
            }
            for (int i = 0; i < g.unitKeys.length; i++) {
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
        private boolean mayBeShortForm(Group shortG, Group longG) {
            int s = shortG.unitKeys.length;
            int l = longG.unitKeys.length;
            if (shortG.type != EntityType.ORGANIZATION && !maySimilar(shortG, s - 1, longG, l - 1)) {
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

        /** Candidates for {@code g}: the smallest block among its words. */
        private List<Group> candidates(Group g, Map<EntityType, Map<String, List<Group>>> blocks) {
            Map<String, List<Group>> byKey = blocks.getOrDefault(g.type, Map.of());
            List<Group> best = List.of();
            boolean first = true;
            for (String unit : g.form.units()) {
                List<Group> block = byKey.getOrDefault(blockKey(unit), List.of());
                if (first || block.size() < best.size()) {
                    best = block;
                    first = false;
                }
            }
            return best;
        }

        private void markShortForms(Map<EntityType, Map<String, List<Group>>> blocks) {
            for (Group g : groupList) {
                // A listed alias (Macedonia for North Macedonia) is a name in its own right.
                if (g.form.isEmpty() || g.form.isAcronym() || matcher.aliases().group(g.form).isPresent()) {
                    continue;
                }
                for (Group h : candidates(g, blocks)) {
                    if (h.team == g.team && h.form.units().size() > g.form.units().size() && mayBeShortForm(g, h)
                            && matcher.shortFormMatch(g.form, h.form).same()) {
                        g.shortForm = true;
                        break;
                    }
                }
            }
        }

        private void joinAliases() {
            Map<String, Group> firstByAlias = new HashMap<>();
            for (Group g : groupList) {
                if (g.form.isEmpty()) {
                    continue;
                }
                Optional<String> alias = matcher.aliases().group(g.form);
                if (alias.isPresent()) {
                    Group first = firstByAlias.putIfAbsent(g.type + alias.get() + (g.team ? TEAM_KEY : ""), g);
                    if (first != null) {
                        union(g, first, new NameMatch(1.0, MatchRule.ALIAS, true));
                    }
                }
            }
        }

        private void joinTransliterations(Map<EntityType, Map<String, List<Group>>> blocks) {
            for (Group g : groupList) {
                if (g.form.isEmpty() || g.form.isAcronym() || g.shortForm) {
                    continue;
                }
                List<Group> block = candidates(g, blocks);
                if (block.size() > MAX_BLOCK) {
                    continue;
                }
                for (Group h : block) {
                    if (h.id >= g.id || h.shortForm || h.form.units().size() != g.form.units().size()
                            || find(h.id) == find(g.id) || !mayBeSpelling(g, h)) {
                        continue;
                    }
                    NameMatch m = matcher.fullMatch(g.form, h.form);
                    if (m.same()) {
                        union(g, h, m);
                    }
                }
            }
        }

        private void joinAcronyms() {
            // Definitions in the texts come first: they are the author's own statement.
            for (int d = 0; d < docs.size(); d++) {
                for (AcronymDefinition def : docs.get(d).acronyms()) {
                    for (EntityType type : EntityType.values()) {
                        Group longG = groups.get(type.name() + '\t' + form(def.longForm(), type).key());
                        Group acrG = groups.get(type.name() + '\t' + form(def.acronym(), type).key());
                        if (longG != null && acrG != null && find(longG.id) != find(acrG.id)) {
                            union(acrG, longG, new NameMatch(1.0, MatchRule.DEFINED_ACRONYM, true));
                        }
                    }
                }
            }
            Map<String, List<Group>> byInitials = new HashMap<>();
            for (Group g : groupList) {
                if (!g.form.isAcronym() && g.form.units().size() >= 2 && !g.shortForm) {
                    for (String initials : org.namelink.names.NameKeys.initials(g.form)) {
                        byInitials.computeIfAbsent(senseOf(g) + initials, k -> new ArrayList<>()).add(g);
                        byInitials.computeIfAbsent(senseOf(g) + "~" + org.namelink.names.NameKeys.sortedLetters(initials),
                                k -> new ArrayList<>()).add(g);
                    }
                }
            }
            for (Group g : groupList) {
                if (!g.form.isAcronym()) {
                    continue;
                }
                String letters = g.form.acronym();
                Optional<Group> exact = uniqueRoot(byInitials.getOrDefault(senseOf(g) + letters, List.of()), g);
                if (exact.isPresent()) {
                    unionIfMatch(g, exact.get());
                    continue;
                }
                if (byInitials.getOrDefault(senseOf(g) + letters, List.of()).isEmpty() && letters.length() >= 3) {
                    uniqueRoot(byInitials.getOrDefault(senseOf(g) + "~" + org.namelink.names.NameKeys.sortedLetters(letters),
                            List.of()), g).ifPresent(h -> unionIfMatch(g, h));
                }
            }
        }

        private void unionIfMatch(Group acronym, Group longForm) {
            NameMatch m = matcher.acronymMatch(acronym.form, longForm.form);
            if (m.same() && find(acronym.id) != find(longForm.id)) {
                union(acronym, longForm, m);
            }
        }

        /** The one long form whose entity is unique among {@code candidates}, if there is one. */
        private Optional<Group> uniqueRoot(List<Group> candidates, Group self) {
            Group found = null;
            for (Group c : candidates) {
                if (find(c.id) == find(self.id)) {
                    return Optional.empty(); // already joined
                }
                if (found != null && find(found.id) != find(c.id)) {
                    return Optional.empty();
                }
                if (found == null) {
                    found = c;
                }
            }
            return Optional.ofNullable(found);
        }

        private void resolveShortForms(Map<EntityType, Map<String, List<Group>>> blocks) {
            for (Group g : groupList) {
                if (!g.shortForm) {
                    continue;
                }
                // Long forms this short form fits, by entity.
                Map<Integer, Group> fitting = new LinkedHashMap<>();
                Map<Integer, NameMatch> matches = new HashMap<>();
                for (Group h : candidates(g, blocks)) {
                    if (h.shortForm || h.team != g.team || h.form.units().size() <= g.form.units().size()
                            || !mayBeShortForm(g, h)) {
                        continue;
                    }
                    NameMatch m = matcher.shortFormMatch(g.form, h.form);
                    if (m.same()) {
                        int root = find(h.id);
                        fitting.putIfAbsent(root, h);
                        matches.putIfAbsent(root, m);
                    }
                }
                for (Node node : g.nodesByDoc.values()) {
                    List<Integer> sameDoc = new ArrayList<>();
                    for (Map.Entry<Integer, Group> e : fitting.entrySet()) {
                        if (inDocument(e.getKey(), node.doc)) {
                            sameDoc.add(e.getKey());
                        }
                    }
                    Integer chosen = null;
                    if (sameDoc.size() == 1) {
                        chosen = sameDoc.get(0);
                    } else if (sameDoc.isEmpty() && fitting.size() == 1) {
                        chosen = fitting.keySet().iterator().next();
                    }
                    if (chosen != null && g.type != EntityType.PERSON && mentionCount(g) > rootMentionCount(chosen)) {
                        // A place or organisation named more often alone than in full is a name of
                        // its own (Australia is no short form of a run-together "South Korea Australia").
                        chosen = null;
                    }
                    if (chosen != null) {
                        shortAssignment.put(node, chosen);
                        NameMatch m = matches.get(chosen);
                        shortReasons.put(node, new MergeReason(g.representative(), m.rule(),
                                fitting.get(chosen).representative(), m.score()));
                    }
                }
            }
        }

        /** The type and sense of a group's names, to key candidates that may join it. */
        private String senseOf(Group g) {
            return g.team ? g.type + TEAM_KEY : g.type.name();
        }

        private int mentionCount(Group g) {
            return g.mentionTotal;
        }

        /** Mentions of the entity rooted at {@code root}, counted once per root (roots are final here). */
        private int rootMentionCount(int root) {
            return rootMentionCounts.computeIfAbsent(root, r -> {
                int n = 0;
                for (Group h : rootMembers().getOrDefault(r, List.of())) {
                    n += mentionCount(h);
                }
                return n;
            });
        }

        private final Map<Integer, Integer> rootMentionCounts = new HashMap<>();

        /** Whether the entity rooted at {@code root} has a non-short mention in document {@code doc}. */
        private boolean inDocument(int root, int doc) {
            for (Group h : rootMembers().getOrDefault(root, List.of())) {
                if (h.nodesByDoc.containsKey(doc)) {
                    return true;
                }
            }
            return false;
        }

        private Map<Integer, List<Group>> members;

        private Map<Integer, List<Group>> rootMembers() {
            if (members == null) {
                members = new HashMap<>();
                for (Group g : groupList) {
                    if (!g.shortForm) {
                        members.computeIfAbsent(find(g.id), k -> new ArrayList<>()).add(g);
                    }
                }
            }
            return members;
        }

        private int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        private void union(Group joining, Group into, NameMatch m) {
            if (joining.team != into.team) {
                return; // a team is never its place, however alike the names
            }
            int a = find(joining.id);
            int b = find(into.id);
            if (a == b) {
                return;
            }
            parent[Math.max(a, b)] = Math.min(a, b);
            reasonsByGroup.computeIfAbsent(joining.id, k -> new ArrayList<>()).add(
                    new MergeReason(joining.representative(), m.rule(), into.representative(), m.score()));
            reasonsByGroup.computeIfAbsent(into.id, k -> new ArrayList<>()).add(
                    new MergeReason(into.representative(), m.rule(), joining.representative(), m.score()));
        }

        private Resolution build() {
            // Entity key per node: the root group, or the long form's root for a resolved short form.
            Map<Integer, List<Node>> nodesByEntity = new LinkedHashMap<>();
            Map<Node, Integer> entityOfNode = new HashMap<>();
            for (Group g : groupList) {
                for (Node n : g.nodesByDoc.values()) {
                    Integer assigned = shortAssignment.get(n);
                    // Unresolved short forms form an entity of their own, kept apart from roots.
                    int key = assigned != null ? assigned : g.shortForm ? -1 - g.id : find(g.id);
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
                String id = "e" + (entities.size() + 1);
                idOf.put(e.getKey(), id);
                entities.add(entity(id, e.getValue()));
            }
            List<List<String>> ids = new ArrayList<>();
            for (ResolverDocument d : docs) {
                ids.add(new ArrayList<>(java.util.Collections.nCopies(d.mentions().size(), (String) null)));
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
                    Mention mention = docs.get(m[0]).mentions().get(m[1]);
                    NameForm f = forms.get(m[0]).get(m[1]);
                    String display = f.isEmpty() ? mention.text() : f.display();
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
            String name = canonicalName(counts, groupOfDisplay);
            List<MergeReason> reasons = new ArrayList<>();
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                String v = c.getKey();
                if (v.equals(name)) {
                    continue;
                }
                Group g = groupOfDisplay.get(v);
                MergeReason r = g == groupOfDisplay.get(name) ? new MergeReason(v, MatchRule.NORMALIZED, name, 1.0)
                        : reasonFor(g, nodes);
                reasons.add(r != null ? new MergeReason(v, r.rule(), r.matched(), r.score())
                        : new MergeReason(v, MatchRule.NORMALIZED, g.representative(), 1.0));
            }
            List<String> documents = new ArrayList<>();
            for (int d : docIdx) {
                documents.add(docs.get(d).id());
            }
            return new Entity(id, groupOfDisplay.get(name).type, name, new ArrayList<>(new TreeSet<>(counts.keySet())),
                    mentions, documents, reasons, groupOfDisplay.get(name).team);
        }

        private MergeReason reasonFor(Group g, List<Node> nodes) {
            for (Node n : nodes) {
                if (n.group == g && shortReasons.containsKey(n)) {
                    return shortReasons.get(n);
                }
            }
            List<MergeReason> joins = reasonsByGroup.getOrDefault(g.id, List.of());
            return joins.isEmpty() ? null : joins.get(0);
        }

        /**
         * Fullest well-formed variant (most words, not an acronym, not all capitals), then the most
         * frequent, then the first seen.
         */
        private String canonicalName(Map<String, Integer> counts, Map<String, Group> groupOf) {
            String best = null;
            Comparator<String> order = Comparator
                    .comparingInt((String v) -> groupOf.get(v).form.isAcronym() ? 0 : 1)
                    .thenComparingInt(v -> wellFormed(v) ? 1 : 0)
                    .thenComparingInt(v -> groupOf.get(v).form.units().size())
                    .thenComparingInt(counts::get);
            for (String v : counts.keySet()) {
                if (best == null || order.compare(v, best) > 0) {
                    best = v;
                }
            }
            return best;
        }
    }

    private static boolean wellFormed(String v) {
        boolean lower = false;
        for (int i = 0; i < v.length(); i++) {
            lower |= Character.isLowerCase(v.charAt(i));
        }
        return lower && Character.isUpperCase(v.codePointAt(0)) || !lower && v.length() <= 5;
    }
}
