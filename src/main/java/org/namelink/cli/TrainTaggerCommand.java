package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.evaluation.ConllDocument;
import org.namelink.evaluation.ConllReader;
import org.namelink.evaluation.CorpusEvaluation;
import org.namelink.evaluation.LabeledMention;
import org.namelink.evaluation.NerErrors;
import org.namelink.io.ArticleSource;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import org.namelink.training.TaggerFeature;
import org.namelink.training.TaggerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-tagger", mixinStandardHelpOptions = true,
        description = {"Trains a CRF tagger (CoreNLP's, with the shipped CoNLL model's features and the chosen "
                + "extra ones) on a CoNLL-2003 file, writes it to DIR/" + TaggerTraining.MODEL_FILE
                + " and scores the whole pipeline with it on the development file, as eval --conll --crf does. "
                + "No random draws: the same input should give the same model. About 40 minutes and a 6 GB heap (-Xmx6g) on CoNLL's training split "
                + "on two shared cores.",
                "  train-tagger --train eng.train --dev eng.testa --out tagger --features distsim"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:trained (and scored)", "2:usage error (a missing file, a bad option)",
                "3:training failed (a malformed file, the disk full)"})
final class TrainTaggerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "a CoNLL-2003 file to train on")
    Path train;

    @Option(names = "--dev", paramLabel = "FILE", description = "a CoNLL-2003 file to score the pipeline on after")
    Path dev;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the model goes")
    Path out;

    @Option(names = "--features", split = ",", paramLabel = "FEATURE", description = "features on top of the "
            + "shipped CoNLL model's: distsim (its word clusters) (default: none)")
    List<String> features = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EnumSet<TaggerFeature> chosen = EnumSet.noneOf(TaggerFeature.class);
        for (String f : features) {
            try {
                chosen.add(TaggerFeature.valueOf(f.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                err.println("error: --features must be among distsim, was '" + f + "'");
                return 2;
            }
        }
        TaggerTraining training;
        try {
            training = TaggerTraining.builder().train(train).out(this.out).features(chosen).build();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (dev != null && !java.nio.file.Files.isRegularFile(dev)) {
            err.println("error: --dev must be a CoNLL-2003 file, was '" + dev + "'");
            return 2;
        }
        TaggerTraining.Result r = training.run();
        out.printf(Locale.ROOT, "trained %s on %d sentences, %d tokens; features %s%n", r.model(), r.sentences(),
                r.tokens(), chosen);
        out.printf(Locale.ROOT, "training: %.1f min wall, %.1f min CPU, peak heap %.2f GB%n",
                r.wallTime().toMillis() / 60000.0, r.cpuTime().toMillis() / 60000.0, r.peakHeapBytes() / 1e9);
        out.flush();
        if (dev != null) {
            score(out, err, r.model());
        }
        return 0;
    }

    /** The pipeline with the trained model in place of the 3-class one, scored as eval --conll scores it. */
    private void score(PrintWriter out, PrintWriter err, Path model) throws IOException {
        List<ArticleSource> sources = new ArrayList<>();
        List<LabeledMention> gold = new ArrayList<>();
        for (ConllDocument d : ConllReader.read(dev)) {
            sources.add(ArticleSource.ok(new Article(d.id(), d.text())));
            gold.addAll(d.mentions());
        }
        CorpusRunner.Settings settings = CorpusRunner.Settings.defaults().withModels(CorpusRunner.TextStage.corenlp,
                false, List.of(CorpusRunner.CrfModel.parse(model.toString())));
        Corpus corpus = CorpusRunner.run(sources, settings, err);
        out.printf("%s: %d documents, %d gold mentions%n", dev, corpus.documents().size(), gold.size());
        out.print(CorpusEvaluation.of(corpus, gold, List.of()).report());
        out.print(NerErrors.of(gold, CorpusEvaluation.predicted(corpus)).report());
        out.flush();
    }
}
