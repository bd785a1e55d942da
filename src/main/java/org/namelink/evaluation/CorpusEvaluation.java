package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.ResolvedMention;

/**
 * Scores a processed {@link Corpus} against gold mentions: NER and clustering, and the same
 * clustering baseline as plain case-insensitive grouping of the same mentions (type plus
 * surface without case or punctuation), so that resolution is judged on equal NER.
 *
 * <p>Immutable and thread-safe.
 */
public record CorpusEvaluation(NerReport ner, ClusterReport clusters, ClusterReport baselineClusters) {

    public CorpusEvaluation {
        Objects.requireNonNull(ner, "ner");
        Objects.requireNonNull(clusters, "clusters");
        Objects.requireNonNull(baselineClusters, "baselineClusters");
    }

    /**
     * @param gold gold mentions for NER (all of them)
     * @param clusterGold gold mentions whose entity labels are real identities (NIL ones left out)
     */
    public static CorpusEvaluation of(Corpus corpus, List<LabeledMention> gold, List<LabeledMention> clusterGold) {
        List<LabeledMention> predicted = predicted(corpus);
        List<LabeledMention> baseline = new ArrayList<>();
        for (ProcessedDocument d : corpus.documents()) {
            for (ResolvedMention m : d.mentions()) {
                baseline.add(new LabeledMention(d.id(), m.span(), m.type(), m.type() + ":" + caseless(m.text())));
            }
        }
        return new CorpusEvaluation(NerEvaluation.evaluate(gold, predicted),
                ClusterEvaluation.evaluate(clusterGold, predicted),
                ClusterEvaluation.evaluate(clusterGold, baseline));
    }

    /** The corpus's mentions, each labelled with its entity's id. */
    public static List<LabeledMention> predicted(Corpus corpus) {
        Objects.requireNonNull(corpus, "corpus must not be null");
        List<LabeledMention> predicted = new ArrayList<>();
        for (ProcessedDocument d : corpus.documents()) {
            for (ResolvedMention m : d.mentions()) {
                predicted.add(new LabeledMention(d.id(), m.span(), m.type(), m.entity()));
            }
        }
        return predicted;
    }

    /** Case- and punctuation-free form: US = U.S., BAGHDAD = Baghdad. */
    static String caseless(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            } else if (Character.isWhitespace(c) && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** A plain-text report. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "NER exact    %s%n", prf(ner.exact())));
        b.append(String.format(Locale.ROOT, "NER overlap  %s%n", prf(ner.overlap())));
        ner.exactByType().forEach((t, s) -> b.append(String.format(Locale.ROOT, "  %-13s %s%n", t, prf(s))));
        if (clusters.mentions() > 0) {
            b.append(clusterLines("namelink", clusters));
            b.append(clusterLines("caseless baseline", baselineClusters));
        }
        return b.toString();
    }

    private static String clusterLines(String label, ClusterReport r) {
        return String.format(Locale.ROOT,
                "clusters (%s, %d gold mentions)%n  B3     %s%n  MUC    %s%n  CEAFe  %s%n  CoNLL average F1 %.4f%n"
                        + "  cross-document pairs %s%n",
                label, r.mentions(), prf(r.bCubed()), prf(r.muc()), prf(r.ceafE()), r.conllAverageF1(),
                prf(r.crossDocumentPairs()));
    }

    private static String prf(PrfScore s) {
        return String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (tp %d, predicted %d, gold %d)",
                s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold());
    }

    private static String prf(ClusterReport.Prf s) {
        return String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f", s.precision(), s.recall(), s.f1());
    }
}
