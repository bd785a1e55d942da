package org.namelink.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;

class NameAnalyzerTest {

    private static final NameAnalyzer ANALYZER = NameAnalyzer.create(TitleLexicon.defaults());

    @Test
    void stripsTitlesPossessivesAndDeterminers() {
        NameForm f = ANALYZER.analyze("Grand Ayatollah Ali al-Sistani\u2019s", EntityType.PERSON);
        assertThat(f.display()).isEqualTo("Ali al-Sistani");
        assertThat(f.units()).containsExactly("ali", "sistani");
        assertThat(ANALYZER.analyze("Gen. Mark Milley", EntityType.PERSON).display()).isEqualTo("Mark Milley");
        assertThat(ANALYZER.analyze("the Kremlin", EntityType.ORGANIZATION).display()).isEqualTo("Kremlin");
    }

    @Test
    void zeroWidthCharactersAndSoftHyphensAreNoPartOfTheKey() {
        // Were word breaks: "Has\u200Csan" was the two units [has, san], "Bagh\u00ADdad" [bagh, dad].
        assertThat(ANALYZER.analyze("Has\u200Csan Dorel", EntityType.PERSON).key()).isEqualTo("hassan dorel");
        assertThat(ANALYZER.analyze("Bagh\u00ADdad", EntityType.LOCATION).key()).isEqualTo("baghdad");
        assertThat(ANALYZER.analyze("Ke\u200Bmal\u2060 Ar\u200Ddoni\uFEFF", EntityType.PERSON).key())
                .isEqualTo("kemal ardoni");
        assertThat(ANALYZER.analyze("Tal\u00ADmo\u200Bra", EntityType.LOCATION).display()).isEqualTo("Tal\u00ADmo\u200Bra");
    }

    @Test
    void aLoneTitleIsKeptAsTheName() {
        assertThat(ANALYZER.analyze("President", EntityType.PERSON).display()).isEqualTo("President");
    }

    @Test
    void boundParticlesStayWithTheirName() {
        assertThat(ANALYZER.analyze("Abu Bakr al-Baghdadi", EntityType.PERSON).units()).containsExactly("abu bakr", "baghdadi");
        assertThat(ANALYZER.analyze("Abdul-Aziz", EntityType.PERSON).units()).containsExactly("abd aziz");
    }

    @Test
    void foldsDiacriticsAndDottedAcronyms() {
        assertThat(ANALYZER.analyze("Şanlıurfa", EntityType.LOCATION).key()).isEqualTo("sanliurfa");
        NameForm us = ANALYZER.analyze("U.S.", EntityType.LOCATION);
        assertThat(us.key()).isEqualTo("us");
        assertThat(us.acronym()).isEqualTo("us");
        assertThat(ANALYZER.analyze("Bagram Air Base", EntityType.LOCATION).key()).isEqualTo("bagram");
    }
}
