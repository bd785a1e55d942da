package org.namelink.resolution;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.namelink.mentions.Mention;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.mentions.TeamSense;

/**
 * What the resolver needs of one document: its id, its mentions, the acronyms it defines and which
 * of its mentions name a sports team rather than a place ({@link TeamSense}). Texts are not
 * needed, so a corpus can be resolved without holding it in memory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param teamMentions indices into {@code mentions} of place names standing for teams
 */
public record ResolverDocument(String id, List<Mention> mentions, List<AcronymDefinition> acronyms,
                               Set<Integer> teamMentions) {

    public ResolverDocument {
        Objects.requireNonNull(id, "id");
        mentions = List.copyOf(mentions);
        acronyms = List.copyOf(acronyms);
        teamMentions = Set.copyOf(teamMentions);
        for (int i : teamMentions) {
            if (i < 0 || i >= mentions.size()) {
                throw new IllegalArgumentException("team mention index " + i + " is outside the "
                        + mentions.size() + " mentions of '" + id + "'");
            }
        }
    }

    /** A document none of whose mentions is known to name a team. */
    public ResolverDocument(String id, List<Mention> mentions, List<AcronymDefinition> acronyms) {
        this(id, mentions, acronyms, Set.of());
    }
}
