package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class PatternMentionFinderTest extends MentionFinderContract {

    private static final PatternMentionFinder FINDER = PatternMentionFinder.create();

    @Override
    MentionFinder finder() {
        return FINDER;
    }

    @Test
    void capitalisedWordsEndingInAnOrganisationHeadAreAnOrganisation() {
        String text = "Fighters of the Badr Brigades and the Rapid Support Forces clashed; the army left.";
        assertThat(FINDER.find(analyze(text))).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Badr Brigades", EntityType.ORGANIZATION),
                tuple("Rapid Support Forces", EntityType.ORGANIZATION));
    }

    @Test
    void aFormOfAddressIsNoPartOfAnOrganisationAndNothingOverlaps() {
        // Found by review: "Mr Ab Guards" gave both an organisation and a person over the same words.
        assertThat(FINDER.find(analyze("Mr Ab Guards fought."))).extracting(Mention::text, Mention::type)
                .containsExactly(tuple("Ab Guards", EntityType.PERSON));
    }

    @Test
    void wordsBeforeNewsAgencyAreAnOrganisation() {
        assertThat(FINDER.find(analyze("The semi-official Tasnim news agency said so."))).extracting(Mention::text)
                .containsExactly("Tasnim");
    }

    @Test
    void wordsAfterAFormOfAddressAreAPerson() {
        String text = "Mr Okonjo-Iweala and Dr. Tedros spoke; Gen. Abdel Fattah al-Burhan did not.";
        assertThat(FINDER.find(analyze(text))).extracting(Mention::text, Mention::type).contains(
                tuple("Okonjo-Iweala", EntityType.PERSON),
                tuple("Tedros", EntityType.PERSON));
    }
}
