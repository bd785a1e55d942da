package org.namelink.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.namelink.io.ArticleReader;
import org.namelink.mentions.CombinedMentionFinder;
import org.namelink.mentions.CrfMentionFinder;
import org.namelink.mentions.GazetteerMentionFinder;
import org.namelink.mentions.MentionFinder;
import org.namelink.mentions.PatternMentionFinder;
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
        return run(sources, aliases, keepChrome, threads, stage, false, List.of(), err);
    }

    /** CoreNLP's CRF models by short name, for {@code --crf}. */
    enum CrfModel {
        all3class(CrfMentionFinder.ENGLISH_3CLASS), conll4class(CrfMentionFinder.ENGLISH_CONLL_4CLASS),
        muc7class(CrfMentionFinder.ENGLISH_MUC_7CLASS);

        final String resource;

        CrfModel(String resource) {
            this.resource = resource;
        }
    }

    /** The default finder with these CRFs (in precedence order) in place of the 3-class one. */
    static MentionFinder finderWith(List<CrfModel> crfs) {
        List<MentionFinder> finders = new ArrayList<>();
        for (CrfModel m : crfs) {
            finders.add(CrfMentionFinder.load(m.resource, "crf-" + m.name()));
        }
        finders.add(PatternMentionFinder.create());
        finders.add(GazetteerMentionFinder.defaults());
        return CombinedMentionFinder.of(finders);
    }

    /** With {@code bareCrf}, mentions are the 3-class CRF's alone, unrefined: the baseline tagger. */
    static Corpus run(List<ArticleSource> sources, Path aliases, boolean keepChrome, int threads, TextStage stage,
                      boolean bareCrf, List<CrfModel> crfs, PrintWriter err) {
        for (ArticleSource s : sources) {
            s.error().ifPresent(e -> err.println("error: " + e));
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            Namelink.Builder b = Namelink.builder().matcher(matcher(aliases)).keepChrome(keepChrome)
                    .textAnalyzer(stage.analyzer());
            if (bareCrf) {
                b.mentionFinder(CrfMentionFinder.english3Class()).withoutBuiltInStages();
            } else if (!crfs.isEmpty()) {
                b.mentionFinder(finderWith(crfs));
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
                    a.error().ifPresent(e -> err.println("error: " + a.id() + ": " + e));
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
