package org.namelink.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namelink.names.NameForm;
import org.namelink.resolution.plan.CandidateBlocks;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.plan.ResolutionPlan;

/**
 * The candidate stage run over a set of names as the resolver runs it (step 3 of the
 * {@link ResolutionPlan}): each name filed under its blocking keys, per type, and searching the
 * block {@link ResolutionPlan#chooseBlock} chooses, for spellings only when
 * {@link ResolutionPlan#searchesSpellings}. What it costs (comparisons per name, the largest
 * block, the blocks too large to search, which are counted rather than lost silently) and which
 * pairs it compares.
 *
 * <p>Immutable after {@link #of} and thread-safe.
 */
public final class CandidateStageStats {

    private record Filed(List<String> keys, Optional<ResolutionPlan.Block> chosen) {
    }

    private final EntityResolver resolver;
    private final Map<String, Filed> filed;
    private final long comparisons;
    private final long largestBlock;
    private final int cappedBlocks;
    private final int cappedNames;

    private CandidateStageStats(EntityResolver resolver, Map<String, Filed> filed, long comparisons,
                                long largestBlock, int cappedBlocks, int cappedNames) {
        this.resolver = resolver;
        this.filed = filed;
        this.comparisons = comparisons;
        this.largestBlock = largestBlock;
        this.cappedBlocks = cappedBlocks;
        this.cappedNames = cappedNames;
    }

    /** Files the distinct names among {@code names} (by type and name key) as {@code resolver} does. */
    public static CandidateStageStats of(EntityResolver resolver, List<NameForm> names) {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(names, "names");
        Map<String, List<String>> keysByName = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        for (NameForm f : names) {
            String id = id(f);
            if (!keysByName.containsKey(id)) {
                List<String> keys = CandidateBlocks.isBlocked(f) ? resolver.blockingKeys().keys(f) : List.of();
                keysByName.put(id, keys);
                for (String k : keys) {
                    sizes.merge(f.type() + "\t" + k, 1L, Long::sum);
                }
            }
        }
        Map<String, Filed> filed = new HashMap<>();
        long comparisons = 0;
        int cappedNames = 0;
        for (Map.Entry<String, List<String>> e : keysByName.entrySet()) {
            String type = e.getKey().substring(0, e.getKey().indexOf('\t'));
            Optional<ResolutionPlan.Block> chosen = ResolutionPlan.chooseBlock(e.getValue(),
                    k -> sizes.getOrDefault(type + "\t" + k, 0L));
            filed.put(e.getKey(), new Filed(e.getValue(), chosen));
            if (chosen.isPresent()) {
                if (ResolutionPlan.searchesSpellings(chosen.get().size())) {
                    comparisons += chosen.get().size() - 1;
                } else {
                    cappedNames++;
                }
            }
        }
        long largest = 0;
        int capped = 0;
        for (long n : sizes.values()) {
            largest = Math.max(largest, n);
            if (!ResolutionPlan.searchesSpellings(n)) {
                capped++;
            }
        }
        return new CandidateStageStats(resolver, filed, comparisons, largest, capped, cappedNames);
    }

    private static String id(NameForm f) {
        return f.type() + "\t" + f.key();
    }

    /**
     * Whether the stage compares two of its names as spellings: one of them searches a block the
     * other is filed under, and {@link EntityResolver#comparesSpellings} holds.
     */
    public boolean compares(NameForm a, NameForm b) {
        Filed fa = filed.get(id(a));
        Filed fb = filed.get(id(b));
        if (fa == null || fb == null) {
            throw new IllegalArgumentException("name not filed: " + (fa == null ? a.key() : b.key()));
        }
        return (searchedHolds(fa, fb) || searchedHolds(fb, fa)) && resolver.comparesSpellings(a, b);
    }

    private static boolean searchedHolds(Filed searcher, Filed other) {
        return searcher.chosen().filter(b -> ResolutionPlan.searchesSpellings(b.size()))
                .map(b -> other.keys().contains(b.key())).orElse(false);
    }

    /** How many distinct names were filed. */
    public int names() {
        return filed.size();
    }

    /** Comparisons the spelling searches make (each searcher against the other names of its block). */
    public long comparisons() {
        return comparisons;
    }

    public double comparisonsPerName() {
        return filed.isEmpty() ? 0 : (double) comparisons / filed.size();
    }

    public long largestBlock() {
        return largestBlock;
    }

    /** Blocks over {@link CandidateBlocks#MAX_SPELLING_BLOCK} names: not searched for spellings. */
    public int cappedBlocks() {
        return cappedBlocks;
    }

    /** Names whose chosen block is capped, so that they search no spellings. */
    public int cappedNames() {
        return cappedNames;
    }
}
