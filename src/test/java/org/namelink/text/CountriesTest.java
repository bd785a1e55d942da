package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void countriesInAnyCaseIncludingEntriesWrittenAsPatterns() {
        assertThat(Countries.contains("Portugal")).isTrue();
        assertThat(Countries.contains("NEW ZEALAND")).isTrue();
        // The KBP file escapes periods ("u\.s\."), as TokensRegex patterns do.
        assertThat(Countries.contains("U.S.")).isTrue();
        assertThat(Countries.contains("Lisbon")).isFalse();
        assertThat(Countries.contains("Ontario")).isFalse();
    }
}
