package org.namelink.resolution;

import java.util.List;
import java.util.Objects;
import org.namelink.mentions.Mention;
import org.namelink.mentions.AcronymDefinition;

/**
 * What the resolver needs of one document: its id, its mentions and the acronyms it defines.
 * Texts are not needed, so a corpus can be resolved without holding it in memory.
 *
 * <p>Immutable and thread-safe.
 */
public record ResolverDocument(String id, List<Mention> mentions, List<AcronymDefinition> acronyms) {

    public ResolverDocument {
        Objects.requireNonNull(id, "id");
        mentions = List.copyOf(mentions);
        acronyms = List.copyOf(acronyms);
    }
}
