package org.namelink.mentions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.namelink.text.AnalyzedText;
import org.namelink.text.KbpGazetteer;
import org.namelink.text.ResourceLines;
import org.namelink.text.Sentence;
import org.namelink.text.Span;
import org.namelink.text.Token;

/**
 * Finds names listed in gazetteers: the countries and states or provinces of the KBP gazetteer
 * in CoreNLP's models jar, Namelink's {@code models/gazetteer.tsv} (news agencies, international
 * organisations, regions, capitals) and any user files. Matches are whole tokens, longest first,
 * written as listed or in capitals, every word capitalised — "turkey" the bird is not a country.
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerMentionFinder implements MentionFinder {

    static final String BUNDLED = "/org/namelink/models/gazetteer.tsv";

    /** Lower-case words allowed inside a listed name: "Bosnia and Herzegovina", "Isle of Man". */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("and", "of", "the", "de", "du", "del", "la");

    /** Entry (tokens joined by single spaces, as written) -> type; a capitals form is looked up too. */
    private final Map<String, EntityType> entries;
    private final int maxTokens;

    private GazetteerMentionFinder(Map<String, EntityType> entries) {
        this.entries = Map.copyOf(entries);
        int max = 1;
        for (String e : this.entries.keySet()) {
            max = Math.max(max, e.split(" ").length);
        }
        this.maxTokens = max;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** KBP countries and states plus the bundled list. */
    public static GazetteerMentionFinder defaults() {
        return builder().build();
    }

    public int size() {
        return entries.size();
    }

    /** Names are looked up within one sentence. */
    @Override
    public boolean sentenceLocal() {
        return true;
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<Mention> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int i = 0;
            while (i < tokens.size()) {
                int matched = 0;
                EntityType type = null;
                StringBuilder key = new StringBuilder();
                for (int n = 1; n <= maxTokens && i + n <= tokens.size(); n++) {
                    Token t = tokens.get(i + n - 1);
                    if (!Character.isUpperCase(t.text().codePointAt(0)) && (n == 1 || !FUNCTION_WORDS.contains(t.text()))) {
                        break;
                    }
                    if (n > 1) {
                        key.append(' ');
                    }
                    key.append(t.text());
                    EntityType found = lookup(key.toString());
                    if (found != null) {
                        matched = n;
                        type = found;
                    }
                }
                if (matched > 0) {
                    Span span = new Span(tokens.get(i).start(), tokens.get(i + matched - 1).end());
                    out.add(Mention.of(text.text(), span, type, "gazetteer"));
                    i += matched;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    private EntityType lookup(String key) {
        EntityType t = entries.get(key);
        if (t == null && key.equals(key.toUpperCase(Locale.ROOT))) {
            t = entries.get(capitalsKey(key));
        }
        return t;
    }

    private static String capitalsKey(String s) {
        return "\u0000" + s.toUpperCase(Locale.ROOT);
    }

    /** Builds a {@link GazetteerMentionFinder}; not thread-safe. */
    public static final class Builder {
        private final Map<String, EntityType> entries = new HashMap<>();
        private boolean defaults = true;

        private Builder() {
        }

        /** Leave out the KBP and bundled lists. */
        public Builder withoutDefaults() {
            this.defaults = false;
            return this;
        }

        public Builder add(EntityType type, String name) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            String n = name.strip().replaceAll("\\s+", " ");
            if (n.isEmpty()) {
                throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
            }
            entries.putIfAbsent(n, type);
            entries.putIfAbsent(capitalsKey(n), type);
            return this;
        }

        /** Adds a TSV file: {@code TYPE<TAB>name} per line, {@code #} comments. */
        public Builder addFile(Path file) {
            return addTsv(ResourceLines.ofFile(file), file.toString());
        }

        private Builder addTsv(List<ResourceLines.Line> lines, String name) {
            for (ResourceLines.Line line : lines) {
                String[] cols = line.text().split("\t");
                if (cols.length < 2) {
                    throw new IllegalArgumentException(name + ":" + line.number() + ": expected TYPE<TAB>name, got '"
                            + line.text() + "'");
                }
                try {
                    add(EntityType.parse(cols[0]), cols[1]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ":" + line.number() + ": " + e.getMessage(), e);
                }
            }
            return this;
        }

        private void addKbpPlaces() {
            for (String kbpClass : List.of("COUNTRY", "STATE_OR_PROVINCE")) {
                for (String entry : KbpGazetteer.entries(kbpClass)) {
                    // The caseless list also holds derived forms (iran-backed) and regexes: plain names only.
                    if (entry.length() >= 4 && entry.chars().allMatch(c -> c == ' ' || c >= 'a' && c <= 'z')) {
                        add(EntityType.LOCATION, titleCase(entry));
                    }
                }
            }
        }

        private static String titleCase(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean start = true;
            for (char c : s.toCharArray()) {
                b.append(start ? Character.toUpperCase(c) : c);
                start = c == ' ';
            }
            // Function words stay lower case: "Bosnia and Herzegovina", "Isle of Man".
            return b.toString().replace(" And ", " and ").replace(" Of ", " of ").replace(" The ", " the ");
        }

        public GazetteerMentionFinder build() {
            if (defaults) {
                addTsv(ResourceLines.ofResource(BUNDLED), BUNDLED);
                addKbpPlaces();
            }
            return new GazetteerMentionFinder(entries);
        }
    }
}
