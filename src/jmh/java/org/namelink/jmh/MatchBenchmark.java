package org.namelink.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.namelink.bench.SyntheticMentions;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.ResolverDocument;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Name pairs matched per second by {@link NameMatcher#match}: {@value #PAIRS} pairs of analysed
 * names of one type from synthetic mentions (made-up names with their transliteration variants,
 * seed 42), each name paired with the next distinct name of its type. Analysis is done in setup:
 * this measures the comparison the resolver makes per candidate pair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MatchBenchmark {

    static final int PAIRS = 10_000;

    private final List<NameForm[]> pairs = new ArrayList<>();
    private NameMatcher matcher;

    @Setup
    public void pairs() {
        matcher = NameMatcher.defaults();
        List<Mention> mentions = new ArrayList<>();
        for (ResolverDocument d : SyntheticMentions.of(60_000, 42).documents()) {
            mentions.addAll(d.mentions());
        }
        for (EntityType type : EntityType.values()) {
            String previous = null;
            for (Mention m : mentions) {
                if (m.type() == type && previous != null && !m.text().equals(previous) && pairs.size() < PAIRS) {
                    pairs.add(new NameForm[] {matcher.analyzer().analyze(previous, type),
                        matcher.analyzer().analyze(m.text(), type)});
                }
                if (m.type() == type) {
                    previous = m.text();
                }
            }
        }
        checkCount();
    }

    private void checkCount() {
        if (pairs.size() != PAIRS) {
            throw new IllegalStateException("expected " + PAIRS + " pairs, made " + pairs.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAIRS)
    public void match(Blackhole out) {
        for (NameForm[] p : pairs) {
            out.consume(matcher.match(p[0], p[1]));
        }
    }
}
