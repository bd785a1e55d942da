package org.namelink.names;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.namelink.text.ResourceLines;

/**
 * In how many of a corpus's distinct names (each spelling of each type once) each word occurs,
 * so that the matcher weighs a shared common word (Mohammed, Ali, Kim, Bank) as less evidence
 * than a shared rare one: the term-frequency adjustment of Splink and of record linkage since
 * Fellegi and Sunter. Words are folded as the matcher folds them ({@link NameAnalyzer}); a word
 * not counted is rare.
 *
 * <p>{@link #defaults()} is the bundled table ({@value #RESOURCE}), counted from the name words of
 * CoNLL-2003's training split by {@code NameFrequenciesGenerator} (test scope; see
 * name-matching.md for the command), for corpora too small to count their own; {@link #countedFrom}
 * counts the corpus being resolved, {@link #of} takes counts made elsewhere.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameFrequencies {

    /** The bundled table. */
    static final String RESOURCE = "/org/namelink/models/name-frequencies.tsv";

    /**
     * A word this frequent, per million name words, is as common as a name word gets (commonness
     * 1): John, Bank or New among the distinct names of CoNLL's training split.
     */
    static final double COMMON_PER_MILLION = 3000;

    /** A word at most this frequent, per million name words, is rare (commonness 0): once in 10,000. */
    static final double RARE_PER_MILLION = 100;

    private static final NameFrequencies EMPTY = new NameFrequencies(Map.of(), 0);

    private final Map<String, Long> counts;
    private final long total;

    private NameFrequencies(Map<String, Long> counts, long total) {
        this.counts = Map.copyOf(counts);
        this.total = total;
    }

    /**
     * Counts of name words: each distinct name of a corpus (a spelling of a type) counts each of
     * its words once, so that a word many names share is common, not one name mentioned often.
     *
     * @param counts folded name word to the number of distinct names it occurs in, each at least 1
     * @param total  how many words of distinct names were counted, at least the sum of {@code counts}
     */
    public static NameFrequencies of(Map<String, Long> counts, long total) {
        Objects.requireNonNull(counts, "counts");
        long sum = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Objects.requireNonNull(e.getKey(), "counts must not hold a null word");
            if (e.getValue() == null || e.getValue() < 1) {
                throw new IllegalArgumentException("counts must be at least 1, was " + e.getValue() + " for '"
                        + e.getKey() + "'");
            }
            sum += e.getValue();
        }
        if (total < sum) {
            throw new IllegalArgumentException("total must be at least the sum of counts (" + sum + "), was " + total);
        }
        return new NameFrequencies(counts, total);
    }

    /**
     * A corpus with fewer distinct names than this counts too few to tell a common word from a
     * rare one, and {@link #countedFrom} gives the bundled table instead.
     */
    public static final int MIN_DISTINCT_NAMES = 2000;

    /**
     * The counts of a corpus's names: each distinct name (type and {@link NameForm#key}) counts
     * each of its words once; or, for fewer than {@value #MIN_DISTINCT_NAMES} distinct names, the
     * bundled table ({@link #defaults()}).
     */
    public static NameFrequencies countedFrom(Collection<NameForm> names) {
        Objects.requireNonNull(names, "names");
        Set<String> distinct = new HashSet<>();
        Map<String, Long> counts = new HashMap<>();
        long total = 0;
        for (NameForm n : names) {
            if (n.isEmpty() || n.isAcronym() || !distinct.add(n.type() + "\t" + n.key())) {
                continue;
            }
            Set<String> words = new HashSet<>();
            for (String unit : n.units()) {
                words.add(unit.substring(unit.lastIndexOf(' ') + 1));
            }
            for (String w : words) {
                counts.merge(w, 1L, Long::sum);
                total++;
            }
        }
        return distinct.size() < MIN_DISTINCT_NAMES ? defaults() : new NameFrequencies(counts, total);
    }

    /** No counts: every word is rare, and rarity weighs nothing. */
    public static NameFrequencies none() {
        return EMPTY;
    }

    /** The bundled table, read once per JVM. */
    public static NameFrequencies defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final NameFrequencies DEFAULTS = read();
    }

    private static NameFrequencies read() {
        Map<String, Long> counts = new HashMap<>();
        long total = -1;
        for (ResourceLines.Line line : ResourceLines.ofResource(RESOURCE)) {
            String[] c = line.text().split("\t");
            if (c.length != 2) {
                throw new IllegalStateException(RESOURCE + ":" + line.number()
                        + ": expected word<TAB>count (or *total*<TAB>count), got '" + line.text() + "'");
            }
            long n = Long.parseLong(c[1]);
            if (c[0].equals(TOTAL)) {
                total = n;
            } else {
                counts.put(c[0], n);
            }
        }
        if (total < 0) {
            throw new IllegalStateException(RESOURCE + ": no " + TOTAL + " line");
        }
        return of(counts, total);
    }

    /** The line of the table that holds how many name words were counted. */
    static final String TOTAL = "*total*";

    /** How many times {@code word} (folded) was counted. */
    public long count(String word) {
        return counts.getOrDefault(Objects.requireNonNull(word, "word"), 0L);
    }

    /** How many name words were counted. */
    public long total() {
        return total;
    }

    /**
     * How common a folded name word is, in [0, 1]: 0 for a word not counted or at most
     * {@value #RARE_PER_MILLION} per million name words (or no counts at all), rising with the
     * logarithm of its frequency to 1 at {@value #COMMON_PER_MILLION} per million. A unit with a
     * bound particle (abd rahman) is as common as its word.
     */
    public double commonness(String word) {
        if (total == 0) {
            return 0;
        }
        String w = word.substring(word.lastIndexOf(' ') + 1);
        long n = counts.getOrDefault(w, 0L);
        if (n == 0) {
            return 0;
        }
        double perMillion = 1e6 * n / total;
        return Math.max(0, Math.min(1, Math.log(perMillion / RARE_PER_MILLION)
                / Math.log(COMMON_PER_MILLION / RARE_PER_MILLION)));
    }
}
