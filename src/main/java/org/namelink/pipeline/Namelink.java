package org.namelink.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.namelink.mentions.CombinedMentionFinder;
import org.namelink.mentions.ContextTypeRules;
import org.namelink.mentions.DocumentConsistency;
import org.namelink.mentions.LineLayoutRules;
import org.namelink.mentions.GazetteerMentionFinder;
import org.namelink.mentions.PatternMentionFinder;
import org.namelink.mentions.SpanRules;
import org.namelink.mentions.CrfMentionFinder;
import org.namelink.mentions.Mention;
import org.namelink.mentions.MentionFinder;
import org.namelink.mentions.MentionStage;
import org.namelink.mentions.NameLength;
import org.namelink.linking.ContextWords;
import org.namelink.linking.LinkRefinement;
import org.namelink.linking.Linker;
import org.namelink.names.NameMatcher;
import org.namelink.names.NameSpanTrimmer;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.EntityResolver;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.RegisteredBatch;
import org.namelink.resolution.NearMisses;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolutionWithNearMisses;
import org.namelink.resolution.ResolverDocument;
import org.namelink.text.AnalyzedText;
import org.namelink.text.TextAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Namelink pipeline: text → sentences and tokens → mentions → entities across articles.
 *
 * <pre>{@code
 * Namelink namelink = Namelink.builder().build();          // loads models once
 * Corpus corpus = namelink.process(List.of(new Article("a1", text1), new Article("a2", text2)));
 * corpus.entity("Erbil").ifPresent(e -> System.out.println(e.variants()));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built: share one instance; models are loaded once.
 */
public final class Namelink {

    private static final Logger LOG = LoggerFactory.getLogger(Namelink.class);

    /**
     * Tokens per unit of parallel work for a sentence-local finder: small enough that the threads
     * finish a batch together, large enough that scheduling costs nothing next to the CRF.
     */
    static final int PART_TOKENS = 100;

    private final TextAnalyzer textAnalyzer;
    private final MentionFinder finder;
    private final List<MentionStage> stages;
    private final EntityResolver resolver;
    private final Executor executor;
    /** The linker after resolution; null: entities are not linked. */
    private final Linker linker;

    /** The time limit per document; null: none. */
    private final Duration timeLimit;

    private Namelink(Builder b) {
        // The finder's models are the slowest to load: load them on a thread of their own meanwhile.
        CompletableFuture<MentionFinder> finder = b.finder != null ? CompletableFuture.completedFuture(b.finder)
                : ModelLoading.inBackground("finder", Namelink::defaultFinder);
        this.textAnalyzer = b.textAnalyzer != null ? b.textAnalyzer : TextAnalyzer.english();
        NameMatcher matcher = b.matcher != null ? b.matcher : NameMatcher.defaults();
        this.finder = ModelLoading.join(finder);
        List<MentionStage> stages = new ArrayList<>();
        if (b.builtInStages) {
            stages.add(SpanRules.create());
            stages.add(b.keepChrome ? ContextTypeRules.keepingChrome() : ContextTypeRules.standard());
            stages.add(NameSpanTrimmer.create(matcher.analyzer()));
            stages.add(LineLayoutRules.create());
            stages.add(DocumentConsistency.create());
        }
        stages.addAll(b.extraStages);
        this.stages = List.copyOf(stages);
        this.resolver = EntityResolver.create(matcher);
        this.executor = b.executor;
        this.timeLimit = b.timeLimit;
        this.linker = b.linker;
    }

    private Namelink(Namelink models, Executor executor) {
        this.textAnalyzer = models.textAnalyzer;
        this.finder = models.finder;
        this.stages = models.stages;
        this.resolver = models.resolver;
        this.executor = executor;
        this.timeLimit = models.timeLimit;
        this.linker = models.linker;
    }

    /** The default finder: CoreNLP's 3-class CRF, news patterns and the gazetteer, combined. */
    public static MentionFinder defaultFinder() {
        return CombinedMentionFinder.of(List.of(
                CrfMentionFinder.english3Class(), PatternMentionFinder.create(), GazetteerMentionFinder.defaults()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default name matcher (titles, bundled aliases), plus the entities of {@code aliasFile}
     * when one is given (the command line's {@code --aliases}; {@code TYPE<TAB>name<TAB>name...}).
     */
    public static NameMatcher matcherWithAliases(java.util.Optional<java.nio.file.Path> aliasFile) {
        Objects.requireNonNull(aliasFile, "aliasFile");
        org.namelink.names.NameAnalyzer analyzer =
                org.namelink.names.NameAnalyzer.create(org.namelink.names.TitleLexicon.defaults());
        org.namelink.names.AliasTable table = org.namelink.names.AliasTable.defaults(analyzer);
        if (aliasFile.isPresent()) {
            table = table.withFile(aliasFile.get(), analyzer);
        }
        return NameMatcher.builder().analyzer(analyzer).aliases(table).build();
    }

    public NameMatcher matcher() {
        return resolver.matcher();
    }

    /** The text stage, finder and mention stages, in order: for tests that check each step. */
    TextAnalyzer textAnalyzer() {
        return textAnalyzer;
    }

    MentionFinder finder() {
        return finder;
    }

    List<MentionStage> stages() {
        return stages;
    }

    /**
     * This pipeline analysing on {@code executor} (null: on the calling thread), sharing its
     * loaded models; nothing is loaded again.
     */
    public Namelink withExecutor(Executor executor) {
        return new Namelink(this, executor);
    }

    /**
     * Analyses one article: sentences, tokens and typed mentions (not resolved).
     *
     * @throws IllegalArgumentException if the text is empty or only white space
     * @throws TimeLimitExceededException if the pipeline has a time limit and analysis passed it
     *     (checked between steps on this thread, see {@link Builder#timeLimit})
     */
    public AnalyzedArticle analyze(Article article) {
        DocumentDeadline deadline = DocumentDeadline.of(timeLimit);
        return guarded(deadline, () -> {
            AnalyzedText analysis = analyzeText(article);
            return refine(article, analysis, find(analysis, deadline), deadline);
        }).get();
    }

    /** The finder's mentions; under a deadline, a sentence-local finder part by part, checking it between. */
    private List<Mention> find(AnalyzedText analysis, DocumentDeadline deadline) {
        if (deadline == null || !finder.sentenceLocal()) {
            return finder.find(analysis);
        }
        List<Mention> all = new ArrayList<>();
        for (AnalyzedText part : analysis.parts(PART_TOKENS)) {
            deadline.check();
            all.addAll(finder.find(part));
        }
        return all;
    }

    private static <T> Supplier<T> guarded(DocumentDeadline deadline, Supplier<T> step) {
        return deadline == null ? step : deadline.guard(step);
    }

    /** The id {@link #analyze(String)} gives the one document it analyses. */
    public static final String SINGLE_TEXT_ID = "text";

    /**
     * Analyses one text, for when there is a single document: the same as {@link #analyze(Article)}
     * on an article with the id {@value #SINGLE_TEXT_ID}.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is empty or only white space
     */
    public AnalyzedArticle analyze(String text) {
        Objects.requireNonNull(text, "text");
        return analyze(new Article(SINGLE_TEXT_ID, text));
    }

    private AnalyzedText analyzeText(Article article) {
        Objects.requireNonNull(article, "article");
        if (article.text().isBlank()) {
            throw new IllegalArgumentException("article '" + article.id() + "' is empty or only white space");
        }
        return textAnalyzer.analyze(article.text());
    }

    /**
     * Runs the mention stages over the finder's mentions, checking the deadline (if any) between them;
     * a mention too long to be a name ({@link NameLength}) is dropped at the end.
     */
    private AnalyzedArticle refine(Article article, AnalyzedText analysis, List<Mention> found,
                                   DocumentDeadline deadline) {
        List<Mention> mentions = found;
        for (MentionStage stage : stages) {
            if (deadline != null) {
                deadline.check();
            }
            mentions = stage.apply(analysis, mentions);
        }
        return new AnalyzedArticle(article.id(), analysis, NameLength.within(mentions));
    }

    /**
     * Analyses one article on this pipeline's executor (on the calling thread when it has none).
     * A sentence-local finder ({@link MentionFinder#sentenceLocal}) runs on parts of about
     * {@value #PART_TOKENS} tokens at once, so that a few long articles keep every thread busy
     * too; the result is the same as {@link #analyze}'s. The future completes with the article's
     * error rather than failing when the article cannot be analysed; it fails when the executor
     * refuses work ({@link RejectedExecutionException}, only once no part of the article is still
     * running) or on an {@link Error} other than a stack overflow or an out-of-memory error.
     *
     * <p>With a time limit ({@link Builder#timeLimit}), the future completes with a timed-out error
     * as soon as the limit passes, even while a step of the article is still inside CoreNLP; that
     * step's thread is interrupted and stops at its next checkpoint, and the article's parts still
     * queued are skipped.
     */
    public CompletableFuture<AnalyzedOrError> analyzeAsync(Article article) {
        Objects.requireNonNull(article, "article");
        if (executor == null) {
            try {
                return CompletableFuture.completedFuture(analyzeSafely(article));
            } catch (Error e) {
                return CompletableFuture.failedFuture(e); // as on an executor: the future fails
            }
        }
        DocumentDeadline deadline = DocumentDeadline.of(timeLimit);
        CompletableFuture<AnalyzedText> analysed;
        try {
            analysed = CompletableFuture.supplyAsync(guarded(deadline, () -> analyzeText(article)), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e); // the executor's refusal, not the article's fault
        }
        CompletableFuture<AnalyzedOrError> result = analysed
                .thenCompose(analysis -> findAsync(analysis, deadline).thenApply(found ->
                        guarded(deadline, () -> refine(article, analysis, found, deadline)).get()))
                .handle((analyzed, failure) -> {
                    if (failure == null) {
                        return AnalyzedOrError.of(analyzed);
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (cause instanceof RejectedExecutionException) {
                        // A full or shut-down executor is no fault of the article: fail the call, do
                        // not report a good article as bad.
                        throw new CompletionException(cause);
                    }
                    if (isArticlesOwn(cause)) {
                        return failed(article, cause);
                    }
                    throw new CompletionException(cause);
                });
        if (deadline == null) {
            return result;
        }
        CompletableFuture<AnalyzedOrError> watched = new CompletableFuture<>();
        deadline.watch(watched, AnalyzedOrError.failed(article.id(), deadline.message(),
                TimeLimitExceededException.class.getName()));
        result.whenComplete((analyzed, failure) -> {
            if (failure == null) {
                watched.complete(analyzed);
            } else {
                watched.completeExceptionally(failure);
            }
        });
        return watched;
    }

    /** {@link #analyzeAsync}, keeping only what resolution needs: the streaming path's unit of work. */
    public CompletableFuture<DocumentMentions> extractAsync(Article article) {
        return analyzeAsync(article).thenApply(this::compact);
    }

    /** What resolution needs of an analysis; a failure while finding acronyms or team senses is the article's. */
    private DocumentMentions compact(AnalyzedOrError analyzed) {
        try {
            return mentionsOf(analyzed);
        } catch (Throwable e) {
            if (isArticlesOwn(e)) {
                logFailure(analyzed.id(), e);
                return DocumentMentions.failed(analyzed.id(), messageOf(e), java.util.Optional.of(e.getClass().getName()));
            }
            throw e;
        }
    }

    private CompletableFuture<List<Mention>> findAsync(AnalyzedText analysis, DocumentDeadline deadline) {
        if (!finder.sentenceLocal()) {
            return CompletableFuture.supplyAsync(guarded(deadline, () -> finder.find(analysis)), executor);
        }
        List<AnalyzedText> parts = analysis.parts(PART_TOKENS);
        List<CompletableFuture<List<Mention>>> found = new ArrayList<>(parts.size());
        try {
            for (AnalyzedText part : parts) {
                found.add(CompletableFuture.supplyAsync(guarded(deadline, () -> finder.find(part)), executor));
            }
        } catch (RejectedExecutionException e) {
            // Fail only once the parts already running are done: none outlives the call.
            return CompletableFuture.allOf(found.toArray(CompletableFuture[]::new))
                    .handle((done, failure) -> {
                        throw new CompletionException(e);
                    });
        }
        return CompletableFuture.allOf(found.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<Mention> all = new ArrayList<>();
            for (CompletableFuture<List<Mention>> f : found) {
                all.addAll(f.join());
            }
            return all;
        });
    }

    /**
     * Analyses and resolves a collection of articles; a bad article fails alone.
     *
     * @throws IllegalStateException if the executor refuses work (see {@link #analyzeAll})
     */
    public Corpus process(List<Article> articles) {
        return resolve(analyzeAll(uniqueIds(articles)));
    }

    /**
     * {@link #process(List)} against an entity registry: the articles are analysed, resolved
     * against the registry's entities and recorded there in one transaction, and each entity of the
     * result carries its stable registry id ({@link #resolveMentions(List, EntityRegistry)}).
     */
    public RegisteredCorpus process(List<Article> articles, EntityRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        List<DocumentMentions> documents = new ArrayList<>(articles.size());
        for (AnalyzedOrError a : analyzeAll(uniqueIds(articles))) {
            documents.add(mentionsOf(a));
        }
        return resolveMentions(documents, registry);
    }

    private static List<Article> uniqueIds(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Article a : articles) {
            if (!ids.add(Objects.requireNonNull(a, "article").id())) {
                throw new IllegalArgumentException("article ids must be unique in a corpus, '" + a.id() + "' repeats");
            }
        }
        return articles;
    }

    /** Resolves already-analysed articles (for callers that analyse on their own schedule). */
    public Corpus resolve(List<AnalyzedOrError> analyzed) {
        Objects.requireNonNull(analyzed, "analyzed");
        List<DocumentMentions> compact = new ArrayList<>(analyzed.size());
        for (AnalyzedOrError a : analyzed) {
            compact.add(mentionsOf(a));
        }
        return resolveMentions(compact);
    }

    /** What resolution needs of an analysis, with the text's words when entities are linked. */
    private DocumentMentions mentionsOf(AnalyzedOrError analyzed) {
        DocumentMentions compact = DocumentMentions.of(analyzed);
        if (linker == null || analyzed.article().isEmpty()) {
            return compact;
        }
        return compact.withWords(ContextWords.ofDocument(analyzed.article().get().text()));
    }

    /** Whether this pipeline links entities after resolving them ({@link Builder#linker}). */
    public boolean links() {
        return linker != null;
    }

    /**
     * Analyses one article and keeps only what resolution needs ({@link DocumentMentions}); a bad
     * article yields its error, never an exception.
     */
    public DocumentMentions extract(Article article) {
        Objects.requireNonNull(article, "article");
        return compact(analyzeSafely(article));
    }

    /**
     * Resolves documents analysed one by one with {@link #extract}: the streaming path for corpora
     * too large to hold as text. Gives the same result as {@link #process} on the same articles.
     */
    public Corpus resolveMentions(List<DocumentMentions> documents) {
        Objects.requireNonNull(documents, "documents");
        return corpusOf(documents, resolver.resolve(resolverDocuments(documents)));
    }

    /**
     * {@link #resolveMentions(List)}, the corpus also carrying the near misses of the resolver's
     * spelling decisions ({@link Corpus#nearMisses()}, {@link EntityResolver#resolve(List, NearMisses)}).
     */
    public Corpus resolveMentions(List<DocumentMentions> documents, NearMisses nearMisses) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(nearMisses, "nearMisses");
        ResolutionWithNearMisses r = resolver.resolve(resolverDocuments(documents), nearMisses);
        return corpusOf(documents, r.resolution()).withNearMisses(r.nearMisses());
    }

    /**
     * Resolves documents against an entity registry and records them there, in one transaction
     * ({@link EntityRegistry#add}): entities keep the registry's ids across runs. A document the
     * registry holds already is a failed document of the result ("already in the registry"). Each
     * entity's registry name is the one the registry holds once the batch is recorded.
     */
    public RegisteredCorpus resolveMentions(List<DocumentMentions> documents, EntityRegistry registry) {
        return resolveMentions(documents, registry, Optional.empty());
    }

    /**
     * {@link #resolveMentions(List, EntityRegistry)}, also recording the near misses of the
     * resolver's spelling decisions in the registry's review queue ({@link EntityRegistry#add(List,
     * EntityResolver, NearMisses)}); the corpus carries those not reviewed before, with registry ids.
     */
    public RegisteredCorpus resolveMentions(List<DocumentMentions> documents, EntityRegistry registry,
                                            NearMisses nearMisses) {
        return resolveMentions(documents, registry, Optional.of(Objects.requireNonNull(nearMisses, "nearMisses")));
    }

    private RegisteredCorpus resolveMentions(List<DocumentMentions> documents, EntityRegistry registry,
                                             Optional<NearMisses> nearMisses) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(registry, "registry");
        java.util.function.Function<Resolution, java.util.Map<String, EntityLink>> links =
                r -> batchLinks(documents, r, registry);
        RegisteredBatch batch = nearMisses.isPresent()
                ? registry.add(resolverDocuments(documents), resolver, nearMisses.get(), links)
                : registry.add(resolverDocuments(documents), resolver, links);
        java.util.Set<String> skipped = java.util.Set.copyOf(batch.skippedDocuments());
        List<DocumentMentions> kept = new ArrayList<>(documents.size());
        for (DocumentMentions d : documents) {
            kept.add(!d.failed() && skipped.contains(d.id())
                    ? DocumentMentions.failed(d.id(), "document '" + d.id() + "' is already in registry " + registry.location()
                            + "; it was left out")
                    : d);
        }
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (int i = 0; i < batch.registryIds().size(); i++) {
            ids.put(batch.resolution().entities().get(i).id(), batch.registryIds().get(i));
        }
        java.util.Map<String, String> names = registry.names(batch.registryIds());
        java.util.Map<String, String> registryNames = new java.util.HashMap<>();
        ids.forEach((entity, id) -> {
            if (names.containsKey(id)) {
                registryNames.put(entity, names.get(id));
            }
        });
        return new RegisteredCorpus(corpusOf(kept, batch.resolution(), registryLinked(batch))
                .withNearMisses(batch.nearMisses()), ids, registryNames);
    }

    /**
     * The batch's entities with the registry's link for each (a user's correction, the stable one of
     * earlier batches, or this batch's), which the registry recorded with the batch.
     */
    private static List<org.namelink.resolution.Entity> registryLinked(RegisteredBatch batch) {
        List<org.namelink.resolution.Entity> entities = new ArrayList<>(batch.registryIds().size());
        for (int i = 0; i < batch.registryIds().size(); i++) {
            entities.add(batch.resolution().entities().get(i)
                    .withLink(Optional.ofNullable(batch.links().get(batch.registryIds().get(i)))));
        }
        return entities;
    }

    /**
     * The linker's links for a batch's entities, by their ids in the batch, for the registry to record
     * with the batch. When linking fails (an unreadable index, say), none, with a warning: the batch
     * is recorded and the run keeps its results, rather than failing for want of links.
     */
    private java.util.Map<String, EntityLink> batchLinks(List<DocumentMentions> documents, Resolution resolution,
                                                         EntityRegistry registry) {
        if (linker == null) {
            return java.util.Map.of();
        }
        try {
            java.util.Map<String, EntityLink> links = new java.util.HashMap<>();
            for (org.namelink.resolution.Entity e : linkedEntities(documents, resolution)) {
                e.link().ifPresent(l -> links.put(e.id(), l));
            }
            return links;
        } catch (RuntimeException e) {
            LOG.warn("the batch's entities are not linked; the batch is recorded in registry {} without links: {}",
                    registry.location(), e.toString());
            return java.util.Map.of();
        }
    }

    private static List<ResolverDocument> resolverDocuments(List<DocumentMentions> documents) {
        List<ResolverDocument> input = new ArrayList<>();
        for (DocumentMentions d : documents) {
            if (!d.failed()) {
                input.add(new ResolverDocument(d.id(), d.mentions(), d.acronyms(), d.teamMentions()));
            }
        }
        return input;
    }

    /** The corpus of documents whose successful ones {@code resolution} resolved, in order, its entities linked. */
    private Corpus corpusOf(List<DocumentMentions> documents, Resolution resolution) {
        if (linker == null) {
            return corpusOf(documents, resolution, resolution.entities());
        }
        // Links feed resolution: entities split and joined by their confident links, and linked.
        Resolution refined = LinkRefinement.refine(resolution, resolverDocuments(documents), linker, words(documents));
        return corpusOf(documents, refined, refined.entities());
    }

    private static java.util.Map<String, java.util.Set<String>> words(List<DocumentMentions> documents) {
        java.util.Map<String, java.util.Set<String>> words = new java.util.HashMap<>();
        for (DocumentMentions d : documents) {
            words.put(d.id(), d.words());
        }
        return words;
    }

    /** The resolution's entities, in its order, with the linker's links when there is a linker. */
    private List<org.namelink.resolution.Entity> linkedEntities(List<DocumentMentions> documents,
                                                                Resolution resolution) {
        if (linker == null) {
            return resolution.entities();
        }
        return linker.link(resolution.entities(), words(documents));
    }

    /** The corpus of documents whose successful ones {@code resolution} resolved, with these entities. */
    private Corpus corpusOf(List<DocumentMentions> documents, Resolution resolution,
                            List<org.namelink.resolution.Entity> entities) {
        java.util.Map<String, org.namelink.resolution.Entity> byId = new java.util.HashMap<>();
        for (org.namelink.resolution.Entity e : resolution.entities()) {
            byId.put(e.id(), e);
        }
        List<ProcessedDocument> docs = new ArrayList<>(documents.size());
        int k = 0;
        for (DocumentMentions d : documents) {
            if (d.failed()) {
                docs.add(ProcessedDocument.failed(d.id(), d.error().orElseThrow(), d.errorType()));
                continue;
            }
            List<Mention> mentions = d.mentions();
            List<String> ids = resolution.mentionEntityIds().get(k++);
            List<ResolvedMention> resolved = new ArrayList<>(mentions.size());
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                String entityId = ids.get(i);
                resolved.add(new ResolvedMention(m.span(), m.text(), byId.get(entityId).type(), entityId, m.source()));
            }
            docs.add(new ProcessedDocument(d.id(), resolved, java.util.Optional.empty()));
        }
        return new Corpus(docs, entities, resolver);
    }

    /**
     * Analyses each article, in parallel when an executor is configured; results in input order.
     * A bad article yields its error. When the executor refuses work, no more is submitted and,
     * once the work already accepted is done, the call fails.
     *
     * @throws IllegalStateException if the executor refuses work (the cause is its
     *     {@link RejectedExecutionException})
     */
    public List<AnalyzedOrError> analyzeAll(List<Article> articles) {
        Objects.requireNonNull(articles, "articles");
        List<CompletableFuture<AnalyzedOrError>> futures = new ArrayList<>(articles.size());
        for (Article article : articles) {
            CompletableFuture<AnalyzedOrError> f = analyzeAsync(article);
            futures.add(f);
            if (f.isCompletedExceptionally()) {
                break; // refused at once: submit nothing more
            }
        }
        // Wait for everything accepted, failed or not, so that no work outlives the call.
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).handle((done, failure) -> null).join();
        List<AnalyzedOrError> out = new ArrayList<>(articles.size());
        for (CompletableFuture<AnalyzedOrError> f : futures) {
            try {
                out.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error; // an OutOfMemoryError stays one
                }
                throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
            }
        }
        return out;
    }

    private AnalyzedOrError analyzeSafely(Article article) {
        try {
            return AnalyzedOrError.of(analyze(article));
        } catch (Throwable e) {
            if (isArticlesOwn(e)) {
                return failed(article, e);
            }
            throw e;
        }
    }

    /**
     * Whether a failure of analysis is the article's own, to be reported as its error while the
     * other articles go on: a runtime exception (a passed time limit among them), a stack overflow
     * (a regular expression on a pathological line) or an out-of-memory error (a text too large for
     * the heap: what it allocated is garbage once it unwinds). Other errors fail the call.
     */
    private static boolean isArticlesOwn(Throwable failure) {
        return failure instanceof RuntimeException || failure instanceof StackOverflowError
                || failure instanceof OutOfMemoryError;
    }

    /** An article's own failure: logged with its stack trace, kept with its type and cause. */
    private static AnalyzedOrError failed(Article article, Throwable e) {
        logFailure(article.id(), e);
        return AnalyzedOrError.failed(article.id(), messageOf(e), e.getClass().getName());
    }

    /** Logs an article's own failure, with the stack trace of an exception (an error's says nothing). */
    private static void logFailure(String id, Throwable e) {
        if (e instanceof Exception) {
            LOG.warn("article {} failed: {}", id, e, e);
        } else {
            LOG.warn("article {} failed: {}", id, e.toString());
        }
    }

    /** The failure's message (its class when it has none) and its cause, if it has one. */
    private static String messageOf(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory while analysing it (" + e.getMessage() + "); give Java more heap (-Xmx) or split the text";
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow while analysing it; give Java a larger stack (-Xss) or split the text";
        }
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        Throwable cause = e.getCause();
        return cause == null || cause == e ? message : message + " (caused by " + cause + ")";
    }

    /**
     * An analysed article, or the reason it could not be analysed (exactly one is set).
     *
     * <p>Immutable and thread-safe.
     */
    public record AnalyzedOrError(String id, java.util.Optional<AnalyzedArticle> article, java.util.Optional<String> error,
                                  java.util.Optional<String> errorType) {

        public AnalyzedOrError {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(error, "error");
            if (article.isPresent() == error.isPresent()) {
                throw new IllegalArgumentException("exactly one of article and error must be present for '" + id + "'");
            }
            Objects.requireNonNull(errorType, "errorType");
            if (errorType.isPresent() && error.isEmpty()) {
                throw new IllegalArgumentException("an error type needs an error: '" + id + "'");
            }
        }

        /** Without an error type (see {@link ProcessedDocument#errorType()}). */
        public AnalyzedOrError(String id, java.util.Optional<AnalyzedArticle> article, java.util.Optional<String> error) {
            this(id, article, error, java.util.Optional.empty());
        }

        /** A failure of kind {@code errorType} (the exception's class name). */
        public static AnalyzedOrError failed(String id, String error, String errorType) {
            return new AnalyzedOrError(id, java.util.Optional.empty(), java.util.Optional.of(Objects.requireNonNull(error,
                    "error")), java.util.Optional.of(Objects.requireNonNull(errorType, "errorType")));
        }

        public static AnalyzedOrError of(AnalyzedArticle article) {
            return new AnalyzedOrError(article.id(), java.util.Optional.of(article), java.util.Optional.empty());
        }

        public static AnalyzedOrError failed(String id, String error) {
            return new AnalyzedOrError(id, java.util.Optional.empty(), java.util.Optional.of(Objects.requireNonNull(error, "error")));
        }
    }

    /** Builds a {@link Namelink}; not thread-safe. */
    public static final class Builder {
        private TextAnalyzer textAnalyzer;
        private MentionFinder finder;
        private NameMatcher matcher;
        private final List<MentionStage> extraStages = new ArrayList<>();
        private boolean keepChrome;
        private boolean builtInStages = true;
        private Executor executor;
        private Duration timeLimit;
        private Linker linker;

        private Builder() {
        }

        /**
         * Links each resolved entity with {@code linker} (none by default: no entity has a link). The
         * pipeline then keeps the distinct words of each document's text, the linker's context.
         */
        public Builder linker(Linker linker) {
            this.linker = Objects.requireNonNull(linker, "linker");
            return this;
        }

        public Builder textAnalyzer(TextAnalyzer analyzer) {
            this.textAnalyzer = Objects.requireNonNull(analyzer, "textAnalyzer");
            return this;
        }

        public Builder mentionFinder(MentionFinder finder) {
            this.finder = Objects.requireNonNull(finder, "mentionFinder");
            return this;
        }

        public Builder matcher(NameMatcher matcher) {
            this.matcher = Objects.requireNonNull(matcher, "matcher");
            return this;
        }

        /** Adds a stage run after the built-in ones. */
        public Builder addStage(MentionStage stage) {
            this.extraStages.add(Objects.requireNonNull(stage, "stage"));
            return this;
        }

        /**
         * Without the built-in mention stages (span rules, context rules, chrome dropping, title
         * trimming): the finder's mentions as they are, e.g. to measure a bare tagger.
         */
        public Builder withoutBuiltInStages() {
            this.builtInStages = false;
            return this;
        }

        /** Keep mentions found in web-page chrome (dropped by default). */
        public Builder keepChrome(boolean keep) {
            this.keepChrome = keep;
            return this;
        }

        /**
         * A time limit per document (none by default). A document past it gets a timed-out error
         * ({@link TimeLimitExceededException}'s message) and the others go on. On an executor its
         * result completes at the limit; on the calling thread the limit is checked between steps
         * (text, each part of about {@value #PART_TOKENS} tokens, each stage), so a document
         * overruns it by at most one step.
         *
         * @throws IllegalArgumentException if {@code limit} is not positive
         */
        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "timeLimit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeLimit must be positive, was " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /** Analyse documents in parallel on this executor; by default on the calling thread. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        public Namelink build() {
            return new Namelink(this);
        }
    }
}
