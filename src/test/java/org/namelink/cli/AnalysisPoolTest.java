package org.namelink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A task running past the time limit gets its thread replaced, up to twice the threads. */
class AnalysisPoolTest {

    /** Blocks until released, deaf to interrupts, as a CoreNLP call is. */
    private static void stuck(CountDownLatch release) {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException e) {
                // keep waiting
            }
        }
    }

    private static void awaitRunaways(AnalysisPool pool, int n) throws InterruptedException {
        for (int i = 0; i < 1000 && pool.runaways() != n; i++) {
            Thread.sleep(10);
        }
        assertThat(pool.runaways()).isEqualTo(n);
    }

    @Test
    void runawayTasksGetTheirThreadsReplacedBoundedly() throws Exception {
        AnalysisPool pool = new AnalysisPool(1, Duration.ofMillis(20));
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> stuck(release));
            awaitRunaways(pool, 1);
            pool.replaceRunaways();
            assertThat(CompletableFuture.supplyAsync(() -> "done", pool).get(30, TimeUnit.SECONDS)).isEqualTo("done");

            pool.execute(() -> stuck(release));
            awaitRunaways(pool, 2);
            pool.replaceRunaways();
            assertThat(pool.getMaximumPoolSize()).as("at most twice the threads").isEqualTo(2);

            release.countDown();
            awaitRunaways(pool, 0);
            pool.replaceRunaways();
            assertThat(pool.getCorePoolSize()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
