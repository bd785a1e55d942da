package org.namelink.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameForm;
import org.namelink.resolution.plan.CandidateBlocks;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.Naming;
import org.namelink.resolution.plan.PriorName;
import org.namelink.resolution.plan.ResolutionPlan;

/**
 * A name group with its mentions in one in-memory resolution ({@link CorpusResolution}): the
 * in-memory executor's {@link ResolutionPlan.Candidate}, with what the steps find out about it.
 *
 * <p>Mutable; confined to the resolution's thread, read (never changed) by its parallel decisions.
 */
final class BatchGroup implements ResolutionPlan.Candidate {

    /** One name in one document. */
    static final class Node {
        final int doc;
        final BatchGroup group;
        final List<MentionRef> mentions = new ArrayList<>();

        Node(int doc, BatchGroup group) {
            this.doc = doc;
            this.group = group;
        }
    }

    /** Position in the resolution's group list: prior groups first, oldest first, then new ones in order of first mention. */
    int id;
    final NameGroup name;
    final List<String> blockingKeys;
    /** The prior group it continues; null for a group new in this batch. */
    final PriorName prior;
    final Map<Integer, Node> nodesByDoc = new LinkedHashMap<>();
    final Map<String, Integer> displays = new LinkedHashMap<>();
    boolean shortForm;
    int mentionTotal;
    /** The blocking key whose block holds its candidates; null when it is not blocked. */
    String candidateKey;
    int candidateCount;
    List<BatchGroup> priorCandidates = List.of();
    /** Whether its long forms were looked up among the prior names (acronyms only). */
    boolean acronymLookedUp;
    /** {@link #searchesSpellings} once fixed: 1 or -1; 0 while it is worked out on each call. */
    private byte searches;

    BatchGroup(NameGroup name, ResolutionPlan plan, PriorName prior) {
        this.name = name;
        this.blockingKeys = plan.blockingKeys(name);
        this.prior = prior;
        if (prior != null) {
            shortForm = prior.shortForm();
            mentionTotal = prior.mentions();
        }
    }

    int size() {
        return name.size();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public NameGroup name() {
        return name;
    }

    @Override
    public List<String> blockingKeys() {
        return blockingKeys;
    }

    @Override
    public Optional<String> candidateKey() {
        return Optional.ofNullable(candidateKey);
    }

    @Override
    public boolean searchesSpellings() {
        return searches != 0 ? searches > 0 : inBatch() && CandidateBlocks.isBlocked(form()) && !shortForm
                && ResolutionPlan.searchesSpellings(candidateCount);
    }

    /**
     * Fixes {@link #searchesSpellings} once what it depends on is known (its mentions, its block,
     * whether it is a short form): step 4 asks it for every pair of a block.
     */
    void fixSearchesSpellings() {
        searches = 0;
        searches = (byte) (searchesSpellings() ? 1 : -1);
    }

    EntityType type() {
        return name.type();
    }

    NameForm form() {
        return name.form();
    }

    @Override
    public boolean isPrior() {
        return prior != null;
    }

    /** Whether it has mentions in this batch. */
    boolean inBatch() {
        return !nodesByDoc.isEmpty();
    }

    /** Its most frequent spelling, the first of equals. */
    String representative() {
        if (prior != null) {
            return prior.display();
        }
        return batchRepresentative();
    }

    /** Its most frequent spelling in this batch, the first of equals ({@link Naming#mostFrequent}). */
    String batchRepresentative() {
        return Naming.mostFrequent(displays.entrySet(), Map.Entry::getValue).map(Map.Entry::getKey)
                .orElse(name.form().display());
    }
}
