package org.namelink.resolution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.MatchRule;
import org.namelink.names.NameMatcher;

class PairDecisionsTest {

    private static final NameMatcher MATCHER = NameMatcher.defaults();
    private static final PairDecisions DECISIONS = PairDecisions.of(MATCHER);

    static NameGroup group(EntityType type, String name, boolean team) {
        var form = MATCHER.analyzer().analyze(name, type);
        return NameGroup.of(type, NameGroup.nameKey(form), form, team, MATCHER.aliases());
    }

    static NameGroup group(EntityType type, String name) {
        return group(type, name, false);
    }

    @Test
    void joinsTransliterationsOfOneLength() {
        assertThat(DECISIONS.spelling(group(EntityType.LOCATION, "Erbil"), group(EntityType.LOCATION, "Irbil")))
                .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(MatchRule.TRANSLITERATION));
        assertThat(DECISIONS.spelling(group(EntityType.LOCATION, "Mosul"), group(EntityType.LOCATION, "Baghdad")))
                .isEmpty();
        assertThat(DECISIONS.spelling(group(EntityType.PERSON, "Muammar Qadhafi"),
                group(EntityType.PERSON, "Qaddafi"))).isEmpty();
    }

    @Test
    void neverJoinsATeamToItsPlace() {
        assertThat(DECISIONS.spelling(group(EntityType.LOCATION, "Brazil", true), group(EntityType.LOCATION, "Brazil")))
                .isEmpty();
        assertThat(DECISIONS.shortForm(group(EntityType.LOCATION, "Korea", true),
                group(EntityType.LOCATION, "South Korea"))).isEmpty();
    }

    @Test
    void findsShortFormsOnlyOfLongerNames() {
        NameGroup shortName = group(EntityType.PERSON, "Soleimani");
        NameGroup longName = group(EntityType.PERSON, "Qassem Soleimani");
        assertThat(DECISIONS.shortForm(shortName, longName)).isPresent();
        assertThat(DECISIONS.shortForm(longName, shortName)).isEmpty();
        assertThat(DECISIONS.shortForm(shortName, group(EntityType.PERSON, "Qassem Khamenei"))).isEmpty();
    }

    @Test
    void aBlockMembersShapeTellsWhatTheShortFormTestWouldReadOfIt() {
        // Every ordered pair of made-up names, both senses: the shapes' answer is the test's own.
        String[] names = {"Torvak", "Miran Torvak", "M. Torvak", "Miran Elsk Torvak", "M. E. Torvak", "Torvak Elsk",
            "Velka Hora", "Hora"};
        for (EntityType type : EntityType.values()) {
            for (String a : names) {
                for (String b : names) {
                    for (int senses = 0; senses < 4; senses++) {
                        NameGroup x = group(type, a, (senses & 1) != 0);
                        NameGroup y = group(type, b, (senses & 2) != 0);
                        boolean expected = x.team() == y.team() && NameMatcher.isShorter(x.form(), y.form());
                        assertThat(PairDecisions.mayBeShortFormOf(PairDecisions.shape(x), PairDecisions.shape(y), type))
                                .as("%s %s / %s", type, x, y).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void anAcronymMatchesTheInitialsOfItsLongForm() {
        assertThat(DECISIONS.acronym(group(EntityType.ORGANIZATION, "IRGC"),
                group(EntityType.ORGANIZATION, "Islamic Revolutionary Guard Corps"))).isPresent();
        assertThat(DECISIONS.acronym(group(EntityType.ORGANIZATION, "IRGC"),
                group(EntityType.ORGANIZATION, "National Rifle Association"))).isEmpty();
    }

    @Test
    void listedAliasesAndAcronymsAreNoShortForms() {
        assertThat(DECISIONS.mayBeShortForm(group(EntityType.PERSON, "Soleimani"))).isTrue();
        assertThat(DECISIONS.mayBeShortForm(group(EntityType.ORGANIZATION, "IRGC"))).isFalse();
        NameGroup listed = group(EntityType.LOCATION, "America");
        assertThat(listed.alias()).as("models/aliases.tsv lists America").isPresent();
        assertThat(DECISIONS.mayBeShortForm(listed)).isFalse();
    }
}
