package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.namelink.mentions.Mention;
import org.namelink.mentions.NameLength;

/** No mention is longer than a name can be ({@link NameLength}), whatever the text. */
class NameLengthPipelineTest {

    /** Capitalised made-up syllables joined by hyphens, about {@code chars} long, no space. */
    private static String hyphenChain(int chars) {
        String[] syllables = {"Ka", "Lo", "Mi", "Ra", "Ten", "Vor", "Zu", "Bel", "Dan", "Sho", "Rik", "Mel"};
        java.util.Random random = new java.util.Random(11);
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            text.append(text.length() > 0 ? "-" : "").append(syllables[random.nextInt(syllables.length)]);
        }
        return text.toString();
    }

    @Test
    void aChainOfHyphenatedSyllablesGivesNoNameLongerThanTheBound() {
        // Was a PERSON "name" of 767 characters (and, in megabytes of such text, of 2,047).
        String text = "Officials met Kemal Ardoni.\n" + hyphenChain(4096) + "\nKemal Ardoni left.";
        AnalyzedArticle analyzed = SharedPipeline.get().analyze(new Article("chain", text));

        assertThat(analyzed.mentions()).extracting(Mention::text).contains("Kemal Ardoni");
        for (Mention m : analyzed.mentions()) {
            assertThat(m.text().length()).as("length of %s", m).isLessThanOrEqualTo(NameLength.MAX_CHARS);
        }
    }
}
