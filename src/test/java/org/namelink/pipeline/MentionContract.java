package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.namelink.mentions.Mention;
import org.namelink.text.Span;

/**
 * What every list of mentions keeps, after every stage and at the end of the pipeline: each
 * mention's text is its span of the original text, it neither begins nor ends with white space, it
 * holds no line break (a name hyphenated across one gives a mention on each line, since every line
 * is a hard boundary: {@code TextAnalyzer}), and the mentions are in text order without overlaps.
 */
final class MentionContract {

    private MentionContract() {
    }

    static void check(String text, List<Mention> mentions, String after) {
        Mention previous = null;
        for (Mention m : mentions) {
            assertThat(m.text()).as("text of %s after %s", m, after).isEqualTo(text.substring(m.start(), m.end()));
            assertThat(m.text()).as("%s after %s", m, after).isNotEmpty();
            assertThat(Span.isSpace(m.text().charAt(0)) || Span.isSpace(m.text().charAt(m.text().length() - 1)))
                    .as("white space at an end of %s after %s", m, after).isFalse();
            assertThat(m.text()).as("%s after %s", m, after).doesNotContain("\n").doesNotContain("\r");
            if (previous != null) {
                assertThat(m.start()).as("%s after %s, which overlaps or precedes it, after %s", m, previous, after)
                        .isGreaterThanOrEqualTo(previous.end());
            }
            previous = m;
        }
    }
}
