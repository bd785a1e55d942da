package org.namelink.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invented words and well-known romanisations; none of the development pairs. */
class WordSimilarityTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "qaddafi, gaddafi", "kadhafi, gadhafi", "mosul, mawsil", "vladimir, wladimir", "chechnya, chechnia",
        "pavlovsk, pavlofsk", "tschernigow, chernigov", "dzhambul, djambul", "shchukin, schtschukin",
        "zhukov, joukov", "muhammad, mhmd", "fallujah, falluja", "yusuf, yousef", "khalid, chalid",
    })
    void romanisationsOfOneWordAreClose(String a, String b) {
        assertThat(WordSimilarity.compare(a, b).similarity()).as("%s ~ %s", a, b).isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({"mosul, baghdad", "karim, salim", "brontel, wexham", "johnson, jones"})
    void differentWordsAreFar(String a, String b) {
        assertThat(WordSimilarity.compare(a, b).similarity()).as("%s ~ %s", a, b).isLessThan(0.7);
    }

    @Test
    void similarityFallsSteadilyAsWordsGrowApart() {
        String[] apart = {"tarvelin", "tarwelin", "tarwelyn", "tarwelyna", "tarmelyna", "tarmekyna", "barmekyna"};
        double previous = 1.0;
        for (String w : apart) {
            double s = WordSimilarity.compare("tarvelin", w).similarity();
            assertThat(s).as(w).isLessThanOrEqualTo(previous);
            previous = s;
        }
        assertThat(previous).isLessThan(0.7);
    }

    @Test
    void editsSayWhatChanged() {
        WordSimilarity.Comparison c = WordSimilarity.compare("qaddafi", "gaddafi");
        assertThat(c.edits()).containsExactly("k/g");
        assertThat(c.letterEdits()).isZero();
        assertThat(WordSimilarity.compare("washington", "wellington").letterEdits()).isEqualTo(1);
    }

    @Test
    void aWordWithoutVowelsLosesLittleForThem() {
        assertThat(WordSimilarity.compare("mhmd", "muhammad").similarity()).isGreaterThan(0.9);
        assertThat(WordSimilarity.compare("mahmad", "muhammad").similarity())
                .isLessThan(WordSimilarity.compare("mhmd", "muhammad").similarity());
    }

    @Test
    void symbolsJoinTheLetterGroupsOfOneSound() {
        assertThat(Romanization.symbols("tscherwonohrad")).isEqualTo("Cerwonohrad");
        assertThat(Romanization.symbols("assad")).isEqualTo("asad");
        assertThat(Romanization.symbols("saad")).isEqualTo("saad");
        assertThat(Romanization.symbols("mawsil")).isEqualTo("mosil");
    }
}
