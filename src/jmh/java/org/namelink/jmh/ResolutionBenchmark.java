package org.namelink.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.namelink.bench.SyntheticMentions;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Resolution of N synthetic mentions ({@link SyntheticMentions}, seed 42). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ResolutionBenchmark {

    @Param({"10000", "100000"})
    public int mentions;

    private List<ResolverDocument> documents;
    private EntityResolver resolver;

    @Setup
    public void generate() {
        documents = SyntheticMentions.of(mentions, 42).documents();
        resolver = EntityResolver.create(NameMatcher.defaults());
    }

    @Benchmark
    public Resolution resolve() {
        return resolver.resolve(documents);
    }
}
