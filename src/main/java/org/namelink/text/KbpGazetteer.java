package org.namelink.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The KBP gazetteer in CoreNLP's models jar ({@value #RESOURCE}: an entry, a tab, its class),
 * read once per JVM however many parts of Namelink use it, keeping only the classes they use:
 * job titles for the title lexicon, countries and states or provinces for the gazetteer finder.
 *
 * <p>Stateless and thread-safe; the entries are loaded on first use and are immutable.
 */
public final class KbpGazetteer {

    /** Where the gazetteer lives in the models jar. */
    public static final String RESOURCE = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    /** The classes kept from the file. */
    public static final Set<String> CLASSES = Set.of("TITLE", "COUNTRY", "STATE_OR_PROVINCE");

    private KbpGazetteer() {
    }

    /**
     * The entries of one class, as written in the file (lower case; TokensRegex patterns escape
     * their periods), in file order.
     *
     * @throws IllegalArgumentException if {@code kbpClass} is not one of {@link #CLASSES}
     */
    public static List<String> entries(String kbpClass) {
        if (!CLASSES.contains(kbpClass)) {
            throw new IllegalArgumentException("kbpClass must be one of " + new TreeSet<>(CLASSES) + ", was '"
                    + kbpClass + "'");
        }
        return Holder.ENTRIES.get(kbpClass);
    }

    /** Loads the entries on first use (initialization-on-demand holder). */
    private static final class Holder {
        static final Map<String, List<String>> ENTRIES = read();
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> byClass = new HashMap<>();
        for (String c : CLASSES) {
            byClass.put(c, new ArrayList<>());
        }
        forEachEntry((entry, kbpClass) -> {
            List<String> entries = byClass.get(kbpClass);
            if (entries != null) {
                entries.add(entry);
            }
        });
        Map<String, List<String>> out = new HashMap<>();
        byClass.forEach((c, entries) -> out.put(c, List.copyOf(entries)));
        return Map.copyOf(out);
    }

    /**
     * Reads the whole gazetteer once, handing each entry as written and its class to
     * {@code action}, in file order: for a caller that keeps other classes, or keeps them otherwise.
     */
    static void forEachEntry(BiConsumer<String, String> action) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(ResourceLines.openResource(RESOURCE),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                int end = line.indexOf('\t', tab + 1);
                action.accept(line.substring(0, tab), line.substring(tab + 1, end < 0 ? line.length() : end));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
