package org.namelink.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import org.namelink.mentions.EntityType;
import org.namelink.mentions.Mention;
import org.namelink.mentions.AcronymDefinition;
import org.namelink.resolution.ResolverDocument;
import org.namelink.text.Span;

/**
 * A synthetic corpus of name mentions for resolution benchmarks: made-up people, places and
 * organisations built from seeded random syllables, written the way news writes them &mdash;
 * full names with titles, transliteration variants (Qasim, Kasim, Qassem), short forms (the
 * surname alone, an organisation without its generic words), acronyms defined in the text and
 * used alone, and an occasional wrong type. Popularity follows a Zipf law, so a few entities
 * occur in a large share of the documents (as Trump or Iran do in news) and most occur once or
 * twice; the number of distinct entities grows with the corpus.
 *
 * <p>No real data is involved: the same size and seed give the same corpus.
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticMentions {

    /** Mentions per document, on average. */
    static final int MENTIONS_PER_DOCUMENT = 20;

    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "r", "s", "t", "z",
        "sh", "kh", "q", "gh", "th", "w", "y", "dr", "st", "br"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "i", "ou", "ee", "ai"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "m", "s", "d", "k"};
    private static final String[] PERSON_TITLES = {"President", "Gen.", "Minister", "Sheikh", "Dr.", "Mr."};
    private static final String[] ORG_HEADS = {"Front", "Party", "Council", "Movement", "Army", "Union", "Forces",
        "Bank", "Agency", "Corporation"};
    private static final String[] ORG_ADJECTIVES = {"National", "Islamic", "Democratic", "Popular", "United",
        "Revolutionary", "Federal", "Independent"};

    private final int mentions;
    private final long seed;

    private SyntheticMentions(int mentions, long seed) {
        this.mentions = mentions;
        this.seed = seed;
    }

    /** A corpus of about {@code mentions} mentions (never fewer), from {@code seed}. */
    public static SyntheticMentions of(int mentions, long seed) {
        if (mentions < 1) {
            throw new IllegalArgumentException("mentions must be at least 1, was " + mentions);
        }
        return new SyntheticMentions(mentions, seed);
    }

    public int mentions() {
        return mentions;
    }

    /** Generates the documents; each call makes a fresh, equal list. */
    public List<ResolverDocument> documents() {
        List<ResolverDocument> docs = new ArrayList<>();
        generate(docs::add);
        return docs;
    }

    /**
     * Generates the documents one at a time into {@code sink}, holding none of them: for corpora too
     * large to hold as one list. The same documents, in the same order, as {@link #documents()}.
     */
    public void generate(java.util.function.Consumer<ResolverDocument> sink) {
        Objects.requireNonNull(sink, "sink");
        iterator().forEachRemaining(sink);
    }

    /**
     * The documents one at a time, made as they are asked for: the same documents, in the same order,
     * as {@link #documents()}. Each call starts a fresh generation; the iterator is not thread-safe.
     */
    public Iterator<ResolverDocument> iterator() {
        return new Generator(mentions, seed);
    }

    /** One entity of the synthetic world: its spellings and its short forms. */
    private record Name(EntityType type, List<String> spellings, List<String> shortForms, String acronym) {
    }

    /** Mutable generation state; confined to one {@link #iterator()}. */
    private static final class Generator implements Iterator<ResolverDocument> {
        final int target;
        final SplittableRandom random;
        final Name[] world;
        final double[] cumulative;
        final String[] surnames;
        final String[] givenNames;
        final String[] placeWords;

        Generator(int target, long seed) {
            this.target = target;
            this.random = new SplittableRandom(seed);
            // Heaps' law, roughly: the distinct entities grow with the corpus.
            int persons = Math.max(100, target / 8);
            int places = Math.max(50, target / 20);
            int organisations = Math.max(50, target / 25);
            this.givenNames = words(300 + persons / 40, 2);
            this.surnames = words(Math.max(50, persons / 2), 4);
            this.placeWords = words(places + 50, 4);
            this.world = new Name[persons + places + organisations];
            int k = 0;
            for (int i = 0; i < persons; i++) {
                world[k++] = person();
            }
            for (int i = 0; i < places; i++) {
                world[k++] = place();
            }
            for (int i = 0; i < organisations; i++) {
                world[k++] = organisation();
            }
            shuffle(world);
            this.cumulative = new double[world.length];
            double sum = 0;
            for (int i = 0; i < world.length; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
        }

        int made;
        int count;

        @Override
        public boolean hasNext() {
            return made < target;
        }

        @Override
        public ResolverDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ResolverDocument d = document("d" + count++);
            made += d.mentions().size();
            return d;
        }

        ResolverDocument document(String id) {
            List<Mention> out = new ArrayList<>(MENTIONS_PER_DOCUMENT + 8);
            List<AcronymDefinition> acronyms = new ArrayList<>();
            int pos = 0;
            int budget = MENTIONS_PER_DOCUMENT / 2 + random.nextInt(MENTIONS_PER_DOCUMENT + 1);
            while (out.size() < budget) {
                Name e = world[zipf()];
                String full = pick(e.spellings(), 0.8);
                String first = e.type() == EntityType.PERSON && random.nextInt(4) == 0
                        ? PERSON_TITLES[random.nextInt(PERSON_TITLES.length)] + " " + full : full;
                pos = add(out, pos, first, e.type());
                boolean defined = false;
                if (e.acronym() != null && random.nextInt(3) == 0) {
                    acronyms.add(new AcronymDefinition(full, e.acronym()));
                    pos += e.acronym().length() + 3; // " (IRGC)"
                    defined = true;
                }
                int more = random.nextInt(4);
                for (int j = 0; j < more; j++) {
                    String again;
                    int r = random.nextInt(10);
                    if (defined && r < 5 || e.acronym() != null && r == 9) {
                        again = e.acronym();
                    } else if (!e.shortForms().isEmpty() && r < 7) {
                        again = e.shortForms().get(random.nextInt(e.shortForms().size()));
                    } else {
                        again = pick(e.spellings(), 0.9);
                    }
                    pos = add(out, pos, again, e.type());
                }
            }
            return new ResolverDocument(id, out, acronyms);
        }

        int add(List<Mention> out, int pos, String text, EntityType type) {
            // One mention in fifty is typed wrong, as a tagger sometimes does.
            EntityType t = random.nextInt(50) == 0 ? EntityType.values()[random.nextInt(3)] : type;
            out.add(new Mention(new Span(pos, pos + text.length()), text, t, "synthetic"));
            return pos + text.length() + 1 + random.nextInt(80);
        }

        Name person() {
            String given = givenNames[random.nextInt(givenNames.length)];
            String surname = surnames[random.nextInt(surnames.length)];
            if (random.nextInt(8) == 0) {
                surname = "al-" + surname;
            }
            String full = given + " " + surname;
            return new Name(EntityType.PERSON, spellings(full), List.of(surname), null);
        }

        Name place() {
            String w = placeWords[random.nextInt(placeWords.length)];
            int shape = random.nextInt(10);
            if (shape < 7) {
                return new Name(EntityType.LOCATION, spellings(w), List.of(), null);
            }
            String other = placeWords[random.nextInt(placeWords.length)];
            String full = shape == 7 ? other + " al-" + w : other + " " + w;
            return new Name(EntityType.LOCATION, spellings(full), List.of(), null);
        }

        Name organisation() {
            String adjective = ORG_ADJECTIVES[random.nextInt(ORG_ADJECTIVES.length)];
            String core = placeWords[random.nextInt(placeWords.length)];
            String head = ORG_HEADS[random.nextInt(ORG_HEADS.length)];
            String full = random.nextBoolean() ? adjective + " " + core + " " + head
                    : core + " " + adjective + " " + head;
            String acronym = ("" + full.charAt(0) + full.charAt(full.indexOf(' ') + 1)
                    + full.charAt(full.lastIndexOf(' ') + 1)).toUpperCase(Locale.ROOT);
            return new Name(EntityType.ORGANIZATION, List.of(full), List.of(core + " " + head),
                    random.nextInt(3) == 0 ? acronym : null);
        }

        /** The name and up to two transliteration variants of it. */
        List<String> spellings(String name) {
            List<String> out = new ArrayList<>(3);
            out.add(name);
            int variants = random.nextInt(3);
            for (int i = 0; i < variants; i++) {
                String v = variant(name);
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
            return out;
        }

        /** One romanisation change: a vowel, a doubled consonant, q/k, kh/k, ou/u. */
        String variant(String name) {
            switch (random.nextInt(5)) {
                case 0:
                    return replaceOne(name, "e", "i");
                case 1:
                    return replaceOne(name, "ou", "u");
                case 2:
                    return replaceOne(name, "q", "k");
                case 3:
                    return replaceOne(name, "s", "ss");
                default:
                    return replaceOne(name, "o", "u");
            }
        }

        String replaceOne(String s, String from, String to) {
            int at = s.lastIndexOf(from);
            return at <= 0 ? s : s.substring(0, at) + to + s.substring(at + from.length());
        }

        String pick(List<String> spellings, double firstShare) {
            return spellings.size() == 1 || random.nextDouble() < firstShare ? spellings.get(0)
                    : spellings.get(1 + random.nextInt(spellings.size() - 1));
        }

        int zipf() {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, u);
            return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
        }

        String[] words(int n, int maxSyllables) {
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                StringBuilder b = new StringBuilder();
                int syllables = 2 + random.nextInt(maxSyllables - 1);
                for (int s = 0; s < syllables; s++) {
                    b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
                    if (s == syllables - 1 || random.nextInt(3) == 0) {
                        b.append(CODAS[random.nextInt(CODAS.length)]);
                    }
                }
                out[i] = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            }
            return out;
        }

        void shuffle(Name[] a) {
            for (int i = a.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Name t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }

    @Override
    public String toString() {
        return "SyntheticMentions[" + mentions + " mentions, seed " + seed + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyntheticMentions s && s.mentions == mentions && s.seed == seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mentions, seed);
    }
}
