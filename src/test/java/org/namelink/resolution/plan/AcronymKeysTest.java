package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.namelink.resolution.plan.PairDecisionsTest.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;

class AcronymKeysTest {

    private static Map<String, List<String>> index(NameGroup... longForms) {
        Map<String, List<String>> index = new HashMap<>();
        for (NameGroup g : longForms) {
            for (String k : AcronymKeys.longFormKeys(g)) {
                index.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(g.form().display());
            }
        }
        return index;
    }

    @Test
    void anAcronymFindsTheLongFormsOfItsInitialsInItsSense() {
        Map<String, List<String>> index = index(group(EntityType.ORGANIZATION, "Islamic Revolutionary Guard Corps"),
                group(EntityType.LOCATION, "Islamic Republic Gulf Coast"));
        assertThat(AcronymKeys.candidates(group(EntityType.ORGANIZATION, "IRGC"),
                k -> index.getOrDefault(k, List.of()))).contains("Islamic Revolutionary Guard Corps")
                .doesNotContain("Islamic Republic Gulf Coast");
    }

    @Test
    void lettersInAnotherOrderOnlyWhenNoLongFormHasTheExactInitials() {
        // The French order of the words: Organisation du traité de l'Atlantique nord as NATO.
        Map<String, List<String>> index = index(group(EntityType.ORGANIZATION, "Organisation Traite Atlantique Nord"));
        assertThat(AcronymKeys.candidates(group(EntityType.ORGANIZATION, "NATO"), k -> index.getOrDefault(k, List.of())))
                .containsOnly("Organisation Traite Atlantique Nord");
        assertThat(AcronymKeys.candidates(group(EntityType.ORGANIZATION, "OT"), k -> index.getOrDefault(k, List.of())))
                .as("too short to reorder").isEmpty();
    }

    @Test
    void onlyNamesOfTwoWordsOrMoreAreLongForms() {
        assertThat(AcronymKeys.isLongForm(group(EntityType.ORGANIZATION, "Hezbollah"))).isFalse();
        assertThat(AcronymKeys.isLongForm(group(EntityType.ORGANIZATION, "Quds Force"))).isTrue();
        assertThat(AcronymKeys.isLongForm(group(EntityType.ORGANIZATION, "IRGC"))).isFalse();
    }
}
