package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.resolution.Entity;
import org.namelink.resolution.NameLookup.How;
import org.namelink.resolution.NameLookup.Match;

/** {@code corpus.entity(name)} and {@link Corpus#find} by any spelling, on the README example's articles. */
class CorpusFindTest {

    private static final Corpus CORPUS = SharedPipeline.get().process(List.of(
            new Article("a1", "Masoud Barzani spoke in Erbil on Monday."),
            new Article("a2", "Aid reached Irbil, where Barzani met the governor.")));

    @Test
    void findsThePlaceByAFoldedOrAnotherSpelling() {
        Entity erbil = CORPUS.entity("Erbil").orElseThrow();
        assertThat(CORPUS.entity("erbil")).contains(erbil);
        assertThat(CORPUS.find("erbil")).first().extracting(Match::how).isEqualTo(How.FOLDED);
        assertThat(CORPUS.entity("Arbil")).contains(erbil);
        assertThat(CORPUS.find("Arbil")).first().extracting(Match::how).isEqualTo(How.MATCHER);
    }

    @Test
    void findsThePersonWithATitle() {
        Entity barzani = CORPUS.entity("Masoud Barzani").orElseThrow();
        assertThat(CORPUS.entity("Mr Barzani")).contains(barzani);
        assertThat(CORPUS.find("Mr Barzani")).first().extracting(Match::how).isEqualTo(How.TITLES);
    }

    @Test
    void entitiesNamedStaysExact() {
        assertThat(CORPUS.entitiesNamed("erbil")).isEmpty();
        assertThat(CORPUS.find("Kestrabad")).isEmpty();
        assertThat(CORPUS.entity("Kestrabad")).isEmpty();
    }
}
