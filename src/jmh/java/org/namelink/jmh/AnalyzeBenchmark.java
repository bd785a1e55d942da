package org.namelink.jmh;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Namelink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full pipeline over the articles, per pass: {@code analyze} (text, CRF, mention stages) and
 * {@code process} (the same, then resolution across the articles) on the calling thread, and
 * {@code processTwoThreads} (process with a pool of two threads): their ratio, averaged over
 * forks, is the two-thread speed-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class AnalyzeBenchmark {

    private List<Article> articles;
    private Namelink namelink;
    private ExecutorService pool;
    private Namelink onTwoThreads;

    @Setup
    public void load() {
        articles = Articles.load();
        namelink = Namelink.builder().build();
        pool = Executors.newFixedThreadPool(2);
        onTwoThreads = namelink.withExecutor(pool);
    }

    @TearDown
    public void stop() {
        pool.shutdownNow();
    }

    @Benchmark
    public void analyze(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(namelink.analyze(a));
        }
    }

    @Benchmark
    public Object process() {
        return namelink.process(articles);
    }

    @Benchmark
    public Object processTwoThreads() {
        return onTwoThreads.process(articles);
    }
}
