package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatcher;

class CandidateBlocksTest {

    private record Item(String name, EntityType type, List<String> keys) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("a", EntityType.PERSON, List.of("x", "y")),
            new Item("b", EntityType.PERSON, List.of("x")),
            new Item("c", EntityType.PERSON, List.of("x", "z")),
            new Item("d", EntityType.LOCATION, List.of("z")));

    private static final CandidateBlocks<Item> BLOCKS = CandidateBlocks.of(ITEMS, Item::type, Item::keys);

    @Test
    void filesEachItemUnderEachKeyOfItsTypeInOrder() {
        assertThat(BLOCKS.block(EntityType.PERSON, "x")).extracting(Item::name).containsExactly("a", "b", "c");
        assertThat(BLOCKS.block(EntityType.PERSON, "z")).extracting(Item::name).containsExactly("c");
        assertThat(BLOCKS.block(EntityType.LOCATION, "x")).isEmpty();
        assertThat(BLOCKS.block(EntityType.ORGANIZATION, "x")).isEmpty();
    }

    @Test
    void candidatesAreTheSmallestBlockOfMoreThanOneTheFirstOfEquals() {
        // y holds a alone: a block of one offers no candidate, so x, rarer than nothing else, is searched.
        assertThat(BLOCKS.smallestBlock(EntityType.PERSON, List.of("x", "y"))).extracting(Item::name)
                .containsExactly("a", "b", "c");
        // Every block of one: the first.
        assertThat(BLOCKS.smallestBlock(EntityType.PERSON, List.of("y", "z"))).extracting(Item::name)
                .containsExactly("a");
        assertThat(BLOCKS.smallestBlock(EntityType.PERSON, List.of("w"))).isEmpty();
        assertThat(BLOCKS.smallestBlock(EntityType.PERSON, List.of())).isEmpty();
        assertThat(CandidateBlocks.smallest(List.of(List.of(1, 2), List.of(3, 4), List.of(5, 6, 7))))
                .containsExactly(1, 2);
        assertThat(CandidateBlocks.smallest(List.of(List.of(1), List.of(3, 4), List.of(5, 6, 7))))
                .containsExactly(3, 4);
    }

    @Test
    void blocksCannotBeChangedByTheirReaders() {
        assertThatThrownBy(() -> BLOCKS.block(EntityType.PERSON, "x").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlyNamesWithWordsThatAreNoAcronymsAreBlocked() {
        var analyzer = NameMatcher.defaults().analyzer();
        assertThat(CandidateBlocks.isBlocked(analyzer.analyze("Erbil", EntityType.LOCATION))).isTrue();
        assertThat(CandidateBlocks.isBlocked(analyzer.analyze("IRGC", EntityType.ORGANIZATION))).isFalse();
        assertThat(CandidateBlocks.isBlocked(analyzer.analyze("The", EntityType.ORGANIZATION))).isFalse();
    }
}
