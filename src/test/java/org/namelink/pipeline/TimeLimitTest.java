package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.Mention;
import org.namelink.mentions.MentionFinder;
import org.namelink.text.AnalyzedText;
import org.namelink.text.TextAnalyzer;

/** A document past the time limit is reported as timed out and the others go on. */
class TimeLimitTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void tearDown() {
        POOL.shutdownNow();
    }

    /** A finder stuck on "STUCK" until released, deaf to interrupts as CoreNLP's tokenizer is. */
    private static final class StuckFinder implements MentionFinder {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean interrupted = new AtomicBoolean();

        @Override
        public List<Mention> find(AnalyzedText text) {
            while (text.text().contains("STUCK") && release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            }
            return List.of();
        }
    }

    @Test
    void aStuckDocumentTimesOutWhileItsStepStillRunsAndTheOthersGoOn() throws InterruptedException {
        StuckFinder finder = new StuckFinder();
        // Pretokenized text: no tokenizer to warm up, so that only the stuck document can pass the limit.
        Namelink namelink = Namelink.builder().mentionFinder(finder).withoutBuiltInStages()
                .textAnalyzer(TextAnalyzer.pretokenized()).timeLimit(Duration.ofMillis(500)).executor(POOL).build();
        try {
            List<Namelink.AnalyzedOrError> out = namelink.analyzeAll(List.of(
                    new Article("stuck", "STUCK here."), new Article("good", "Fine here.")));
            assertThat(out.get(0).error()).hasValue(
                    "timed out: analysis took longer than the time limit of 500 ms per document");
            assertThat(out.get(1).article()).isPresent();
            assertThat(finder.release.getCount()).as("the stuck step is still running").isEqualTo(1);
            for (int i = 0; i < 1000 && !finder.interrupted.get(); i++) {
                Thread.sleep(10); // the interrupt comes before the result; the stuck thread notes it soon after
            }
            assertThat(finder.interrupted).as("the stuck step was interrupted").isTrue();
        } finally {
            finder.release.countDown();
        }
    }

    @Test
    void onTheCallingThreadTheLimitIsCheckedBetweenSteps() {
        Namelink namelink = Namelink.builder().mentionFinder(text -> List.of()).withoutBuiltInStages()
                .textAnalyzer(TextAnalyzer.pretokenized())
                .addStage((text, mentions) -> {
                    try {
                        Thread.sleep(text.text().contains("SLOW") ? 1000 : 0);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return mentions;
                })
                .addStage((text, mentions) -> mentions)
                .timeLimit(Duration.ofMillis(100)).build();
        List<Namelink.AnalyzedOrError> out = namelink.analyzeAll(List.of(
                new Article("slow", "SLOW here."), new Article("good", "Fine here.")));
        assertThat(out.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("time limit of 100 ms"));
        assertThat(out.get(1).article()).isPresent();
        assertThatThrownBy(() -> namelink.analyze(new Article("slow", "SLOW again.")))
                .isInstanceOf(TimeLimitExceededException.class);
    }

    @Test
    void theLimitIsChecked() {
        assertThatThrownBy(() -> Namelink.builder().timeLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("timeLimit must be positive, was PT0S");
    }
}
