package org.namelink.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.RegisteredCorpus;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityMention;
import org.namelink.resolution.MergeReason;

/**
 * Writes a corpus as one self-contained HTML page (styles and script inline, nothing fetched from
 * the network): the entities across all articles, most mentioned first, each with its type, its
 * variants and how often each occurs, its articles and why each variant joined; and every article's
 * text with its mentions highlighted by type. Clicking an entity (or a mention) marks all its
 * mentions in every article and scrolls to the first. Every piece of text is HTML-escaped: an
 * article containing {@code <script>} shows it as text.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReportWriter {

    private static final String STYLE = resource("html-report.css");
    private static final String SCRIPT = resource("html-report.js");

    /**
     * @param texts each document's original text by id (empty for one that could not be read)
     */
    public void write(Corpus corpus, Function<String, Optional<String>> texts, Writer out) throws IOException {
        write(new RegisteredCorpus(corpus, Map.of()), texts, out);
    }

    /**
     * The page of a corpus resolved against an entity registry: each entity under the registry's
     * canonical name, with its registry id beside it.
     *
     * @param texts each document's original text by id (empty for one that could not be read)
     */
    public void write(RegisteredCorpus registered, Function<String, Optional<String>> texts, Writer out)
            throws IOException {
        Objects.requireNonNull(registered, "registered");
        Corpus corpus = registryNamed(registered);
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(out, "out");
        int mentions = corpus.entities().stream().mapToInt(Entity::mentionCount).sum();
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Namelink: ").append(corpus.documents().size()).append(" articles, ")
                .append(corpus.entities().size()).append(" entities</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>Namelink</h1>\n<p class=\"summary\">")
                .append(plural(corpus.documents().size(), "article")).append(" · ")
                .append(plural(corpus.entities().size(), "entity", "entities")).append(" · ")
                .append(plural(mentions, "mention")).append("</p>\n<p class=\"legend\">")
                .append("<mark class=\"m PERSON\">person</mark> <mark class=\"m LOCATION\">place</mark> ")
                .append("<mark class=\"m ORGANIZATION\">organisation</mark></p>\n")
                .append("<p id=\"status\" role=\"status\">Click an entity or a name to see all its mentions.</p>\n")
                .append("</header>\n<main>\n");
        entities(corpus, registered.registryIds(), h);
        articles(corpus, texts, h);
        h.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(h.toString());
        out.flush();
    }

    /** The corpus with each entity named as the registry names it (the same corpus without a registry). */
    private static Corpus registryNamed(RegisteredCorpus registered) {
        Corpus corpus = registered.corpus();
        if (registered.registryNames().isEmpty()) {
            return corpus;
        }
        List<Entity> named = corpus.entities().stream().map(e -> new Entity(e.id(), e.type(),
                registered.registryName(e.id()).orElse(e.name()), e.variants(), e.mentions(), e.documents(),
                e.reasons(), e.team(), e.link())).toList();
        return new Corpus(corpus.documents(), named);
    }

    private static void entities(Corpus corpus, Map<String, String> registryIds, StringBuilder h) {
        Map<String, Integer> docIndex = new LinkedHashMap<>();
        for (ProcessedDocument d : corpus.documents()) {
            docIndex.putIfAbsent(d.id(), docIndex.size());
        }
        h.append("<nav id=\"entities\" aria-label=\"Entities\">\n")
                .append("<input id=\"filter\" type=\"search\" placeholder=\"Filter entities\" aria-label=\"Filter entities\">\n")
                .append("<ol class=\"entity-list\">\n");
        List<Entity> sorted = corpus.entities().stream()
                .sorted(Comparator.comparingInt(Entity::mentionCount).reversed()
                        .thenComparing(e -> -e.documents().size()).thenComparing(Entity::name))
                .toList();
        for (Entity e : sorted) {
            h.append("<li class=\"entity ").append(e.type().name()).append("\" id=\"entity-").append(escape(e.id()))
                    .append("\" data-entity=\"").append(escape(e.id())).append("\" data-names=\"")
                    .append(escape(String.join("\n", e.variants()).toLowerCase(Locale.ROOT)))
                    .append("\" tabindex=\"0\" role=\"button\" aria-expanded=\"false\">\n")
                    .append("<div class=\"entity-head\"><span class=\"name\">").append(escape(e.name()))
                    .append(e.team() ? " <small>(team)</small>" : "").append("</span> ")
                    .append(registryIds.containsKey(e.id()) ? "<small class=\"registry-id\">"
                            + escape(registryIds.get(e.id())) + "</small> " : "").append("<span class=\"type\">")
                    .append(typeName(e.type().name())).append("</span> <span class=\"count\" title=\"")
                    .append(plural(e.mentionCount(), "mention")).append(" in ")
                    .append(plural(e.documents().size(), "article")).append("\">").append(e.mentionCount())
                    .append("</span></div>\n<div class=\"details\">\n<ul class=\"variants\">\n");
            Map<String, MergeReason> reasons = new LinkedHashMap<>();
            e.reasons().forEach(r -> reasons.putIfAbsent(r.variant(), r));
            Map<String, Integer> counts = variantCounts(e);
            // The name first, then the spellings most often met.
            List<String> variants = e.variants().stream().sorted(Comparator.comparing((String v) -> !v.equals(e.name()))
                    .thenComparing(v -> -counts.getOrDefault(v, 0)).thenComparing(v -> v)).toList();
            for (String v : variants) {
                MergeReason r = reasons.get(v);
                String why = v.equals(e.name()) ? "the entity's name" : r != null
                        ? String.format(Locale.ROOT, "%s of %s, %.2f", r.rule().label(), r.matched(), r.score())
                        : "joined with the name";
                h.append("<li class=\"variant\" title=\"").append(escape(v + ": " + why)).append("\">")
                        .append("<span class=\"spelling\">").append(escape(v)).append("</span> <span class=\"n\">×")
                        .append(counts.getOrDefault(v, 0)).append("</span> <span class=\"why\">")
                        .append(escape(why)).append("</span></li>\n");
            }
            h.append("</ul>\n");
            e.link().ifPresent(link -> h.append("<p class=\"link\">Wikipedia: <a href=\"").append(escape(link.url()))
                    .append("\" rel=\"noreferrer\">").append(escape(link.id().replace('_', ' '))).append("</a> ")
                    .append(String.format(Locale.ROOT, "<span class=\"n\">%.2f</span></p>\n", link.score())));
            h.append("<p class=\"in\">in ");
            for (int i = 0; i < e.documents().size(); i++) {
                String doc = e.documents().get(i);
                h.append(i > 0 ? ", " : "").append("<a href=\"#doc-").append(docIndex.getOrDefault(doc, -1))
                        .append("\">").append(escape(doc)).append("</a>");
            }
            h.append("</p>\n</div>\n</li>\n");
        }
        h.append("</ol>\n</nav>\n");
    }

    /**
     * How many of an entity's mentions each variant stands for: a mention counts for the variant it
     * spells, or else for the longest variant it contains (a title or possessive around it).
     */
    private static Map<String, Integer> variantCounts(Entity e) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityMention m : e.mentions()) {
            String text = m.text();
            String variant = e.variants().contains(text) ? text : e.variants().stream().filter(text::contains)
                    .max(Comparator.comparingInt(String::length)).orElse(e.name());
            counts.merge(variant, 1, Integer::sum);
        }
        return counts;
    }

    private static void articles(Corpus corpus, Function<String, Optional<String>> texts, StringBuilder h) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        corpus.entities().forEach(e -> entities.put(e.id(), e));
        h.append("<section id=\"articles\" aria-label=\"Articles\">\n");
        int index = 0;
        for (ProcessedDocument d : corpus.documents()) {
            h.append("<article class=\"doc").append(d.failed() ? " failed" : "").append("\" id=\"doc-").append(index++)
                    .append("\">\n<h2>").append(escape(d.id())).append(" <small>")
                    .append(plural(d.mentions().size(), "mention")).append("</small></h2>\n");
            Optional<String> text = d.failed() ? Optional.empty() : texts.apply(d.id());
            if (d.error().isPresent()) {
                h.append("<p class=\"error\">").append(escape(d.error().get())).append("</p>\n");
            } else if (text.isEmpty()) {
                h.append("<p class=\"error\">text not available</p>\n");
            } else {
                h.append("<div class=\"text\">");
                highlight(text.get(), d.mentions(), entities, h);
                h.append("</div>\n");
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void highlight(String text, List<ResolvedMention> mentions, Map<String, Entity> entities,
                                  StringBuilder h) {
        List<ResolvedMention> sorted = mentions.stream().sorted(Comparator.comparingInt(ResolvedMention::start)).toList();
        int at = 0;
        for (ResolvedMention m : sorted) {
            if (m.start() < at || m.end() > text.length()) {
                continue; // overlapping or outside the text: shown as plain text
            }
            h.append(escape(text.substring(at, m.start())));
            Entity e = entities.get(m.entity());
            String name = e != null ? e.name() : m.text();
            h.append("<mark class=\"m ").append(m.type().name()).append("\" data-entity=\"").append(escape(m.entity()))
                    .append("\" title=\"").append(escape(name + " (" + typeName(m.type().name()) + ")"))
                    .append("\">").append(escape(m.text())).append("</mark>");
            at = m.end();
        }
        h.append(escape(text.substring(at)));
    }

    private static String typeName(String type) {
        return switch (type) {
            case "PERSON" -> "person";
            case "LOCATION" -> "place";
            case "ORGANIZATION" -> "organisation";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/namelink/io/" + name + " (a broken build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
