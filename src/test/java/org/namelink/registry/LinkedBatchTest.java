package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.namelink.linking.LinkRefinement;
import org.namelink.linking.Linker;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchRule;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityLink;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;

/**
 * Links feed the registry's resolution as they feed one JVM's ({@link LinkRefinement}): two
 * spellings no rule joins, linked confidently to one article by a made-up linker, are one entity
 * in both, for the same reason.
 */
class LinkedBatchTest extends RegistryFixture {

    /** Links every entity to one made-up article. */
    private static final Linker ONE_ARTICLE = (entities, words) -> entities.stream()
            .map(e -> Optional.of(EntityLink.wikipedia("Velmorian_Navy", 0.9))).toList();

    private RegisteredBatch addLinked(List<ResolverDocument> docs, Linker linker) {
        return registry.add(docs, RESOLVER, resolution -> {
            Map<String, EntityLink> links = new HashMap<>();
            for (Entity e : linker.link(resolution.entities(), Map.of())) {
                e.link().ifPresent(l -> links.put(e.id(), l));
            }
            return links;
        });
    }

    @Test
    void twoSpellingsLinkedToOneArticleJoinInTheRegistryAsInOneJvm() {
        List<ResolverDocument> docs = List.of(doc("a", EntityType.ORGANIZATION, "Velmorian Navy"),
                doc("b", EntityType.ORGANIZATION, "Tarsk Fleet", EntityType.PERSON, "Orrin Vasque"));
        Resolution oneJvm = LinkRefinement.refine(RESOLVER.resolve(docs), docs, ONE_ARTICLE, Map.of());
        Entity expected = oneJvm.entities().get(0);
        assertThat(expected.variants()).containsExactly("Tarsk Fleet", "Velmorian Navy");

        RegisteredBatch batch = addLinked(docs, ONE_ARTICLE);

        assertThat(batch.resolution().mentionEntityIds()).isEqualTo(oneJvm.mentionEntityIds());
        assertThat(batch.resolution().entities()).hasSize(2);
        Entity joined = batch.resolution().entities().get(0);
        assertThat(List.of(joined.id(), joined.name(), joined.variants(), joined.reasons()))
                .isEqualTo(List.of(expected.id(), expected.name(), expected.variants(), expected.reasons()));
        assertThat(joined.reasons()).singleElement().satisfies(r -> assertThat(r.rule()).isEqualTo(MatchRule.SAME_ARTICLE));
        String id = idOf(batch, "Tarsk Fleet");
        assertThat(idOf(batch, "Velmorian Navy")).isEqualTo(id);
        RegistryEntity stored = registry.entity(id).orElseThrow();
        assertThat(stored.variants()).extracting(RegistryEntity.Variant::name)
                .containsExactlyInAnyOrder("Velmorian Navy", "Tarsk Fleet");
        assertThat(stored.link()).contains(EntityLink.wikipedia("Velmorian_Navy", 0.9));
        // The person, of another type, is not joined by the same article.
        assertThat(idOf(batch, "Orrin Vasque")).isNotEqualTo(id);

        // A later batch's spelling finds the joined entity.
        RegisteredBatch later = registry.add(List.of(doc("c", EntityType.ORGANIZATION, "Tarsk Fleet")), RESOLVER);
        assertThat(idOf(later, "Tarsk Fleet")).isEqualTo(id);
    }

    @Test
    void twoEntitiesAlreadyInTheRegistryJoinWhenABatchLinksThemToOneArticle() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.ORGANIZATION, "Velmorian Navy"),
                doc("b", EntityType.ORGANIZATION, "Tarsk Fleet")), RESOLVER);
        assertThat(idOf(first, "Velmorian Navy")).isNotEqualTo(idOf(first, "Tarsk Fleet"));

        RegisteredBatch second = addLinked(List.of(doc("c", EntityType.ORGANIZATION, "Velmorian Navy", EntityType.ORGANIZATION, "Tarsk Fleet")),
                ONE_ARTICLE);

        assertThat(idOf(second, "Velmorian Navy")).isEqualTo(idOf(second, "Tarsk Fleet"));
        assertThat(idOf(first, "Velmorian Navy")).isEqualTo(idOf(first, "Tarsk Fleet"));
    }
}
