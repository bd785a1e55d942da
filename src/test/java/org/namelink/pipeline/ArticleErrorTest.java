package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.namelink.io.JsonCorpusWriter;

/** A failed article keeps its exception's type and cause (was: a bare message, "failed: null" in the log). */
class ArticleErrorTest {

    private static final Namelink FAILING = Namelink.builder().mentionFinder(text -> List.of()).withoutBuiltInStages()
            .addStage((text, mentions) -> {
                if (text.text().contains("boom")) {
                    throw new IllegalStateException(null, new ArithmeticException("/ by zero"));
                }
                return mentions;
            }).build();

    private static final List<Article> ARTICLES = List.of(new Article("good", "Nothing here."),
            new Article("bad", "It goes boom."));

    @Test
    void theErrorKeepsTheExceptionTypeAndItsCause() {
        for (Namelink namelink : List.of(FAILING, FAILING.withExecutor(Runnable::run))) {
            ProcessedDocument bad = namelink.process(ARTICLES).documents().get(1);
            assertThat(bad.errorType()).contains("java.lang.IllegalStateException");
            assertThat(bad.error().orElseThrow()).isEqualTo(
                    "IllegalStateException (caused by java.lang.ArithmeticException: / by zero)");
        }
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            ProcessedDocument bad = FAILING.withExecutor(pool).process(ARTICLES).documents().get(1);
            assertThat(bad.errorType()).contains("java.lang.IllegalStateException");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theJsonHasTheMessageAndTheType() {
        var docs = new JsonCorpusWriter().toTree(FAILING.process(ARTICLES)).get("documents");
        assertThat(docs.get(0).has("error")).isFalse();
        assertThat(docs.get(0).has("errorType")).isFalse();
        assertThat(docs.get(1).get("error").asText()).contains("ArithmeticException: / by zero");
        assertThat(docs.get(1).get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void theLogHasTheStackTrace() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            FAILING.process(ARTICLES);
        } finally {
            System.setErr(stderr);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("article bad failed")
                .contains("java.lang.IllegalStateException").contains("\tat ")
                .contains("Caused by: java.lang.ArithmeticException: / by zero");
    }
}
