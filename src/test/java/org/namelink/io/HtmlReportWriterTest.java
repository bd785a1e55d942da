package org.namelink.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.namelink.mentions.EntityType;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.pipeline.ResolvedMention;
import org.namelink.resolution.Entity;
import org.namelink.resolution.EntityMention;
import org.namelink.text.Span;

/** The HTML report without a browser: escaping, self-containment, marks (the browser test does the rest). */
class HtmlReportWriterTest {

    private static final String TEXT = "<script>alert('x')</script> Paris & \"Lyon\"";

    private static String render() throws IOException {
        Span paris = new Span(TEXT.indexOf("Paris"), TEXT.indexOf("Paris") + 5);
        Corpus corpus = new Corpus(
                List.of(new ProcessedDocument("<i>a</i>", List.of(new ResolvedMention(paris, "Paris",
                                EntityType.LOCATION, "e1", "crf")), Optional.empty()),
                        ProcessedDocument.failed("b", "b.txt is <empty>")),
                List.of(new Entity("e1", EntityType.LOCATION, "Paris", List.of("Paris"),
                        List.of(new EntityMention("<i>a</i>", paris, "Paris")), List.of("<i>a</i>"), List.of(), false)));
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(corpus, id -> Optional.ofNullable(Map.of("<i>a</i>", TEXT).get(id)), out);
        return out.toString();
    }

    @Test
    void escapesEveryText() throws IOException {
        String html = render();
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ")
                .contains("&amp; &quot;Lyon&quot;", "&lt;i&gt;a&lt;/i&gt;", "b.txt is &lt;empty&gt;")
                .doesNotContain("<script>alert", "<i>a</i>");
    }

    @Test
    void marksMentionsWithTheirTypeAndEntity() throws IOException {
        assertThat(render()).contains("<mark class=\"m LOCATION\" data-entity=\"e1\" title=\"Paris (place)\">Paris</mark>")
                .contains("<li class=\"entity LOCATION\" id=\"entity-e1\" data-entity=\"e1\"");
    }

    @Test
    void needsNothingFromTheNetwork() throws IOException {
        String html = render();
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?(https?:)?//")
                .doesNotContainPattern("(?i)@import|url\\(|<link")
                .contains("<style>", "<script>\n(function ()");
    }

    @Test
    void showsTheLinkInTheEntityPanelOnlyWhenThereIsOne() throws IOException {
        assertThat(render()).doesNotContain("class=\"link\"");
        Entity linked = new Entity("e1", EntityType.LOCATION, "Paris", List.of("Paris"), List.of(), List.of("d"),
                List.of(), false).withLink(Optional.of(org.namelink.resolution.EntityLink.wikipedia("Paris, Velmora", 0.876)));
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(new Corpus(List.of(), List.of(linked)), id -> Optional.empty(), out);
        assertThat(out.toString()).contains("<p class=\"link\">Wikipedia: <a href=\"https://en.wikipedia.org/wiki/"
                + "Paris,_Velmora\" rel=\"noreferrer\">Paris, Velmora</a> <span class=\"n\">0.88</span></p>");
    }
}
