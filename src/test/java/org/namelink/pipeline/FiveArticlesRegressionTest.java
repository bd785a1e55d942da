package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.namelink.evaluation.CorpusEvaluation;
import org.namelink.evaluation.GoldTsvReader;
import org.namelink.evaluation.LabeledMention;
import org.namelink.io.ArticleReader;
import org.namelink.io.ArticleSource;
import org.namelink.resolution.Entity;

/** Regression against testdata/: the groups of the commission and the hand-made gold. */
class FiveArticlesRegressionTest {

    private static Corpus corpus;
    private static CorpusEvaluation evaluation;

    @BeforeAll
    static void process() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (ArticleSource s : ArticleReader.read(List.of(Path.of("testdata", "articles")))) {
            articles.add(s.article().orElseThrow());
        }
        corpus = SharedPipeline.get().process(articles);
        List<LabeledMention> gold = GoldTsvReader.readDirectory(Path.of("testdata", "gold"));
        evaluation = CorpusEvaluation.of(corpus, gold, gold);
    }

    private static Entity entity(String variant) {
        Optional<Entity> e = corpus.entity(variant);
        assertThat(e).as("an entity with variant %s", variant).isPresent();
        return e.orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Erbil|Irbil;Arbil",
        "Ain al-Asad|Ain Al-Asad;Al Asad;Ein-al Asad;Ain Assad Air Base",
        "Qassem Soleimani|Qasem Soleimani;Soleimani",
        "IRGC|Islamic Revolutionary Guard Corps;Revolutionary Guard;IRCG",
        "Ali Khamenei|Khamenei",
        "Mohammad Javad Zarif|Javad Zarif;Zarif",
        "Abu Mahdi al-Muhandis|Muhandis",
        "Emile Hokayem|Hokayem",
        "Mark Esper|Esper",
        "Donald Trump|Trump",
        "US|U.S.;United States;America",
        "UK|U.K.",
        "Pentagon|U.S. Department of Defense",
        "AP|Associated Press",
    })
    void variantsResolveToOneEntity(String name, String variants) {
        CorpusAssert.assertThat(corpus).entity(name).hasVariants(variants.split(";"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Adel Abdel Mahdi|Abu Mahdi al-Muhandis",
        "Ali Khamenei|Ali Shamkhani",
        "Hizbollah|Kataeb Hezbollah",
        "Iran|Iraq",
        "IRGC|Quds Force",
        "Tehran|Iran",
        "Washington|US",
    })
    void differentEntitiesStayApart(String a, String b) {
        CorpusAssert.assertThat(corpus).entity(a).isApartFrom(b);
    }

    @Test
    void canonicalNamesAreTheFullestWellFormedVariant() {
        CorpusAssert.assertThat(corpus).entity("Irbil").hasName("Erbil");
        CorpusAssert.assertThat(corpus).entity("IRGC").hasName("Islamic Revolutionary Guard Corps");
        CorpusAssert.assertThat(corpus).entity("Soleimani").hasName("Qassem Soleimani");
        CorpusAssert.assertThat(corpus).entity("Al Asad").hasName("Ain al-Asad");
    }

    @Test
    void everyMergeIsExplained() {
        Entity erbil = entity("Erbil");
        assertThat(erbil.reasons()).extracting(r -> r.variant()).containsExactlyInAnyOrder("Irbil", "Arbil");
        assertThat(erbil.reasons()).allSatisfy(r -> assertThat(r.explanation()).contains("transliteration of"));
    }

    /** Floors reached on testdata/gold; raise them when the library improves. */
    @Test
    void scoresOnTheGoldStayAboveTheirFloors() {
        assertThat(evaluation.clusters().crossDocumentPairs().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(evaluation.clusters().crossDocumentPairs().precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(evaluation.ner().exact().f1()).isGreaterThanOrEqualTo(0.96);
        assertThat(evaluation.clusters().conllAverageF1()).isGreaterThan(evaluation.baselineClusters().conllAverageF1());
    }
}
