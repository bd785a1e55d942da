package org.namelink.names;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
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
     *     UTF-8) or a line is malformed: a type not PERSON, LOCATION or ORGANIZATION (or PER, LOC,
     *     ORG), or no name
     */
    public AliasTable withFile(Path file, NameAnalyzer analyzer) {
        return with(lines(file), file.toString(), analyzer);
    }

    /**
     * Checks that {@code file} is an alias file, readable and well formed, before any work starts.
     *
     * @throws IllegalArgumentException as {@link #withFile} does when it is not
     */
    public static void checkFile(Path file) {
        String name = file.toString();
        for (ResourceLines.Line line : lines(file)) {
            entry(line, name);
        }
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

    /** One line of an alias file: an entity's type and its names (one name keeps it apart from others). */
    private record Entry(EntityType type, List<String> names) {
    }

    /** The entry of a line, or an error naming the file, the line and what is wrong with it. */
    private static Entry entry(ResourceLines.Line line, String name) {
        String[] cols = line.text().split("\t");
        String where = name + ":" + line.number() + ": ";
        EntityType type;
        try {
            type = EntityType.parse(cols[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage() + " (" + FORMAT + ")", e);
        }
        List<String> names = Arrays.stream(cols).skip(1).filter(c -> !c.isBlank()).map(String::strip).toList();
        if (names.isEmpty()) {
            String text = line.text().length() > 80 ? line.text().substring(0, 80) + "..." : line.text();
            throw new IllegalArgumentException(where + "a type and no name, '" + text + "' (" + FORMAT + ")");
        }
        return new Entry(type, names);
    }

    private AliasTable with(List<ResourceLines.Line> lines, String name, NameAnalyzer analyzer) {
        Map<String, String> map = new HashMap<>(groupByKey);
        for (ResourceLines.Line line : lines) {
            Entry entry = entry(line, name);
            String group = name + ":" + line.number();
            for (String n : entry.names()) {
                map.put(key(entry.type(), analyzer.analyze(n, entry.type()).key()), group);
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
