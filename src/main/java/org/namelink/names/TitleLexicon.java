package org.namelink.names;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.namelink.text.KbpGazetteer;
import org.namelink.text.ResourceLines;

/**
 * Titles and honorifics that may precede a person's name ("Ayatollah", "Defense Secretary",
 * "Gen."), as sequences of folded words.
 *
 * <p>The default lexicon is the TITLE entries of the KBP gazetteer in CoreNLP's models jar
 * (tens of thousands of job titles) plus Namelink's {@code models/honorifics.txt}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TitleLexicon {

    static final String HONORIFICS = "/org/namelink/models/honorifics.txt";

    private final Set<String> titles;
    private final Set<String> honorifics;
    private final int maxWords;

    private TitleLexicon(Set<String> titles, Set<String> honorifics) {
        this.titles = Set.copyOf(titles);
        this.honorifics = Set.copyOf(honorifics);
        int max = 1;
        for (String t : this.titles) {
            max = Math.max(max, t.split(" ").length);
        }
        this.maxWords = max;
    }

    /** The KBP TITLE entries plus the bundled honorifics. */
    public static TitleLexicon defaults() {
        Set<String> titles = new HashSet<>();
        readKbpTitles(titles);
        Set<String> honorifics = new HashSet<>();
        readList(ResourceLines.ofResource(HONORIFICS), honorifics);
        titles.addAll(honorifics);
        return new TitleLexicon(titles, honorifics);
    }

    /** A lexicon of exactly the given titles (case-insensitive, words separated by spaces). */
    public static TitleLexicon of(Collection<String> titles) {
        Set<String> set = new HashSet<>();
        for (String t : titles) {
            set.add(normalize(Objects.requireNonNull(t, "title")));
        }
        return new TitleLexicon(set, set);
    }

    /** This lexicon plus the titles listed one per line in {@code file} ({@code #} comments). */
    public TitleLexicon withFile(Path file) {
        Set<String> set = new HashSet<>(titles);
        readList(ResourceLines.ofFile(file), set);
        return new TitleLexicon(set, honorifics);
    }

    public int size() {
        return titles.size();
    }

    /**
     * Number of leading words of {@code foldedWords} (from {@code from}) that form the longest title,
     * or 0.
     */
    int titleLength(List<String> foldedWords, int from) {
        int best = 0;
        StringBuilder b = new StringBuilder();
        for (int n = 1; n <= maxWords && from + n <= foldedWords.size(); n++) {
            if (n > 1) {
                b.append(' ');
            }
            b.append(stripPeriod(foldedWords.get(from + n - 1)));
            if (titles.contains(b.toString())) {
                best = n;
            }
        }
        return best;
    }

    /** Forms of address (Mr, Gen., Ayatollah) and offices that always precede a name (President). */
    boolean isHonorific(String foldedWord) {
        return honorifics.contains(stripPeriod(foldedWord));
    }

    public boolean isTitle(String phrase) {
        return titles.contains(normalize(phrase));
    }

    private static String normalize(String title) {
        String[] words = Folding.fold(title.trim()).split("\\s+");
        return String.join(" ", Arrays.stream(words).map(TitleLexicon::stripPeriod).toList());
    }

    private static String stripPeriod(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static void readKbpTitles(Set<String> out) {
        for (String entry : KbpGazetteer.entries("TITLE")) {
            // Entries are TokensRegex patterns; titles only escape their periods.
            String title = entry.replace("\\.", ".");
            if (title.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.' || c == '-')) {
                out.add(normalize(title));
            }
        }
    }

    private static void readList(List<ResourceLines.Line> lines, Set<String> out) {
        for (ResourceLines.Line line : lines) {
            out.add(normalize(line.text().strip()));
        }
    }
}
