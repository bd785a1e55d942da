package org.namelink.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Links to Wikipedia: ids with underscores, addresses encoded as Wikipedia writes them. */
class EntityLinkTest {

    @Test
    void addressesAreWikipediasOwn() {
        EntityLink link = EntityLink.wikipedia("Velmora River", 0.93);
        assertThat(link.kb()).isEqualTo("wikipedia");
        assertThat(link.id()).isEqualTo("Velmora_River");
        assertThat(link.url()).isEqualTo("https://en.wikipedia.org/wiki/Velmora_River");
        assertThat(EntityLink.wikipedia("Tarquin_Oszlo_(footballer)", 1).url())
                .isEqualTo("https://en.wikipedia.org/wiki/Tarquin_Oszlo_(footballer)");
        assertThat(EntityLink.wikipedia("Sào Velmóra, Oszland", 1).url())
                .isEqualTo("https://en.wikipedia.org/wiki/S%C3%A0o_Velm%C3%B3ra,_Oszland");
        assertThat(EntityLink.wikipedia("Velmora & Quellport?", 1).url())
                .isEqualTo("https://en.wikipedia.org/wiki/Velmora_%26_Quellport%3F");
    }

    @Test
    void refusesAScoreOutsideZeroToOne() {
        assertThatThrownBy(() -> EntityLink.wikipedia("Velmora", 1.5)).hasMessageContaining("score")
                .hasMessageContaining("1.5");
    }
}
