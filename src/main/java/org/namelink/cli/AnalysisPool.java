package org.namelink.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The commands' analysis threads: a fixed pool of daemon threads that takes on an extra thread for
 * each task still running past the time limit per document, so that a document given up on
 * (CoreNLP's tokenizer cannot be interrupted; its thread runs on until the call returns) does not
 * cost the others a thread. At most {@code threads} extra threads are taken, so runaway tasks
 * cannot pile up threads without bound; past that, analysis goes on with the threads left until a
 * runaway task returns. Extra threads end once the runaways are done.
 *
 * <p>Thread-safe.
 */
final class AnalysisPool extends ThreadPoolExecutor {

    private final int threads;
    private final long limitNanos;

    /** When the task each busy thread runs started. */
    private final Map<Thread, Long> started = new ConcurrentHashMap<>();

    /**
     * @param threads threads for analysis, at least 1
     * @param limit the time limit per document; null: none, and the pool stays at {@code threads}
     */
    AnalysisPool(int threads, Duration limit) {
        super(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
        this.threads = threads;
        this.limitNanos = limit == null ? Long.MAX_VALUE : limit.toNanos();
    }

    @Override
    protected void beforeExecute(Thread t, Runnable r) {
        started.put(t, System.nanoTime());
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        started.remove(Thread.currentThread());
    }

    /** Tasks running longer than the time limit now: their documents have been given up on. */
    int runaways() {
        long now = System.nanoTime();
        int n = 0;
        for (long t : started.values()) {
            if (now - t > limitNanos) {
                n++;
            }
        }
        return n;
    }

    /** Sizes the pool to {@code threads} plus one per runaway task, at most twice {@code threads}. */
    synchronized void replaceRunaways() {
        int size = threads + Math.min(runaways(), threads);
        if (size > getMaximumPoolSize()) {
            setMaximumPoolSize(size);
            setCorePoolSize(size);
        } else if (size < getCorePoolSize()) {
            setCorePoolSize(size);
            setMaximumPoolSize(size);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "namelink-analysis-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
