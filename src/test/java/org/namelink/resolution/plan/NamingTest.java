package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.namelink.names.MatchRule;
import org.namelink.resolution.MergeReason;
import org.namelink.resolution.plan.Naming.Variant;

class NamingTest {

    @Test
    void aGroupIsWrittenAsItsMostFrequentSpellingTheFirstSeenOfEquals() {
        List<java.util.Map.Entry<String, Integer>> seen = List.of(java.util.Map.entry("Mr Varon", 2),
                java.util.Map.entry("Lord Varon", 3), java.util.Map.entry("Varon", 3));
        assertThat(Naming.mostFrequent(seen, java.util.Map.Entry::getValue)).map(java.util.Map.Entry::getKey)
                .contains("Lord Varon");
        assertThat(Naming.mostFrequent(List.<String>of(), String::length)).isEmpty();
    }

    @Test
    void theCanonicalNameIsTheFullestWellFormedVariant() {
        assertThat(Naming.canonicalName(List.of(new Variant("IRGC", 9, true, 1),
                new Variant("Revolutionary Guards", 5, false, 2),
                new Variant("Islamic Revolutionary Guard Corps", 1, false, 4)))).isEqualTo(
                "Islamic Revolutionary Guard Corps");
        assertThat(Naming.canonicalName(List.of(new Variant("QASSEM SOLEIMANI", 9, false, 2),
                new Variant("Qassem Soleimani", 1, false, 2)))).isEqualTo("Qassem Soleimani");
    }

    @Test
    void aSpellingWithInvisibleCharactersIsTheNameOnlyWhenThereIsNoOther() {
        // Was "Ke\u200Bmal Ar\u200Ddoni", the most frequent.
        assertThat(Naming.canonicalName(List.of(new Variant("Ke\u200Bmal Ar\u200Ddoni", 3, false, 2),
                new Variant("Kemal Ardoni", 1, false, 2), new Variant("KA", 5, true, 1)))).isEqualTo("Kemal Ardoni");
        assertThat(Naming.canonicalName(List.of(new Variant("Tal\u00ADmora", 3, false, 1), new Variant("TALMORA", 1, false, 1))))
                .isEqualTo("TALMORA");
        assertThat(Naming.canonicalName(List.of(new Variant("Tal\u00ADmora", 3, false, 1))))
                .isEqualTo("Tal\u00ADmora");
    }

    @Test
    void thenTheMostFrequentThenTheFirstSeen() {
        assertThat(Naming.canonicalName(List.of(new Variant("Irbil", 1, false, 1), new Variant("Erbil", 3, false, 1))))
                .isEqualTo("Erbil");
        assertThat(Naming.canonicalName(List.of(new Variant("Irbil", 2, false, 1), new Variant("Erbil", 2, false, 1))))
                .isEqualTo("Irbil");
    }

    @Test
    void explainsAVariantByItsJoinOrByItsGroup() {
        MergeReason join = new MergeReason("Irbil", MatchRule.TRANSLITERATION, "Erbil", 0.9);
        assertThat(Naming.variantReason("Irbil's", "Erbil", false, Optional.of(join), "Irbil"))
                .isEqualTo(new MergeReason("Irbil's", MatchRule.TRANSLITERATION, "Erbil", 0.9));
        assertThat(Naming.variantReason("ERBIL", "Erbil", true, Optional.of(join), "Erbil"))
                .isEqualTo(new MergeReason("ERBIL", MatchRule.NORMALIZED, "Erbil", 1.0));
        assertThat(Naming.variantReason("IRBIL", "Erbil", false, Optional.empty(), "Irbil"))
                .isEqualTo(new MergeReason("IRBIL", MatchRule.NORMALIZED, "Irbil", 1.0));
    }

    @Test
    void variantsAreListedSortedAndIdsCountFromOne() {
        assertThat(Naming.variantList(List.of("b", "a", "c"))).containsExactly("a", "b", "c");
        assertThat(Naming.entityId(1)).isEqualTo("e1");
    }
}
