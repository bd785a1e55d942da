package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.names.MatchRule;
import org.namelink.names.NameMatch;
import org.namelink.resolution.MergeReason;

class ClustersTest {

    private static final NameMatch SPELLING = new NameMatch(0.9, MatchRule.TRANSLITERATION, true);

    @Test
    void theRootIsTheLowestGroupWhateverTheOrderOfJoins() {
        Clusters c = new Clusters(5);
        assertThat(c.union(4, 3, SPELLING, "d", "c")).isTrue();
        assertThat(c.union(3, 1, SPELLING, "c", "b")).isTrue();
        assertThat(c.find(4)).isEqualTo(1);
        assertThat(c.same(1, 4)).isTrue();
        assertThat(c.same(0, 4)).isFalse();
        assertThat(c.union(1, 4, SPELLING, "b", "d")).as("already one cluster").isFalse();
    }

    @Test
    void keepsEachJoinsReasonUnderBothSides() {
        Clusters c = new Clusters(3);
        c.union(2, 0, SPELLING, "Irbil", "Erbil");
        c.union(2, 1, new NameMatch(1.0, MatchRule.ALIAS, true), "Irbil", "Arbil");
        assertThat(c.firstReason(2)).hasValue(new MergeReason("Irbil", MatchRule.TRANSLITERATION, "Erbil", 0.9));
        assertThat(c.firstReason(0)).hasValue(new MergeReason("Erbil", MatchRule.TRANSLITERATION, "Irbil", 0.9));
        assertThat(c.firstReason(1)).hasValue(new MergeReason("Arbil", MatchRule.ALIAS, "Irbil", 1.0));
        assertThat(new Clusters(1).firstReason(0)).isEmpty();
    }

    @Test
    void onlyOneOtherClusterFits() {
        Clusters c = new Clusters(5);
        c.union(1, 2, SPELLING, "b", "c");
        assertThat(c.onlyOtherCluster(List.of(1, 2), i -> i, 0)).hasValue(1);
        assertThat(c.onlyOtherCluster(List.of(1, 3), i -> i, 0)).as("two entities fit").isEmpty();
        assertThat(c.onlyOtherCluster(List.of(1, 2), i -> i, 2)).as("already joined").isEmpty();
        assertThat(c.onlyOtherCluster(List.<Integer>of(), i -> i, 0)).isEmpty();
    }
}
