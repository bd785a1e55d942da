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

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        // y for a vowel (the Slavic y), French j for zh/z, German ch for h, a ghayn written r,
        // l for r (Korean, Japanese): romanisations' changes, not a letter changed.
        "velmana, velmany", "tarnoka, tarnyka", "berojovka, berozovka", "kachelow, kahelow",
        "ghalmira, ralmira", "karmeno, kalmeno",
    })
    void romanisationClassesChangeNoLetter(String a, String b) {
        WordSimilarity.Comparison c = WordSimilarity.compare(a, b);
        assertThat(c.letterEdits()).as("%s ~ %s: %s", a, b, c.edits()).isZero();
        assertThat(c.similarity()).as("%s ~ %s", a, b).isGreaterThanOrEqualTo(0.9);
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

    /**
     * The short cuts of {@link WordSimilarity#similarityAtLeast} (a bound on the symbols a path must
     * drop, giving up once every path costs too much) change no decision: on random words of the
     * symbol alphabet, it reaches each threshold exactly when the full edit distance does, with the same value.
     */
    @Test
    void similarityAtLeastDecidesAsTheFullDistance() {
        String alphabet = "aeiouhyjw'bcdfgklmnpqrstvzSCJXTG";
        java.util.Random random = new java.util.Random(7);
        for (int k = 0; k < 20_000; k++) {
            String x = randomWord(random, alphabet);
            String y = random.nextInt(4) == 0 ? mutated(random, x, alphabet) : randomWord(random, alphabet);
            double cost = WordSimilarity.distances(x, y, WordSimilarity.vowelless(x), WordSimilarity.vowelless(y))
                    [x.length()][y.length()];
            double full = Math.max(0, 1 - cost / Math.max(x.length(), y.length()));
            for (double min : new double[] {WordSimilarity.TRACED, 0.8, NameMatcher.SAME_WORD}) {
                double atLeast = WordSimilarity.similarityAtLeast(x, y, min);
                if (full >= min) {
                    assertThat(atLeast).as("%s ~ %s at %s", x, y, min).isEqualTo(full);
                } else {
                    assertThat(atLeast).as("%s ~ %s at %s", x, y, min).isLessThan(min);
                }
            }
        }
    }

    private static String randomWord(java.util.Random random, String alphabet) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(10);
        for (int i = 0; i < n; i++) {
            // Mostly vowels and plain letters, as words are; sometimes none of the vowels.
            b.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 5 : alphabet.length())));
        }
        return b.toString();
    }

    /** {@code x} with one to three symbols added, dropped or changed: a near spelling. */
    private static String mutated(java.util.Random random, String x, String alphabet) {
        StringBuilder b = new StringBuilder(x);
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            int at = random.nextInt(b.length() + 1);
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, c);
                case 1 -> { if (at < b.length() && b.length() > 1) b.deleteCharAt(at); }
                default -> { if (at < b.length()) b.setCharAt(at, c); }
            }
        }
        return b.toString();
    }
}
