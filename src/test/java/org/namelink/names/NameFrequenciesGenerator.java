package org.namelink.names;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the bundled {@link NameFrequencies} table from CoNLL-2003's training split (never from a
 * development or test set): each distinct PER, LOC or ORG name (its folded spelling and type) counts each
 * of its folded words once. Words seen in one name only are left out (a word not in the table is
 * rare). Reproducible:
 *
 * <pre>
 * mvn -o -q test-compile
 * java -cp "target/classes:target/test-classes:target/lib/*" org.namelink.names.NameFrequenciesGenerator \
 *     ../shared/data/conll2003-train/eng.train models/name-frequencies.tsv
 * </pre>
 *
 * <p>A command-line tool of the build; not thread-safe (it has no state to share).
 */
public final class NameFrequenciesGenerator {

    /** Words in fewer distinct names than this are left out of the table. */
    static final int MIN_COUNT = 2;

    private NameFrequenciesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: NameFrequenciesGenerator CONLL_TRAIN OUT");
            System.exit(2);
        }
        Set<String> names = distinctNames(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        Map<String, Long> counts = new TreeMap<>();
        long total = 0;
        for (String name : names) {
            String text = name.substring(name.indexOf('\t') + 1);
            for (String w : new LinkedHashSet<>(words(text))) {
                counts.merge(w, 1L, Long::sum);
                total++;
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("# Name word frequencies (NameFrequencies): in how many distinct names of CoNLL-2003's training\n"
                    + "# split (eng.train; PER, LOC, ORG; each spelling of each type once) a folded word occurs.\n"
                    + "# Words of one name only are left out. Written by NameFrequenciesGenerator (test scope):\n"
                    + "# java -cp \"target/classes:target/test-classes:target/lib/*\" "
                    + "org.namelink.names.NameFrequenciesGenerator ../shared/data/conll2003-train/eng.train OUT\n"
                    + "# " + names.size() + " distinct names.\n");
            out.write(NameFrequencies.TOTAL + "\t" + total + "\n");
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                if (e.getValue() >= MIN_COUNT) {
                    out.write(e.getKey() + "\t" + e.getValue() + "\n");
                }
            }
        }
    }

    /** "TYPE\tname" for each distinct name of a CoNLL file (IOB1 or IOB2 tags in the last column). */
    static Set<String> distinctNames(List<String> lines) {
        Set<String> names = new LinkedHashSet<>();
        StringBuilder cur = new StringBuilder();
        String curType = null;
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            String tag = p.length >= 2 && !p[0].equals("-DOCSTART-") ? p[p.length - 1] : "O";
            String type = tag.length() > 2 ? tag.substring(2) : "";
            boolean named = type.equals("PER") || type.equals("LOC") || type.equals("ORG");
            if (!named || tag.startsWith("B-") || !type.equals(curType)) {
                if (curType != null) {
                    names.add(curType + "\t" + Folding.fold(cur.toString()));
                }
                cur.setLength(0);
                curType = null;
            }
            if (named) {
                cur.append(cur.length() > 0 ? " " : "").append(p[0]);
                curType = type;
            }
        }
        if (curType != null) {
            names.add(curType + "\t" + Folding.fold(cur.toString()));
        }
        return names;
    }

    /** The folded words of a name, as the matcher folds them. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Folding.fold(name).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
