package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.resolution.Entity;

/**
 * Zero-width characters and soft hyphens inside a name: the name is tagged and compared as if they
 * were not there, its mentions keep the text as written, and the entity is named by a clean spelling.
 */
class InvisibleCharactersTest {

    private static final String TEXT = "Officials in Tal\u00ADmora met Has\u200Csan Dorel and Ke\u200Bmal Ar\u200Ddoni.\n"
            + "Kemal Ardoni and Hassan Dorel later spoke in Talmora.\n"
            + "Ke\u200Bmal Ar\u200Ddoni said so.";

    @Test
    void aNameWithInvisibleCharactersJoinsItsCleanSpellingWhichNamesTheEntity() {
        // Was: "Tal\u00ADmora" not found, "Has\u200Csan" not found (only "Dorel"), and "Ke\u200Bmal Ar\u200Ddoni"
        // an entity of its own, named so.
        Corpus corpus = SharedPipeline.get().process(List.of(new Article("a", TEXT)));

        List<ResolvedMention> mentions = corpus.documents().get(0).mentions();
        for (ResolvedMention m : mentions) {
            assertThat(m.text()).isEqualTo(TEXT.substring(m.span().start(), m.span().end()));
        }
        assertThat(mentions).extracting(ResolvedMention::text).contains("Tal\u00ADmora", "Has\u200Csan Dorel",
                "Ke\u200Bmal Ar\u200Ddoni", "Kemal Ardoni", "Hassan Dorel", "Talmora");
        assertThat(corpus.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Talmora", "Hassan Dorel",
                "Kemal Ardoni");
    }
}
