package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * General properties of the cleaner on the demo articles in {@code testdata/articles}. It checks no
 * particular line of them: only invariants that must hold for any page.
 */
class PageCleanerArticlesTest {

    private static final Path ARTICLES = Path.of("testdata", "articles");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*\\s*$");
    private static final Pattern BYLINE = Pattern.compile("^By \\p{Lu}");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\((?:AP )?Photo by |© (?!\\d)");

    private final PageCleaner cleaner = PageCleaner.defaults();

    private static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void thereAreArticlesToCheck() throws IOException {
        assertThat(articles()).isNotEmpty();
    }

    @Test
    void everyNonBlankLineGetsExactlyOneVerdictWithExactSpans() throws IOException {
        for (Path f : articles()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            // Lines as the text stage cuts them: trimmed of white, no-break and zero-width space.
            List<String> lines = text.lines().map(l -> l.replaceAll("^[\\s\\p{Zs}\u200B\uFEFF]+|[\\s\\p{Zs}\u200B\uFEFF]+$", ""))
                    .filter(l -> !l.isEmpty()).collect(Collectors.toList());
            List<LineVerdict> verdicts = cleaner.classify(text);
            assertThat(verdicts).as(f.toString()).hasSize(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(verdicts.get(i).span().coveredText(text)).as(f.toString()).isEqualTo(lines.get(i));
                assertThat(verdicts.get(i).reason()).isNotBlank();
            }
            List<Span> spans = cleaner.chromeSpans(text);
            assertThat(spans).as(f.toString()).isSorted();
            for (int i = 1; i < spans.size(); i++) {
                assertThat(spans.get(i - 1).end()).isLessThan(spans.get(i).start());
            }
        }
    }

    @Test
    void noLongSentenceLineIsChrome() throws IOException {
        for (Path f : articles()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (Span s : cleaner.chromeSpans(text)) {
                String line = s.coveredText(text);
                int words = line.trim().split("\\s+").length;
                assertThat(words > 25 && SENTENCE_END.matcher(line).find())
                        .as("%s: long sentence line marked as chrome: %s", f, line).isFalse();
                assertThat(words).as("%s: %s", f, line).isLessThanOrEqualTo(PageCleaner.MAX_CHROME_WORDS);
            }
        }
    }

    @Test
    void bylinesAndPhotoCreditsAreNotChrome() throws IOException {
        for (Path f : articles()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (Span s : cleaner.chromeSpans(text)) {
                String line = s.coveredText(text).strip();
                assertThat(BYLINE.matcher(line).find()).as("%s: byline marked: %s", f, line).isFalse();
                assertThat(PHOTO_CREDIT.matcher(line).find()).as("%s: credit marked: %s", f, line).isFalse();
            }
        }
    }

    @Test
    void mostOfEachPageIsKept() throws IOException {
        for (Path f : articles()) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            long all = cleaner.classify(text).stream().mapToLong(v -> v.span().length()).sum();
            long chrome = cleaner.chromeSpans(text).stream().mapToLong(Span::length).sum();
            assertThat(chrome).as(f.toString()).isLessThan(all / 2);
        }
    }
}
