package org.namelink.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.namelink.mentions.EntityType;

/** Names here are deliberately not those of testdata/: the matcher must generalise. */
class NameMatcherTest {

    private static final NameMatcher MATCHER = NameMatcher.defaults();

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "LOCATION|Mosul|Mousul",
        "LOCATION|Falluja|Fallujah",
        "LOCATION|Kirkuk|Karkuk",
        "LOCATION|Tal Afar|Tel Afar",
        "LOCATION|Ain al-Tamr|Ein al Tamr",
        "LOCATION|Deir ez-Zor|Deir al-Zor",
        "PERSON|Muammar Qadhafi|Muammar Qaddafi",
        "PERSON|Hassan Nasrallah|Hasan Nasrallah",
        "PERSON|Mahmoud Abbas|Mahmud Abbas",
        "PERSON|Nouri al-Maliki|Nouri Maliki",
        "PERSON|Gen. Martin Dempsey|Martin Dempsey",
        "PERSON|Abdul-Aziz Bouteflika|Abdelaziz Bouteflika",
        "ORGANIZATION|Kata'ib Sayyid al-Shuhada|Kataib Sayyid al-Shuhada",
        "ORGANIZATION|Hizballah|Hezbollah",
        "ORGANIZATION|U.N.|UN",
        "LOCATION|U.K.|UK",
        "LOCATION|BEIRUT|Beirut",
    })
    void transliterationAndNormalizationVariantsMatch(EntityType type, String a, String b) {
        NameMatch m = MATCHER.match(type, a, b);
        assertThat(m.same()).as("%s vs %s: %s", a, b, m).isTrue();
        assertThat(m.score()).isGreaterThanOrEqualTo(MATCHER.threshold());
    }

    @ParameterizedTest(name = "{0}: {1} != {2}")
    @CsvSource(delimiter = '|', value = {
        "PERSON|Ruhollah Khomeini|Ruhollah Khamenei",
        "PERSON|Ali Larijani|Ali Shamkhani",
        "PERSON|Adel Abdul Mahdi|Abu Mahdi al-Mohandes",
        "LOCATION|Iran|Iraq",
        "LOCATION|Iran|Oran",
        "LOCATION|Damascus|Syria",
        "ORGANIZATION|Hezbollah|Kataib Hezbollah",
        "ORGANIZATION|Muslim Brotherhood|Brotherhood Party",
        "ORGANIZATION|Secretary of State|Islamic State",
        "PERSON|Bashar al-Assad|Hafez al-Assad",
    })
    void differentEntitiesStayApart(EntityType type, String a, String b) {
        assertThat(MATCHER.match(type, a, b).same()).as("%s vs %s", a, b).isFalse();
    }

    @Test
    void acronymsMatchInitialsOfTheLongForm() {
        assertThat(MATCHER.match(EntityType.ORGANIZATION, "PKK", "Kurdistan Workers Party").same()).isFalse();
        NameMatch m = MATCHER.match(EntityType.ORGANIZATION, "SDF", "Syrian Democratic Forces");
        assertThat(m.rule()).isEqualTo(MatchRule.ACRONYM);
        assertThat(m.same()).isTrue();
        assertThat(MATCHER.match(EntityType.ORGANIZATION, "SFD", "Syrian Democratic Forces").rule())
                .isEqualTo(MatchRule.TRANSPOSED_ACRONYM);
        assertThat(MATCHER.match(EntityType.ORGANIZATION, "DSF", "Syrian Democratic Forces").same()).isFalse();
    }

    @Test
    void shortFormsKeepTheSurnameOrTheOrganisationsDistinctiveWords() {
        assertThat(MATCHER.match(EntityType.PERSON, "Nasrallah", "Hassan Nasrallah").rule()).isEqualTo(MatchRule.SHORT_FORM);
        assertThat(MATCHER.match(EntityType.PERSON, "Hassan", "Hassan Nasrallah").same()).isFalse();
        assertThat(MATCHER.match(EntityType.ORGANIZATION, "Popular Front", "Popular Front Party").same()).isTrue();
        assertThat(MATCHER.match(EntityType.ORGANIZATION, "Party", "Popular Front Party").same()).isFalse();
    }

    @Test
    void aliasFileKnowsWhatNoAlgorithmCanDerive() {
        NameMatch m = MATCHER.match(EntityType.LOCATION, "Britain", "United Kingdom");
        assertThat(m.rule()).isEqualTo(MatchRule.ALIAS);
        assertThat(MATCHER.match(EntityType.LOCATION, "America", "Britain").same()).isFalse();
    }

    @Test
    void differentTypesNeverMatch() {
        assertThat(MATCHER.match(EntityType.PERSON, "Jordan", "Jordan").same()).isTrue();
        assertThat(MATCHER.match(MATCHER.analyzer().analyze("Jordan", EntityType.PERSON),
                MATCHER.analyzer().analyze("Jordan", EntityType.LOCATION)).same()).isFalse();
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> MATCHER.match(null, "a", "b")).hasMessageContaining("type");
        assertThatThrownBy(() -> NameMatcher.builder().threshold(1.5)).hasMessageContaining("1.5");
    }
}
