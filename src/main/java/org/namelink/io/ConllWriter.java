package org.namelink.io;

import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import com.google.common.collect.TreeRangeMap;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.namelink.mentions.EntityType;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Sentence;
import org.namelink.text.Token;

/**
 * Writes a corpus as CoNLL-style token tags: one token a line, {@code token<TAB>tag}, the tag in
 * BIO ({@code B-PER}, {@code I-PER}, {@code B-LOC}, {@code I-LOC}, {@code B-ORG}, {@code I-ORG},
 * {@code O}) from each mention's resolved type, a blank line after each sentence, and before each
 * document a line {@code -DOCSTART-<TAB>O<TAB>id} and a blank line (as in CoNLL-2003, with the
 * document's id as a third column). White space inside a token is written as {@code _}. A document
 * that failed has its {@code -DOCSTART-} line and nothing else.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConllWriter {

    /**
     * @param sentences each document's sentences and tokens by id (empty for a failed document)
     */
    public void write(Corpus corpus, Function<String, Optional<AnalyzedText>> sentences, PrintWriter out) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(out, "out");
        for (ProcessedDocument d : corpus.documents()) {
            out.print("-DOCSTART-\tO\t" + d.id() + "\n\n");
            Optional<AnalyzedText> analysis = d.failed() ? Optional.empty() : sentences.apply(d.id());
            if (analysis.isEmpty()) {
                continue;
            }
            RangeMap<Integer, ResolvedMention> mentions = TreeRangeMap.create();
            for (ResolvedMention m : d.mentions()) {
                mentions.put(Range.closedOpen(m.start(), m.end()), m);
            }
            for (Sentence s : analysis.get().sentences()) {
                ResolvedMention previous = null;
                for (Token t : s.tokens()) {
                    Map<Range<Integer>, ResolvedMention> covering =
                            mentions.subRangeMap(Range.closedOpen(t.start(), t.end())).asMapOfRanges();
                    ResolvedMention m = t.start() == t.end() || covering.isEmpty() ? null
                            : covering.values().iterator().next();
                    String tag = m == null ? "O" : (m == previous ? "I-" : "B-") + shortName(m.type());
                    out.print(t.text().replaceAll("\\s", "_") + "\t" + tag + "\n");
                    previous = m;
                }
                out.print("\n");
            }
        }
        out.flush();
    }

    private static String shortName(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case LOCATION -> "LOC";
            case ORGANIZATION -> "ORG";
        };
    }
}
