package org.namelink.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.namelink.kb.KnowledgeBase;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.EntityMention;

/**
 * Links whole entities to Wikipedia through the {@link KnowledgeBase}: the candidates of every
 * variant, ranked by {@link LinkRules}' prior over the variants weighted by their mentions, the fit
 * of the article's kind to the entity's type, the words of the entity's documents shared with the
 * article's title, and, in a second pass, the words of the articles linked for the other entities of
 * the same documents. The scores are turned into probabilities over the candidates and "none of
 * them" (the dictionary's missing prior mass); the best article is the link when its probability
 * reaches the threshold.
 *
 * <pre>{@code
 * Linker linker = KnowledgeBaseLinker.builder(KnowledgeBase.open(dir)).build();
 * }</pre>
 *
 * <p>Thread-safe (the knowledge base is); its answers never change: all it keeps is what it has
 * read of titles ({@code TitleFacts}, bounded).
 */
public final class KnowledgeBaseLinker implements Linker {

    /**
     * The threshold chosen on AIDA dev ({@code eval --aida}; see linking.md): just above a tie of
     * four articles, which is a guess, not a link.
     */
    public static final double DEFAULT_THRESHOLD = 0.26;

    static final int MAX_CANDIDATES = 30;
    /** How much a person's article whose name cannot be the person's counts against it, in type fits. */
    static final double NAME_WEIGHT = 1.5;
    /** Documents of an entity whose words are read: enough to know what it is about. */
    static final int MAX_DOCUMENTS = 40;
    /** How often a report names a place for the place to be its side there. */
    static final int SIDE_MENTIONS = 2;

    private final double threshold;
    private final Weights weights;
    private final TitleFacts titleFacts = new TitleFacts();
    private final EntityCandidates candidates;

    /**
     * How much each rule counts beside the log-prior (times {@code sharpness}): chosen by hand on AIDA
     * dev ({@code eval --aida}); {@code none} is added to the dictionary's missing prior mass to make
     * the score of "none of the candidates".
     */
    record Weights(double type, double context, double coherence, double none, double sharpness) {
        static final Weights DEFAULT = new Weights(2.0, 4.0, 2.0, 0.05, 1.0);
    }

    private KnowledgeBaseLinker(Builder b) {
        this.threshold = b.threshold;
        this.weights = b.weights;
        this.candidates = new EntityCandidates(b.kb, titleFacts, MAX_CANDIDATES);
    }

    public static Builder builder(KnowledgeBase kb) {
        return new Builder(kb);
    }

    public double threshold() {
        return threshold;
    }

    /** One entity's candidates with what the rules need, looked up once for both passes. */
    record Ranked(List<String> titles, double[] prior, double[] typeFit, double[] context, List<Set<String>> distinctive,
                  boolean[] alias, double none) {
    }

    /** The best article and its probability. */
    record Best(String title, double probability) {
    }

    /**
     * What the linker reads of one entity, for an executor that holds entities as rows rather than
     * as {@link Entity} objects (Spark): its type, name, variants (in the entity's order), team
     * sense, the texts of its mentions with how many mentions have each, its documents (in the
     * entity's order; only {@link #contextDocuments} are read) and its mentions in each of them
     * (at least for those; a document missing counts none).
     *
     * <p>Immutable and thread-safe.
     */
    public record Subject(EntityType type, String name, List<String> variants, Map<String, Long> mentionTexts,
                          boolean team, List<String> documents, Map<String, Long> documentMentions) {

        public Subject {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            variants = List.copyOf(variants);
            mentionTexts = Map.copyOf(mentionTexts);
            documents = List.copyOf(documents);
            documentMentions = Map.copyOf(documentMentions);
        }

        /** What the linker reads of {@code e}. */
        public static Subject of(Entity e) {
            Map<String, Long> texts = new HashMap<>();
            Map<String, Long> perDocument = new HashMap<>();
            for (EntityMention m : e.mentions()) {
                texts.merge(m.text(), 1L, Long::sum);
                perDocument.merge(m.documentId(), 1L, Long::sum);
            }
            return new Subject(e.type(), e.name(), e.variants(), texts, e.team(), e.documents(), perDocument);
        }

        /** The documents whose words are read: the first {@value KnowledgeBaseLinker#MAX_DOCUMENTS}. */
        public List<String> contextDocuments() {
            return KnowledgeBaseLinker.contextDocuments(documents);
        }

        long mentionCount() {
            return mentionTexts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Of an entity's documents, in its order, those whose words the linker reads. */
    public static List<String> contextDocuments(List<String> documents) {
        Objects.requireNonNull(documents, "documents");
        return documents.size() <= MAX_DOCUMENTS ? documents : documents.subList(0, MAX_DOCUMENTS);
    }

    @Override
    public List<Optional<EntityLink>> links(List<Entity> entities, Map<String, Set<String>> documentWords) {
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(documentWords, "documentWords");
        List<Subject> subjects = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            subjects.add(Subject.of(e));
        }
        List<Ranked> ranked = new ArrayList<>(entities.size());
        for (Subject s : subjects) {
            ranked.add(rank(s, documentWords));
        }
        // Pass 1 without coherence; the confident links' titles, per document.
        Map<String, Map<Integer, String>> linkedTitles = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Optional<String> title = confident(ranked.get(i));
            if (title.isPresent()) {
                for (String d : subjects.get(i).contextDocuments()) {
                    linkedTitles.computeIfAbsent(d, k -> new HashMap<>()).put(i, title.get());
                }
            }
        }
        List<Optional<EntityLink>> out = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Map<String, List<String>> others = new HashMap<>();
            for (String d : subjects.get(i).contextDocuments()) {
                List<String> titles = new ArrayList<>();
                int self = i;
                linkedTitles.getOrDefault(d, Map.of()).forEach((entity, title) -> {
                    if (entity != self) {
                        titles.add(title);
                    }
                });
                others.put(d, titles);
            }
            out.add(linkWithCoherence(ranked.get(i), subjects.get(i), others));
        }
        return out;
    }

    /**
     * The first pass for one entity, as {@link #links} makes it: the article it links to with at least
     * the threshold before coherence, whose words then count as coherence for the other entities of
     * its {@link Subject#contextDocuments}. For an executor that links entities apart (Spark).
     */
    public Optional<String> confidentBeforeCoherence(Subject subject, Map<String, Set<String>> documentWords) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(documentWords, "documentWords");
        return confident(rank(subject, documentWords));
    }

    /**
     * The second pass for one entity, as {@link #links} makes it: its link, given per document of its
     * {@link Subject#contextDocuments} the titles {@link #confidentBeforeCoherence} gave the other
     * entities there (a document missing from the map: none).
     */
    public Optional<EntityLink> link(Subject subject, Map<String, Set<String>> documentWords,
                                     Map<String, List<String>> otherTitles) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(documentWords, "documentWords");
        Objects.requireNonNull(otherTitles, "otherTitles");
        return linkWithCoherence(rank(subject, documentWords), subject, otherTitles);
    }

    private Optional<String> confident(Ranked r) {
        return best(r, List.of(), List.of()).filter(b -> b.probability() >= threshold).map(Best::title);
    }

    private Optional<EntityLink> linkWithCoherence(Ranked r, Subject s, Map<String, List<String>> otherTitles) {
        List<Set<String>> others = new ArrayList<>();
        List<Set<String>> titles = new ArrayList<>();
        for (String d : s.contextDocuments()) {
            Set<String> words = new HashSet<>();
            List<String> linked = otherTitles.getOrDefault(d, List.of());
            for (String title : linked) {
                words.addAll(titleWords(title));
            }
            others.add(words);
            titles.add(Set.copyOf(linked));
        }
        return best(r, others, titles).filter(b -> b.probability() >= threshold)
                .map(b -> EntityLink.wikipedia(b.title(), b.probability()));
    }

    private Set<String> titleWords(String title) {
        return titleFacts.words(title);
    }

    /**
     * The best candidate of one entity, coherence from the other entities' linked titles per document:
     * their words, and for an alias's article (a title sharing no word with the name) the titles themselves.
     */
    Optional<Best> best(Ranked r, List<Set<String>> linkedWords, List<Set<String>> linkedTitles) {
        int n = r.titles().size();
        if (n == 0) {
            return Optional.empty();
        }
        double[] score = new double[n];
        double noneScore = noneScore(r);
        double max = noneScore;
        for (int i = 0; i < n; i++) {
            double coherence = linkedWords.isEmpty() ? 0 : r.alias()[i]
                    ? LinkRules.aliasCoherence(r.titles().get(i), linkedTitles)
                    : mean(r.distinctive().get(i), linkedWords);
            score[i] = scoreBeforeCoherence(r, i) + weights.coherence() * coherence;
            max = Math.max(max, score[i]);
        }
        double sum = Math.exp(noneScore - max);
        int best = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.exp(score[i] - max);
            if (score[i] > score[best]) {
                best = i;
            }
        }
        if (score[best] <= noneScore) {
            // "None of them" is likelier than any article: the entity is out of the knowledge base.
            return Optional.empty();
        }
        return Optional.of(new Best(r.titles().get(best), Math.exp(score[best] - max) / sum));
    }

    /** The score of "none of the candidates": the dictionary's missing prior mass, and a little more. */
    private double noneScore(Ranked r) {
        return weights.sharpness() * Math.log(r.none() + weights.none());
    }

    /** Candidate {@code i}'s score by its prior over the variants, type fit and context. */
    private double scoreBeforeCoherence(Ranked r, int i) {
        return weights.sharpness() * Math.log(r.prior()[i] + 1e-4) + weights.type() * r.typeFit()[i]
                + weights.context() * r.context()[i];
    }

    /**
     * Why an entity gets its link, for diagnostics ({@code eval --aida --link-errors}): its best
     * candidates before coherence, each with its prior over the variants, type fit, context and
     * probability, and the score of "none of them". One line per candidate; not a stable format.
     */
    public List<String> explain(Entity entity, Map<String, Set<String>> documentWords) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(documentWords, "documentWords");
        Ranked r = rank(Subject.of(entity), documentWords);
        int n = r.titles().size();
        double[] score = new double[n];
        double none = noneScore(r);
        double sum = Math.exp(none);
        for (int i = 0; i < n; i++) {
            score[i] = scoreBeforeCoherence(r, i);
            sum += Math.exp(score[i]);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]));
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "none: missing prior %.3f, p %.3f", r.none(), Math.exp(none) / sum));
        for (int k = 0; k < Math.min(4, n); k++) {
            int i = order[k];
            out.add(String.format(Locale.ROOT, "%s: prior %.3f type %+.2f context %.2f p %.3f", r.titles().get(i),
                    r.prior()[i], r.typeFit()[i], r.context()[i], Math.exp(score[i]) / sum));
        }
        return out;
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean v : values) {
            if (!v) {
                return false;
            }
        }
        return true;
    }

    private static double mean(Set<String> distinctive, List<Set<String>> perDocument) {
        double total = 0;
        for (Set<String> words : perDocument) {
            total += LinkRules.coherence(distinctive, words);
        }
        return total / perDocument.size();
    }

    /** Looks up the entity's variants and computes the rules that need no other entity. */
    Ranked rank(Subject e, Map<String, Set<String>> documentWords) {
        List<Set<String>> docs = new ArrayList<>();
        for (String d : e.contextDocuments()) {
            docs.add(documentWords.getOrDefault(d, Set.of()));
        }
        // In reports of a team sport a place's name may stand for its side: its side's article is a
        // candidate, and it is its side when the tagger made it an organisation or the report names
        // it again and again (a side in a results table; a venue or a dateline is named once).
        Set<String> sports = e.type() == EntityType.PERSON ? Set.of() : SportsReport.sportsOf(docs);
        boolean team = e.team() || (!sports.isEmpty() && (e.type() == EntityType.ORGANIZATION
                || (e.type() == EntityType.LOCATION && repeated(e, documentWords, SIDE_MENTIONS))));
        Map<String, Double> prior = candidates.prior(e, sports);
        List<Map.Entry<String, Double>> top = prior.entrySet().stream()
                .filter(t -> LinkRules.mayBeEntity(titleFacts.kind(t.getKey())))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(MAX_CANDIDATES).toList();
        Set<String> nameWords = LinkRules.nameWords(e.variants());
        Set<String> foldedNameWords = LinkRules.withoutMarks(nameWords);
        int n = top.size();
        List<String> titles = new ArrayList<>(n);
        double[] p = new double[n];
        double[] type = new double[n];
        double[] context = new double[n];
        List<Set<String>> distinctive = new ArrayList<>(n);
        boolean[] alias = new boolean[n];
        double mass = 0;
        for (int i = 0; i < n; i++) {
            String title = top.get(i).getKey();
            titles.add(title);
            p[i] = top.get(i).getValue();
            mass += p[i];
            TitleKind kind = titleFacts.kind(title);
            if (team && kind == TitleKind.UNKNOWN && LinkRules.isPlainName(title, e.variants())) {
                // The name's own article is the place's: Wikipedia titles a place's sides otherwise.
                kind = TitleKind.LOCATION;
            }
            type[i] = LinkRules.typeFit(e.type(), team, kind)
                    + (kind == TitleKind.LOCATION ? LinkRules.territoryFit(e.type(), team, titleFacts.territory(title)) : 0)
                    + NAME_WEIGHT * LinkRules.personNameFit(e.type(), title, e.variants());
            Set<String> words = LinkRules.distinctiveWords(titleFacts.words(title), nameWords);
            distinctive.add(words);
            alias[i] = LinkRules.isAliasOfFolded(titleFacts.words(title), foldedNameWords);
            context[i] = docs.isEmpty() ? 0 : mean(words, docs);
        }
        if (!allTrue(alias)) {
            // The name has an article of its own among its candidates: no alias is confirmed by its neighbours.
            java.util.Arrays.fill(alias, false);
        }
        return new Ranked(titles, p, type, context, distinctive, alias, Math.max(0, 1 - mass));
    }

    /**
     * Whether the entity is named at least {@code times} times in most of its sports reports: a
     * side in a results table or a match report is named again and again, a venue or a dateline once.
     */
    private static boolean repeated(Subject e, Map<String, Set<String>> documentWords, int times) {
        int reports = 0;
        int repeated = 0;
        for (String d : e.contextDocuments()) {
            if (!SportsReport.sports(documentWords.getOrDefault(d, Set.of())).isEmpty()) {
                reports++;
                if (e.documentMentions().getOrDefault(d, 0L) >= times) {
                    repeated++;
                }
            }
        }
        return 2 * repeated > reports;
    }

    /** Builds a {@link KnowledgeBaseLinker}. Not thread-safe; the linker it builds is. */
    public static final class Builder {
        private final KnowledgeBase kb;
        private double threshold = DEFAULT_THRESHOLD;
        private Weights weights = Weights.DEFAULT;

        private Builder(KnowledgeBase kb) {
            this.kb = Objects.requireNonNull(kb, "kb");
        }

        /** The probability the best article needs to be the link (default {@value KnowledgeBaseLinker#DEFAULT_THRESHOLD}). */
        public Builder threshold(double threshold) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
            }
            this.threshold = threshold;
            return this;
        }

        Builder weights(Weights weights) {
            this.weights = Objects.requireNonNull(weights, "weights");
            return this;
        }

        public KnowledgeBaseLinker build() {
            return new KnowledgeBaseLinker(this);
        }
    }
}
