package org.namelink.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.EntityType;
import org.namelink.names.AliasTable;
import org.namelink.names.NameForm;
import org.namelink.resolution.plan.AcronymKeys;
import org.namelink.resolution.plan.CandidateBlocks;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.PriorName;
import org.namelink.resolution.plan.PriorNames;
import org.namelink.resolution.plan.ResolutionPlan;
import org.namelink.resolution.plan.TypeVotes;

/**
 * The registry's incremental path of an in-memory resolution ({@link CorpusResolution}): the prior
 * names ({@link PriorNames}) a batch's decisions may meet, looked up before any decision and made
 * into groups of the resolution's workspace, as extra members of their blocks. With
 * {@link PriorNames#NONE} (a whole corpus) it finds none.
 *
 * <p>Mutable state of one resolve call; confined to the calling thread.
 */
final class PriorLookup {

    private final PriorNames prior;
    private final ResolutionPlan plan;
    private final AliasTable aliases;
    /** A name as written, analysed as a type (the resolution's cache). */
    private final BiFunction<String, EntityType, NameForm> form;
    /** Every group of the workspace by group key, shared with the resolution. */
    private final Map<String, BatchGroup> groups;
    private final Map<Long, BatchGroup> priorGroups = new HashMap<>();
    private final Map<String, List<BatchGroup>> priorBlocks = new HashMap<>();
    private final Map<String, List<BatchGroup>> priorLongForms = new HashMap<>();
    /** The prior groups the vote over both batches makes one name with a batch group. */
    private final List<Retyped> retyped = new ArrayList<>();

    PriorLookup(PriorNames prior, ResolutionPlan plan, AliasTable aliases,
                BiFunction<String, EntityType, NameForm> form, Map<String, BatchGroup> groups) {
        this.prior = prior;
        this.plan = plan;
        this.aliases = aliases;
        this.form = form;
        this.groups = groups;
    }

    /** Files a batch group that continues a prior group ({@link BatchGroup#isPrior}). */
    void add(BatchGroup g) {
        priorGroups.put(g.prior.id(), g);
    }

    /** The prior groups of the workspace: the batch's and those looked up. */
    Collection<BatchGroup> priorGroups() {
        return priorGroups.values();
    }

    /**
     * A batch group and a prior group of its name typed otherwise, which the vote over both
     * batches makes one name ({@link #lookUpRetyped}).
     */
    record Retyped(BatchGroup group, BatchGroup prior) {
    }

    /** The retyped pairs to join, in order of the batch's groups. */
    List<Retyped> retyped() {
        return retyped;
    }

    /** The workspace's group for a prior name, made on first sight. */
    private BatchGroup priorGroup(PriorName p) {
        BatchGroup g = priorGroups.get(p.id());
        if (g == null) {
            NameForm f = form.apply(p.surface(), p.type());
            g = new BatchGroup(NameGroup.of(p.type(), p.key(), f, p.team(), aliases), plan, p);
            priorGroups.put(p.id(), g);
            groups.putIfAbsent(g.name.groupKey(), g);
        }
        return g;
    }

    private List<BatchGroup> priorGroups(List<PriorName> names) {
        List<BatchGroup> result = new ArrayList<>(names.size());
        for (PriorName p : names) {
            result.add(priorGroup(p));
        }
        return result;
    }

    /**
     * Looks up, before any decision, every prior group a decision about the batch's groups may
     * meet: the block each batch group's candidates come from, the first name of its alias, the
     * long forms of its acronyms, the acronyms of its long forms and the names its texts define as
     * acronyms. The candidates of a batch group are its smallest block counting prior and new names.
     *
     * @param newBlocks the blocks of the batch's new groups
     * @param corpusVotes the type votes per name key over the batch and the prior batches
     */
    void lookUp(List<BatchGroup> batchGroups, CandidateBlocks<BatchGroup> newBlocks,
                Map<String, int[]> corpusVotes, List<ResolverDocument> docs) {
        for (BatchGroup g : List.copyOf(batchGroups)) {
            // A prior full name's pairs with prior names were decided before: only new names need its block.
            if (g.candidateKey != null && (!g.isPrior() || g.shortForm)
                    && g.candidateCount > newBlocks.block(g.type(), g.candidateKey).size()) {
                g.priorCandidates = priorBlocks.computeIfAbsent(g.type() + "\t" + g.candidateKey,
                        k -> priorGroups(prior.block(g.type(), g.candidateKey)));
            }
            g.name.aliasKey().flatMap(prior::firstByAlias).ifPresent(this::priorGroup);
            lookUpRetyped(g, corpusVotes);
            if (g.form().isAcronym()) {
                lookUpLongForms(g);
            } else if (AcronymKeys.isLongForm(g.name)) {
                for (String k : AcronymKeys.longFormKeys(g.name)) {
                    for (BatchGroup acronym : priorGroups(prior.acronymsByKey(k))) {
                        lookUpLongForms(acronym);
                    }
                }
            }
        }
        for (ResolverDocument d : docs) {
            for (AcronymDefinition def : d.acronyms()) {
                for (ResolutionPlan.DefinedPair pair : ResolutionPlan.definedPairs(def.longForm(), def.acronym(), form)) {
                    prior.byGroupKey(pair.longFormGroupKey()).ifPresent(this::priorGroup);
                    prior.byGroupKey(pair.acronymGroupKey()).ifPresent(this::priorGroup);
                }
            }
        }
    }

    /**
     * The prior groups of a new group's name typed otherwise that the vote over this batch and the
     * prior ones turns into the new group's type: one run over all documents would have typed their
     * mentions so and grouped them with it. Only for a name the registry has no group of this type
     * for: where the earlier batches kept both types apart, a later vote tipping one way is as likely
     * to tip back (cities and their teams in sports results), and a join cannot be undone. A prior
     * group with mentions of its own type in this batch is left alone (those mentions kept their
     * type), as are team senses.
     */
    private void lookUpRetyped(BatchGroup g, Map<String, int[]> corpusVotes) {
        int[] votes = corpusVotes.get(g.name.key());
        if (prior == PriorNames.NONE || g.isPrior() || g.name.team() || votes == null) {
            return;
        }
        for (EntityType other : TypeVotes.outvotedBy(g.type(), votes)) {
            prior.byGroupKey(NameGroup.groupKey(other, g.name.key(), false)).map(this::priorGroup)
                    .filter(p -> !p.inBatch()).ifPresent(p -> retyped.add(new Retyped(g, p)));
        }
    }

    private void lookUpLongForms(BatchGroup acronym) {
        if (acronym.acronymLookedUp || prior == PriorNames.NONE) {
            return;
        }
        acronym.acronymLookedUp = true;
        for (String k : AcronymKeys.acronymKeys(acronym.name)) {
            priorLongForms.computeIfAbsent(k, x -> priorGroups(prior.longFormsByAcronymKey(x)));
        }
    }

    /** The long forms filed under an acronym key: prior ones, then new ones ({@code byInitials}). */
    List<BatchGroup> longForms(String key, Map<String, List<BatchGroup>> byInitials) {
        List<BatchGroup> fresh = byInitials.getOrDefault(key, List.of());
        List<BatchGroup> old = priorLongForms.getOrDefault(key, List.of());
        if (old.isEmpty()) {
            return fresh;
        }
        List<BatchGroup> all = new ArrayList<>(old.size() + fresh.size());
        all.addAll(old);
        all.addAll(fresh);
        return all;
    }
}
