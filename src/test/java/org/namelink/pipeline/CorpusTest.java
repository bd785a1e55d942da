package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.Entity;

class CorpusTest {

    private static Entity entity(String id, EntityType type, String name, String... variants) {
        return new Entity(id, type, name, List.of(variants), List.of(), List.of("d1"), List.of(), false);
    }

    private final Entity brazil = entity("e1", EntityType.LOCATION, "Brazil", "Brasil", "Brazil");
    private final Entity team = entity("e2", EntityType.LOCATION, "Brazil", "Brazil");
    private final Entity federal = entity("e3", EntityType.ORGANIZATION, "Federative Republic", "Brazil",
            "Federative Republic");
    private final Corpus corpus = new Corpus(List.of(), List.of(brazil, team, federal));

    @Test
    void findsEntitiesByNameCanonicalFirstThenByVariantInOrderOfFirstMention() {
        assertThat(corpus.entitiesNamed("Brazil")).containsExactly(brazil, team, federal);
        assertThat(corpus.entitiesNamed("Brasil")).containsExactly(brazil);
        assertThat(corpus.entitiesNamed("Chile")).isEmpty();
        assertThat(corpus.entity("Brazil")).contains(brazil);
        assertThat(corpus.entity("Federative Republic")).contains(federal);
        assertThat(corpus.entity("Chile")).isEmpty();
    }

    @Test
    void findsEntitiesByAnySpellingWithTheDefaultMatcher() {
        Entity kestrabad = entity("e1", EntityType.LOCATION, "Kestrabad", "Kestrabad", "Qestrabad");
        Entity velkas = entity("e2", EntityType.PERSON, "Doran Velkas", "Doran Velkas", "Velkas");
        Corpus c = new Corpus(List.of(), List.of(kestrabad, velkas));
        assertThat(c.entity("kestrabad")).contains(kestrabad);
        assertThat(c.entity("Kastrabad")).contains(kestrabad);
        assertThat(c.entity("Mr Velkas")).contains(velkas);
        assertThat(c.find("Velkas")).extracting(m -> m.entity().id(), m -> m.how().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e2", "EXACT"));
        assertThat(c.entitiesNamed("kestrabad")).isEmpty();
    }

    @Test
    void findsEntitiesById() {
        assertThat(corpus.entityById("e2")).contains(team);
        assertThat(corpus.entityById("e9")).isEmpty();
    }

    @Test
    void rejectsTwoEntitiesWithOneId() {
        assertThatThrownBy(() -> new Corpus(List.of(), List.of(brazil, brazil)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'e1'");
    }
}
