package org.namelink.io;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.namelink.pipeline.Corpus;
import org.namelink.resolution.Entity;

/**
 * Writes a corpus's entities as a readable text table, most-mentioned first: canonical name,
 * type, variants, mentions, articles.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityTableWriter {

    private static final int NAME_WIDTH = 34;
    private static final int VARIANTS_WIDTH = 60;

    public void write(Corpus corpus, PrintWriter out) {
        java.util.Objects.requireNonNull(corpus, "corpus");
        java.util.Objects.requireNonNull(out, "out");
        List<Entity> sorted = corpus.entities().stream()
                .sorted(Comparator.comparingInt(Entity::mentionCount).reversed()
                        .thenComparing(e -> -e.documents().size())
                        .thenComparing(Entity::name))
                .toList();
        String format = "%-" + NAME_WIDTH + "s  %-12s  %-" + VARIANTS_WIDTH + "s  %8s  %8s%n";
        out.printf(format, "ENTITY", "TYPE", "VARIANTS", "MENTIONS", "ARTICLES");
        for (Entity e : sorted) {
            out.printf(format, clip(e.team() ? e.name() + " (team)" : e.name(), NAME_WIDTH), e.type().name(),
                    clip(String.join(" | ", e.variants()), VARIANTS_WIDTH), e.mentionCount(), e.documents().size());
        }
        corpus.documents().stream().filter(d -> d.failed())
                .forEach(d -> out.printf("error: %s: %s%n", d.id(), d.error().orElse("")));
        out.flush();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }
}
