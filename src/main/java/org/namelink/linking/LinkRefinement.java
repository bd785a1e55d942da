package org.namelink.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.namelink.mentions.Mention;
import org.namelink.names.MatchRule;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.EntityMention;
import org.namelink.resolution.MergeReason;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;

/**
 * Links feeding resolution (issue 23, item 3), one small step after resolution: an entity whose
 * documents, linked one by one, link confidently to different articles splits by article (the
 * cricket report's England and the football report's England); then entities linked confidently
 * to one article join, with the reason {@link MatchRule#SAME_ARTICLE}. The result's entities carry
 * their links. Entities are renumbered in order of first mention only when something split or joined.
 *
 * <p>Stateless and thread-safe (given a thread-safe linker).
 */
public final class LinkRefinement {

    /** A document's own link must have this score to split its mentions off their entity. */
    public static final double SPLIT_SCORE = 0.5;
    /** Two entities' links must have this score to join them. */
    public static final double JOIN_SCORE = 0.8;

    private LinkRefinement() {
    }

    /**
     * The resolution with its entities split and joined by their links, and linked.
     *
     * @param resolution the resolver's result
     * @param documents the documents it resolved, in the order of its {@code mentionEntityIds}
     * @param linker the linker (its threshold decides which entities get a link at all)
     * @param documentWords per document id, its words ({@link ContextWords})
     */
    public static Resolution refine(Resolution resolution, List<ResolverDocument> documents, Linker linker,
                                    Map<String, Set<String>> documentWords) {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(documents, "documents");
        if (documents.size() != resolution.mentionEntityIds().size()) {
            throw new IllegalArgumentException("documents must be the resolution's "
                    + resolution.mentionEntityIds().size() + " documents, were " + documents.size());
        }
        Objects.requireNonNull(linker, "linker");
        Objects.requireNonNull(documentWords, "documentWords");
        List<Entity> split = split(resolution.entities(), linker, documentWords);
        List<Entity> linked = linker.link(split, documentWords);
        List<Entity> joined = join(linked);
        boolean changed = split.size() != resolution.entities().size() || joined.size() != linked.size();
        if (!changed) {
            return new Resolution(linked, resolution.mentionEntityIds());
        }
        return renumbered(joined, documents);
    }

    /**
     * The join step of {@link #refine} alone, for a resolution whose entities carry their links
     * already (the registry's batches, which cannot split a name group's mentions by document):
     * entities of one type linked with at least {@link #JOIN_SCORE} to one article joined, with a
     * {@link MatchRule#SAME_ARTICLE} reason, and renumbered by first mention when any joined;
     * else {@code linked} itself.
     *
     * @param linked the resolution, its entities linked ({@link Linker#link})
     * @param documents the documents it resolved, in the order of its {@code mentionEntityIds}
     */
    public static Resolution joined(Resolution linked, List<ResolverDocument> documents) {
        Objects.requireNonNull(linked, "linked");
        Objects.requireNonNull(documents, "documents");
        if (documents.size() != linked.mentionEntityIds().size()) {
            throw new IllegalArgumentException("documents must be the resolution's "
                    + linked.mentionEntityIds().size() + " documents, were " + documents.size());
        }
        List<Entity> joined = join(linked.entities());
        return joined.size() == linked.entities().size() ? linked : renumbered(joined, documents);
    }

    /**
     * Each entity of several documents split by the sports teams its documents' mentions link to
     * with at least {@link #SPLIT_SCORE}: one piece per team article, the other documents (linked to
     * a place or anything else, or not confidently) together. Only a team's sense splits: that a
     * financial report's "U.S." links to the dollar says little, that a cricket report's England
     * links to the cricket team says it is not the country. Pieces get the ids {@code id},
     * {@code id/2}, ... (renumbered later).
     */
    static List<Entity> split(List<Entity> entities, Linker linker, Map<String, Set<String>> documentWords) {
        List<Entity> perDocument = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.documents().size() < 2) {
                continue;
            }
            for (String d : e.documents()) {
                perDocument.add(piece(e, e.id(), Set.of(d)));
                owner.add(i);
            }
        }
        if (perDocument.isEmpty()) {
            return entities;
        }
        List<Optional<EntityLink>> links = linker.links(perDocument, documentWords);
        // Per entity, per confidently linked team article, its documents.
        Map<Integer, Map<String, Set<String>>> byTeam = new HashMap<>();
        for (int k = 0; k < perDocument.size(); k++) {
            Optional<EntityLink> l = links.get(k).filter(x -> x.score() >= SPLIT_SCORE)
                    .filter(x -> TitleKind.of(x.id()) == TitleKind.TEAM);
            if (l.isPresent()) {
                byTeam.computeIfAbsent(owner.get(k), x -> new LinkedHashMap<>())
                        .computeIfAbsent(l.get().id(), x -> new LinkedHashSet<>()).add(perDocument.get(k).documents().get(0));
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            Map<String, Set<String>> teams = byTeam.getOrDefault(i, Map.of());
            int inTeams = teams.values().stream().mapToInt(Set::size).sum();
            if (teams.isEmpty() || (teams.size() == 1 && inTeams == e.documents().size())) {
                out.add(e);
                continue;
            }
            out.addAll(splitByTeam(e, teams));
        }
        return out;
    }

    /** One entity's pieces: one per team article, the other documents together. */
    static List<Entity> splitByTeam(Entity e, Map<String, Set<String>> documentsByTeam) {
        List<Set<String>> groups = new ArrayList<>();
        documentsByTeam.values().forEach(ds -> groups.add(new LinkedHashSet<>(ds)));
        Set<String> rest = new LinkedHashSet<>(e.documents());
        groups.forEach(rest::removeAll);
        if (!rest.isEmpty()) {
            groups.add(rest);
        }
        // The piece holding the entity's first document keeps its id.
        groups.sort(Comparator.comparingInt((Set<String> g) -> e.documents().indexOf(firstOf(e, g))));
        List<Entity> pieces = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            pieces.add(piece(e, g == 0 ? e.id() : e.id() + "/" + (g + 1), groups.get(g)));
        }
        return pieces;
    }

    private static String firstOf(Entity e, Set<String> group) {
        return e.documents().stream().filter(group::contains).findFirst().orElseThrow();
    }

    /** The part of {@code e} in {@code documents}: its mentions there and the variants they use. */
    static Entity piece(Entity e, String id, Set<String> documents) {
        List<EntityMention> mentions = e.mentions().stream().filter(m -> documents.contains(m.documentId())).toList();
        List<String> variants = new ArrayList<>();
        for (String v : e.variants()) {
            String lower = v.toLowerCase(Locale.ROOT);
            if (mentions.stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).contains(lower))) {
                variants.add(v);
            }
        }
        if (variants.isEmpty()) {
            variants = e.variants();
        }
        String name = variants.contains(e.name()) ? e.name()
                : variants.stream().max(Comparator.comparingInt(String::length)).orElse(e.name());
        Set<String> kept = Set.copyOf(variants);
        List<MergeReason> reasons = e.reasons().stream().filter(r -> kept.contains(r.variant())).toList();
        List<String> docs = e.documents().stream().filter(documents::contains).toList();
        return new Entity(id, e.type(), name, variants, mentions, docs, reasons, e.team(), e.link());
    }

    /**
     * Entities of one type whose links have at least {@link #JOIN_SCORE} and name one article, joined into the
     * first of them (by order of the list), with a {@link MatchRule#SAME_ARTICLE} reason for each
     * other's name. The joined entity keeps the first one's type, name, team sense and link.
     */
    static List<Entity> join(List<Entity> entities) {
        Map<String, Integer> firstByTitle = new HashMap<>();
        Map<Integer, List<Entity>> absorbed = new HashMap<>();
        List<Boolean> gone = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            gone.add(false);
            Optional<EntityLink> l = entities.get(i).link().filter(x -> x.score() >= JOIN_SCORE);
            if (l.isEmpty()) {
                continue;
            }
            // Of one type only: a mention's type is its entity's, and a link is no evidence of type.
            Integer first = firstByTitle.putIfAbsent(entities.get(i).type() + " " + l.get().id(), i);
            if (first != null) {
                absorbed.computeIfAbsent(first, x -> new ArrayList<>()).add(entities.get(i));
                gone.set(i, true);
            }
        }
        if (absorbed.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            if (!gone.get(i)) {
                out.add(absorbed.containsKey(i) ? joined(entities.get(i), absorbed.get(i)) : entities.get(i));
            }
        }
        return out;
    }

    private static Entity joined(Entity survivor, List<Entity> others) {
        List<EntityMention> mentions = new ArrayList<>(survivor.mentions());
        Set<String> variants = new TreeSet<>(survivor.variants());
        List<MergeReason> reasons = new ArrayList<>(survivor.reasons());
        Set<String> documents = new LinkedHashSet<>(survivor.documents());
        double score = survivor.link().orElseThrow().score();
        for (Entity o : others) {
            mentions.addAll(o.mentions());
            variants.addAll(o.variants());
            reasons.addAll(o.reasons());
            documents.addAll(o.documents());
            reasons.add(new MergeReason(o.name(), MatchRule.SAME_ARTICLE, survivor.name(),
                    Math.min(score, o.link().orElseThrow().score())));
        }
        return new Entity(survivor.id(), survivor.type(), survivor.name(), List.copyOf(variants), mentions,
                List.copyOf(documents), reasons, survivor.team(), survivor.link());
    }

    /**
     * The entities with ids {@code e1, e2, ...} in order of first mention (documents in order, each
     * document's mentions in order), their mentions and documents in that order, and each mention's
     * new id.
     *
     * @param entities after splitting and joining; each mention of the documents in exactly one
     * @param documents the resolved documents
     */
    static Resolution renumbered(List<Entity> entities, List<ResolverDocument> documents) {
        Map<String, Integer> holder = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            for (EntityMention m : entities.get(i).mentions()) {
                holder.put(m.documentId() + "\u0000" + m.span(), i);
            }
        }
        Map<String, Integer> documentOrder = new HashMap<>();
        for (int d = 0; d < documents.size(); d++) {
            documentOrder.put(documents.get(d).id(), d);
        }
        Map<Integer, String> newId = new HashMap<>();
        List<List<Integer>> holders = new ArrayList<>();
        for (ResolverDocument d : documents) {
            List<Integer> documentHolders = new ArrayList<>();
            for (Mention m : d.mentions()) {
                Integer h = holder.get(d.id() + "\u0000" + m.span());
                if (h == null) {
                    throw new IllegalArgumentException("mention " + m.span() + " of document '" + d.id()
                            + "' is in no entity");
                }
                newId.computeIfAbsent(h, x -> "e" + (newId.size() + 1));
                documentHolders.add(h);
            }
            holders.add(documentHolders);
        }
        Comparator<EntityMention> byPlace = Comparator.comparingInt((EntityMention m) ->
                documentOrder.getOrDefault(m.documentId(), Integer.MAX_VALUE))
                .thenComparingInt(m -> m.span().start()).thenComparingInt(m -> m.span().end());
        List<Entity> out = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            List<EntityMention> mentions = new ArrayList<>(e.mentions());
            mentions.sort(byPlace);
            List<String> docs = List.copyOf(new LinkedHashSet<>(mentions.stream().map(EntityMention::documentId).toList()));
            out.add(new Entity(newId.getOrDefault(i, e.id()), e.type(), e.name(), e.variants(), mentions, docs,
                    e.reasons(), e.team(), e.link()));
        }
        out.sort(Comparator.comparingInt((Entity e) -> Integer.parseInt(e.id().substring(1))));
        List<List<String>> ids = new ArrayList<>();
        for (List<Integer> documentHolders : holders) {
            ids.add(documentHolders.stream().map(newId::get).toList());
        }
        return new Resolution(out, ids);
    }
}
