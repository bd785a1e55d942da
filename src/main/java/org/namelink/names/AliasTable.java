package org.namelink.names;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;
import org.namelink.text.ResourceLines;

/**
 * General knowledge no string algorithm can derive: names of one entity (America = United
 * States, Pentagon = Department of Defense). Read from a TSV file, one entity a line:
 * {@code TYPE<TAB>name<TAB>name...}; {@code #} starts a comment.
 *
 * <p>Immutable and thread-safe.
 */
public final class AliasTable {

    static final String DEFAULT_RESOURCE = "/org/namelink/models/aliases.tsv";

    private final Map<String, String> groupByKey;

    private AliasTable(Map<String, String> groupByKey) {
        this.groupByKey = Map.copyOf(groupByKey);
    }

    public static AliasTable empty() {
        return new AliasTable(Map.of());
    }

    /** The bundled {@code models/aliases.tsv}. */
    public static AliasTable defaults(NameAnalyzer analyzer) {
        return empty().with(ResourceLines.ofResource(DEFAULT_RESOURCE), DEFAULT_RESOURCE, analyzer);
    }

    /**
     * This table plus the entities in {@code file}.
     *
     * @throws IllegalArgumentException naming the file, what is wrong with it and what an alias file
     *     is, when it is not a readable UTF-8 text file (a directory, FIFO, device, too large, not
     *     UTF-8) or a line has no valid type
     */
    public AliasTable withFile(Path file, NameAnalyzer analyzer) {
        return with(lines(file), file.toString(), analyzer);
    }

    /**
     * Checks that {@code file} is a readable UTF-8 text file an alias table can be read from, before
     * any work starts.
     *
     * @throws IllegalArgumentException as {@link #withFile} does when it is not
     */
    public static void checkFile(Path file) {
        lines(file);
    }

    private static List<ResourceLines.Line> lines(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return ResourceLines.ofFile(file);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("alias file: " + e.getMessage() + " (" + FORMAT + ")", e);
        }
    }

    /** What an alias file holds, for error messages. */
    private static final String FORMAT = "an alias file is UTF-8 text, one entity a line: TYPE<TAB>name<TAB>name...";

    private AliasTable with(List<ResourceLines.Line> lines, String name, NameAnalyzer analyzer) {
        Map<String, String> map = new HashMap<>(groupByKey);
        for (ResourceLines.Line line : lines) {
            String[] cols = line.text().split("\t");
            EntityType type;
            try {
                type = EntityType.parse(cols[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + line.number() + ": " + e.getMessage(), e);
            }
            String group = name + ":" + line.number();
            for (int i = 1; i < cols.length; i++) {
                if (!cols[i].isBlank()) {
                    map.put(key(type, analyzer.analyze(cols[i].strip(), type).key()), group);
                }
            }
        }
        return new AliasTable(map);
    }

    /** The alias group of a name, if listed. */
    public Optional<String> group(NameForm name) {
        return Optional.ofNullable(groupByKey.get(key(name.type(), name.key())));
    }

    public int size() {
        return groupByKey.size();
    }

    private static String key(EntityType type, String nameKey) {
        return type.name() + "\t" + nameKey;
    }
}
