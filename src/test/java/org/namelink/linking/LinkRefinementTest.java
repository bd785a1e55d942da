package org.namelink.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.names.MatchRule;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.EntityMention;
import org.namelink.resolution.MergeReason;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;
import org.namelink.text.Span;

/** Links feeding resolution, each rule alone, with a made-up linker and made-up names. */
class LinkRefinementTest {

    /**
     * Links by the words of an entity's documents: "wickets" makes Brakkonia the cricket team,
     * "dollar" makes it the currency; Tessavia and Tessavian Republic are one article, Orlund is
     * linked at 0.6 only.
     */
    private static final Linker LINKER = (entities, words) -> {
        List<Optional<EntityLink>> out = new ArrayList<>();
        for (Entity e : entities) {
            boolean cricket = e.documents().stream().allMatch(d -> words.getOrDefault(d, Set.of()).contains("wickets"));
            boolean dollar = e.documents().stream().allMatch(d -> words.getOrDefault(d, Set.of()).contains("dollar"));
            out.add(switch (e.name()) {
                case "Brakkonia" -> Optional.of(EntityLink.wikipedia(cricket ? "Brakkonia_cricket_team"
                        : dollar ? "Brakkonian_dollar" : "Brakkonia", 0.9));
                case "Tessavia", "Tessavian Republic" -> Optional.of(EntityLink.wikipedia("Tessavia", 0.9));
                case "Orlund", "Orlund Province" -> Optional.of(EntityLink.wikipedia("Orlund", 0.6));
                default -> Optional.empty();
            });
        }
        return out;
    };

    /** Documents d1.. with one mention each of the given names, resolved as {@code entityOf} says. */
    private static Fixture fixture(List<String> names, List<String> entityOf) {
        List<ResolverDocument> documents = new ArrayList<>();
        List<List<String>> ids = new ArrayList<>();
        Map<String, List<EntityMention>> mentions = new java.util.LinkedHashMap<>();
        Map<String, List<String>> docs = new java.util.LinkedHashMap<>();
        Map<String, String> nameOf = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String doc = "d" + (i + 1);
            String name = names.get(i);
            Span span = new Span(0, name.length());
            documents.add(new ResolverDocument(doc, List.of(new Mention(span, name, EntityType.LOCATION, "test", false)),
                    List.of(), Set.of()));
            ids.add(List.of(entityOf.get(i)));
            mentions.computeIfAbsent(entityOf.get(i), k -> new ArrayList<>()).add(new EntityMention(doc, span, name));
            docs.computeIfAbsent(entityOf.get(i), k -> new ArrayList<>()).add(doc);
            nameOf.putIfAbsent(entityOf.get(i), name);
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach((id, ms) -> entities.add(new Entity(id, EntityType.LOCATION, nameOf.get(id),
                ms.stream().map(EntityMention::text).distinct().sorted().toList(), ms, docs.get(id), List.of(), false)));
        return new Fixture(new Resolution(entities, ids), documents);
    }

    private record Fixture(Resolution resolution, List<ResolverDocument> documents) {
        Resolution refine(Map<String, Set<String>> words) {
            return LinkRefinement.refine(resolution, documents, LINKER, words);
        }
    }

    @Test
    void aDocumentLinkedToATeamSplitsOffItsEntity() {
        Fixture f = fixture(List.of("Brakkonia", "Brakkonia", "Brakkonia"), List.of("e1", "e1", "e1"));
        Resolution r = f.refine(Map.of("d1", Set.of("talks"), "d2", Set.of("wickets"), "d3", Set.of("minister")));
        assertThat(r.entities()).extracting(Entity::id).containsExactly("e1", "e2");
        assertThat(r.entities().get(0).documents()).containsExactly("d1", "d3");
        assertThat(r.entities().get(0).link()).map(EntityLink::id).contains("Brakkonia");
        assertThat(r.entities().get(1).documents()).containsExactly("d2");
        assertThat(r.entities().get(1).link()).map(EntityLink::id).contains("Brakkonia_cricket_team");
        assertThat(r.mentionEntityIds()).containsExactly(List.of("e1"), List.of("e2"), List.of("e1"));
    }

    @Test
    void onlyATeamsSenseSplits() {
        // A report on the currency links its mention elsewhere, but says nothing against the place.
        Fixture f = fixture(List.of("Brakkonia", "Brakkonia"), List.of("e1", "e1"));
        Resolution r = f.refine(Map.of("d1", Set.of("talks"), "d2", Set.of("dollar")));
        assertThat(r.entities()).hasSize(1);
        assertThat(r.mentionEntityIds()).isEqualTo(f.resolution().mentionEntityIds());
    }

    @Test
    void entitiesConfidentlyLinkedToOneArticleJoin() {
        Fixture f = fixture(List.of("Tessavia", "Orlund", "Tessavian Republic"), List.of("e1", "e2", "e3"));
        Resolution r = f.refine(Map.of());
        assertThat(r.entities()).extracting(Entity::id).containsExactly("e1", "e2");
        Entity joined = r.entities().get(0);
        assertThat(joined.variants()).containsExactly("Tessavia", "Tessavian Republic");
        assertThat(joined.documents()).containsExactly("d1", "d3");
        assertThat(joined.reasons()).extracting(MergeReason::rule).containsExactly(MatchRule.SAME_ARTICLE);
        assertThat(joined.reasons().get(0).explanation()).contains("same Wikipedia article");
        assertThat(r.mentionEntityIds()).containsExactly(List.of("e1"), List.of("e2"), List.of("e1"));
    }

    @Test
    void entitiesOfTwoTypesDoNotJoin() {
        Fixture f = fixture(List.of("Tessavia", "Tessavian Republic"), List.of("e1", "e2"));
        Entity e2 = f.resolution().entities().get(1);
        Entity organisation = new Entity(e2.id(), EntityType.ORGANIZATION, e2.name(), e2.variants(), e2.mentions(),
                e2.documents(), e2.reasons(), false);
        Resolution r = LinkRefinement.refine(new Resolution(List.of(f.resolution().entities().get(0), organisation),
                f.resolution().mentionEntityIds()), f.documents(), LINKER, Map.of());
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void linksBelowTheJoinScoreDoNotJoin() {
        Fixture f = fixture(List.of("Orlund", "Orlund Province"), List.of("e1", "e2"));
        Resolution r = f.refine(Map.of());
        assertThat(r.entities()).extracting(Entity::id).containsExactly("e1", "e2");
        assertThat(r.entities()).allSatisfy(e -> assertThat(e.link()).map(EntityLink::id).contains("Orlund"));
    }

    @Test
    void nothingToSplitOrJoinLeavesTheResolutionButLinked() {
        Fixture f = fixture(List.of("Brakkonia", "Velmor"), List.of("e1", "e2"));
        Resolution r = f.refine(Map.of());
        assertThat(r.mentionEntityIds()).isEqualTo(f.resolution().mentionEntityIds());
        assertThat(r.entities()).extracting(Entity::id).containsExactly("e1", "e2");
        assertThat(r.entities().get(0).link()).isPresent();
        assertThat(r.entities().get(1).link()).isEmpty();
    }
}
