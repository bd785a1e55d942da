package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.NearMisses;
import org.namelink.resolution.ResolverDocument;

/**
 * The review queue (issue 20, item 3): near misses a batch records, accepted or rejected by a
 * person, become the registry's merges and keep-apart corrections, which later batches keep.
 * Made-up names, with a strict threshold so that they score near it.
 */
class ReviewQueueTest extends RegistryFixture {

    /** hostek~hastik scores about 0.93 (kept apart at 0.95), varnholt~vornhalt about 0.976 (joined). */
    private static final EntityResolver STRICT = EntityResolver.create(NameMatcher.defaults().withThreshold(0.95));
    /** The default threshold joins both pairs: what a user's decision must outlast. */
    private static final EntityResolver DEFAULT = RESOLVER;

    private static ResolverDocument place(String id, String name) {
        return doc(id, EntityType.LOCATION, name);
    }

    private RegisteredBatch firstBatch() {
        return registry.add(List.of(place("d1", "Hostek"), place("d2", "Hastik"), place("d3", "Varnholt"),
                place("d4", "Vornhalt")), STRICT, NearMisses.DEFAULT);
    }

    private ReviewPair pairOf(String name) {
        return registry.reviewQueue().stream()
                .filter(p -> p.nearMiss().nameA().equals(name) || p.nearMiss().nameB().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void aBatchQueuesItsNearMissesWithRegistryIds() {
        RegisteredBatch batch = firstBatch();

        assertThat(registry.reviewQueue()).hasSize(2);
        ReviewPair apart = pairOf("Hostek");
        assertThat(apart.nearMiss().joined()).isFalse();
        assertThat(apart.sameEntity()).isFalse();
        assertThat(apart.status()).isEqualTo(ReviewPair.Status.PENDING);
        assertThat(pairOf("Varnholt").sameEntity()).isTrue();
        assertThat(batch.nearMisses().pairs()).hasSize(2).allSatisfy(m ->
                assertThat(m.entityA().orElseThrow()).startsWith("N"));
        assertThat(apart.nearMiss().explanation()).contains("hastik~hostek");
    }

    @Test
    void acceptedAndRejectedPairsHoldInLaterBatchesAndNeverComeBack() {
        firstBatch();
        ReviewPair apart = pairOf("Hostek");
        ReviewPair joined = pairOf("Varnholt");

        RegistryEntity merged = registry.accept(apart.number());
        List<RegistryEntity> split = registry.reject(joined.number());

        assertThat(merged.variants()).extracting(RegistryEntity.Variant::name).containsExactlyInAnyOrder("Hostek", "Hastik");
        assertThat(split).hasSize(2);
        assertThat(split.get(0).id()).isNotEqualTo(split.get(1).id());
        assertThat(registry.reviewQueue()).isEmpty();
        assertThat(registry.history(merged.id())).extracting(RegistryEvent::kind).contains("reviewed");
        assertThat(registry.history(split.get(1).id())).extracting(RegistryEvent::detail)
                .anyMatch(d -> d.contains("rejected pair " + joined.number()));

        // Again with the strict resolver: its near misses were reviewed, none is queued again.
        RegisteredBatch again = registry.add(List.of(place("d5", "Hastik"), place("d6", "Vornhalt"),
                place("d7", "Varnholt"), place("d8", "Hostek")), STRICT, NearMisses.DEFAULT);
        assertThat(again.nearMisses().pairs()).isEmpty();
        assertThat(registry.reviewQueue()).isEmpty();
        assertThat(idOf(again, "Hastik")).isEqualTo(idOf(again, "Hostek")).isEqualTo(merged.id());
        assertThat(idOf(again, "Vornhalt")).isNotEqualTo(idOf(again, "Varnholt"));

        // With the default threshold and a spelling between the two, which joins both: the rejection holds.
        RegisteredBatch lenient = registry.add(List.of(place("d9", "Varnhalt"), place("d10", "Vornhalt"),
                place("d11", "Varnholt")), DEFAULT, NearMisses.DEFAULT);
        assertThat(idOf(lenient, "Vornhalt")).isNotEqualTo(idOf(lenient, "Varnholt"));
    }

    @Test
    void aJoinedPairIsRejectedByItsNameGroupsWhateverItsNamesAreWrittenNow() throws Exception {
        firstBatch();
        ReviewPair joined = pairOf("Varnholt");
        String entity = joined.entityA();
        // The entity's mentions are written otherwise now: neither name the pair shows is a variant.
        registry.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement()) {
            for (String table : List.of("mention", "variant")) {
                s.executeUpdate("UPDATE " + table + " SET display = upper(display) WHERE display IN ('Varnholt', 'Vornhalt')");
            }
            s.executeUpdate("UPDATE entity SET name = upper(name) WHERE name IN ('Varnholt', 'Vornhalt')");
        }
        registry = EntityRegistry.open(file());
        assertThat(registry.entity(entity).orElseThrow().variants()).extracting(RegistryEntity.Variant::name)
                .containsExactlyInAnyOrder("VARNHOLT", "VORNHALT");

        // Before, the split looked for a variant 'Vornhalt' and the pair could never be rejected.
        List<RegistryEntity> two = registry.reject(joined.number());

        assertThat(two).hasSize(2);
        assertThat(two.get(0).id()).isNotEqualTo(two.get(1).id());
        assertThat(two).flatExtracting(RegistryEntity::variants).extracting(RegistryEntity.Variant::name)
                .containsExactlyInAnyOrder("VARNHOLT", "VORNHALT");
        assertThat(two).allSatisfy(e -> assertThat(e.variants()).hasSize(1));
        assertThat(registry.history(two.get(1).id())).extracting(RegistryEvent::detail)
                .anyMatch(d -> d.contains("rejected pair " + joined.number()));
        assertThat(registry.reviewQueue()).extracting(ReviewPair::number).doesNotContain(joined.number());
        // And the two stay apart in a later batch that would join them.
        RegisteredBatch lenient = registry.add(List.of(place("d9", "Varnhalt"), place("d10", "Vornhalt"),
                place("d11", "Varnholt")), DEFAULT, NearMisses.DEFAULT);
        assertThat(idOf(lenient, "Vornhalt")).isNotEqualTo(idOf(lenient, "Varnholt"));
    }

    @Test
    void aRejectedPairOfTwoEntitiesIsKeptApartByALenientResolver() {
        firstBatch();
        ReviewPair apart = pairOf("Hostek");

        List<RegistryEntity> two = registry.reject(apart.number());

        assertThat(two).extracting(RegistryEntity::id).containsExactlyInAnyOrder(apart.entityA(), apart.entityB());
        // Hostik, new, is a spelling of both: without the rejection the batch would merge the two.
        RegisteredBatch lenient = registry.add(List.of(place("d5", "Hostik"), place("d6", "Hostek"),
                place("d7", "Hastik")), DEFAULT);
        assertThat(idOf(lenient, "Hostek")).isNotEqualTo(idOf(lenient, "Hastik"));
    }

    @Test
    void withoutARejectionASpellingBetweenTwoEntitiesMergesThem() {
        firstBatch();

        RegisteredBatch lenient = registry.add(List.of(place("d5", "Hostik"), place("d6", "Hostek"),
                place("d7", "Hastik")), DEFAULT);

        assertThat(idOf(lenient, "Hostek")).isEqualTo(idOf(lenient, "Hastik"));
    }

    @Test
    void aPairIsReviewedOnce() {
        firstBatch();
        long number = pairOf("Hostek").number();
        registry.accept(number);

        assertThatThrownBy(() -> registry.reject(number)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pair " + number + " was accepted already");
        assertThatThrownBy(() -> registry.accept(9999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no pair 9999");
    }
}
