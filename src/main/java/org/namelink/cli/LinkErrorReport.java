package org.namelink.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.namelink.evaluation.ClusterErrors;
import org.namelink.evaluation.LabeledMention;
import org.namelink.evaluation.LinkEvaluation;
import org.namelink.linking.KnowledgeBaseLinker;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;

/**
 * {@code eval --aida --link-errors N}: where the linker's errors come from. The links with the most
 * false cross-document pairs (one title, several gold ids) and the gold ids split over several
 * titles; the linked mentions by score, how many are out of the knowledge base and how many agree
 * with the gold id their title mostly has (so that a threshold can be read off); and the entities
 * with the most out-of-KB mentions linked, each with its candidates' rule scores
 * ({@link KnowledgeBaseLinker#explain}).
 *
 * <p>Stateless and thread-safe.
 */
final class LinkErrorReport {

    private LinkErrorReport() {
    }

    static String of(Corpus corpus, List<LabeledMention> gold, List<Optional<EntityLink>> links,
                     KnowledgeBaseLinker linker, Map<String, Set<String>> words, Map<String, String> texts, int limit) {
        Map<String, Entity> entities = new HashMap<>();
        Map<String, Optional<EntityLink>> linkOf = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            Entity e = corpus.entities().get(i);
            entities.put(e.id(), e);
            linkOf.put(e.id(), links.get(i));
        }
        Map<String, String> entityAt = new HashMap<>();
        List<LabeledMention> predicted = new ArrayList<>();
        for (ProcessedDocument d : corpus.documents()) {
            for (ResolvedMention m : d.mentions()) {
                String key = d.id() + "\u0000" + m.span();
                entityAt.put(key, m.entity());
                Optional<EntityLink> l = linkOf.getOrDefault(m.entity(), Optional.empty());
                predicted.add(new LabeledMention(d.id(), m.span(), m.type(),
                        l.map(x -> "link:" + x.id()).orElse("none:" + key)));
            }
        }
        StringBuilder b = new StringBuilder("link errors (the linker at its threshold)\n");
        List<LabeledMention> linkable = gold.stream().filter(m -> !m.entity().startsWith(LinkEvaluation.OUT_OF_KB))
                .toList();
        ClusterErrors.largest(linkable, predicted, texts, limit).forEach(e -> b.append(e.describe()).append('\n'));

        // Each title's gold id: the one most of its linkable mentions have.
        Map<String, Map<String, Integer>> idsByTitle = new HashMap<>();
        for (LabeledMention g : linkable) {
            linkAt(g, entityAt, linkOf).ifPresent(l -> idsByTitle.computeIfAbsent(l.id(), k -> new HashMap<>())
                    .merge(g.entity(), 1, Integer::sum));
        }
        Map<String, String> idOfTitle = new HashMap<>();
        idsByTitle.forEach((t, ids) -> idOfTitle.put(t, ids.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        int bins = 10;
        int[] agree = new int[bins];
        int[] disagree = new int[bins];
        int[] nil = new int[bins];
        Map<String, Integer> nilByEntity = new HashMap<>();
        Map<String, Integer> wrongByEntity = new HashMap<>();
        for (LabeledMention g : gold) {
            Optional<EntityLink> l = linkAt(g, entityAt, linkOf);
            if (l.isEmpty()) {
                continue;
            }
            int bin = Math.min(bins - 1, (int) (l.get().score() * bins));
            if (g.entity().startsWith(LinkEvaluation.OUT_OF_KB)) {
                nil[bin]++;
                nilByEntity.merge(entityAt.get(g.documentId() + "\u0000" + g.span()), 1, Integer::sum);
            } else if (g.entity().equals(idOfTitle.get(l.get().id()))) {
                agree[bin]++;
            } else {
                disagree[bin]++;
                wrongByEntity.merge(entityAt.get(g.documentId() + "\u0000" + g.span()), 1, Integer::sum);
            }
        }
        b.append("linked gold mentions by score: agreeing with their title's usual id / other id / out of KB\n");
        for (int i = 0; i < bins; i++) {
            if (agree[i] + disagree[i] + nil[i] > 0) {
                b.append(String.format(Locale.ROOT, "  [%.1f, %.1f)  %5d  %5d  %5d%n", i / 10.0, (i + 1) / 10.0,
                        agree[i], disagree[i], nil[i]));
            }
        }
        explained(b, "entities with the most mentions whose id is not their title's usual one", wrongByEntity,
                entities, linkOf, linker, words, limit);
        explained(b, "entities with the most out-of-KB mentions linked", nilByEntity, entities, linkOf, linker, words,
                limit);
        return b.toString();
    }

    private static void explained(StringBuilder b, String heading, Map<String, Integer> counts,
                                  Map<String, Entity> entities, Map<String, Optional<EntityLink>> linkOf,
                                  KnowledgeBaseLinker linker, Map<String, Set<String>> words, int limit) {
        b.append(heading).append('\n');
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(limit).forEach(en -> {
            Entity e = entities.get(en.getKey());
            b.append(String.format(Locale.ROOT, "  %s %s '%s' %d of %d mentions, variants %s -> %s%n",
                    e.id(), e.type(), e.name(), en.getValue(), e.mentionCount(), e.variants(),
                    linkOf.get(e.id()).map(EntityLink::toString).orElse("-")));
            linker.explain(e, words).forEach(line -> b.append("      ").append(line).append('\n'));
        });
    }

    private static Optional<EntityLink> linkAt(LabeledMention g, Map<String, String> entityAt,
                                               Map<String, Optional<EntityLink>> linkOf) {
        String entity = entityAt.get(g.documentId() + "\u0000" + g.span());
        return entity == null ? Optional.empty() : linkOf.getOrDefault(entity, Optional.empty());
    }
}
