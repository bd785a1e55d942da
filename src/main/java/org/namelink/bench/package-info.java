/**
 * Benchmarks anyone can rerun: the full pipeline against CoreNLP's default pipeline and its bare
 * CRF on the same documents ({@link org.namelink.bench.PipelineBenchmark}), resolution of a
 * growing synthetic corpus ({@link org.namelink.bench.ResolutionScaling}), and the synthetic data
 * they need ({@link org.namelink.bench.SyntheticMentions}, {@link org.namelink.bench.SyntheticArticles}).
 * The command line's {@code bench}, {@code bench-resolution} and {@code bench-corpus} print them;
 * the JMH suite in {@code src/jmh/java} measures the stages one by one.
 */
package org.namelink.bench;
