package org.namelink.jmh;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.namelink.mentions.CrfMentionFinder;
import org.namelink.pipeline.Article;
import org.namelink.text.AnalyzedText;
import org.namelink.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CRF tagging over the articles, per pass: {@code namelink} on Namelink's own sentences and tokens
 * (analysed beforehand), {@code bareCrf} the same CRF on CoreNLP's own tokenizer and sentence
 * splitter, text in.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class CrfTaggingBenchmark {

    private List<Article> articles;
    private List<AnalyzedText> analysed;
    private CrfMentionFinder finder;
    private CRFClassifier<CoreLabel> crf;

    @Setup
    public void load() throws Exception {
        articles = Articles.load();
        TextAnalyzer text = TextAnalyzer.english();
        analysed = new ArrayList<>();
        for (Article a : articles) {
            analysed.add(text.analyze(a.text()));
        }
        finder = CrfMentionFinder.english3Class();
        crf = CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS);
    }

    @Benchmark
    public void namelink(Blackhole bh) {
        for (AnalyzedText t : analysed) {
            bh.consume(finder.find(t));
        }
    }

    @Benchmark
    public void bareCrf(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(crf.classify(a.text()));
        }
    }
}
