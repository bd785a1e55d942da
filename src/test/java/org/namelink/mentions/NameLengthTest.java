package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.text.Span;

class NameLengthTest {

    private static Mention mention(int start, int length) {
        return new Mention(new Span(start, start + length), "K" + "a".repeat(length - 1), EntityType.PERSON, "crf");
    }

    @Test
    void dropsOnlyTheMentionsLongerThanTheBoundAndKeepsTheOrder() {
        List<Mention> mentions = List.of(mention(0, 5), mention(10, NameLength.MAX_CHARS + 1), mention(300, NameLength.MAX_CHARS));
        assertThat(NameLength.within(mentions)).containsExactly(mentions.get(0), mentions.get(2));
        List<Mention> fitting = List.of(mention(0, 5));
        assertThat(NameLength.within(fitting)).isSameAs(fitting);
    }
}
