package org.namelink.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests on invented pages and lines; none of them comes from the demo articles. */
class PageCleanerTest {

    private static final PageCleaner CLEANER = PageCleaner.defaults();

    /** A local sports story with the usual chrome around it. */
    private static final String SPORTS_PAGE = String.join("\n",
            "Skip to main content",
            "Home",
            "Sports",
            "Weather",
            "Obituaries",
            "Harbor Town Sailors clinch regional title in overtime",
            "By Priya Natarajan",
            "March 3, 2023 at 9:15 p.m.",
            "Share",
            "Facebook",
            "Twitter",
            "Email",
            "The Harbor Town Sailors won the regional basketball title on Friday night, beating Millbrook 71-68"
                    + " after a tense overtime period in front of a sold-out gym.",
            "Coach Dana Whitfield said the team had practised free throws every morning for a month.",
            "Advertisement",
            "A season of comebacks",
            "The Sailors trailed in six of their last eight games but rallied each time, a pattern Whitfield"
                    + " credited to the depth of her bench and the leadership of senior guard Marcus Bell.",
            "Bell finished with 24 points and 11 rebounds, and was named the tournament's most valuable player.",
            "Fans celebrate at the final buzzer. (Photo by Lena Ortiz / Harbor Town Gazette)",
            "The team will face Riverside in the state semifinal next Saturday in Capital City.",
            "Related stories",
            "Millbrook coach reflects on a record season",
            "Riverside star signs with state university",
            "Sign up for our sports newsletter",
            "Get scores and highlights delivered to your inbox every morning.",
            "Comments (14)",
            "Log in to comment",
            "© 2023 Harbor Town Gazette. All rights reserved.",
            "Privacy Policy",
            "Terms of Use",
            "Contact Us");

    @Test
    void judgesExactlyTheLinesTheTextStageCuts() {
        String text = "  Share this story \u00A0\n\u00A0\u200B\n\r\nThe council met on Monday and voted.\r\n\uFEFFSubscribe now";

        List<Span> lines = TextAnalyzer.lines(text);

        assertThat(lines).extracting(l -> l.coveredText(text))
                .containsExactly("Share this story", "The council met on Monday and voted.", "Subscribe now");
        assertThat(CLEANER.classify(text)).extracting(LineVerdict::span).containsExactlyElementsOf(lines);
    }

    @Test
    void marksTheChromeOfAnInventedSportsPageAndKeepsTheStory() {
        Map<String, LineVerdict> v = byLine(SPORTS_PAGE);

        assertThat(chromeLines(SPORTS_PAGE)).containsExactly(
                "Skip to main content", "Home", "Sports", "Weather", "Obituaries",
                "Share", "Facebook", "Twitter", "Email",
                "Advertisement",
                "Related stories",
                "Millbrook coach reflects on a record season",
                "Riverside star signs with state university",
                "Sign up for our sports newsletter",
                "Get scores and highlights delivered to your inbox every morning.",
                "Comments (14)",
                "Log in to comment",
                "© 2023 Harbor Town Gazette. All rights reserved.",
                "Privacy Policy", "Terms of Use", "Contact Us");

        assertThat(v.get("Skip to main content").reason()).isEqualTo("prompt phrase 'skip to main content'");
        assertThat(v.get("Home").reason()).isEqualTo("button label 'home'");
        assertThat(v.get("Weather").reason()).isEqualTo("run of short lines at page start");
        assertThat(v.get("Millbrook coach reflects on a record season").reason())
                .isEqualTo("short line in a chrome block");
        assertThat(v.get("By Priya Natarajan").reason()).isEqualTo("byline or credit");
        assertThat(v.get("March 3, 2023 at 9:15 p.m.").reason()).isEqualTo("date line");
        assertThat(v.get("A season of comebacks").reason()).isEqualTo("heading before a paragraph");
        assertThat(v.get("Fans celebrate at the final buzzer. (Photo by Lena Ortiz / Harbor Town Gazette)").chrome())
                .isFalse();
        assertThat(v.get("Harbor Town Sailors clinch regional title in overtime").chrome()).isFalse();
    }

    @Test
    void chromeSpansAreTheChromeVerdictsSortedAndWithoutTerminators() {
        String page = SPORTS_PAGE.replace("\n", "\r\n");
        List<Span> spans = CLEANER.chromeSpans(page);
        List<Span> fromVerdicts = CLEANER.classify(page).stream().filter(LineVerdict::chrome)
                .map(LineVerdict::span).collect(Collectors.toList());
        assertThat(spans).isEqualTo(fromVerdicts).isSorted();
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i - 1).overlaps(spans.get(i))).isFalse();
        }
        for (Span s : spans) {
            assertThat(s.coveredText(page)).doesNotContain("\r", "\n").isNotBlank();
        }
    }

    @Test
    void lineSpansAreExactForLfCrLfAndCr() {
        for (String eol : List.of("\n", "\r\n", "\r")) {
            String text = "Advertisement" + eol + eol + "Stormy weather closed the mountain pass on Sunday,"
                    + " stranding dozens of drivers overnight in their cars." + eol + "Newsletter" + eol;
            List<LineVerdict> verdicts = CLEANER.classify(text);
            assertThat(verdicts).hasSize(3);
            assertThat(verdicts.get(0).span()).isEqualTo(new Span(0, 13));
            assertThat(verdicts.get(1).span().coveredText(text)).startsWith("Stormy").endsWith("cars.");
            assertThat(verdicts.get(2).span().coveredText(text)).isEqualTo("Newsletter");
            assertThat(CLEANER.chromeSpans(text)).containsExactly(verdicts.get(0).span(), verdicts.get(2).span());
        }
    }

    @Test
    void emptyAndBlankTextHaveNoVerdicts() {
        assertThat(CLEANER.classify("")).isEmpty();
        assertThat(CLEANER.chromeSpans("")).isEmpty();
        assertThat(CLEANER.classify(" \n\t\r\n\u00A0\n")).isEmpty();
    }

    @Test
    void textWithoutNewlineIsOneLine() {
        String sentence = "The orchard's first harvest fed the whole village for a week, the mayor said.";
        assertThat(CLEANER.classify(sentence)).containsExactly(
                new LineVerdict(new Span(0, sentence.length()), false, "paragraph"));
        assertThat(CLEANER.chromeSpans("Subscribe")).containsExactly(new Span(0, 9));
    }

    @Test
    void offsetsAreUtf16IndicesWithEmojiAndCurlyQuotes() {
        String text = "🎉🎉 “Best bakery in town,” says Olga Marek of the Linden Street shop, who opened it in 1998.\n"
                + "❤️ Share this article 🔗\n"
                + "Copy link";
        List<LineVerdict> verdicts = CLEANER.classify(text);
        assertThat(verdicts).hasSize(3);
        assertThat(verdicts.get(0).chrome()).isFalse();
        Span share = verdicts.get(1).span();
        assertThat(share.coveredText(text)).isEqualTo("❤️ Share this article 🔗");
        assertThat(verdicts.get(1).reason()).isEqualTo("prompt phrase 'share this article'");
        assertThat(verdicts.get(2).span().end()).isEqualTo(text.length());
        assertThat(verdicts.get(2).chrome()).isTrue();
    }

    @Test
    void curlyApostrophesMatchStraightOnes() {
        assertThat(byLine("Editor’s Picks").get("Editor’s Picks").reason()).isEqualTo("prompt phrase 'editor's picks'");
    }

    @Test
    void iconLabelsAreChrome() {
        assertThat(byLine("MenuIcon SearchIcon UserIcon").get("MenuIcon SearchIcon UserIcon").reason())
                .isEqualTo("icon label");
        assertThat(byLine("Pinterest icon").get("Pinterest icon").reason()).isEqualTo("icon label");
        // "icon" as an ordinary word in a sentence is not an icon label.
        String prose = "She became a fashion icon in the 1970s.";
        assertThat(byLine(prose).get(prose).chrome()).isFalse();
        assertThat(byLine("Iconic bridge reopens").get("Iconic bridge reopens").chrome()).isFalse();
    }

    @Test
    void unrenderedTemplatePlaceholdersAreChrome() {
        String line = "You have {{remaining}} stories left this week";
        assertThat(byLine(line).get(line).reason()).isEqualTo("unrendered template placeholder");
        String line2 = "Welcome back, ${user.firstName}";
        assertThat(byLine(line2).get(line2).chrome()).isTrue();
    }

    @Test
    void labelWordsMarkOnlyLinesMadeOfLabels() {
        assertThat(byLine("Share  Facebook  Twitter  Email").get("Share  Facebook  Twitter  Email").chrome()).isTrue();
        assertThat(byLine("Comments (27)").get("Comments (27)").chrome()).isTrue();
        assertThat(byLine("Most Popular").get("Most Popular").chrome()).isTrue();
        for (String headline : List.of("Twitter bans the account", "Regulators question Facebook",
                "The most popular party in the north")) {
            assertThat(byLine(headline).get(headline).chrome()).as(headline).isFalse();
        }
    }

    @Test
    void prefixLabelFollowedByColonOpensAChromeLine() {
        String line = "Related: Ferry service to resume after winter break";
        assertThat(byLine(line).get(line).reason()).isEqualTo("label prefix 'related:'");
        for (String real : List.of("Harbor master: ferry service will resume in April",
                "Facebook: a timeline of the platform's rise")) {
            assertThat(byLine(real).get(real).chrome()).as(real).isFalse();
        }
    }

    @Test
    void promptPhrasesInReportedProseAreNotChrome() {
        for (String prose : List.of(
                "Hackers logged in to hundreds of customer accounts, the bank said.",
                "The festival was sponsored content, critics said.",
                "Officials told residents to download the city's parking app.")) {
            assertThat(byLine(prose).get(prose).chrome()).as(prose).isFalse();
        }
        // The same phrases as prompts: opening the line, capitalised like a button, or addressing the reader.
        for (String prompt : List.of(
                "Log in to see your saved articles",
                "About Sponsored Content: this page was paid for by an advertiser.",
                "You must be logged in to post.",
                "Please download the Harbor Town app for alerts.")) {
            assertThat(byLine(prompt).get(prompt).chrome()).as(prompt).isTrue();
        }
    }

    @Test
    void wildcardPhraseMatchesOneToThreeWords() {
        assertThat(byLine("Download the Daily Planet app").get("Download the Daily Planet app").reason())
                .isEqualTo("prompt phrase 'download the * app'");
        assertThat(byLine("Get the Morning Star News app today!").get("Get the Morning Star News app today!").chrome())
                .isTrue();
        String tooLong = "Download the very big and shiny app";
        assertThat(byLine(tooLong).get(tooLong).chrome()).isFalse();
    }

    @Test
    void promptPhrasesInLongParagraphsAreNotChrome() {
        String paragraph = "Residents who want to sign up for our community garden can visit the library, where"
                + " volunteers explain the rules, hand out seed packets and answer questions every Saturday morning.";
        assertThat(paragraph.split(" ")).hasSizeGreaterThan(PageCleaner.MAX_CHROME_WORDS);
        assertThat(byLine(paragraph).get(paragraph).chrome()).isFalse();
    }

    @Test
    void repeatedLinesAreChromeFromTheirSecondOccurrence() {
        String page = String.join("\n",
                "Volunteers rebuild flooded library",
                "Volunteers spent three weekends drying and sorting more than four thousand books after the river"
                        + " rose into the basement of the Elm Street library.",
                "Volunteers rebuild flooded library");
        List<LineVerdict> v = CLEANER.classify(page);
        assertThat(v.get(0).chrome()).isFalse();
        assertThat(v.get(2).chrome()).isTrue();
        assertThat(v.get(2).reason()).isEqualTo("repeated line");
    }

    @Test
    void subheadingBetweenParagraphsStaysEvenNextToAnAdvert() {
        String page = String.join("\n\n",
                "The council voted on Tuesday to close the old swimming pool, citing repair costs that had"
                        + " tripled since the last inspection.",
                "Advertisement",
                "What happens next",
                "A new pool is planned for the east side of town, but construction is not expected to start"
                        + " before next spring.",
                "Funding questions",
                "The budget for the project has not yet been approved by the regional authority.");
        Map<String, LineVerdict> v = byLine(page);
        assertThat(v.get("Advertisement").chrome()).isTrue();
        assertThat(v.get("What happens next").chrome()).isFalse();
        assertThat(v.get("What happens next").reason()).isEqualTo("heading before a paragraph");
        assertThat(v.get("Funding questions").chrome()).isFalse();
    }

    @Test
    void relatedStoriesBetweenParagraphsAreChrome() {
        String page = String.join("\n",
                "The bakery on Quay Street will stay open through the renovation of the market hall, the owners said.",
                "Related stories",
                "Market hall renovation delayed again",
                "Five places to buy bread downtown",
                "Work on the hall is due to finish in the autumn, according to the city's planning office.");
        Map<String, LineVerdict> v = byLine(page);
        assertThat(v.get("Related stories").chrome()).isTrue();
        assertThat(v.get("Market hall renovation delayed again").chrome()).isTrue();
        // The last line before a paragraph could be a subheading: it is kept.
        assertThat(v.get("Five places to buy bread downtown").chrome()).isFalse();
    }

    @Test
    void chromeDoesNotSpreadAcrossAParagraphOrIntoBylinesAndCredits() {
        String page = String.join("\n",
                "Follow us",
                "By Tomasz Wierzbicki",
                "Pictures: Ana Costa / Lakeside Courier",
                "Kayak rentals on the lake have doubled this summer as a heat wave drove visitors to the water,"
                        + " the rental company said.",
                "Weekend tips",
                "Subscribe",
                "© Lakeside Courier");
        Map<String, LineVerdict> v = byLine(page);
        assertThat(v.get("Follow us").chrome()).isTrue();
        assertThat(v.get("By Tomasz Wierzbicki").chrome()).isFalse();
        assertThat(v.get("Pictures: Ana Costa / Lakeside Courier").chrome()).isFalse();
        assertThat(v.get("Weekend tips").chrome()).isTrue();
        assertThat(v.get("© Lakeside Courier").chrome()).isFalse();
        assertThat(v.get("© Lakeside Courier").reason()).isEqualTo("byline or credit");
    }

    @Test
    void headlineAfterAMenuStays() {
        String page = String.join("\n",
                "Menu",
                "Search",
                "Glacier retreat opens new hiking route in the Alps",
                "Mountain guides say a trail that was under ice ten years ago is now open to walkers from June"
                        + " to September.");
        Map<String, LineVerdict> v = byLine(page);
        assertThat(v.get("Menu").chrome()).isTrue();
        assertThat(v.get("Search").chrome()).isTrue();
        assertThat(v.get("Glacier retreat opens new hiking route in the Alps").chrome()).isFalse();
    }

    @Test
    void menuAtPageStartStopsAtAHeadingThatLeadsIntoAParagraph() {
        String page = String.join("\n",
                "Home",
                "World",
                "Europe",
                "Mayor quits",
                "The mayor of the river town resigned on Thursday after a dispute with the council over the budget.");
        Map<String, LineVerdict> v = byLine(page);
        assertThat(v.get("World").chrome()).isTrue();
        assertThat(v.get("Europe").chrome()).isTrue();
        assertThat(v.get("Mayor quits").chrome()).isFalse();
    }

    @Test
    void shortLinesSqueezedBetweenChromeAreChrome() {
        String page = String.join("\n",
                "Cyclists will get a protected lane on the harbour bridge by next summer, the transport office said.",
                "Add a comment",
                "What do you think?",
                "Newest first",
                "Show comments");
        Map<String, LineVerdict> v = byLine(page);
        assertThat(v.get("What do you think?").chrome()).isTrue();
        assertThat(v.get("What do you think?").reason()).isEqualTo("line between chrome lines");
        assertThat(v.get("Newest first").chrome()).isTrue();
    }

    @Test
    void runOfShortLinesAtPageEndIsChromeWhenAPromptAnchorsIt() {
        String page = String.join("\n",
                "The lighthouse museum reopens on Saturday with a new exhibition about the keepers who lived there.",
                "Lighthouses",
                "Coastal history",
                "Museums",
                "Sign up for our newsletter");
        Map<String, LineVerdict> v = byLine(page);
        assertThat(v.get("Lighthouses").chrome()).isTrue();
        assertThat(v.get("Museums").chrome()).isTrue();

        // Without a prompt, icon or template among them, short lines are text: a results table.
        String results = String.join("\n",
                "The league resumed on Saturday after the winter break with three matches in the north.",
                "Harbour Town 2 Millbrook 1",
                "Eastfield 0 Westgate 0",
                "Northport 3 Southend 2");
        assertThat(CLEANER.chromeSpans(results)).isEmpty();

        String twoOnly = String.join("\n",
                "The lighthouse museum reopens on Saturday with a new exhibition about the keepers who lived there.",
                "Additional reporting by Sam Obi",
                "Coastal history");
        assertThat(CLEANER.chromeSpans(twoOnly)).isEmpty();
    }

    @Test
    void noLineOverTwentyFiveWordsIsChrome() {
        String longChromeLike = "Subscribe now " + "and read every story ".repeat(6) + "today";
        assertThat(longChromeLike.split(" ")).hasSizeGreaterThan(PageCleaner.MAX_CHROME_WORDS);
        assertThat(CLEANER.chromeSpans(longChromeLike)).isEmpty();
    }

    @Test
    void builderAddsPhrasesFromCollectionAndFile(@TempDir Path dir) throws IOException {
        String line = "Rate this recipe";
        assertThat(CLEANER.chromeSpans(line)).isEmpty();
        assertThat(PageCleaner.builder().addPhrases(List.of("rate this recipe")).build().chromeSpans(line))
                .containsExactly(new Span(0, line.length()));

        Path file = dir.resolve("my-phrases.txt");
        Files.writeString(file, "# site-specific prompts\n\nrate this * recipe   # star widget\n=Pantry\n"
                + "From the archive:\n", StandardCharsets.UTF_8);
        PageCleaner custom = PageCleaner.builder().addPhrasesFrom(file).build();
        assertThat(custom.classify("Rate this lovely recipe").get(0).reason())
                .isEqualTo("prompt phrase 'rate this * recipe'");
        assertThat(custom.chromeSpans("Pantry")).hasSize(1);
        assertThat(custom.chromeSpans("Pantry shelves emptied by storm")).isEmpty();
        assertThat(custom.classify("From the archive: Storm of 1953").get(0).reason())
                .isEqualTo("label prefix 'from the archive:'");
        // The bundled phrases are still there.
        assertThat(custom.chromeSpans("All rights reserved.")).hasSize(1);
    }

    @Test
    void builderRejectsBadArgumentsNamingThem(@TempDir Path dir) throws IOException {
        PageCleaner.Builder b = PageCleaner.builder();
        assertThatThrownBy(() -> b.addPhrases(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("phrases");
        assertThatThrownBy(() -> b.addPhrases(Arrays.asList("ok", null))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("phrases");
        assertThatThrownBy(() -> b.addPhrases(List.of(" ?! "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("' ?! '");
        assertThatThrownBy(() -> b.addPhrases(List.of("* app"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'* app'");
        assertThatThrownBy(() -> b.addPhrases(List.of("see * also:"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'see * also:'");
        assertThatThrownBy(() -> b.addPhrasesFrom(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("file");

        Path missing = dir.resolve("no-such-file.txt");
        assertThatThrownBy(() -> b.addPhrasesFrom(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());

        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "fine phrase\n\nsubscribe *\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> b.addPhrasesFrom(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("line 3");

        assertThatThrownBy(() -> CLEANER.classify(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> CLEANER.chromeSpans(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void addingAPlainLabelKeepsTheBundledPrefixOfTheSameWord() {
        PageCleaner c = PageCleaner.builder().addPhrases(List.of("related", "=related")).build();
        assertThat(c.classify("Related: Night trains return to the coast").get(0).chrome()).isTrue();
    }

    @Test
    void builtCleanerIsUnaffectedByLaterBuilderChanges() {
        PageCleaner.Builder b = PageCleaner.builder();
        PageCleaner before = b.build();
        b.addPhrases(List.of("rate this recipe"));
        assertThat(before.chromeSpans("Rate this recipe")).isEmpty();
        assertThat(b.build().chromeSpans("Rate this recipe")).hasSize(1);
    }

    @Test
    void resultsAreImmutable() {
        List<LineVerdict> v = CLEANER.classify(SPORTS_PAGE);
        assertThatThrownBy(() -> v.add(v.get(0))).isInstanceOf(UnsupportedOperationException.class);
        List<Span> s = CLEANER.chromeSpans(SPORTS_PAGE);
        assertThatThrownBy(() -> s.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lineVerdictValidatesItsArguments() {
        assertThatThrownBy(() -> new LineVerdict(null, true, "x")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("span");
        assertThatThrownBy(() -> new LineVerdict(new Span(0, 1), true, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void sharedCleanerGivesTheSameAnswersFromManyThreads() {
        List<String> pages = IntStream.range(0, 64)
                .mapToObj(i -> SPORTS_PAGE.replace("Sailors", "Sailors" + i)).collect(Collectors.toList());
        List<List<Span>> sequential = pages.stream().map(CLEANER::chromeSpans).collect(Collectors.toList());
        List<List<Span>> parallel = pages.parallelStream().map(CLEANER::chromeSpans).collect(Collectors.toList());
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void aLargePageGetsOneVerdictPerLine() {
        // Its time is measured by PageCleanerBenchmark (JMH), not here.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sb.append(SPORTS_PAGE).append("\n");
        }
        String big = sb.toString(); // about 8 million chars in 155,000 lines
        List<LineVerdict> verdicts = CLEANER.classify(big);
        assertThat(verdicts).hasSize(5_000 * SPORTS_PAGE.split("\n").length);
        assertThat(verdicts.get(verdicts.size() - 1).span().end()).isLessThanOrEqualTo(big.length());
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> chromeLines(String page) {
        List<String> out = new ArrayList<>();
        for (LineVerdict v : CLEANER.classify(page)) {
            if (v.chrome()) {
                out.add(v.span().coveredText(page));
            }
        }
        return out;
    }

    /** Verdicts keyed by line text (the first occurrence wins). */
    private static Map<String, LineVerdict> byLine(String page) {
        return CLEANER.classify(page).stream().collect(Collectors.toMap(
                v -> v.span().coveredText(page), Function.identity(), (a, b) -> a));
    }

}
