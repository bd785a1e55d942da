package org.namelink.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.namelink.pipeline.Article;
import org.namelink.text.LineVerdict;
import org.namelink.text.PageCleaner;
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

/**
 * Time to classify the lines of one large page ({@link PageCleaner#classify}): the five articles
 * under {@code testdata/articles} repeated to about {@code megabytes} MB. Run it at 1, 2 and 4 MB
 * to see the time grow with the page, not faster (it replaces a timed unit test).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PageCleanerBenchmark {

    @Param({"1", "2", "4"})
    public int megabytes;

    private final PageCleaner cleaner = PageCleaner.defaults();
    private String page;

    @Setup
    public void page() {
        StringBuilder all = new StringBuilder();
        for (Article a : Articles.load()) {
            all.append(a.text()).append('\n');
        }
        StringBuilder b = new StringBuilder();
        while (b.length() < megabytes * 1_000_000) {
            b.append(all);
        }
        page = b.toString();
    }

    @Benchmark
    public List<LineVerdict> classify() {
        return cleaner.classify(page);
    }
}
