package org.namelink.cli;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.namelink.bench.HeapMeter;
import org.namelink.bench.Loaded;
import org.namelink.bench.PipelineBenchmark;
import org.namelink.bench.Throughput;
import org.namelink.io.ArticleReader;
import org.namelink.io.ArticleSource;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Namelink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the full pipeline (analysis and resolution) over the documents, on 1 and N threads, "
                + "with its load time and peak heap; then, on the same documents, CoreNLP's bare 3-class CRF and "
                + "its default pipeline (" + PipelineBenchmark.CORENLP_ANNOTATORS + "), and the ratios. Each system "
                + "warms up first (not counted). Give CoreNLP's default pipeline room: java -Xmx6g.",
                "  bench testdata/articles",
                "  bench --no-corenlp --threads 2 DIR"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "threads for the parallel run (default: one per core)")
    int threads;

    @Option(names = "--no-corenlp", description = "skip CoreNLP's default pipeline (its load alone takes ~15 s)")
    boolean noCoreNlp;

    @Option(names = "--limit-corenlp-docs", paramLabel = "N",
            description = "run CoreNLP's default pipeline on the first N documents only")
    Integer limitCoreNlpDocs;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "20",
            description = "warm-up time per system, not counted, prolonged up to twice as long while the JIT "
                    + "compiler is still busy (default: ${DEFAULT-VALUE})")
    double warmup;

    @Option(names = "--measure", paramLabel = "SECONDS", defaultValue = "20",
            description = "timed time per system (default: ${DEFAULT-VALUE})")
    double measure;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and directories of UTF-8 text")
    List<Path> paths;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int parallel = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        if (limitCoreNlpDocs != null && limitCoreNlpDocs < 1) {
            err.println("error: --limit-corenlp-docs must be at least 1, was " + limitCoreNlpDocs);
            return 2;
        }
        HeapMeter.resetPeak();
        // Load first, in a JVM that has done nothing else: this is the cold load a user sees.
        Loaded<Namelink> loaded = PipelineBenchmark.loadNamelink();
        List<Article> articles = new ArrayList<>();
        for (ArticleSource s : ArticleReader.read(paths)) {
            s.error().ifPresent(e -> err.println("error: " + e));
            s.article().ifPresent(articles::add);
        }
        if (articles.isEmpty()) {
            err.println("error: no readable documents");
            return 1;
        }
        PipelineBenchmark bench = PipelineBenchmark.builder().warmupSeconds(warmup).measureSeconds(measure).build();
        long characters = articles.stream().mapToLong(a -> a.text().length()).sum();
        out.printf(Locale.ROOT, "Namelink benchmark: %d documents, %,d characters%n", articles.size(), characters);
        out.printf(Locale.ROOT, "machine: %d cores, %s %s, max heap %,d MB; warm-up %.0f s, then timed passes for %.0f s per system%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), HeapMeter.maxBytes() >> 20, warmup, measure);
        out.flush();

        Namelink namelink = loaded.value();
        double loadSeconds = loaded.seconds();
        line("load", "Namelink (models, titles, aliases)", seconds(loaded.seconds()));
        Throughput one = bench.namelink(namelink, articles, 1);
        run(one);
        Throughput many = null;
        if (parallel > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            try {
                Namelink onPool = namelink.withExecutor(pool);
                boolean same = onPool.process(articles).equals(namelink.process(articles));
                many = bench.namelink(onPool, articles, parallel);
                run(many);
                line("", parallel + " threads / 1 thread", String.format(Locale.ROOT, "%.2fx   results identical to 1 thread: %s",
                        many.documentsPerSecond() / one.documentsPerSecond(), same ? "yes" : "NO"));
            } finally {
                pool.shutdownNow();
            }
        }
        long peak = HeapMeter.peakBytes();
        long live = HeapMeter.liveBytes();
        line("heap", "Namelink peak (heap pools)", String.format(Locale.ROOT, "%,d MB   live after GC, models loaded: %,d MB",
                peak >> 20, live >> 20));
        namelink = null;
        loaded = null;

        HeapMeter.liveBytes();
        HeapMeter.resetPeak();
        Loaded<CRFClassifier<CoreLabel>> crf = PipelineBenchmark.loadBareCrf();
        line("load", "CoreNLP 3-class CRF", seconds(crf.seconds()));
        Throughput bare = bench.bareCrf(crf.value(), articles);
        run(bare);
        line("heap", "CoreNLP 3-class CRF peak", String.format(Locale.ROOT, "%,d MB", HeapMeter.peakBytes() >> 20));
        crf = null;

        Throughput coreNlp = null;
        Loaded<StanfordCoreNLP> pipeline = null;
        if (!noCoreNlp) {
            List<Article> subset = limitCoreNlpDocs == null ? articles
                    : articles.subList(0, Math.min(articles.size(), limitCoreNlpDocs));
            HeapMeter.liveBytes();
            HeapMeter.resetPeak();
            pipeline = PipelineBenchmark.loadCoreNlp();
            line("load", "CoreNLP default pipeline", seconds(pipeline.seconds()));
            coreNlp = bench.coreNlp(pipeline.value(), subset);
            run(coreNlp);
            line("heap", "CoreNLP default pipeline peak", String.format(Locale.ROOT, "%,d MB", HeapMeter.peakBytes() >> 20));
        }

        out.println();
        out.println("Namelink, 1 thread, end to end, against the same text (characters per second):");
        if (coreNlp != null) {
            check(String.format(Locale.ROOT, "%.1fx CoreNLP's default pipeline", one.timesFasterThan(coreNlp)),
                    one.timesFasterThan(coreNlp) >= 20, "at least 20x");
        }
        check(String.format(Locale.ROOT, "%.2fx CoreNLP's bare CRF", one.timesFasterThan(bare)),
                one.timesFasterThan(bare) >= 0.9, "at least 0.9x");
        if (many != null) {
            double speedup = many.documentsPerSecond() / one.documentsPerSecond();
            check(String.format(Locale.ROOT, "%.2fx with %d threads", speedup, parallel),
                    speedup >= 1.7 || parallel != 2, parallel == 2 ? "at least 1.7x" : "(criterion is for 2 threads)");
        }
        // Issue 22: at most 1.5 s (it was 3 s); with the CRF read from its cache (a first run writes it).
        check(String.format(Locale.ROOT, "load %.1f s", loadSeconds), loadSeconds <= 1.5, "at most 1.5 s");
        if (busy) {
            out.println("warning: the load average exceeded this benchmark's own use of the cores: other processes "
                    + "competed for them, and the figures understate; rerun on an idle machine.");
        }
        if (stillCompiling) {
            out.println("warning: the JIT compiler was still compiling during a timed run (over 5 % of its time), "
                    + "which understates it: code run once per document reaches the top tier late when a pass has few "
                    + "documents (more documents or a longer --warmup help; JMH forks give the steadier mean).");
        }
        out.flush();
        return 0;
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private void run(Throughput t) {
        line("run", t.system() + ", " + t.threads() + (t.threads() == 1 ? " thread" : " threads"),
                String.format(Locale.ROOT, "%,9.0f tokens/s  %8.2f docs/s  %,10.0f chars/s   (%d docs, %,d tokens, "
                                + "%d passes in %.1f s; cores busy %.2f, JIT %.2f s, load average %.2f)",
                        t.tokensPerSecond(), t.documentsPerSecond(), t.charactersPerSecond(), t.documents(), t.tokens(),
                        t.passes(), t.seconds(), t.coresUsed(), t.jitSeconds(), t.loadAverage()));
        if (t.loadAverage() > t.coresUsed() + 0.75) {
            busy = true;
        }
        if (t.compiledDuringTiming()) {
            stillCompiling = true;
        }
    }

    /** Whether the JIT compiler was still busy during a timed run. */
    private boolean stillCompiling;

    /** Whether other processes competed for the cores during a run. */
    private boolean busy;

    private void line(String what, String system, String figures) {
        out.printf(Locale.ROOT, "%-5s %-38s %s%n", what, system, figures);
        out.flush();
    }

    private void check(String figure, boolean met, String target) {
        out.printf(Locale.ROOT, "  %-40s %-22s %s%n", figure, target, met ? "met" : "NOT MET");
    }
}
