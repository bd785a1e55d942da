package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namelink.mentions.Mention;
import org.namelink.mentions.MentionStage;
import org.namelink.text.AnalyzedText;

/**
 * The mention contract ({@link MentionContract}) after the finder and after every built-in stage, in
 * the pipeline's order, on texts that broke it once; one test per bug besides.
 */
class MentionStageContractTest {

    private static final String HYPHEN_AT_LINE_END = "Ali al-\nBaghdadi said.\n";
    private static final String ARTICLE_BEFORE_ANOTHER_NAME = "He met Ali al-U.S. envoy.";
    private static final String POSSESSIVE_AFTER_A_SPACE = "Ka McDonald McDonald 's.";
    /** A made-up place and person, each split by one of Unicode's line separators or a control character. */
    private static final String[] SEPARATED_NAMES = {
        "Officials in New\u2028Varlow met Kemal Ardoni.", "Officials in New\u2029Varlow met Kemal Ardoni.",
        "Officials in New\u0085Varlow met Kemal Ardoni.", "Officials in New\u000BVarlow met Kemal Ardoni.",
        "Officials in New\u000CVarlow met Kemal Ardoni.", "Officials in New\rVarlow met Kemal Ardoni.",
        "Officials in New Varlow met Kemal\u0000Ardoni.", "Officials in New Varlow met Kemal \u001BArdoni.",
    };

    /** The mentions after the finder and after each stage, checking the contract at each step. */
    private static List<Mention> run(String text) {
        Namelink namelink = SharedPipeline.get();
        AnalyzedText analyzed = namelink.textAnalyzer().analyze(text);
        List<Mention> mentions = namelink.finder().find(analyzed);
        MentionContract.check(text, mentions, "the finder");
        for (MentionStage stage : namelink.stages()) {
            mentions = stage.apply(analyzed, mentions);
            MentionContract.check(text, mentions, stage.getClass().getSimpleName());
        }
        return mentions;
    }

    @ParameterizedTest
    @ValueSource(strings = {HYPHEN_AT_LINE_END, ARTICLE_BEFORE_ANOTHER_NAME, POSSESSIVE_AFTER_A_SPACE,
        "Angela Merkel met the Quds Force commander in Berlin.\n\nReuters\nFrance and the United Nations (UN) agreed.",
        "\u201CWe will act,\u201D said Mr Bouteflika in Algiers \uD83D\uDE00 on Tuesday.\r\nGen. Mark Milley visited Bagram air base.",
        "PHOTO BY JANE DOE/AFP VIA GETTY IMAGES / NO RESALE / TURKEY",
        "Strikes hit al-\nTanf and the al-\r\nQaim crossing; Abu Bakr al-\u00A0Baghdadi and Ali al- Sistani spoke.",
        "Mr. Mr. Mr. Ali Ali al-al-Asad 's 's McDonald\u00A0 's\u00A0.",
    })
    void everyStageKeepsTheContract(String text) {
        run(text);
    }

    @Test
    void everyLineSeparatorAndControlCharacterIsAHardBoundary() {
        // Were "New\u2028Varlow" (and so on for U+2029, NEL, VT and FF) and "Kemal\u0000Ardoni": one mention across it.
        for (String text : SEPARATED_NAMES) {
            List<Mention> mentions = run(text);
            assertThat(mentions).as(text).isNotEmpty();
        }
    }

    @Test
    void aHyphenAtTheEndOfALineJoinsNothingAcrossIt() {
        // Was "Ali al-" and "l-\nBaghdadi": overlapping, shifted, across the line break.
        List<Mention> mentions = run(HYPHEN_AT_LINE_END);
        assertThat(mentions).extracting(Mention::text).contains("Baghdadi");
    }

    @Test
    void anArticleInAnotherMentionDoesNotJoinTheNextName() {
        // Was "Ali al-" and "al-U.S.", overlapping.
        List<Mention> mentions = run(ARTICLE_BEFORE_ANOTHER_NAME);
        assertThat(mentions).extracting(Mention::text).contains("U.S.");
    }

    @Test
    void aPossessiveAfterASpaceLeavesNoSpaceInTheName() {
        // Was "Ka McDonald McDonald " with its trailing space.
        List<Mention> mentions = run(POSSESSIVE_AFTER_A_SPACE);
        assertThat(mentions).extracting(Mention::text).containsExactly("Ka McDonald McDonald");
    }
}
