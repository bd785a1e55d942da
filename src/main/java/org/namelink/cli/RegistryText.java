package org.namelink.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.namelink.registry.FoundEntity;
import org.namelink.registry.RegistryEntity;
import org.namelink.registry.RegistryEvent;
import org.namelink.registry.ReviewPair;
import org.namelink.resolution.NearMiss;

/**
 * How the {@code registry} commands print entities, events and what a correction did.
 *
 * <p>Stateless and thread-safe.
 */
final class RegistryText {

    private RegistryText() {
    }

    /** "1 mention", "2 mentions". */
    static String plural(long n, String one) {
        return n + " " + (n == 1 ? one : one + "s");
    }

    /**
     * A pair of the review queue, two lines: "#3 PERSON apart, score 0.6123 (threshold 0.65): Zorvan
     * Maltesh (N12) ~ Zurven Meltoshi (N14)", then the matcher's explanation.
     */
    static void printReviewPair(ReviewPair p, PrintWriter out) {
        NearMiss m = p.nearMiss();
        out.printf(Locale.ROOT, "#%d %s %s, score %.4f (threshold %.2f): %s (%s) ~ %s (%s)%n", p.number(), m.type(),
                m.joined() ? "joined" : "apart", m.score(), m.threshold(), m.nameA(), p.entityA(), m.nameB(),
                p.entityB());
        out.println("    " + m.explanation());
    }

    /** An entity with its status, counts, link and variants, as {@code show} prints it. */
    static void printEntity(RegistryEntity e, PrintWriter out) {
        out.printf(Locale.ROOT, "%s %s %s%s: %s, %s in %s%n", e.id(), e.status().name().toLowerCase(Locale.ROOT),
                e.type(), e.team() ? " (team)" : "", e.name(), plural(e.mentions(), "mention"),
                plural(e.documents(), "document"));
        if (!e.successors().isEmpty()) {
            out.println("  now: " + String.join(", ", e.successors()));
        }
        if (e.link().isPresent() || e.linkSetByUser()) {
            out.println("  link: " + e.link().map(l -> String.format(Locale.ROOT, "%s %.2f %s", l.id(), l.score(),
                    l.url())).orElse("none") + (e.linkSetByUser() ? " (set by a user)" : ""));
        }
        for (RegistryEntity.Variant v : e.variants()) {
            out.printf(Locale.ROOT, "  %6d  %s%n", v.mentions(), v.name());
        }
    }

    /** What {@code list} adds after a name: {@code  -> Arbil}, {@code  -> none} for a user's "no article", or nothing. */
    static String linkSuffix(RegistryEntity e) {
        return e.link().map(l -> "  -> " + l.id()).orElse(e.linkSetByUser() ? "  -> none" : "");
    }

    /** One event: its time in ISO-8601 to the second (UTC), its kind, what happened and its batch. */
    static String event(RegistryEvent e) {
        return String.format(Locale.ROOT, "%s  %-9s %s%s", isoSeconds(e.at()), e.kind(), e.detail(),
                e.batch() > 0 ? "  (batch " + e.batch() + ")" : "");
    }

    /** An ISO-8601 instant to the second ({@code 2026-01-05T09:30:12Z}); other text as it is. */
    static String isoSeconds(String at) {
        try {
            return Instant.parse(at).truncatedTo(ChronoUnit.SECONDS).toString();
        } catch (DateTimeParseException e) {
            return at;
        }
    }

    /** One entity found by a spelling: id, type, name, variants, and why it was found. */
    static void printFound(FoundEntity f, PrintWriter out) {
        RegistryEntity e = f.entity();
        String why = switch (f.how()) {
            case EXACT -> "exact: variant '" + f.variant() + "'";
            case FOLDED -> "folded: same name as '" + f.variant() + "'";
            case MATCHER -> String.format(Locale.ROOT, "matcher: %s of '%s', score %.2f", f.rule(), f.variant(),
                    f.score());
        };
        List<String> variants = e.variants().stream().map(RegistryEntity.Variant::name).toList();
        out.printf(Locale.ROOT, "%-10s %-12s %s%s  [%s]  (%s)%n", e.id(), e.type(), e.name(),
                e.team() ? " (team)" : "", String.join(", ", variants), why);
    }

    /** What a user's merge did. */
    static String merged(RegistryEntity gone, RegistryEntity survivor) {
        return "merged " + gone.label() + " into " + survivor.label() + "; " + gone.id() + " now redirects to "
                + survivor.id();
    }

    /** What a user's split did: the entity keeps its id, the variant has a new one. */
    static String split(String variant, RegistryEntity rest, RegistryEntity part) {
        return "split '" + variant + "' (" + plural(part.mentions(), "mention") + ") off " + rest.id() + " into "
                + part.label() + "; " + rest.label() + " keeps " + plural(rest.variants().size(), "variant")
                + " and its id; the two are kept apart for good";
    }

    /** What pinning an alias did; {@code from} names the entities the name's mentions left. */
    static String pinned(String alias, RegistryEntity entity, List<RegistryEntity> from) {
        return "pinned alias '" + alias + "' to " + entity.label()
                + (from.isEmpty() ? "" : "; its mentions moved from "
                        + String.join(", ", from.stream().map(RegistryEntity::label).toList()))
                + "; later mentions of it resolve to " + entity.id();
    }
}
