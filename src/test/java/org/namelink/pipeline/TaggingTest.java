package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;

class TaggingTest {

    @Test
    void tagsAKnownPersonPlaceAndOrganisation() {
        String text = "Angela Merkel told the European Commission in Brussels that Germany would help.";
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("t", text));
        assertThat(a.mentions()).extracting(Mention::text, Mention::type).contains(
                tuple("Angela Merkel", EntityType.PERSON),
                tuple("European Commission", EntityType.ORGANIZATION),
                tuple("Brussels", EntityType.LOCATION),
                tuple("Germany", EntityType.LOCATION));
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        String text = "Germany\u2019s chancellor spoke after Russia's foreign minister left Vienna.";
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("t", text));
        assertThat(a.mentions()).extracting(Mention::text).contains("Germany", "Russia", "Vienna");
    }

    @Test
    void titlesAreTrimmedFromPersonMentions() {
        String text = "President Emmanuel Macron met Chancellor Olaf Scholz in Paris.";
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("t", text));
        assertThat(a.mentions()).extracting(Mention::text).contains("Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void hyphenatedCompoundsExposeTheName() {
        String text = "The Saudi-led coalition and anti-Nato protesters met near a Russia-backed militia.";
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("t", text));
        assertThat(a.mentions()).extracting(Mention::text).contains("Russia");
    }

    @Test
    void placeDesignatorRetypesToLocation() {
        String text = "Rockets struck the Bagram air base, officials said.";
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("t", text));
        assertThat(a.mentions()).filteredOn(m -> m.text().contains("Bagram"))
                .extracting(Mention::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void operationNamesAreNotPeople() {
        String text = "The strikes were called Operation Martyr Gordon by the army.";
        AnalyzedArticle a = SharedPipeline.get().analyze(new Article("t", text));
        assertThat(a.mentions()).extracting(Mention::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void blankArticleIsRejectedWithItsId() {
        assertThatThrownBy(() -> SharedPipeline.get().analyze(new Article("empty-one", " \n\t ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty-one");
    }
}
