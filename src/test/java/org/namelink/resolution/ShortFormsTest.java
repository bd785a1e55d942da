package org.namelink.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.resolution.ShortForms.Fit;

class ShortFormsTest {

    @Test
    void theOneFittingEntityOfTheDocumentWins() {
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 9), new Fit(true, 2))))
                .hasValue(1);
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(true, 9), new Fit(true, 2))))
                .as("two fit in the document").isEmpty();
    }

    @Test
    void elsewhereOnlyWhenExactlyOneEntityFitsInTheCorpus() {
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 9)))).hasValue(0);
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of(new Fit(false, 9), new Fit(false, 2))))
                .isEmpty();
        assertThat(ShortForms.choose(EntityType.PERSON, 3, List.of())).isEmpty();
    }

    @Test
    void aPlaceNamedMoreOftenAloneThanInFullIsANameOfItsOwn() {
        assertThat(ShortForms.choose(EntityType.LOCATION, 10, List.of(new Fit(true, 2)))).isEmpty();
        assertThat(ShortForms.choose(EntityType.LOCATION, 2, List.of(new Fit(true, 2)))).hasValue(0);
        assertThat(ShortForms.choose(EntityType.PERSON, 10, List.of(new Fit(true, 2)))).hasValue(0);
    }
}
