package org.namelink.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameAnalyzer;
import org.namelink.names.NameMatcher;

class BlockingKeysTest {

    private static final NameAnalyzer ANALYZER = NameMatcher.defaults().analyzer();
    private static final BlockingKeys KEYS = BlockingKeys.wordSounds();

    @Test
    void transliterationsShareTheirWordsKeys() {
        assertThat(KEYS.keys(ANALYZER.analyze("Erbil", EntityType.LOCATION)))
                .isEqualTo(KEYS.keys(ANALYZER.analyze("Irbil", EntityType.LOCATION)));
        assertThat(KEYS.keys(ANALYZER.analyze("Qassem Soleimani", EntityType.PERSON)))
                .containsAnyElementsOf(KEYS.keys(ANALYZER.analyze("Soleimani", EntityType.PERSON)));
    }

    @Test
    void romanisationsOfOneNameShareAKey() {
        String[][] same = {{"Muammar Gaddafi", "Moammar Kadhafi"}, {"Qaddafi", "Gadhafi"}, {"Mosul", "Mawsil"},
            {"Vladimir Putin", "Wladimir Putin"}, {"Chernigov", "Tschernigow"}, {"Slantsy", "Slanci"},
            {"Omar Alhakim", "Omar Hakim"}, {"Mhmd Ali", "Muhammad Ali"}};
        for (String[] p : same) {
            assertThat(KEYS.keys(ANALYZER.analyze(p[0], EntityType.PERSON)))
                    .as("%s / %s", p[0], p[1])
                    .containsAnyElementsOf(KEYS.keys(ANALYZER.analyze(p[1], EntityType.PERSON)));
        }
        assertThat(KEYS.keys(ANALYZER.analyze("Mosul", EntityType.LOCATION)))
                .doesNotContainAnyElementsOf(KEYS.keys(ANALYZER.analyze("Baghdad", EntityType.LOCATION)));
    }

    @Test
    void aPluralSharesTheSingularsKey() {
        assertThat(KEYS.keys(ANALYZER.analyze("Revolutionary Guards", EntityType.ORGANIZATION)))
                .containsExactlyElementsOf(KEYS.keys(ANALYZER.analyze("Revolutionary Guard", EntityType.ORGANIZATION)));
    }

    @Test
    void keysAreDistinctAndInUnitOrder() {
        assertThat(KEYS.keys(ANALYZER.analyze("Mosul Mosul Baghdad", EntityType.LOCATION))).hasSize(2)
                .first().isEqualTo(KEYS.keys(ANALYZER.analyze("Mosul", EntityType.LOCATION)).get(0));
    }

    @Test
    void aBoundParticleKeysByTheWordItAttachesTo() {
        assertThat(KEYS.keys(ANALYZER.analyze("Abu Mahdi al-Muhandis", EntityType.PERSON)))
                .isEqualTo(KEYS.keys(ANALYZER.analyze("Mahdi Muhandis", EntityType.PERSON)));
    }
}
