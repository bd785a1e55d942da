package org.namelink.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.namelink.bench.CapitalisedPhrases;
import org.namelink.kb.KnowledgeBase;
import org.namelink.kb.WikiDictionary;
import org.namelink.pipeline.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Knowledge-base look-ups per second ({@link KnowledgeBase#candidates}): {@value #QUERIES} runs of
 * capitalised words from the benchmark articles (names and chrome as they come, so hits and misses),
 * each folded and looked up. {@code lookUp} returns every candidate, {@code lookUpTop10} the ten best.
 * Needs the index: {@code namelink kb-index} first; another one with {@code -Dnamelink.jmh.kb=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class KnowledgeBaseBenchmark {

    static final int QUERIES = 2_000;

    private final List<String> queries = new ArrayList<>();
    private KnowledgeBase kb;

    @Setup
    public void open() throws IOException {
        String dir = System.getProperty("namelink.jmh.kb");
        Path index = dir != null ? Path.of(dir) : WikiDictionary.onClassPath()
                .orElseThrow(() -> new IllegalStateException("no " + WikiDictionary.RESOURCE + " on the class path"))
                .defaultIndexDirectory()
                .orElseThrow(() -> new IllegalStateException("no cache directory: give -Dnamelink.jmh.kb=DIR"));
        kb = KnowledgeBase.open(index);
        List<String> phrases = new ArrayList<>();
        for (Article a : Articles.load()) {
            phrases.addAll(CapitalisedPhrases.of(a.text()));
        }
        for (int i = 0; queries.size() < QUERIES; i++) {
            queries.add(phrases.get(i % phrases.size()));
        }
    }

    @TearDown
    public void close() {
        kb.close();
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public void lookUp(Blackhole out) {
        for (String q : queries) {
            out.consume(kb.candidates(q));
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public void lookUpTop10(Blackhole out) {
        for (String q : queries) {
            out.consume(kb.candidates(q, 10));
        }
    }
}
