package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.namelink.io.ArticleReader;
import org.namelink.io.ArticleSource;
import org.namelink.io.JsonCorpusWriter;

/** Parallel analysis gives exactly the sequential result, in input order (correctness, not speed). */
class ParallelAnalysisTest {

    private static ExecutorService pool;
    private static List<Article> articles;

    @BeforeAll
    static void setUp() {
        pool = Executors.newFixedThreadPool(2);
        articles = new ArrayList<>();
        for (ArticleSource s : ArticleReader.read(List.of(Path.of("testdata", "articles")))) {
            articles.add(s.article().orElseThrow());
        }
    }

    @AfterAll
    static void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void twoThreadsGiveTheSequentialResultInInputOrder() throws IOException {
        Namelink sequential = SharedPipeline.get();
        Namelink parallel = sequential.withExecutor(pool);
        // Twice over, reversed, so that documents finish out of order on the pool.
        List<Article> reversed = new ArrayList<>(articles);
        java.util.Collections.reverse(reversed);
        List<Article> input = new ArrayList<>(articles);
        for (Article a : reversed) {
            input.add(new Article(a.id() + "-again", a.text()));
        }
        Corpus expected = sequential.process(input);
        Corpus actual = parallel.process(input);

        assertThat(actual).isEqualTo(expected);
        assertThat(json(actual)).isEqualTo(json(expected));
        assertThat(actual.documents()).extracting(ProcessedDocument::id)
                .containsExactlyElementsOf(input.stream().map(Article::id).toList());
    }

    @Test
    void analysesAreEqualTokenByToken() {
        List<Namelink.AnalyzedOrError> expected = SharedPipeline.get().analyzeAll(articles);
        List<Namelink.AnalyzedOrError> actual = SharedPipeline.get().withExecutor(pool).analyzeAll(articles);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void extractingDocumentByDocumentThenResolvingEqualsProcessing() {
        Namelink namelink = SharedPipeline.get();
        List<DocumentMentions> extracted = new ArrayList<>();
        for (Article a : articles) {
            extracted.add(namelink.extract(a));
        }
        extracted.add(namelink.extract(new Article("blank", "   \n")));
        List<Article> all = new ArrayList<>(articles);
        all.add(new Article("blank", "   \n"));

        Corpus streamed = namelink.resolveMentions(extracted);
        assertThat(streamed).isEqualTo(namelink.process(all));
        assertThat(streamed.documents().get(articles.size()).failed()).isTrue();
    }

    @Test
    void longArticlesAreSplitIntoPartsAndStillAnalysedAsAWhole() {
        Article longest = articles.stream().max(java.util.Comparator.comparingInt(a -> a.text().length())).orElseThrow();
        AnalyzedArticle whole = SharedPipeline.get().analyze(longest);
        assertThat(whole.analysis().parts(Namelink.PART_TOKENS)).hasSizeGreaterThan(2);

        Namelink.AnalyzedOrError parallel = SharedPipeline.get().withExecutor(pool).analyzeAsync(longest).join();

        assertThat(parallel.article()).contains(whole);
    }

    @Test
    void aFinderThatReadsAcrossSentencesIsGivenTheWholeText() {
        java.util.Set<Integer> sentenceCounts = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Namelink counting = Namelink.builder().withoutBuiltInStages().executor(pool)
                .mentionFinder(text -> {
                    sentenceCounts.add(text.sentences().size());
                    return List.of();
                }).build();
        Article longest = articles.stream().max(java.util.Comparator.comparingInt(a -> a.text().length())).orElseThrow();

        Namelink.AnalyzedOrError result = counting.analyzeAsync(longest).join();

        assertThat(sentenceCounts).containsExactly(result.article().orElseThrow().analysis().sentences().size());
    }

    @Test
    void aBadArticleCompletesWithItsErrorOnThePool() {
        Namelink.AnalyzedOrError result = SharedPipeline.get().withExecutor(pool)
                .analyzeAsync(new Article("blank", " \n\t")).join();

        assertThat(result.article()).isEmpty();
        assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("blank", "empty"));
    }

    @Test
    void aFinderThatThrowsCostsOnlyItsOwnArticle() {
        Namelink failing = Namelink.builder().withoutBuiltInStages().executor(pool)
                .mentionFinder(new org.namelink.mentions.MentionFinder() {
                    @Override
                    public List<org.namelink.mentions.Mention> find(org.namelink.text.AnalyzedText text) {
                        if (text.text().contains("poison")) {
                            throw new IllegalStateException("cannot tag this part");
                        }
                        return List.of();
                    }

                    @Override
                    public boolean sentenceLocal() {
                        return true;
                    }
                }).build();

        List<Namelink.AnalyzedOrError> results = failing.analyzeAll(List.of(
                new Article("good", "A quiet sentence."), new Article("bad", "A poison sentence."),
                new Article("good2", "Another quiet one.")));

        assertThat(results).extracting(Namelink.AnalyzedOrError::id).containsExactly("good", "bad", "good2");
        assertThat(results.get(0).article()).isPresent();
        assertThat(results.get(1).error()).contains("cannot tag this part");
        assertThat(results.get(2).article()).isPresent();
    }

    @Test
    void anExecutorThatRefusesWorkFailsTheCallNotTheArticle() {
        // Found in review: a refusal was reported as the article's own error.
        java.util.concurrent.Executor refusing = task -> {
            throw new java.util.concurrent.RejectedExecutionException("queue full");
        };
        java.util.concurrent.CompletableFuture<Namelink.AnalyzedOrError> f =
                SharedPipeline.get().withExecutor(refusing).analyzeAsync(articles.get(0));

        assertThat(f).isCompletedExceptionally();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SharedPipeline.get().withExecutor(refusing)
                .analyzeAll(List.of(articles.get(0)))).hasRootCauseInstanceOf(java.util.concurrent.RejectedExecutionException.class);
    }

    private static String json(Corpus corpus) throws IOException {
        StringWriter w = new StringWriter();
        new JsonCorpusWriter().write(corpus, w);
        return w.toString();
    }
}
