package org.namelink.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.text.Span;

/** Resolver documents for tests: mentions laid out one after another in a synthetic text. */
public final class SyntheticDocuments {

    private SyntheticDocuments() {
    }

    /** A document of mentions given as type, name, type, name, ... */
    public static ResolverDocument of(String id, Object... typeAndName) {
        return withTeams(id, Set.of(), typeAndName);
    }

    /** {@link #of}, with the indices of the mentions that name teams. */
    public static ResolverDocument withTeams(String id, Set<Integer> team, Object... typeAndName) {
        List<Mention> mentions = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i < typeAndName.length; i += 2) {
            String name = (String) typeAndName[i + 1];
            mentions.add(new Mention(new Span(pos, pos + name.length()), name, (EntityType) typeAndName[i], "test"));
            pos += name.length() + 1;
        }
        return new ResolverDocument(id, mentions, List.of(), team);
    }
}
