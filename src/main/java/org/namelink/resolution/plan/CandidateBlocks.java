package org.namelink.resolution.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameForm;
import org.namelink.resolution.BlockingKeys;

/**
 * Step 3 of the {@link ResolutionPlan}, candidate blocks: names filed per type under their {@link BlockingKeys}, so that a name is
 * compared with the names of its rarest key instead of with all names.
 *
 * <p>Immutable after {@link #of} and thread-safe; the blocks it returns are unmodifiable.
 *
 * @param <T> what is filed (a resolver's name group, a registry's variant row)
 */
public final class CandidateBlocks<T> {

    /** Blocks larger than this are not searched for spellings (a word too common to be telling). */
    public static final int MAX_SPELLING_BLOCK = 5_000;

    private final Map<EntityType, Map<String, List<T>>> blocks;

    private CandidateBlocks(Map<EntityType, Map<String, List<T>>> blocks) {
        this.blocks = blocks;
    }

    /** Whether a name is filed at all: names with words that are not acronyms. */
    public static boolean isBlocked(NameForm form) {
        return !form.isEmpty() && !form.isAcronym();
    }

    /**
     * Files each item under each of its keys, in the items' order.
     *
     * @param type an item's type
     * @param keys an item's keys, distinct (see {@link BlockingKeys#keys})
     */
    public static <T> CandidateBlocks<T> of(Iterable<T> items, Function<? super T, EntityType> type,
                                            Function<? super T, List<String>> keys) {
        Map<EntityType, Map<String, List<T>>> blocks = new EnumMap<>(EntityType.class);
        for (T item : items) {
            Map<String, List<T>> byKey = blocks.computeIfAbsent(type.apply(item), t -> new HashMap<>());
            for (String k : keys.apply(item)) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
            }
        }
        for (Map<String, List<T>> byKey : blocks.values()) {
            byKey.replaceAll((k, list) -> Collections.unmodifiableList(list));
        }
        return new CandidateBlocks<>(blocks);
    }

    /** The items filed under one key of one type. */
    public List<T> block(EntityType type, String key) {
        return blocks.getOrDefault(type, Map.of()).getOrDefault(key, List.of());
    }

    /** The candidates of a name with these keys: the smallest of their blocks, the first of equals. */
    public List<T> smallestBlock(EntityType type, List<String> keys) {
        List<List<T>> found = new ArrayList<>(keys.size());
        for (String k : keys) {
            found.add(block(type, k));
        }
        return smallest(found);
    }

    /**
     * The smallest list of more than one item, the first of equals; a list of one only when every
     * list has one (a block holding only the name itself offers no candidate, however rare its key);
     * empty for none.
     */
    public static <T> List<T> smallest(List<List<T>> blocks) {
        List<T> best = List.of();
        boolean first = true;
        for (List<T> block : blocks) {
            if (first || rank(block.size()) < rank(best.size())) {
                best = block;
                first = false;
            }
        }
        return best;
    }

    /** How a block of {@code size} names ranks as candidates, lower first: by size, a block of one last. */
    public static long rank(long size) {
        return size > 1 ? size : Long.MAX_VALUE - 1 + size;
    }
}
