package org.namelink.pipeline;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One document's time limit. The clock starts when the first step of its analysis starts (not
 * when it is queued). CoreNLP's code cannot be interrupted, so the limit is kept at checkpoints:
 * every step of the analysis ({@link #guard}ed) checks it on entry, and the stages check it
 * between them ({@link #check}); when the limit passes, the document's result completes at once as
 * timed out ({@link #watch}) and the threads inside a step are interrupted: CoreNLP's Viterbi
 * search stops on an interrupt, other CoreNLP calls (its tokenizer) run on until they return, and
 * the step stops at its next checkpoint.
 *
 * <p>Thread-safe: the steps of one document run on several threads.
 */
final class DocumentDeadline {

    private final long limitNanos;
    private final String message;
    private final Set<Thread> inside = ConcurrentHashMap.newKeySet();
    private volatile long deadline;
    private volatile boolean started;
    private volatile boolean expired;
    private final CompletableFuture<Void> start = new CompletableFuture<>();

    private DocumentDeadline(Duration limit) {
        this.limitNanos = limit.toNanos();
        this.message = "timed out: analysis took longer than the time limit of " + describe(limit) + " per document";
    }

    /** A deadline for a document, or none when {@code limit} is null (no limit). */
    static DocumentDeadline of(Duration limit) {
        return limit == null ? null : new DocumentDeadline(limit);
    }

    static String describe(Duration limit) {
        long ns = limit.toNanos();
        if (ns % 1_000_000 != 0) {
            return ns + " ns";
        }
        long ms = ns / 1_000_000;
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    String message() {
        return message;
    }

    /**
     * Completes {@code result} with {@code timedOut} when the limit passes after the first step
     * started, unless it completed before (the timer is then cancelled, so a finished document
     * holds no timer), and interrupts the steps still running.
     */
    <T> void watch(CompletableFuture<T> result, T timedOut) {
        CompletableFuture<T> timer = new CompletableFuture<>();
        start.thenRun(() -> timer.completeOnTimeout(timedOut, limitNanos, TimeUnit.NANOSECONDS));
        timer.thenAccept(r -> {
            if (r == timedOut) {
                expire(); // before anyone waiting on the result wakes up
                result.complete(timedOut);
            }
        });
        result.whenComplete((r, failure) -> timer.complete(null)); // cancels the timer
    }

    /** {@code step} run under this deadline: refused once it passed, its thread known while it runs. */
    <T> Supplier<T> guard(Supplier<T> step) {
        return () -> {
            startClock();
            check();
            Thread self = Thread.currentThread();
            inside.add(self);
            try {
                return step.get();
            } finally {
                synchronized (this) { // no interrupt of this document's can reach the thread's next task
                    inside.remove(self);
                }
                if (expired) {
                    Thread.interrupted(); // the interrupt was for this document, not the thread's next task
                }
            }
        };
    }

    /** Throws {@link TimeLimitExceededException} once the limit has passed. */
    void check() {
        if (expired || started && System.nanoTime() - deadline > 0) {
            expired = true;
            throw new TimeLimitExceededException(message);
        }
    }

    private void startClock() {
        if (!started) {
            synchronized (this) {
                if (!started) {
                    deadline = System.nanoTime() + limitNanos;
                    started = true;
                    start.complete(null);
                }
            }
        }
    }

    private synchronized void expire() {
        expired = true;
        for (Thread t : inside) {
            t.interrupt();
        }
    }
}
