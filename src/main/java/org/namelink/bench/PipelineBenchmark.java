package org.namelink.bench;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.namelink.mentions.CrfMentionFinder;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.Namelink;
import org.namelink.pipeline.Namelink.AnalyzedOrError;

/**
 * Times Namelink end to end (analysis and resolution) and, on the same documents, CoreNLP's default
 * pipeline ({@value #CORENLP_ANNOTATORS}) and its bare 3-class CRF (CoreNLP's own tokenizer and
 * sentence splitter, then the same CRF Namelink uses). Every system first runs warm-up passes over
 * the documents, not counted, until {@code warmupSeconds} have passed and the JIT compiler has
 * gone quiet (see {@link #measure}); then timed passes until {@code measureSeconds} have passed (at
 * least one of each).
 *
 * <p>Immutable and thread-safe; the measurements themselves are best run one at a time, on an
 * otherwise idle machine.
 */
public final class PipelineBenchmark {

    /** CoreNLP's default pipeline up to named entities, as its documentation runs it. */
    public static final String CORENLP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final double warmupSeconds;
    private final double measureSeconds;

    private PipelineBenchmark(Builder b) {
        this.warmupSeconds = b.warmupSeconds;
        this.measureSeconds = b.measureSeconds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Loads Namelink with its default models, timed: in a fresh JVM this is the cold load. */
    public static Loaded<Namelink> loadNamelink() {
        return timed(() -> Namelink.builder().build());
    }

    /** Loads the bare 3-class CRF the way CoreNLP users do. */
    public static Loaded<CRFClassifier<CoreLabel>> loadBareCrf() {
        return timed(() -> {
            try {
                return CRFClassifier.<CoreLabel>getClassifier(CrfMentionFinder.ENGLISH_3CLASS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Loads CoreNLP's default pipeline ({@value #CORENLP_ANNOTATORS}), single-threaded. */
    public static Loaded<StanfordCoreNLP> loadCoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", CORENLP_ANNOTATORS);
        return timed(() -> new StanfordCoreNLP(props));
    }

    /** Namelink end to end: {@link Namelink#process} over all documents, per pass. */
    public Throughput namelink(Namelink namelink, List<Article> articles, int threads) {
        long tokens = 0;
        for (AnalyzedOrError a : namelink.withExecutor(null).analyzeAll(articles)) {
            if (a.article().isPresent()) {
                tokens += a.article().get().analysis().tokenCount();
            }
        }
        long perPass = tokens;
        return measure("Namelink", threads, articles, docs -> {
            Corpus c = namelink.process(docs);
            if (c.documents().size() != docs.size()) {
                throw new IllegalStateException("lost documents");
            }
            return perPass;
        });
    }

    /** The bare CRF on CoreNLP's own tokens and sentences. */
    public Throughput bareCrf(CRFClassifier<CoreLabel> crf, List<Article> articles) {
        return measure("CoreNLP 3-class CRF alone", 1, articles, docs -> {
            long tokens = 0;
            for (Article a : docs) {
                for (List<CoreLabel> sentence : crf.classify(a.text())) {
                    tokens += sentence.size();
                }
            }
            return tokens;
        });
    }

    /** CoreNLP's default pipeline. */
    public Throughput coreNlp(StanfordCoreNLP pipeline, List<Article> articles) {
        return measure("CoreNLP default pipeline", 1, articles, docs -> {
            long tokens = 0;
            for (Article a : docs) {
                CoreDocument doc = new CoreDocument(a.text());
                pipeline.annotate(doc);
                tokens += doc.tokens().size();
            }
            return tokens;
        });
    }

    /**
     * Runs {@code pass} (which returns the tokens it processed) over the documents: warm-up passes
     * for {@code warmupSeconds} and on, up to twice as long, while the JIT compiler is still busy;
     * then timed passes.
     */
    public Throughput measure(String system, int threads, List<Article> articles, ToLongFunction<List<Article>> pass) {
        Objects.requireNonNull(articles, "articles");
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no documents to measure " + system + " on");
        }
        long characters = 0;
        for (Article a : articles) {
            characters += a.text().length();
        }
        warmUp(articles, pass);
        int passes = 0;
        long tokens = 0;
        long cpuStart = processCpuNanos();
        long jitStart = jitMillis();
        long start = System.nanoTime();
        long elapsed;
        do {
            tokens = pass.applyAsLong(articles);
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < measureSeconds * 1e9);
        long cpuEnd = processCpuNanos();
        long jitEnd = jitMillis();
        double cpu = cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1e9;
        double jit = jitStart < 0 || jitEnd < 0 ? -1 : (jitEnd - jitStart) / 1e3;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Throughput(system, threads, articles.size(), tokens, characters, passes, elapsed / 1e9, cpu, jit,
                load < 0 ? -1 : load);
    }

    /**
     * Warm-up passes for {@code warmupSeconds}, then on while the JIT compiler is still busy (more
     * than {@value #QUIET_JIT_SHARE} of the last second compiling), up to twice {@code warmupSeconds}
     * in all: timed passes that share the cores with the compiler understate, and by how much
     * varies from run to run.
     */
    private void warmUp(List<Article> articles, ToLongFunction<List<Article>> pass) {
        long start = System.nanoTime();
        long windowStart = start;
        long windowJit = jitMillis();
        boolean quiet = windowJit < 0; // a JVM that does not tell: time alone decides
        long elapsed;
        do {
            pass.applyAsLong(articles);
            long now = System.nanoTime();
            elapsed = now - start;
            if (now - windowStart >= 1_000_000_000L && windowJit >= 0) {
                long jit = jitMillis();
                quiet = jit - windowJit <= QUIET_JIT_SHARE * (now - windowStart) / 1e6;
                windowStart = now;
                windowJit = jit;
            }
        } while (elapsed < warmupSeconds * 1e9 || (!quiet && elapsed < 2 * warmupSeconds * 1e9));
    }

    /** The share of a second the JIT compiler may take for warm-up to count as done. */
    static final double QUIET_JIT_SHARE = 0.02;

    /**
     * Milliseconds this JVM's JIT compilers have spent compiling so far (wall time, summed over the
     * compiler threads), or -1 if unknown.
     */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static <T> Loaded<T> timed(Supplier<T> load) {
        long t0 = System.nanoTime();
        T value = load.get();
        return new Loaded<>(value, (System.nanoTime() - t0) / 1e9);
    }

    /** Builds a {@link PipelineBenchmark}; not thread-safe. */
    public static final class Builder {
        private double warmupSeconds = 20;
        private double measureSeconds = 20;

        private Builder() {
        }

        /** Warm-up time per system (default 20 s); at least one warm-up pass always runs. */
        public Builder warmupSeconds(double seconds) {
            if (!(seconds >= 0)) {
                throw new IllegalArgumentException("warm-up seconds must be >= 0, was " + seconds);
            }
            this.warmupSeconds = seconds;
            return this;
        }

        /** Timed time per system (default 20 s); at least one timed pass always runs. */
        public Builder measureSeconds(double seconds) {
            if (!(seconds >= 0)) {
                throw new IllegalArgumentException("measure seconds must be >= 0, was " + seconds);
            }
            this.measureSeconds = seconds;
            return this;
        }

        public PipelineBenchmark build() {
            return new PipelineBenchmark(this);
        }
    }
}
