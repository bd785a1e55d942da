package org.namelink.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatcher;

/** Place names standing for teams resolve apart from the places ({@link ResolverDocument#teamMentions()}). */
class TeamSenseResolutionTest {

    private static final EntityResolver RESOLVER = EntityResolver.create(NameMatcher.defaults());

    /** A document of one-word-apart mentions; {@code team} lists the indices that name teams. */
    private static ResolverDocument doc(String id, Set<Integer> team, Object... typeAndName) {
        return EntityResolverTest.docWithTeams(id, team, typeAndName);
    }

    private static String id(Resolution r, int doc, int mention) {
        return r.mentionEntityIds().get(doc).get(mention);
    }

    @Test
    void aTeamIsNotItsCountryButIsItselfInEveryReport() {
        Resolution r = RESOLVER.resolve(List.of(
                doc("politics", Set.of(), EntityType.LOCATION, "Chile", EntityType.LOCATION, "Santiago"),
                doc("match", Set.of(0), EntityType.LOCATION, "Chile", EntityType.LOCATION, "Santiago"),
                doc("report", Set.of(0), EntityType.LOCATION, "CHILE"),
                doc("travel", Set.of(), EntityType.LOCATION, "Chile")));
        assertThat(id(r, 1, 0)).isEqualTo(id(r, 2, 0)).isNotEqualTo(id(r, 0, 0));
        assertThat(id(r, 3, 0)).isEqualTo(id(r, 0, 0));
        // Santiago in the match report is still the city.
        assertThat(id(r, 1, 1)).isEqualTo(id(r, 0, 1));
        // Both senses stay places by type.
        assertThat(r.entities()).filteredOn(e -> e.variants().contains("Chile")).hasSize(2)
                .allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
    }

    @Test
    void aliasesJoinWithinASenseAndNeverAcrossIt() {
        Resolution r = RESOLVER.resolve(List.of(
                doc("a", Set.of(), EntityType.LOCATION, "United States"),
                doc("b", Set.of(0), EntityType.LOCATION, "U.S."),
                doc("c", Set.of(0), EntityType.LOCATION, "United States"),
                doc("d", Set.of(), EntityType.LOCATION, "USA")));
        assertThat(id(r, 0, 0)).isEqualTo(id(r, 3, 0));
        assertThat(id(r, 1, 0)).isEqualTo(id(r, 2, 0));
        assertThat(id(r, 0, 0)).isNotEqualTo(id(r, 1, 0));
    }

    @Test
    void anAcronymStillFindsItsOneLongFormWhenTheNameIsAlsoATeam() {
        Resolution r = RESOLVER.resolve(List.of(
                doc("a", Set.of(), EntityType.LOCATION, "Central African Republic"),
                doc("b", Set.of(), EntityType.LOCATION, "CAR"),
                doc("c", Set.of(0), EntityType.LOCATION, "Central African Republic")));
        assertThat(id(r, 1, 0)).isEqualTo(id(r, 0, 0)).isNotEqualTo(id(r, 2, 0));
    }

    @Test
    void onlyNamesResolvedAsPlacesTakeTheTeamSense() {
        // A club is an organisation in every story: its sense does not split it.
        Resolution r = RESOLVER.resolve(List.of(
                doc("a", Set.of(0), EntityType.ORGANIZATION, "Ridgeford Rovers"),
                doc("b", Set.of(), EntityType.ORGANIZATION, "Ridgeford Rovers"),
                doc("c", Set.of(0), EntityType.PERSON, "Dana Ruiz"),
                doc("d", Set.of(), EntityType.PERSON, "Dana Ruiz")));
        assertThat(id(r, 0, 0)).isEqualTo(id(r, 1, 0));
        assertThat(id(r, 2, 0)).isEqualTo(id(r, 3, 0));
    }

    @Test
    void aTeamIndexMustNameAMention() {
        assertThatThrownBy(() -> doc("x", Set.of(1), EntityType.LOCATION, "Chile"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1");
        assertThat(new ResolverDocument("y", List.of(), List.of()).teamMentions()).isEmpty();
    }
}
