package org.namelink.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.NameForm;
import org.namelink.resolution.plan.PriorNames;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.TypeVotes;

/**
 * Step 1 of the {@link ResolutionPlan} in memory, type votes: each mention's type by its
 * document's vote, then by the vote over the batch and the prior batches ({@link TypeVotes}).
 *
 * <p>Stateless; thread-safe.
 */
final class InMemoryTypeVotes {

    /**
     * The batch's mentions typed.
     *
     * @param forms for each document, for each mention, its name analysed as tagged
     * @param types for each document, for each mention, its voted type
     * @param batchVotes the batch's type votes per name key
     * @param corpusVotes the type votes per name key over the batch and the prior batches
     */
    record Typed(List<List<NameForm>> forms, List<List<EntityType>> types, Map<String, int[]> batchVotes,
                 Map<String, int[]> corpusVotes) {
    }

    private InMemoryTypeVotes() {
    }

    /**
     * @param form a name as written, analysed as a type (the resolution's cache)
     */
    static Typed vote(List<ResolverDocument> docs, PriorNames prior, BiFunction<String, EntityType, NameForm> form) {
        List<List<NameForm>> forms = new ArrayList<>();
        List<List<EntityType>> types = new ArrayList<>();
        Map<String, int[]> batchVotes = new HashMap<>();
        for (ResolverDocument d : docs) {
            List<NameForm> f = new ArrayList<>(d.mentions().size());
            for (Mention m : d.mentions()) {
                f.add(form.apply(m.text(), m.type()));
            }
            List<EntityType> t = TypeVotes.documentTypes(d.mentions(), f);
            TypeVotes.count(f, t, batchVotes);
            forms.add(f);
            types.add(t);
        }
        Map<String, int[]> votes = batchVotes;
        if (prior != PriorNames.NONE) {
            votes = new HashMap<>();
            for (Map.Entry<String, int[]> e : batchVotes.entrySet()) {
                int[] sum = prior.typeVotes(e.getKey()).clone();
                for (int t = 0; t < sum.length; t++) {
                    sum[t] += e.getValue()[t];
                }
                votes.put(e.getKey(), sum);
            }
        }
        for (int d = 0; d < docs.size(); d++) {
            TypeVotes.applyCorpusVote(docs.get(d).mentions(), forms.get(d), types.get(d), votes);
        }
        return new Typed(forms, types, batchVotes, votes);
    }
}
