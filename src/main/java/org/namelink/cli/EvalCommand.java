package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.namelink.evaluation.AidaDocument;
import org.namelink.evaluation.LinkEvaluation;
import org.namelink.kb.KnowledgeBase;
import org.namelink.linking.ContextWords;
import org.namelink.linking.KnowledgeBaseLinker;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import java.util.Optional;
import org.namelink.evaluation.AidaReader;
import org.namelink.evaluation.ClusterErrors;
import org.namelink.evaluation.ConllDocument;
import org.namelink.evaluation.ConllReader;
import org.namelink.evaluation.CorpusEvaluation;
import org.namelink.evaluation.GoldTsvReader;
import org.namelink.evaluation.LabeledMention;
import org.namelink.evaluation.MatchWeightsFit;
import org.namelink.evaluation.NerErrors;
import org.namelink.evaluation.NamePair;
import org.namelink.evaluation.NamePairReader;
import org.namelink.evaluation.PairEvaluation;
import org.namelink.evaluation.PrfScore;
import org.namelink.io.ArticleReader;
import org.namelink.io.ArticleSource;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchModel;
import org.namelink.names.NameMatcher;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores NER (precision, recall, F1; exact and overlapping spans) and resolution "
                + "(B3, MUC, CEAFe, their average, cross-document pairwise) against a gold standard, "
                + "next to plain case-insensitive grouping of the same mentions.",
                "  eval --gold testdata/gold testdata/articles",
                "  eval --conll eng.testa",
                "  eval --aida aida-conll-dev.full.jsonl",
                "  eval --pairs pairs.tsv"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Source {
        @Option(names = "--gold", description = "directory of gold TSV files (testdata/gold format)")
        Path gold;

        @Option(names = "--conll", description = "a CoNLL-2003 file (NER only)")
        Path conll;

        @Option(names = "--aida", description = "an AIDA-CoNLL JSONL file (NER and cross-document identity)")
        Path aida;

        @Option(names = "--pairs", description = "labelled name pairs (TSV: type, name1, name2, label 0/1, source): "
                + "the name matcher alone, with a table by threshold")
        Path pairs;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--text-stage", defaultValue = "corenlp",
            description = "sentences and tokens by corenlp, opennlp or pretokenized (one sentence a line, "
                    + "tokens between spaces: CoNLL's own tokens with --conll) (default: ${DEFAULT-VALUE})")
    CorpusRunner.TextStage textStage;

    @Option(names = "--bare-crf", description = "mentions from the 3-class CRF alone (no patterns, gazetteer or rules)")
    boolean bareCrf;

    @Option(names = "--crf", split = ",", paramLabel = "MODEL", converter = CrfModelConverter.class,
            description = "CRF models in precedence order, in place of all3class: all3class, conll4class, "
            + "muc7class or a model file (train-tagger's tagger.crf.ser.gz) (an ensemble: later models add mentions "
            + "where earlier ones found none)")
    List<CorpusRunner.CrfModel> crfs = new ArrayList<>();

    @Option(names = "--error-kinds", description = "after the scores, the NER errors by gold type and kind: "
            + "boundary (overlapping, same type), type (same span, other type), both (overlapping, other span "
            + "and type), missed (nothing overlapping), spurious (no gold overlapping; by predicted type)")
    boolean errorKinds;

    /** Parses {@code --crf} values. */
    static final class CrfModelConverter implements ITypeConverter<CorpusRunner.CrfModel> {
        @Override
        public CorpusRunner.CrfModel convert(String value) {
            try {
                return CorpusRunner.CrfModel.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Option(names = "--fit-weights", paramLabel = "OUT", description = "with --pairs: fit the name matcher's "
            + "weights on the pairs (logistic regression per type), write them to OUT and report 5-fold "
            + "cross-validated decisions at the matcher's threshold")
    Path fitWeights;

    @Option(names = "--errors", paramLabel = "N", description = "with --gold or --aida: after the scores, the N "
            + "system entities with the most false cross-document pairs and the N gold entities with the most "
            + "missed ones, with the spellings of their pieces")
    int errors;

    @Option(names = "--link-errors", paramLabel = "N", description = "with --aida: after the link scores, the N "
            + "links with the most false cross-document pairs, the N gold ids split over most links, the linked "
            + "mentions by score, and the N entities with the most wrongly linked and out-of-KB mentions with "
            + "their candidates' rule scores")
    int linkErrors;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "with --gold: the articles' files or directories")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (errors < 0) {
            err.println("error: --errors must be at least 0, was " + errors);
            return 2;
        }
        if (errors > 0 && source.gold == null && source.aida == null) {
            err.println("error: --errors needs entity identities: use it with --gold or --aida");
            return 2;
        }
        if (linkErrors < 0 || (linkErrors > 0 && source.aida == null)) {
            err.println("error: --link-errors must be at least 0 and needs --aida, was " + linkErrors);
            return 2;
        }
        if (source.pairs != null) {
            return evaluatePairs(out, err);
        }
        List<ArticleSource> sources = new ArrayList<>();
        List<LabeledMention> gold = new ArrayList<>();
        List<LabeledMention> clusterGold = new ArrayList<>();
        if (source.gold != null) {
            if (paths.isEmpty()) {
                err.println("error: --gold needs the articles' paths too");
                return 2;
            }
            gold.addAll(GoldTsvReader.readDirectory(source.gold));
            clusterGold.addAll(gold);
            sources.addAll(ArticleReader.read(paths, pipeline.baseSettings().maxBytes()));
        } else if (source.conll != null) {
            for (ConllDocument d : ConllReader.read(source.conll)) {
                sources.add(ArticleSource.ok(new Article(d.id(), d.text())));
                gold.addAll(d.mentions());
            }
        } else {
            for (AidaDocument d : AidaReader.read(source.aida)) {
                sources.add(ArticleSource.ok(new Article(d.id(), d.text())));
                gold.addAll(d.mentions());
                // Unlinked mentions have no identity to score a clustering against.
                d.mentions().stream().filter(m -> !m.entity().startsWith("NIL:")).forEach(clusterGold::add);
            }
        }
        // The pipeline links (and its links split and join entities) as extract's does; other thresholds
        // are compared by linking its entities again.
        Optional<KnowledgeBase> kb = source.conll == null ? pipeline.knowledgeBase() : Optional.empty();
        Corpus corpus = CorpusRunner.run(sources, pipeline.baseSettings().withModels(textStage, bareCrf, crfs)
                .withLinker(kb.map(k -> KnowledgeBaseLinker.builder(k).build())), err);
        out.printf("%d documents, %d gold mentions%n", corpus.documents().size(), gold.size());
        out.print(CorpusEvaluation.of(corpus, gold, clusterGold).report());
        if (kb.isPresent() && source.aida != null) {
            out.print(linkReport(corpus, sources, gold, kb.get(), linkErrors));
        }
        if (errorKinds) {
            out.print(NerErrors.of(gold, CorpusEvaluation.predicted(corpus)).report());
        }
        if (errors > 0) {
            Map<String, String> texts = new HashMap<>();
            sources.forEach(s -> s.article().ifPresent(a -> texts.put(a.id(), a.text())));
            ClusterErrors.largest(clusterGold, CorpusEvaluation.predicted(corpus), texts, errors)
                    .forEach(e -> out.println(e.describe()));
        }
        out.flush();
        return 0;
    }

    /** Thresholds compared beside the default one. */
    private static final double[] LINK_THRESHOLDS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** Linking against gold knowledge-base ids: the linker at its threshold and others, and the prior alone. */
    private static String linkReport(Corpus corpus, List<ArticleSource> sources, List<LabeledMention> gold,
                                     KnowledgeBase kb, int linkErrors) {
        Map<String, java.util.Set<String>> words = new HashMap<>();
        sources.forEach(s -> s.article().ifPresent(a -> words.put(a.id(), ContextWords.ofDocument(a.text()))));
        StringBuilder b = new StringBuilder("links (gold mentions with a knowledge-base id; pairs across documents)\n");
        KnowledgeBaseLinker linker = KnowledgeBaseLinker.builder(kb).build();
        b.append(LinkEvaluation.of(corpus, gold, e -> e.link().map(EntityLink::id)).line(
                String.format(Locale.ROOT, "namelink (%.2f)", linker.threshold()))).append('\n');
        Map<String, Optional<String>> prior = new HashMap<>();
        for (Entity e : corpus.entities()) {
            prior.put(e.id(), kb.candidates(e.name(), 1).stream().findFirst().map(c -> c.title()));
        }
        b.append(LinkEvaluation.of(corpus, gold, e -> prior.get(e.id())).line("prior of the name")).append('\n');
        List<Optional<EntityLink>> links = corpus.entities().stream().map(Entity::link).toList();
        b.append(joinedByLinks(corpus, gold, links));
        for (double t : LINK_THRESHOLDS) {
            b.append(linkLine(corpus, gold, KnowledgeBaseLinker.builder(kb).threshold(t).build(), words,
                    String.format(Locale.ROOT, "  threshold %.2f", t))).append('\n');
        }
        if (linkErrors > 0) {
            Map<String, String> texts = new HashMap<>();
            sources.forEach(s -> s.article().ifPresent(a -> texts.put(a.id(), a.text())));
            b.append(LinkErrorReport.of(corpus, gold, links, linker, words, texts, linkErrors));
        }
        return b.toString();
    }

    /**
     * What joining the entities linked to one article with at least a score would do to resolution
     * (issue 23, item 3), measured only: each such entity's mentions labelled with its link.
     */
    private static String joinedByLinks(Corpus corpus, List<LabeledMention> gold, List<Optional<EntityLink>> links) {
        List<LabeledMention> clusterGold = gold.stream()
                .filter(m -> !m.entity().startsWith(LinkEvaluation.OUT_OF_KB)).toList();
        Map<String, Optional<EntityLink>> byId = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            byId.put(corpus.entities().get(i).id(), links.get(i));
        }
        StringBuilder b = new StringBuilder();
        for (double t : new double[] {0.8, 0.9, 0.95}) {
            List<LabeledMention> predicted = new ArrayList<>();
            for (LabeledMention m : org.namelink.evaluation.CorpusEvaluation.predicted(corpus)) {
                Optional<EntityLink> link = byId.getOrDefault(m.entity(), Optional.empty()).filter(l -> l.score() >= t);
                predicted.add(link.isEmpty() ? m
                        : new LabeledMention(m.documentId(), m.span(), m.type(), "link:" + link.get().id()));
            }
            org.namelink.evaluation.PrfScore p = org.namelink.evaluation.ClusterEvaluation.evaluate(clusterGold, predicted)
                    .crossDocumentPairs();
            b.append(String.format(Locale.ROOT, "resolution joined by links >= %.2f: cross-document pairs P %.4f  R %.4f  "
                    + "F1 %.4f%n", t, p.precision(), p.recall(), p.f1()));
        }
        return b.toString();
    }

    private static String linkLine(Corpus corpus, List<LabeledMention> gold, KnowledgeBaseLinker linker,
                                   Map<String, java.util.Set<String>> words, String label) {
        List<Entity> entities = corpus.entities();
        List<Optional<EntityLink>> links = linker.links(entities, words);
        Map<String, Optional<String>> byId = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            byId.put(entities.get(i).id(), links.get(i).map(EntityLink::id));
        }
        return LinkEvaluation.of(corpus, gold, e -> byId.get(e.id())).line(label);
    }

    private int evaluatePairs(PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(source.pairs)) {
            err.println("error: --pairs " + source.pairs + " is not a readable file");
            return 2;
        }
        List<NamePair> pairs;
        try {
            pairs = NamePairReader.read(source.pairs);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        NameMatcher matcher = CorpusRunner.matcher(pipeline.baseSettings().aliases().orElse(null));
        if (fitWeights != null) {
            // Written to a temporary file and moved onto OUT at the end, never over the pairs or the alias file.
            Map<Path, String> kept = new HashMap<>();
            pipeline.settings().aliases().ifPresent(a -> kept.put(a, "the alias file"));
            Optional<OutputFile> opened = OutputFile.open("--fit-weights", fitWeights, List.of(source.pairs), kept, err);
            if (opened.isEmpty()) {
                return 2;
            }
            try (OutputFile target = opened.get()) {
                Map<EntityType, double[]> weights = MatchWeightsFit.fit(pairs, matcher);
                MatchModel.write(weights, "Weights of the name matcher's logistic regression, per type (MatchModel).\n"
                        + "Fitted by: java -jar target/namelink.jar eval --pairs PAIRS --fit-weights OUT\n"
                        + "on " + pairs.size() + " labelled pairs, L2 penalty " + MatchWeightsFit.LAMBDA + ".",
                        target.writer());
                target.commit();
            }
            PrfScore cv = MatchWeightsFit.crossValidate(pairs, matcher, 5);
            out.printf(Locale.ROOT, "wrote %s; 5-fold cross-validated at %.2f: P %.3f R %.3f F1 %.3f%n", fitWeights,
                    matcher.threshold(), cv.precision(), cv.recall(), cv.f1());
            return 0;
        }
        out.print(PairEvaluation.of(pairs, matcher).report());
        out.flush();
        return 0;
    }
}
