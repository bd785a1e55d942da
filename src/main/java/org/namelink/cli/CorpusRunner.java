package org.namelink.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.namelink.io.ArticleReader;
import org.namelink.mentions.CrfMentionFinder;
import org.namelink.io.ArticleSource;
import org.namelink.names.AliasTable;
import org.namelink.names.NameAnalyzer;
import org.namelink.names.NameMatcher;
import org.namelink.names.TitleLexicon;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.Namelink;
import org.namelink.pipeline.Namelink.AnalyzedOrError;
import org.namelink.text.TextAnalyzer;

/** Reads paths, runs the pipeline and reports unreadable inputs, for the commands. */
final class CorpusRunner {

    private CorpusRunner() {
    }

    static NameMatcher matcher(Path aliases) {
        NameAnalyzer analyzer = NameAnalyzer.create(TitleLexicon.defaults());
        AliasTable table = AliasTable.defaults(analyzer);
        if (aliases != null) {
            table = table.withFile(aliases, analyzer);
        }
        return NameMatcher.builder().analyzer(analyzer).aliases(table).build();
    }

    /** Which text stage to run: the commands' {@code --text-stage}. */
    enum TextStage {
        corenlp, opennlp;

        TextAnalyzer analyzer() {
            return this == corenlp ? TextAnalyzer.english() : TextAnalyzer.openNlp();
        }
    }

    static Corpus runPaths(List<Path> paths, Path aliases, boolean keepChrome, int threads, PrintWriter err) {
        return run(ArticleReader.read(paths), aliases, keepChrome, threads, TextStage.corenlp, err);
    }

    static Corpus run(List<ArticleSource> sources, Path aliases, boolean keepChrome, int threads, PrintWriter err) {
        return run(sources, aliases, keepChrome, threads, TextStage.corenlp, err);
    }

    static Corpus run(List<ArticleSource> sources, Path aliases, boolean keepChrome, int threads, TextStage stage,
                      PrintWriter err) {
        return run(sources, aliases, keepChrome, threads, stage, false, err);
    }

    /** With {@code bareCrf}, mentions are the 3-class CRF's alone, unrefined: the baseline tagger. */
    static Corpus run(List<ArticleSource> sources, Path aliases, boolean keepChrome, int threads, TextStage stage,
                      boolean bareCrf, PrintWriter err) {
        for (ArticleSource s : sources) {
            s.error().ifPresent(e -> err.println("error: " + e));
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            Namelink.Builder b = Namelink.builder().matcher(matcher(aliases)).keepChrome(keepChrome)
                    .textAnalyzer(stage.analyzer());
            if (bareCrf) {
                b.mentionFinder(CrfMentionFinder.english3Class()).withoutBuiltInStages();
            }
            if (pool != null) {
                b.executor(pool);
            }
            Namelink namelink = b.build();
            List<org.namelink.pipeline.Article> articles = new ArrayList<>();
            for (ArticleSource s : sources) {
                s.article().ifPresent(articles::add);
            }
            List<AnalyzedOrError> analyzed = namelink.analyzeAll(articles);
            List<AnalyzedOrError> all = new ArrayList<>(sources.size());
            int k = 0;
            for (ArticleSource s : sources) {
                if (s.article().isPresent()) {
                    AnalyzedOrError a = analyzed.get(k++);
                    if (a.error() != null) {
                        err.println("error: " + a.id() + ": " + a.error());
                    }
                    all.add(a);
                } else {
                    all.add(AnalyzedOrError.failed(s.id(), s.error().orElseThrow()));
                }
            }
            return namelink.resolve(all);
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
    }
}
