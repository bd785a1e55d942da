package org.namelink.training;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.namelink.text.ResourceLines;

/**
 * The gazette of {@link TaggerFeature#GAZETTE}, in CoreNLP's gazette format ({@code CLASS word
 * word...} a line): places and nationalities of the KBP gazetteers in CoreNLP's models jar, each
 * in title case and in capitals (CoNLL's headlines are in capitals; the caseless file is in lower
 * case), and the names of {@code models/gazetteer.tsv} as written and in capitals. Sorted, so the
 * same jars give the same file.
 *
 * <p>Stateless and thread-safe.
 */
final class TaggerGazette {

    private static final String[] KBP = {
        "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab",
        "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab"};

    private static final Map<String, String> KBP_CLASSES = Map.of("COUNTRY", "LOCATION",
            "STATE_OR_PROVINCE", "LOCATION", "CITY", "LOCATION", "NATIONALITY", "MISC");

    private static final String OWN = "/org/namelink/models/gazetteer.tsv";

    private TaggerGazette() {
    }

    /** Writes the gazette to {@code file}; returns how many entries. */
    static int write(Path file) throws IOException {
        TreeSet<String> entries = new TreeSet<>();
        for (String resource : KBP) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(ResourceLines.openResource(resource),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] cols = line.split("\t");
                    String cls = cols.length > 1 ? KBP_CLASSES.get(cols[1]) : null;
                    if (cls != null && isPlain(cols[0])) {
                        entries.add(cls + " " + titleCase(cols[0]));
                        entries.add(cls + " " + cols[0].toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        for (ResourceLines.Line line : ResourceLines.ofResource(OWN)) {
            String[] cols = line.text().split("\t");
            if (cols.length == 2 && !line.text().startsWith("#") && isPlain(cols[1])) {
                entries.add(cols[0] + " " + cols[1].strip());
                entries.add(cols[0] + " " + cols[1].strip().toUpperCase(Locale.ROOT));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String e : entries) {
                w.write(e);
                w.write('\n');
            }
        }
        return entries.size();
    }

    /** Words only: the KBP files' TokensRegex patterns (escapes, alternatives) are left out. */
    private static boolean isPlain(String entry) {
        return !entry.isBlank() && entry.chars().noneMatch(c -> c == '\\' || c == '(' || c == '|' || c == '['
                || c == '*' || c == '?' || c == '+' || c == '\t');
    }

    private static String titleCase(String entry) {
        StringBuilder b = new StringBuilder(entry.length());
        boolean start = true;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString().strip().replaceAll(" +", " ");
    }
}
