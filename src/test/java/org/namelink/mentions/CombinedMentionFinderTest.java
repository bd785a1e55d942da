package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.namelink.text.Span;

class CombinedMentionFinderTest extends MentionFinderContract {

    private static final MentionFinder FIRST = t -> t.text().startsWith("Rapid Support Forces")
            ? List.of(Mention.of(t.text(), new Span(0, 5), EntityType.PERSON, "first")) : List.of();

    private static final CombinedMentionFinder FINDER = CombinedMentionFinder.of(List.of(FIRST, PatternMentionFinder.create()));

    @Override
    MentionFinder finder() {
        return FINDER;
    }

    @Test
    void earlierFindersTakePrecedenceOnOverlaps() {
        String text = "Rapid Support Forces and the Badr Brigades met.";
        assertThat(FINDER.find(analyze(text))).extracting(Mention::text, Mention::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rapid", "first"),
                        org.assertj.core.groups.Tuple.tuple("Badr Brigades", "pattern"));
    }

    @Test
    void overlapsWithinOneFinderAreResolvedToo() {
        MentionFinder overlapping = t -> List.of(
                Mention.of(t.text(), new Span(3, 12), EntityType.PERSON, "x"),
                Mention.of(t.text(), new Span(0, 12), EntityType.ORGANIZATION, "x"),
                Mention.of(t.text(), new Span(0, 12), EntityType.ORGANIZATION, "x"));
        List<Mention> out = CombinedMentionFinder.of(List.of(overlapping)).find(analyze("Mr Ab Guards fought."));
        assertThat(out).extracting(Mention::text).containsExactly("Mr Ab Guards");
    }

    @Test
    void needsAFinder() {
        assertThatThrownBy(() -> CombinedMentionFinder.of(List.of())).hasMessageContaining("finders");
    }
}
