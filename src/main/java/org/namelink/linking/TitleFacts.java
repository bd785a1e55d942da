package org.namelink.linking;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.Set;

/**
 * What the linker reads of an article's title, read once per title and remembered: its kind
 * ({@link TitleKind#of}), its words ({@link ContextWords#of}) and the territory it names
 * ({@link TitleKind#territory}). A title is ranked for every
 * variant of every entity whose candidates it is among, and again for each document of an entity
 * linked document by document; its facts never change. At most {@link #MAX_TITLES} are kept.
 *
 * <p>Thread-safe.
 */
final class TitleFacts {

    static final int MAX_TITLES = 100_000;

    record Facts(TitleKind kind, Set<String> words, TitleKind.Territory territory) {
    }

    private final LoadingCache<String, Facts> facts = CacheBuilder.newBuilder().maximumSize(MAX_TITLES)
            .build(CacheLoader.from(title -> new Facts(TitleKind.of(title), ContextWords.of(title.replace('_', ' ')),
                    TitleKind.territory(title))));

    TitleKind kind(String title) {
        return facts.getUnchecked(title).kind();
    }

    Set<String> words(String title) {
        return facts.getUnchecked(title).words();
    }

    /** {@link TitleKind#territory} of the title. */
    TitleKind.Territory territory(String title) {
        return facts.getUnchecked(title).territory();
    }
}
