package org.namelink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.spark.SharedSpark;

/**
 * The Spark page's example ({@code src/site/markdown/spark.md}, linked from the README) is
 * {@link SparkReadmeExample}, quoted from its imports on, and does what it says.
 */
class SparkReadmeExampleTest {

    private static final Path PAGE = Path.of("src/site/markdown/spark.md");

    @Test
    void readmeQuotesTheExampleUnchanged() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/namelink/examples/SparkReadmeExample.java"));
        String quoted = source.substring(source.indexOf("import "));
        assertThat(Files.readString(PAGE))
                .as(PAGE + " must quote src/test/java/org/namelink/examples/SparkReadmeExample.java from its first "
                        + "import to its end in a ```java block; copy the file's text into the page")
                .contains("```java\n" + quoted + "```\n");
    }

    @Test
    void printsTheEntitiesTheReadmeShows(@TempDir Path dir) throws IOException {
        SharedSpark.get(); // the example's getOrCreate() then finds the tests' session
        Path articles = dir.resolve("articles.jsonl");
        Files.writeString(articles, """
                {"id": "a1", "text": "Masoud Barzani spoke in Erbil on Monday."}
                {"id": "a2", "text": "Aid reached Irbil, where Barzani met the governor."}
                """, StandardCharsets.UTF_8);
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            SparkReadmeExample.main(new String[] {articles.toString(), dir.resolve("work").toString()});
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("e2 Erbil LOCATION [Erbil, Irbil] [a1, a2]");
        assertThat(Files.readString(PAGE)).as(PAGE + " shows the example's output").contains(out.strip());
        assertThat(Files.isDirectory(dir.resolve("work/mentions"))).isTrue();
    }
}
