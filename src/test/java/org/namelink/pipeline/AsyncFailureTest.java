package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.Mention;
import org.namelink.mentions.MentionFinder;
import org.namelink.text.AnalyzedText;

/** How analysis fails: a stack overflow costs only its article, an executor's refusal fails the call. */
class AsyncFailureTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    /** Parts inside the finder right now. */
    private static final AtomicInteger FINDING = new AtomicInteger();

    /** A sentence-local finder that finds nothing, slowly, so that parts are still running when refused. */
    private static final MentionFinder SLOW = new MentionFinder() {
        @Override
        public List<Mention> find(AnalyzedText text) {
            FINDING.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                FINDING.decrementAndGet();
            }
            return List.of();
        }

        @Override
        public boolean sentenceLocal() {
            return true;
        }
    };

    private static final Namelink LIGHT = Namelink.builder().mentionFinder(SLOW).withoutBuiltInStages()
            .addStage((text, mentions) -> {
                if (text.text().contains("OVERFLOW")) {
                    throw new StackOverflowError();
                }
                if (text.text().contains("HUGE")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return mentions;
            }).build();

    @AfterAll
    static void tearDown() {
        POOL.shutdownNow();
    }

    private static String longText() {
        return "The Velcor plant reopened on Monday. ".repeat(Namelink.PART_TOKENS / 3);
    }

    @Test
    void aStackOverflowCostsOnlyItsArticle() {
        List<Article> in = List.of(new Article("bad", "OVERFLOW here."), new Article("good", "Fine here."));
        for (Namelink n : List.of(LIGHT, LIGHT.withExecutor(POOL))) {
            List<Namelink.AnalyzedOrError> out = n.analyzeAll(in);
            assertThat(out.get(0).article()).isEmpty();
            assertThat(out.get(1).article()).isPresent();
        }
    }

    @Test
    void anOutOfMemoryErrorCostsOnlyItsArticle() {
        // Found by a new user: one document too large for the heap ended the whole run.
        List<Article> in = List.of(new Article("huge", "HUGE here."), new Article("good", "Fine here."));
        for (Namelink n : List.of(LIGHT, LIGHT.withExecutor(POOL))) {
            List<Namelink.AnalyzedOrError> out = n.analyzeAll(in);
            assertThat(out.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("out of memory", "-Xmx"));
            assertThat(out.get(1).article()).isPresent();
            assertThat(n.extractAsync(in.get(0)).join().error()).isPresent();
        }
    }

    @Test
    void aRefusalAfterSomePartsFailsTheCallOnceTheyAreDone() {
        AtomicInteger accepted = new AtomicInteger();
        Executor refusingAfterTwo = task -> {
            if (accepted.incrementAndGet() > 2) {
                throw new RejectedExecutionException("queue full");
            }
            POOL.execute(task);
        };
        CompletableFuture<Namelink.AnalyzedOrError> f =
                LIGHT.withExecutor(refusingAfterTwo).analyzeAsync(new Article("long", longText()));
        assertThatThrownBy(f::join).hasRootCauseInstanceOf(RejectedExecutionException.class);
        // The part accepted before the refusal had left the finder when the call failed.
        assertThat(FINDING.get()).isZero();
    }

    @Test
    void analyzeAllSubmitsNothingAfterARefusal() {
        AtomicInteger submitted = new AtomicInteger();
        Executor refusing = task -> {
            submitted.incrementAndGet();
            throw new RejectedExecutionException("shut down");
        };
        List<Article> in = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            in.add(new Article("a" + i, "Fine here."));
        }
        assertThatThrownBy(() -> LIGHT.withExecutor(refusing).analyzeAll(in))
                .isInstanceOf(IllegalStateException.class).hasRootCauseInstanceOf(RejectedExecutionException.class);
        assertThat(submitted.get()).isOne();
    }
}
