package org.namelink.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.namelink.pipeline.Article;

/**
 * Small synthetic news articles for throughput and memory tests on large corpora: a headline and
 * a few sentences of news prose about made-up people, places and organisations (names from seeded
 * random syllables, popularity following a Zipf law). No real data is involved; article {@code i}
 * depends only on the seed and {@code i}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticArticles {

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "r", "s", "t", "z",
        "sh", "kh", "q", "gh", "th", "w", "y", "dr", "st", "br"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "i", "ou", "ee", "ai"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "m", "s", "d", "k"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] TITLES = {"President", "Prime Minister", "Foreign Minister", "General", "Mayor"};
    private static final String[] ORG_HEADS = {"Front", "Party", "Council", "Movement", "Bank", "Company", "Union"};
    private static final String[] TEMPLATES = {
        "{P} said on {D} that the {O} would send more troops to {L}.",
        "Officials in {L} told reporters that {P} had met {Q} earlier this week.",
        "The {O} denied the report, according to a statement from its office in {L}.",
        "{T} {P} arrived in {L} on {D} for talks with {Q}.",
        "Residents of {L} said the situation was calm after the announcement.",
        "{S} later travelled to {L}, where the {O} has its headquarters.",
        "\u201CWe will not accept this,\u201D {S} told the {O} in a speech on {D}.",
        "Analysts said the decision by the {O} could raise prices across {L}.",
    };

    private final int count;
    private final long seed;
    private final String[] given;
    private final String[] surnames;
    private final String[] places;
    private final String[] orgs;
    private final double[] zipf;

    private SyntheticArticles(int count, long seed) {
        this.count = count;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        int people = Math.max(200, count / 4);
        this.given = words(r, 400, 2);
        this.surnames = words(r, people, 3);
        this.places = words(r, Math.max(100, count / 20), 3);
        String[] cores = words(r, Math.max(100, count / 20), 2);
        this.orgs = new String[cores.length];
        for (int i = 0; i < cores.length; i++) {
            orgs[i] = cores[i] + " " + ORG_HEADS[r.nextInt(ORG_HEADS.length)];
        }
        int largest = Math.max(surnames.length, Math.max(places.length, orgs.length));
        this.zipf = new double[largest];
        double sum = 0;
        for (int i = 0; i < largest; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
    }

    /** {@code count} articles from {@code seed}. */
    public static SyntheticArticles of(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        return new SyntheticArticles(count, seed);
    }

    public int count() {
        return count;
    }

    /** The file name of article {@code i}: {@code synthetic-0000042.txt}, in name order. */
    public static String fileName(int i) {
        return String.format("synthetic-%07d.txt", i);
    }

    /** Article {@code i} (0-based), with the id its file would give it. */
    public Article article(int i) {
        Objects.checkIndex(i, count);
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        StringBuilder b = new StringBuilder(900);
        String p = person(r);
        String l = pick(places, r);
        b.append(surname(p)).append(" visits ").append(l).append(" as talks resume\n\n");
        int sentences = 4 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
            String q = person(r);
            b.append(t.replace("{P}", p).replace("{Q}", q).replace("{S}", surname(p))
                    .replace("{T}", TITLES[r.nextInt(TITLES.length)]).replace("{O}", pick(orgs, r))
                    .replace("{L}", r.nextInt(3) == 0 ? pick(places, r) : l).replace("{D}", DAYS[r.nextInt(7)]));
            b.append(s % 2 == 1 ? "\n\n" : " ");
        }
        String name = fileName(i);
        return new Article(name.substring(0, name.length() - 4), b.toString().strip() + "\n");
    }

    /** Writes every article to {@code dir} (created if missing) as UTF-8 files. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Files.writeString(dir.resolve(fileName(i)), article(i).text(), StandardCharsets.UTF_8);
        }
    }

    private String person(SplittableRandom r) {
        return given[r.nextInt(given.length)] + " " + pick(surnames, r);
    }

    private static String surname(String person) {
        return person.substring(person.indexOf(' ') + 1);
    }

    private String pick(String[] pool, SplittableRandom r) {
        double u = r.nextDouble() * zipf[pool.length - 1];
        int i = Arrays.binarySearch(zipf, 0, pool.length, u);
        return pool[Math.min(pool.length - 1, i >= 0 ? i : -i - 1)];
    }

    private static String[] words(SplittableRandom r, int n, int maxSyllables) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int syllables = 2 + r.nextInt(maxSyllables - 1);
            for (int s = 0; s < syllables; s++) {
                b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
                if (s == syllables - 1 || r.nextInt(3) == 0) {
                    b.append(CODAS[r.nextInt(CODAS.length)]);
                }
            }
            out[i] = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        }
        return out;
    }
}
