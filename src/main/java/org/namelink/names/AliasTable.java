package org.namelink.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;

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
        return empty().with(TitleLexicon.resource(DEFAULT_RESOURCE), DEFAULT_RESOURCE, analyzer);
    }

    /** This table plus the entities in {@code file}. */
    public AliasTable withFile(Path file, NameAnalyzer analyzer) {
        Objects.requireNonNull(file, "file");
        try {
            return with(Files.newInputStream(file), file.toString(), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias file " + file, e);
        }
    }

    private AliasTable with(InputStream in, String name, NameAnalyzer analyzer) {
        Map<String, String> map = new HashMap<>(groupByKey);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                EntityType type;
                try {
                    type = EntityType.parse(cols[0]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
                }
                String group = name + ":" + lineNo;
                for (int i = 1; i < cols.length; i++) {
                    if (!cols[i].isBlank()) {
                        map.put(key(type, analyzer.analyze(cols[i].strip(), type).key()), group);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias file " + name, e);
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
