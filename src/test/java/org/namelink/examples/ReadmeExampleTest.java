package org.namelink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example is {@link ReadmeExample}, quoted from its imports on, and does what it says. */
class ReadmeExampleTest {

    @Test
    void readmeQuotesTheExampleUnchanged() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/namelink/examples/ReadmeExample.java"));
        String quoted = source.substring(source.indexOf("import "));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme)
                .as("README.md must quote src/test/java/org/namelink/examples/ReadmeExample.java from its first "
                        + "import to its end in a ```java block; copy the file's text into the README")
                .contains("```java\n" + quoted + "```\n");
    }

    @Test
    void printsTheMentionsAndEntitiesTheReadmeShows() throws IOException {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ReadmeExample.main(new String[0]);
        } finally {
            System.setOut(stdout);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("README.md"));
        assertThat(out).contains("e2 Erbil LOCATION [Erbil, Irbil] [a1, a2]", "Irbil: transliteration of Erbil",
                "Irbil is Erbil");
        assertThat(readme).as("README.md shows the example's output").contains(out.strip());
    }
}
