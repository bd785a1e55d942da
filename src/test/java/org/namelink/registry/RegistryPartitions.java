package org.namelink.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.namelink.evaluation.ClusterEvaluation;
import org.namelink.evaluation.ClusterReport;
import org.namelink.evaluation.LabeledMention;
import org.namelink.mentions.Mention;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;

/** Labels mentions by entity, to compare the partitions of a registry's batches and one resolution. */
final class RegistryPartitions {

    private RegistryPartitions() {
    }

    /** Each mention labelled by its entity in a one-batch resolution. */
    static List<LabeledMention> labels(List<ResolverDocument> docs, Resolution r) {
        List<LabeledMention> labels = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            List<Mention> mentions = docs.get(d).mentions();
            for (int i = 0; i < mentions.size(); i++) {
                labels.add(new LabeledMention(docs.get(d).id(), mentions.get(i).span(), mentions.get(i).type(),
                        r.mentionEntityIds().get(d).get(i)));
            }
        }
        return labels;
    }

    /** Adds the documents in {@code batches} batches of about equal size ({@link #addBatches}). */
    static List<LabeledMention> addInBatches(EntityRegistry registry, org.namelink.resolution.EntityResolver resolver,
                                             List<ResolverDocument> docs, int batches) {
        List<List<ResolverDocument>> split = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            split.add(docs.subList(docs.size() * b / batches, docs.size() * (b + 1) / batches));
        }
        return addBatches(registry, resolver, split);
    }

    /** Adds the batches in order; each mention labelled by the current entity of the id it got. */
    static List<LabeledMention> addBatches(EntityRegistry registry, org.namelink.resolution.EntityResolver resolver,
                                           List<List<ResolverDocument>> batches) {
        List<LabeledMention> labels = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        List<String[]> assigned = new ArrayList<>();
        List<Mention> mentionOf = new ArrayList<>();
        for (List<ResolverDocument> batch : batches) {
            RegisteredBatch added = registry.add(batch, resolver);
            Map<String, String> byBatchId = new HashMap<>();
            for (int e = 0; e < added.registryIds().size(); e++) {
                byBatchId.put(added.resolution().entities().get(e).id(), added.registryIds().get(e));
            }
            for (int d = 0; d < batch.size(); d++) {
                List<Mention> mentions = batch.get(d).mentions();
                for (int i = 0; i < mentions.size(); i++) {
                    assigned.add(new String[] {batch.get(d).id(),
                            byBatchId.get(added.resolution().mentionEntityIds().get(d).get(i))});
                    mentionOf.add(mentions.get(i));
                }
            }
        }
        for (int k = 0; k < assigned.size(); k++) {
            String id = current.computeIfAbsent(assigned.get(k)[1], x -> registry.current(x).get(0).id());
            labels.add(new LabeledMention(assigned.get(k)[0], mentionOf.get(k).span(), mentionOf.get(k).type(), id));
        }
        return labels;
    }

    static ClusterReport agreement(List<LabeledMention> oneBatch, List<LabeledMention> batches) {
        return ClusterEvaluation.evaluate(oneBatch, batches);
    }
}
