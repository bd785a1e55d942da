package org.namelink.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.resolution.Entity;

/**
 * Scores entity links against gold mentions labelled with knowledge-base ids (AIDA's Wikidata ids):
 * which mentions share a link is compared with which share a gold id, so titles and ids need not
 * agree. Predicted mentions are aligned to gold mentions by exact document and span, as
 * {@link ClusterEvaluation} aligns them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param linkable gold mentions with an id (not out of the knowledge base)
 * @param linked of those, the ones whose predicted mention has a link
 * @param pairs cross-document pairs of linkable gold mentions: predicted, pairs whose mentions have one
 *     link; gold, pairs with one gold id; true positives, both
 * @param outOfKb gold mentions out of the knowledge base ({@code NIL:} labels)
 * @param outOfKbLinked of those, the ones whose predicted mention has a link
 */
public record LinkEvaluation(int linkable, int linked, PrfScore pairs, int outOfKb, int outOfKbLinked) {

    /** The prefix of gold labels out of the knowledge base (AIDA's {@code <NIL>}). */
    public static final String OUT_OF_KB = "NIL:";

    public LinkEvaluation {
        Objects.requireNonNull(pairs, "pairs");
    }

    /**
     * Scores the links that {@code linkOf} gives the corpus's entities.
     *
     * @param gold every gold mention, those out of the knowledge base labelled {@value #OUT_OF_KB}...
     */
    public static LinkEvaluation of(Corpus corpus, List<LabeledMention> gold, Function<Entity, Optional<String>> linkOf) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(linkOf, "linkOf");
        Map<String, Optional<String>> links = new HashMap<>();
        for (Entity e : corpus.entities()) {
            links.put(e.id(), linkOf.apply(e));
        }
        Map<String, String> byMention = new HashMap<>();
        List<LabeledMention> predicted = new ArrayList<>();
        for (ProcessedDocument d : corpus.documents()) {
            for (ResolvedMention m : d.mentions()) {
                String key = d.id() + "\u0000" + m.span();
                Optional<String> link = links.getOrDefault(m.entity(), Optional.empty());
                link.ifPresent(l -> byMention.put(key, l));
                // An unlinked mention is its own cluster: it shares a link with none.
                predicted.add(new LabeledMention(d.id(), m.span(), m.type(), link.map(l -> "link:" + l)
                        .orElse("none:" + key)));
            }
        }
        List<LabeledMention> linkable = new ArrayList<>();
        int linked = 0;
        int outOfKb = 0;
        int outOfKbLinked = 0;
        for (LabeledMention g : gold) {
            boolean hasLink = byMention.containsKey(g.documentId() + "\u0000" + g.span());
            if (g.entity().startsWith(OUT_OF_KB)) {
                outOfKb++;
                outOfKbLinked += hasLink ? 1 : 0;
            } else {
                linkable.add(g);
                linked += hasLink ? 1 : 0;
            }
        }
        PrfScore pairs = ClusterEvaluation.evaluate(linkable, predicted).crossDocumentPairs();
        return new LinkEvaluation(linkable.size(), linked, pairs, outOfKb, outOfKbLinked);
    }

    public double coverage() {
        return linkable == 0 ? 0 : (double) linked / linkable;
    }

    public double outOfKbLinkedShare() {
        return outOfKb == 0 ? 0 : (double) outOfKbLinked / outOfKb;
    }

    /** One line: pairs, coverage and out-of-KB mentions linked. */
    public String line(String label) {
        return String.format(Locale.ROOT, "%-22s pairs P %.4f  R %.4f  F1 %.4f  coverage %.4f (%d of %d)  "
                        + "out-of-KB linked %.4f (%d of %d)",
                label, pairs.precision(), pairs.recall(), pairs.f1(), coverage(), linked, linkable,
                outOfKbLinkedShare(), outOfKbLinked, outOfKb);
    }
}
