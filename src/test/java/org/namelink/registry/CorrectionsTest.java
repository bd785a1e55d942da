package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;

/** Merges, splits and aliases by a user, and that later batches keep them. */
class CorrectionsTest extends RegistryFixture {

    @Test
    void spellingsJoinAcrossBatchesUnderTheFirstId() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.LOCATION, "Erbil")), RESOLVER);
        RegisteredBatch second = registry.add(List.of(doc("b", EntityType.LOCATION, "Irbil")), RESOLVER);
        assertThat(idOf(second, "Irbil")).isEqualTo(idOf(first, "Erbil"));
        RegistryEntity erbil = registry.entity(idOf(first, "Erbil")).orElseThrow();
        assertThat(erbil.variants()).extracting(RegistryEntity.Variant::name).containsExactlyInAnyOrder("Erbil", "Irbil");
        assertThat(erbil.documents()).isEqualTo(2);
        assertThat(registry.history(erbil.id())).extracting(RegistryEvent::kind).containsExactly("created", "variant",
                "variant");
        assertThat(registry.history(erbil.id()).get(2).detail()).contains("Irbil").contains("Erbil");
    }

    @Test
    void aBatchThatJoinsTwoEntitiesMergesTheYoungerIntoTheOlder() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.PERSON, "Muammar Qadhafi"),
                doc("b", EntityType.ORGANIZATION, "Islamic Revolutionary Guard Corps")), RESOLVER);
        RegisteredBatch second = registry.add(List.of(doc("c", EntityType.ORGANIZATION, "IRGC")), RESOLVER);
        String irgc = idOf(second, "IRGC");
        String corps = idOf(first, "Islamic Revolutionary Guard Corps");
        assertThat(irgc).as("an acronym joins the one long form that fits").isEqualTo(corps);
    }

    @Test
    void aUsersMergeRedirectsAndLasts() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.PERSON, "Abu Bakr Baghdadi"),
                doc("b", EntityType.PERSON, "Ibrahim Awad Badri")), RESOLVER);
        String baghdadi = idOf(first, "Abu Bakr Baghdadi");
        String badri = idOf(first, "Ibrahim Awad Badri");
        assertThat(baghdadi).isNotEqualTo(badri);
        RegistryEntity merged = registry.merge(baghdadi, badri);
        assertThat(merged.id()).isEqualTo(baghdadi);
        assertThat(registry.entity(badri).orElseThrow().status()).isEqualTo(RegistryEntity.Status.MERGED);
        assertThat(registry.current(badri)).extracting(RegistryEntity::id).containsExactly(baghdadi);
        RegisteredBatch later = registry.add(List.of(doc("c", EntityType.PERSON, "Ibrahim Awad Badri")), RESOLVER);
        assertThat(later.registryIds()).containsExactly(baghdadi);
        assertThat(registry.history(baghdadi)).extracting(RegistryEvent::kind).contains("merged", "corrected");
        assertThatThrownBy(() -> registry.merge(badri, baghdadi)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("merged");
    }

    @Test
    void aUsersSplitKeepsTheIdForTheRestGivesTheVariantANewOneAndIsNeverUndone() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.LOCATION, "Erbil"),
                doc("b", EntityType.LOCATION, "Irbil")), RESOLVER);
        String old = idOf(first, "Erbil");
        assertThat(idOf(first, "Irbil")).isEqualTo(old);
        List<RegistryEntity> parts = registry.split(old, "Irbil");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).id()).as("the rest keeps its id").isEqualTo(old);
        assertThat(parts.get(1).id()).isNotEqualTo(old);
        assertThat(parts.get(0).variants()).extracting(RegistryEntity.Variant::name).containsExactly("Erbil");
        assertThat(parts.get(1).variants()).extracting(RegistryEntity.Variant::name).containsExactly("Irbil");
        assertThat(parts.get(1).name()).isEqualTo("Irbil");
        assertThat(registry.entity(old).orElseThrow().status()).isEqualTo(RegistryEntity.Status.ACTIVE);
        assertThat(registry.current(old)).extracting(RegistryEntity::id).containsExactly(old);
        assertThat(registry.entities()).extracting(RegistryEntity::id).containsExactly(old, parts.get(1).id());
        // Later batches name both spellings, and a third that fits both: the parts stay apart.
        RegisteredBatch later = registry.add(List.of(doc("c", EntityType.LOCATION, "Erbil", EntityType.LOCATION,
                "Irbil"), doc("d", EntityType.LOCATION, "Arbil")), RESOLVER);
        assertThat(idOf(later, "Erbil")).isEqualTo(old);
        assertThat(idOf(later, "Irbil")).isEqualTo(parts.get(1).id());
        // Both ids say what happened.
        assertThat(registry.history(old)).filteredOn(e -> e.kind().equals("split")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("'Irbil'").contains(parts.get(1).id())
                        .contains("keeps Erbil"));
        assertThat(registry.history(parts.get(1).id()).get(0).detail()).isEqualTo("LOCATION Irbil: a user split it off " + old
                + " (Erbil, LOCATION)");
        assertThatThrownBy(() -> registry.split(old, "Mosul")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no variant 'Mosul'");
    }

    @Test
    void aSplitOffPartStaysApartFromWhatTheEntityWasKeptApartFrom() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.LOCATION, "Erbil"),
                doc("b", EntityType.LOCATION, "Irbil"), doc("c", EntityType.LOCATION, "Arbil")), RESOLVER);
        String erbil = idOf(first, "Erbil");
        String irbil = registry.split(erbil, "Irbil").get(1).id();
        String arbil = registry.split(erbil, "Arbil").get(1).id();
        RegisteredBatch later = registry.add(List.of(doc("d", EntityType.LOCATION, "Irbil", EntityType.LOCATION,
                "Arbil", EntityType.LOCATION, "Erbil")), RESOLVER);
        assertThat(List.of(idOf(later, "Erbil"), idOf(later, "Irbil"), idOf(later, "Arbil")))
                .containsExactly(erbil, irbil, arbil);
    }

    @Test
    void entitiesOfDifferentTypesAreNeverMergedAndTheRegistryIsUnchanged() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.LOCATION, "Beirut"),
                doc("b", EntityType.PERSON, "Michel Aoun", EntityType.PERSON, "Michel Aoun")), RESOLVER);
        String beirut = idOf(first, "Beirut");
        String aoun = idOf(first, "Michel Aoun");
        RegistryEntity beirutBefore = registry.entity(beirut).orElseThrow();
        RegistryEntity aounBefore = registry.entity(aoun).orElseThrow();
        int events = registry.history(beirut).size() + registry.history(aoun).size();
        assertThatThrownBy(() -> registry.merge(beirut, aoun)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(beirut).hasMessageContaining("Beirut").hasMessageContaining("LOCATION")
                .hasMessageContaining(aoun).hasMessageContaining("Michel Aoun").hasMessageContaining("PERSON");
        assertThat(registry.entity(beirut)).contains(beirutBefore);
        assertThat(registry.entity(aoun)).contains(aounBefore);
        assertThat(registry.history(beirut).size() + registry.history(aoun).size()).isEqualTo(events);
    }

    @Test
    void aPinnedAliasTakesLaterMentionsToItsEntity() {
        RegisteredBatch first = registry.add(List.of(doc("a", EntityType.PERSON, "Muammar Qadhafi")), RESOLVER);
        String qadhafi = idOf(first, "Muammar Qadhafi");
        registry.pinAlias(qadhafi, "Brother Leader", RESOLVER);
        RegisteredBatch later = registry.add(List.of(doc("b", EntityType.PERSON, "Brother Leader")), RESOLVER);
        assertThat(later.registryIds()).containsExactly(qadhafi);
        assertThat(registry.entity(qadhafi).orElseThrow().variants()).extracting(RegistryEntity.Variant::name)
                .contains("Brother Leader");
        assertThat(registry.history(qadhafi)).extracting(RegistryEvent::detail)
                .anyMatch(d -> d.contains("pinned alias 'Brother Leader'"));
    }
}
