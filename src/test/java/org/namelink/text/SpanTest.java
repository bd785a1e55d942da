package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void stripDropsWhiteSpaceAtBothEndsOnly() {
        String text = "  a b \n";
        assertThat(new Span(0, text.length()).strip(text)).isEqualTo(new Span(2, 5));
        Span tight = new Span(2, 5);
        assertThat(tight.strip(text)).isSameAs(tight);
        assertThat(new Span(0, 2).strip(text).isEmpty()).isTrue();
    }
}
