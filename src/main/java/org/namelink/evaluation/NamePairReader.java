package org.namelink.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.namelink.mentions.EntityType;

/**
 * Reads labelled name pairs: a TSV with the header {@code type name1 name2 label source}, label
 * {@code 1} for one entity and {@code 0} for two; the source column is optional.
 *
 * <p>Stateless and thread-safe.
 */
public final class NamePairReader {

    private NamePairReader() {
    }

    /**
     * The pairs of {@code file}, in file order.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a malformed line
     */
    public static List<NamePair> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<NamePair> pairs = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || i == 0 && line.startsWith("type")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 4 || !(c[3].equals("0") || c[3].equals("1"))) {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": expected type<TAB>name1<TAB>name2<TAB>label (0 or 1)[<TAB>source], got '" + line + "'");
            }
            EntityType type;
            try {
                type = EntityType.parse(c[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
            pairs.add(new NamePair(type, c[1], c[2], c[3].equals("1"), c.length > 4 ? c[4] : ""));
        }
        return pairs;
    }
}
