package org.namelink.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.namelink.resolution.BatchGroup.Node;
import org.namelink.resolution.plan.Clusters;
import org.namelink.resolution.plan.PriorNames;
import org.namelink.resolution.plan.ResolutionPlan.Found;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.ShortForms;

/**
 * Step 7 of the {@link ResolutionPlan} in memory, short forms: once the clusters are final, each
 * short form's mentions in each document join the one cluster that fits ({@link ShortForms#choose}).
 *
 * <p>Mutable state of one resolve call; confined to the calling thread.
 */
final class InMemoryShortForms {

    private final PriorNames prior;
    private final List<BatchGroup> groupList;
    private final Clusters clusters;
    private final Map<Integer, Set<Long>> entitiesByRoot;
    private final Map<Node, Integer> shortAssignment;
    private final Map<Node, MergeReason> shortReasons;
    private final Map<Integer, Integer> rootMentionCounts = new HashMap<>();
    private Map<Integer, List<BatchGroup>> members;

    /**
     * @param shortAssignment filled with the cluster root each resolved node joins
     * @param shortReasons filled with why
     */
    InMemoryShortForms(PriorNames prior, List<BatchGroup> groupList, Clusters clusters,
                       Map<Integer, Set<Long>> entitiesByRoot, Map<Node, Integer> shortAssignment,
                       Map<Node, MergeReason> shortReasons) {
        this.prior = prior;
        this.groupList = groupList;
        this.clusters = clusters;
        this.entitiesByRoot = entitiesByRoot;
        this.shortAssignment = shortAssignment;
        this.shortReasons = shortReasons;
    }

    /**
     * Assigns each short form's nodes the one cluster that fits them, where one does.
     *
     * @param shortForms the short forms with mentions in the batch
     * @param longForms the long forms each fits ({@link ResolutionPlan#shortFormFits}), in their order
     */
    void choose(List<BatchGroup> shortForms, List<List<Found<BatchGroup>>> longForms) {
        for (int i = 0; i < shortForms.size(); i++) {
            BatchGroup g = shortForms.get(i);
            List<ShortForms.ClusterFit<BatchGroup>> fitting =
                    ShortForms.fitsByCluster(longForms.get(i), h -> clusters.find(h.id));
            if (fitting.isEmpty()) {
                continue;
            }
            for (Node node : g.nodesByDoc.values()) {
                List<ShortForms.Fit> fits = new ArrayList<>(fitting.size());
                for (ShortForms.ClusterFit<BatchGroup> c : fitting) {
                    int root = (int) c.root();
                    fits.add(new ShortForms.Fit(inDocument(root, node.doc), rootMentionCount(root), c.writtenAlike()));
                }
                OptionalInt chosen = ShortForms.choose(g.type(), g.mentionTotal, fits);
                if (chosen.isPresent()) {
                    ShortForms.ClusterFit<BatchGroup> c = fitting.get(chosen.getAsInt());
                    shortAssignment.put(node, (int) c.root());
                    shortReasons.put(node, new MergeReason(g.representative(), c.match().rule(),
                            c.longForm().representative(), c.match().score()));
                }
            }
        }
    }

    /**
     * Mentions of the entity rooted at {@code root}, counted once per root (roots are final here):
     * of its new full-name groups, and of its prior entities with their groups' mentions in this batch.
     */
    private int rootMentionCount(int root) {
        return rootMentionCounts.computeIfAbsent(root, r -> {
            int n = 0;
            for (BatchGroup h : rootMembers().getOrDefault(r, List.of())) {
                n += h.isPrior() ? h.mentionTotal - h.prior.mentions() : h.mentionTotal;
            }
            for (long entity : entitiesByRoot.getOrDefault(r, Set.of())) {
                n += prior.entityMentions(entity);
            }
            return n;
        });
    }

    /** Whether the entity rooted at {@code root} has a non-short mention in document {@code doc}. */
    private boolean inDocument(int root, int doc) {
        for (BatchGroup h : rootMembers().getOrDefault(root, List.of())) {
            if (h.nodesByDoc.containsKey(doc)) {
                return true;
            }
        }
        return false;
    }

    private Map<Integer, List<BatchGroup>> rootMembers() {
        if (members == null) {
            members = new HashMap<>();
            for (BatchGroup g : groupList) {
                if (!g.shortForm) {
                    members.computeIfAbsent(clusters.find(g.id), k -> new ArrayList<>()).add(g);
                }
            }
        }
        return members;
    }
}
