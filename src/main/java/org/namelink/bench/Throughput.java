package org.namelink.bench;

import java.util.Objects;

/**
 * How fast one system went over a set of documents, after warm-up.
 *
 * <p>Immutable and thread-safe.
 *
 * @param system what was measured
 * @param threads threads it ran on
 * @param documents documents in one pass
 * @param tokens tokens in one pass, by the system's own tokenizer
 * @param characters characters (UTF-16 units) in one pass
 * @param passes measured passes (warm-up passes not counted)
 * @param seconds wall time of the measured passes
 * @param cpuSeconds CPU time this process used meanwhile (all its threads, GC and compiler
 *     included), or -1 where the JVM does not tell
 * @param jitSeconds wall time the JIT compilers spent compiling meanwhile (summed over their
 *     threads, so a compilation waiting for a core counts too), or -1 where the JVM does not tell:
 *     much of it, and the figures are not yet those of compiled code
 * @param loadAverage the system's load average over the last minute at the end, or -1 if unknown:
 *     well above {@link #coresUsed()}, other processes competed for the cores
 */
public record Throughput(String system, int threads, int documents, long tokens, long characters, int passes,
                         double seconds, double cpuSeconds, double jitSeconds, double loadAverage) {

    public Throughput {
        Objects.requireNonNull(system, "system");
        if (passes < 1 || !(seconds > 0)) {
            throw new IllegalArgumentException("need at least one timed pass, had " + passes + " in " + seconds + " s");
        }
    }

    public double tokensPerSecond() {
        return tokens * (double) passes / seconds;
    }

    public double documentsPerSecond() {
        return documents * (double) passes / seconds;
    }

    /** The unit for comparing systems whose tokenizers count differently: the same text per second. */
    public double charactersPerSecond() {
        return characters * (double) passes / seconds;
    }

    /** Cores this process kept busy on average during the timed passes, or -1 if unknown. */
    public double coresUsed() {
        return cpuSeconds < 0 ? -1 : cpuSeconds / seconds;
    }

    /** Whether the JIT compilers were compiling for more than 5 % of the timed wall time (false if unknown). */
    public boolean compiledDuringTiming() {
        return jitSeconds > 0.05 * seconds;
    }

    /** How many times faster than {@code other} on the same text. */
    public double timesFasterThan(Throughput other) {
        return charactersPerSecond() / other.charactersPerSecond();
    }
}
