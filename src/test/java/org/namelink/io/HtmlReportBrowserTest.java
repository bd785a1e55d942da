package org.namelink.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.SharedPipeline;
import org.namelink.resolution.Entity;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML report of the five articles in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): it loads without console errors, an
 * entity's click marks all its mentions, article text cannot run as script, and a screenshot is
 * written to {@code target/html-report/five-articles.png}.
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target", "html-report");
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private static ChromeDriver browser;
    /** Why there is no browser, when there is none. */
    private static String missing;
    private static Corpus corpus;
    private static Path report;

    @BeforeAll
    static void startBrowser() throws IOException {
        Optional<String> binary = firstExisting("NAMELINK_CHROMIUM", BROWSERS);
        Optional<String> driver = firstExisting("NAMELINK_CHROMEDRIVER", DRIVERS);
        if (binary.isEmpty() || driver.isEmpty()) {
            missing = "HtmlReportBrowserTest skipped: no headless Chromium here (looked for a browser at " + BROWSERS
                    + " and a driver at " + DRIVERS + ", or $NAMELINK_CHROMIUM and $NAMELINK_CHROMEDRIVER); install "
                    + "Debian's packages as .ci/run does: apt-get install chromium chromium-driver";
            System.err.println("WARNING: " + missing); // surefire shows no reason for a skipped test
            return;
        }
        Files.createDirectories(OUT);
        List<Article> articles = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try (var files = Files.list(Path.of("testdata", "articles"))) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                texts.put(id, Files.readString(f));
                articles.add(new Article(id, texts.get(id)));
            }
        }
        corpus = SharedPipeline.get().process(articles);
        report = write("five-articles.html", corpus, texts);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver.get()).toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void loadsWithoutConsoleErrors() {
        browser.manage().logs().get(LogType.BROWSER); // read: from here on only this page's entries
        open(report);
        assertThat(browser.getTitle()).isEqualTo("Namelink: 5 articles, " + corpus.entities().size() + " entities");
        assertThat(browser.findElements(By.cssSelector("article.doc"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("li.entity"))).hasSize(corpus.entities().size());
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
        assertThat(errors).as("console errors and warnings").isEmpty();
    }

    @Test
    void clickingAnEntityMarksEachOfItsMentionsInEveryArticleAndScrollsToTheFirst() throws IOException {
        open(report);
        Entity erbil = corpus.entity("Erbil").orElseThrow();
        assertThat(erbil.documents()).hasSizeGreaterThan(1);
        browser.findElement(By.id("entity-" + erbil.id())).click();
        List<WebElement> marked = browser.findElements(By.cssSelector("mark.selected"));
        assertThat(marked).hasSize(erbil.mentionCount());
        assertThat(marked).allSatisfy(m -> assertThat(m.getAttribute("data-entity")).isEqualTo(erbil.id()));
        assertThat(marked.stream().map(m -> m.findElement(By.xpath("ancestor::article")).getAttribute("id"))
                .distinct()).hasSize(erbil.documents().size());
        assertThat((Boolean) script("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;", marked.get(0)))
                .as("the first mention is scrolled into view").isTrue();
        assertThat(browser.findElement(By.id("status")).getText())
                .isEqualTo("Erbil: " + erbil.mentionCount() + " mentions in " + erbil.documents().size() + " articles");
        WebElement irbil = browser.findElement(By.cssSelector("#entity-" + erbil.id() + " li.variant[title^='Irbil']"));
        assertThat(irbil.getText()).contains("transliteration of Erbil");

        // Another entity replaces the marks; the one with the most spellings makes the screenshot.
        Entity shown = corpus.entities().stream().filter(e -> e.mentionCount() >= 10)
                .max(java.util.Comparator.comparingInt((Entity e) -> e.variants().size())).orElseThrow();
        browser.findElement(By.id("entity-" + shown.id())).click();
        assertThat(browser.findElements(By.cssSelector("mark.selected"))).hasSize(shown.mentionCount())
                .allSatisfy(m -> assertThat(m.getAttribute("data-entity")).isEqualTo(shown.id()));
        Path png = OUT.resolve("five-articles.png");
        Files.write(png, browser.getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void articleTextNeverRunsAsScript() throws IOException {
        String hostile = "<script>window.injected = 1;</script> <img src=x onerror=\"window.injected = 2\">\n"
                + "Angela Merkel visited Paris on Monday. \"Quotes\" & 'apostrophes' stay text.";
        Map<String, String> texts = Map.of("<b>hostile</b>", hostile);
        Corpus c = SharedPipeline.get().process(List.of(new Article("<b>hostile</b>", hostile)));
        open(write("hostile.html", c, texts));
        assertThat(script("return typeof window.injected")).isEqualTo("undefined");
        assertThat(browser.findElement(By.cssSelector("article.doc .text")).getText()).isEqualTo(hostile.strip());
        assertThat(browser.findElement(By.cssSelector("article.doc h2")).getText()).startsWith("<b>hostile</b>");
        assertThat(browser.findElements(By.cssSelector("article.doc script, article.doc img"))).isEmpty();
        Entity merkel = c.entity("Angela Merkel").orElseThrow();
        browser.findElement(By.id("entity-" + merkel.id())).click();
        assertThat(browser.findElements(By.cssSelector("mark.selected"))).singleElement()
                .satisfies(m -> assertThat(m.getText()).isEqualTo("Angela Merkel"));
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private static void open(Path file) {
        browser.get(file.toAbsolutePath().toUri().toString());
    }

    private static Path write(String name, Corpus c, Map<String, String> texts) throws IOException {
        Path file = OUT.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(c, id -> Optional.ofNullable(texts.get(id)), w);
        }
        return file;
    }

    private static Optional<String> firstExisting(String variable, List<String> candidates) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return Optional.of(given).filter(p -> Files.isExecutable(Path.of(p)));
        }
        return candidates.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}
