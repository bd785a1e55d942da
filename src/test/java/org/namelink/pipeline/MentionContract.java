package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.namelink.mentions.Mention;
import org.namelink.text.Span;

/**
 * What every list of mentions keeps, after every stage and at the end of the pipeline: each
 * mention's text is its span of the original text, it neither begins nor ends with white space, it
 * holds no line break of any kind ({@code \n}, {@code \r}, vertical tab, form feed, NEL, U+2028,
 * U+2029) nor any other control character but the tab (a name hyphenated across a line break gives
 * a mention on each line, since every line is a hard boundary: {@code TextAnalyzer}), and the
 * mentions are in text order without overlaps.
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
            for (int i = 0; i < m.text().length(); i++) {
                char c = m.text().charAt(i);
                boolean separator = c < 0x20 && c != '\t' || c == '\u0085' || c == '\u2028' || c == '\u2029';
                assertThat(separator).as("U+%04X at %d of %s after %s", (int) c, i, m, after).isFalse();
            }
            if (previous != null) {
                assertThat(m.start()).as("%s after %s, which overlaps or precedes it, after %s", m, previous, after)
                        .isGreaterThanOrEqualTo(previous.end());
            }
            previous = m;
        }
    }
}
