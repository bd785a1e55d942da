package org.namelink.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.tokenize.TokenizerModel;
import org.namelink.pipeline.Article;
import org.namelink.text.NewsTokenizer;
import org.namelink.text.OpenNlpSentenceSplitter;
import org.namelink.text.OpenNlpTokenizer;
import org.namelink.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text stage alone (lines, sentences, tokens, compound splitting, page chrome) over the
 * articles, per pass. {@code coreNlp}: the default, CoreNLP's PTB tokenizer and splitter.
 * {@code openNlpWarm}: OpenNLP's, its tokenizer remembering the chunks it has split (as it does
 * after a few documents of news); {@code openNlpCold}: a fresh OpenNLP tokenizer for every pass,
 * so every distinct chunk goes to OpenNLP's model once per pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class TextStageBenchmark {

    private List<Article> articles;
    private TextAnalyzer coreNlp;
    private TextAnalyzer warm;
    private TokenizerModel model;
    private TextAnalyzer cold;

    @Setup
    public void load() throws IOException {
        articles = Articles.load();
        coreNlp = TextAnalyzer.english();
        warm = TextAnalyzer.openNlp();
        try (InputStream in = TextStageBenchmark.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
    }

    @Setup(Level.Invocation)
    public void freshTokenizer() {
        cold = TextAnalyzer.builder().sentenceSplitter(OpenNlpSentenceSplitter.english())
                .tokenizer(NewsTokenizer.wrapping(OpenNlpTokenizer.withModel(model))).build();
    }

    @Benchmark
    public void coreNlp(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(coreNlp.analyze(a.text()));
        }
    }

    @Benchmark
    public void openNlpWarm(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(warm.analyze(a.text()));
        }
    }

    @Benchmark
    public void openNlpCold(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(cold.analyze(a.text()));
        }
    }
}
