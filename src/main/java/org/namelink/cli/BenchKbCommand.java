package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.namelink.bench.CapitalisedPhrases;
import org.namelink.bench.HeapMeter;
import org.namelink.io.ArticleReader;
import org.namelink.io.ArticleSource;
import org.namelink.kb.KnowledgeBase;
import org.namelink.kb.WikiDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-kb", mixinStandardHelpOptions = true,
        description = {"Opens the knowledge-base index (namelink kb-index) and looks up the runs of capitalised words "
                + "of the articles given: open time, heap in use after opening, look-ups per second and how many "
                + "found candidates, per second and per second of CPU time (which a busy machine does not "
                + "change). (JMH measures look-ups more carefully: KnowledgeBaseBenchmark.)",
                "  bench-kb testdata/articles"})
final class BenchKbCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kb", paramLabel = "DIR", description = "the index (default: the one kb-index builds in the "
            + "cache directory)")
    Path kb;

    @Option(names = "--seconds", defaultValue = "5", description = "how long to look up (default: ${DEFAULT-VALUE})")
    double seconds;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "articles (*.txt files or directories)")
    List<Path> paths;

    /** Look-ups for {@code seconds}: {per second, per second of the thread's CPU time}. */
    private static double[] lookUps(KnowledgeBase base, List<String> queries, int max, double seconds) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long done = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long deadline = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (String q : queries) {
                done += base.candidates(q, max).isEmpty() ? 1 : 1;
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new double[] {done / wall, done / cpu};
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(seconds > 0 && seconds <= 3600)) {
            err.println("error: --seconds must be more than 0 and at most 3600, was " + seconds);
            return NamelinkCommand.EXIT_USAGE;
        }
        Path dir = kb;
        if (dir == null) {
            Optional<WikiDictionary> dictionary = WikiDictionary.onClassPath();
            if (dictionary.isEmpty()) {
                err.println("error: no --kb and no " + WikiDictionary.RESOURCE + " on the class path (it is in "
                        + WikiDictionary.ARTIFACT + ")");
                return NamelinkCommand.EXIT_USAGE;
            }
            Optional<Path> cached = dictionary.get().defaultIndexDirectory();
            if (cached.isEmpty()) {
                err.println("error: no --kb and no cache directory to find the index in (neither XDG_CACHE_HOME nor "
                        + "user.home names one): give --kb DIR");
                return NamelinkCommand.EXIT_USAGE;
            }
            dir = cached.get();
        }
        List<String> queries = new ArrayList<>();
        for (ArticleSource s : ArticleReader.read(paths)) {
            s.article().ifPresent(a -> queries.addAll(CapitalisedPhrases.of(a.text())));
        }
        if (queries.isEmpty()) {
            err.println("error: no capitalised words in " + paths);
            return NamelinkCommand.EXIT_USAGE;
        }
        // The first folded name loads ICU's transliterator, once per JVM (the pipeline's matcher loads it
        // anyway): timed apart from opening.
        long foldStart = System.nanoTime();
        org.namelink.names.NameMatcher.defaults().analyzer().analyze("Zorvath", org.namelink.mentions.EntityType.PERSON);
        double foldMillis = (System.nanoTime() - foldStart) / 1e6;
        long heapBefore = HeapMeter.liveBytes();
        long start = System.nanoTime();
        try (KnowledgeBase base = KnowledgeBase.open(dir)) {
            double openMillis = (System.nanoTime() - start) / 1e6;
            long heapAfter = HeapMeter.liveBytes();
            out.printf(Locale.ROOT, "%s: %,d folded surfaces, %,d titles; opened in %.0f ms (after %.0f ms loading the "
                            + "matcher's folding, once per JVM); heap in use %.1f MB before opening, %.1f MB after (max heap %,d MB)%n",
                    base.file(), base.surfaceCount(), base.titleCount(), openMillis, foldMillis, heapBefore / 1e6,
                    heapAfter / 1e6, HeapMeter.maxBytes() >> 20);
            long hits = 0;
            long candidates = 0;
            for (String q : queries) {
                int n = base.candidates(q).size();
                hits += n > 0 ? 1 : 0;
                candidates += n;
            }
            out.printf(Locale.ROOT, "%,d queries (runs of capitalised words): %.0f %% found, %.1f candidates each on average%n",
                    queries.size(), 100.0 * hits / queries.size(), (double) candidates / queries.size());
            out.flush();
            for (int max : new int[] {Integer.MAX_VALUE, 10}) {
                lookUps(base, queries, max, seconds); // warm-up
                double[] rate = lookUps(base, queries, max, seconds);
                out.printf(Locale.ROOT, "look-ups (%s): %,.0f per second on one thread, %,.0f per second of its CPU time "
                        + "(after %.0f s of warm-up)%n", max == 10 ? "ten best" : "all candidates", rate[0], rate[1], seconds);
                out.flush();
            }
        }
        return NamelinkCommand.EXIT_OK;
    }
}
