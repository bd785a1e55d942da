package org.namelink.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title's kind from its own words, its parenthesis and the gazetteer; made-up titles. */
class TitleKindTest {

    @Test
    void readsTeamsFromTheirWords() {
        assertThat(TitleKind.of("Brakkonia_national_football_team")).isEqualTo(TitleKind.TEAM);
        assertThat(TitleKind.of("Brakkonia cricket team")).isEqualTo(TitleKind.TEAM);
        assertThat(TitleKind.of("Quellport_F.C.")).isEqualTo(TitleKind.TEAM);
        assertThat(TitleKind.of("Quellport County Cricket Club")).isEqualTo(TitleKind.TEAM);
    }

    @Test
    void readsPlacesOrganisationsPeopleAndOthers() {
        assertThat(TitleKind.of("Velmora_(city)")).isEqualTo(TitleKind.LOCATION);
        assertThat(TitleKind.of("Velmora River")).isEqualTo(TitleKind.LOCATION);
        assertThat(TitleKind.of("Velmora,_Oszland")).isEqualTo(TitleKind.LOCATION);
        assertThat(TitleKind.of("Germany")).isEqualTo(TitleKind.LOCATION); // the KBP gazetteer's country
        assertThat(TitleKind.of("University of Velmora")).isEqualTo(TitleKind.ORGANIZATION);
        assertThat(TitleKind.of("Velmoran People's Party")).isEqualTo(TitleKind.ORGANIZATION);
        assertThat(TitleKind.of("Tarquin_Oszlo_(footballer)")).isEqualTo(TitleKind.PERSON);
        assertThat(TitleKind.of("Tarquin Oszlo (born 1961)")).isEqualTo(TitleKind.PERSON);
        assertThat(TitleKind.of("Velmora_(film)")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("USS Velmora")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Battle of Velmora")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Tarquin_Oszlo")).isEqualTo(TitleKind.UNKNOWN);
    }
}
