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
        assertThat(TitleKind.of("East_Bank_(Velmora)")).isEqualTo(TitleKind.LOCATION); // a river's bank
        assertThat(TitleKind.of("Velmora_Savings_Bank")).isEqualTo(TitleKind.ORGANIZATION);
        assertThat(TitleKind.of("Velmora,_Oszland")).isEqualTo(TitleKind.LOCATION);
        assertThat(TitleKind.of("Germany")).isEqualTo(TitleKind.LOCATION); // the KBP gazetteer's country
        assertThat(TitleKind.of("University of Velmora")).isEqualTo(TitleKind.ORGANIZATION);
        assertThat(TitleKind.of("Velmoran People's Party")).isEqualTo(TitleKind.ORGANIZATION);
        assertThat(TitleKind.of("Tarquin_Oszlo_(footballer)")).isEqualTo(TitleKind.PERSON);
        assertThat(TitleKind.of("Tarquin Oszlo (born 1961)")).isEqualTo(TitleKind.PERSON);
        assertThat(TitleKind.of("Velmora_(film)")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("USS Velmora")).isEqualTo(TitleKind.OTHER);
        // Events and documents by their head word; an army named for a revolution stays an organisation.
        assertThat(TitleKind.of("Sarvesh_War")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Constitution_of_Velmora")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Operation_Velmora_Storm")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Casualties_of_the_Sarvesh_War")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Army_of_the_Guardians_of_the_Velmoran_Revolution")).isEqualTo(TitleKind.ORGANIZATION);
        assertThat(TitleKind.head("army of the guardians of the velmoran revolution")).isEqualTo("army");
        assertThat(TitleKind.head("sarvesh war (1991)")).isEqualTo("war");
        assertThat(TitleKind.of("Battle of Velmora")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Tarquin_Oszlo")).isEqualTo(TitleKind.UNKNOWN);
    }

    @Test
    void aCommonNounsArticleIsNoNamesWhateverItsWords() {
        assertThat(TitleKind.of("Brakkonian_state")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Velmoran republic")).isEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Oszland_krona")).isEqualTo(TitleKind.OTHER);
        // Particles, function words, hyphens and apostrophes in lower case are a name's.
        assertThat(TitleKind.of("Quellport_am_Velm")).isNotEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Rio_de_la_Velmora")).isNotEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Ain_al-Velmora")).isNotEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Tarquin_bin_Oszlo")).isNotEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Cote_d'Oszland")).isNotEqualTo(TitleKind.OTHER);
        assertThat(TitleKind.of("Velmora_(city)")).isEqualTo(TitleKind.LOCATION); // the parenthesis is not read
    }

    @Test
    void readsADivisionOfACountrysTerritory() {
        assertThat(TitleKind.isSubdivision("Kessar_Province")).isTrue();
        assertThat(TitleKind.isSubdivision("Tessa_County,_Velmora")).isTrue();
        assertThat(TitleKind.isSubdivision("Orvel_(district)")).isTrue();
        assertThat(TitleKind.isSubdivision("Marbania")).isFalse();
        assertThat(TitleKind.isSubdivision("Velmora_(city)")).isFalse();
        assertThat(TitleKind.territory("Kessar_Province")).isEqualTo(TitleKind.Territory.SUBDIVISION);
        assertThat(TitleKind.territory("Portugal")).isEqualTo(TitleKind.Territory.COUNTRY);
        assertThat(TitleKind.territory("Marbania")).isEqualTo(TitleKind.Territory.NONE);
    }
}
