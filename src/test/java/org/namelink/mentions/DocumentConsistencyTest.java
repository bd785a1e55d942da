package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.text.AnalyzedText;
import org.namelink.text.Span;
import org.namelink.text.TextAnalyzer;

/** Document-level label consistency on invented text. */
class DocumentConsistencyTest {

    private static final TextAnalyzer ANALYZER = TextAnalyzer.english();

    private static Mention at(String text, String name, int from, EntityType type) {
        int start = text.indexOf(name, from);
        return Mention.of(text, new Span(start, start + name.length()), type, "crf");
    }

    private static List<Mention> apply(String text, Mention... found) {
        AnalyzedText a = ANALYZER.analyze(text);
        return DocumentConsistency.create().apply(a, List.of(found));
    }

    @Test
    void anUntaggedRepeatOfATaggedNameGetsItsLabel() {
        String text = "Shares of Varnok Industries rose on Tuesday.\nAnalysts said Varnok Industries would buy a rival.";
        List<Mention> out = apply(text, at(text, "Varnok Industries", 0, EntityType.ORGANIZATION));
        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("Varnok Industries", EntityType.ORGANIZATION, "crf"),
                tuple("Varnok Industries", EntityType.ORGANIZATION, "consistency"));
    }

    @Test
    void theMajorityTypeWins() {
        String text = "Pellmark beat the odds. Pellmark won again. Pellmark was praised. Critics named Pellmark.";
        List<Mention> out = apply(text, at(text, "Pellmark", 0, EntityType.PERSON),
                at(text, "Pellmark", 20, EntityType.PERSON), at(text, "Pellmark", 40, EntityType.LOCATION));
        assertThat(out).hasSize(4).last().extracting(Mention::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aTaggedPersonsSurnameAloneIsThatPerson() {
        String text = "Mira Talbridge took the lead on Friday. Later, Talbridge said she was tired.";
        List<Mention> out = apply(text, at(text, "Mira Talbridge", 0, EntityType.PERSON));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("Mira Talbridge", EntityType.PERSON), tuple("Talbridge", EntityType.PERSON));
    }

    @Test
    void aHeadlineInCapitalsMatchesWhateverTheCase() {
        String text = "TENNIS - TALBRIDGE STUNS VARNOK CITY CROWD .\nMira Talbridge won in Varnok City on Friday.";
        List<Mention> out = apply(text, at(text, "Mira Talbridge", 0, EntityType.PERSON),
                at(text, "Varnok City", 50, EntityType.LOCATION));
        assertThat(out).extracting(Mention::text, Mention::type).containsExactly(
                tuple("TALBRIDGE", EntityType.PERSON), tuple("VARNOK CITY", EntityType.LOCATION),
                tuple("Mira Talbridge", EntityType.PERSON), tuple("Varnok City", EntityType.LOCATION));
    }

    @Test
    void aSurnameThatIsAMonthIsNoPersonInACapitalsLine() {
        // Found in review: after "Theresa May", a headline's "IN MAY" became a person.
        String text = "Lena May spoke on Friday.\nSALES FELL SHARPLY IN MAY AFTER THE VOTE";
        List<Mention> out = apply(text, at(text, "Lena May", 0, EntityType.PERSON));
        assertThat(out).extracting(Mention::text).containsExactly("Lena May");
    }

    @Test
    void aWordTheDocumentAlsoWritesInLowerCaseIsNotAName() {
        String text = "Judge Amos Bright spoke first. Bright lights lit the hall, and a bright day followed.";
        List<Mention> out = apply(text, at(text, "Amos Bright", 0, EntityType.PERSON));
        assertThat(out).extracting(Mention::text).containsExactly("Amos Bright");
    }

    @Test
    void aNamePartOfALongerCapitalisedNameIsLeftAlone() {
        String text = "Rains hit Dorvale on Monday. Residents of Upper Dorvale Heights left.";
        List<Mention> out = apply(text, at(text, "Dorvale", 0, EntityType.LOCATION));
        assertThat(out).extracting(Mention::text).containsExactly("Dorvale");
    }

    @Test
    void nothingIsAddedInPageChrome() {
        String text = "Varnok tensions\nVarnok fired missiles on Tuesday.";
        AnalyzedText a = TextAnalyzer.builder().chromeFinder(t -> List.of(new Span(0, 15))).build().analyze(text);
        List<Mention> out = DocumentConsistency.create().apply(a, List.of(at(text, "Varnok", 16, EntityType.LOCATION)));
        assertThat(out).extracting(Mention::start).containsExactly(16);
    }
}
