package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KbpGazetteerTest {

    @Test
    void keepsTitlesCountriesAndStatesFromTheModelsJar() {
        assertThat(KbpGazetteer.entries("TITLE")).hasSizeGreaterThan(1000).contains("president");
        assertThat(KbpGazetteer.entries("COUNTRY")).contains("france", "new zealand");
        assertThat(KbpGazetteer.entries("STATE_OR_PROVINCE")).contains("ontario");
    }

    @Test
    void readsTheFileOnceAndSharesImmutableLists() {
        assertThat(KbpGazetteer.entries("COUNTRY")).isSameAs(KbpGazetteer.entries("COUNTRY"));
        assertThatThrownBy(() -> KbpGazetteer.entries("COUNTRY").add("atlantis"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUnknownClassIsRejectedNamingTheValidOnes() {
        assertThatThrownBy(() -> KbpGazetteer.entries("CITY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'CITY'").hasMessageContaining("COUNTRY").hasMessageContaining("TITLE");
    }
}
