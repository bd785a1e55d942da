package org.namelink.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.namelink.mentions.EntityType;

/**
 * Two names compared word by word: their words tagged ({@link NameParts}), aligned one to one
 * whatever their order (a family name first still aligns; a word written as two, Hamidreza and
 * Hamid Reza, aligns with both), each aligned pair scored by {@link WordSimilarity}, and what is
 * left over on either side counted. The {@link #features()} summarise this for the
 * {@link MatchModel}; {@link #explanation()} says it word by word.
 *
 * <p>Immutable and thread-safe.
 */
public final class NameComparison {

    /** Aligned words below this similarity are no alignment: the words are left over instead. */
    static final double MIN_ALIGNED = 0.6;

    /** A word aligns with two run together only this alike: Hamidreza, Hamid Reza; not Napoleon, Anne Boleyn. */
    static final double MIN_COMPOUND = 0.85;

    /** Names longer than this are aligned greedily only among their first words. */
    private static final int MAX_WORDS = 12;

    /** Feature names, in the order of {@link #features()}. */
    public static final List<String> FEATURES = List.of("bias", "coverage", "minNameSim", "meanNameSim",
            "conflicts", "extras", "alignedNames", "wholeSim", "shortWordCost", "firstLetterEdit",
            "nameEditCost", "sameNameCount", "sharedPrefix", "maxWordEdits", "genderEnding", "coverageAbove90",
            "coverageAbove80", "ending", "commonAligned", "weakAligned", "extraAnchored", "strongAligned");

    /** One aligned pair: words {@code a} of the first name and {@code b} of the second. */
    record Aligned(String a, String b, NameParts.Tag tag, WordSimilarity.Comparison comparison, int a0, int a1,
                   int b0, int b1) {
    }

    private final List<Aligned> aligned;
    private final List<String> parted;
    private final List<String> leftA;
    private final List<String> leftB;
    private final double[] features;
    private final EntityType type;
    private final boolean lastNameAligned;
    private final PartingRules.Side sideA;
    private final PartingRules.Side sideB;
    private final List<CommonWord> commonWords;
    /** Why the first weak aligned name word is weak ({@link #weakness}), if one is. */
    private final Optional<String> weakWord;
    /** Whether that word is the only weak one among words that align well: left to the score. */
    private final boolean weakWordLeftToScore;

    /** A shared common word, said only when the comparison is explained (the resolver never asks). */
    private record CommonWord(String word, double commonness) {
        String shown() {
            return String.format(Locale.ROOT, "(%s: common word %.2f)", word, commonness);
        }
    }

    private NameComparison(EntityType type, boolean lastNameAligned, List<Aligned> aligned, List<String> parted,
            List<String> leftA, List<String> leftB, double[] features, PartingRules.Side sideA, PartingRules.Side sideB,
            List<CommonWord> commonWords, Optional<String> weakWord, boolean weakWordLeftToScore) {
        this.weakWord = weakWord;
        this.weakWordLeftToScore = weakWordLeftToScore;
        this.sideA = sideA;
        this.sideB = sideB;
        this.commonWords = List.copyOf(commonWords);
        this.aligned = List.copyOf(aligned);
        this.parted = List.copyOf(parted);
        this.leftA = List.copyOf(leftA);
        this.leftB = List.copyOf(leftB);
        this.features = features;
        this.type = type;
        this.lastNameAligned = lastNameAligned;
    }

    /** Compares two analysed names of one type, with the bundled word frequencies. */
    public static NameComparison of(NameForm a, NameForm b, NameParts parts) {
        return of(a, b, parts, NameFrequencies.defaults());
    }

    /**
     * Compares two analysed names of one type; {@code frequencies} say how common each name word
     * is, and a shared common word is weaker evidence (feature {@code commonAligned}).
     */
    public static NameComparison of(NameForm a, NameForm b, NameParts parts, NameFrequencies frequencies) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(frequencies, "frequencies");
        EntityType type = a.type();
        List<NameParts.Part> pa = tagged(a.units(), type, parts);
        List<NameParts.Part> pb = tagged(b.units(), type, parts);
        List<String> symbolsA = a.symbols();
        List<String> symbolsB = b.symbols();
        int n = pa.size();
        int m = pb.size();
        int namesA = names(pa);
        int namesB = names(pb);
        boolean lone = namesA == 1 && namesB == 1;
        // Candidate alignments: every word with every word, and a word with two adjacent words of the other.
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                candidates.add(new Candidate(i, i + 1, j, j + 1,
                        compare(pa.get(i), symbolsA.get(i), pb.get(j), symbolsB.get(j), type, lone)));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j + 1 < m; j++) {
                if (pb.get(j).tag() == NameParts.Tag.NAME && pb.get(j + 1).tag() == NameParts.Tag.NAME
                        && pa.get(i).tag() == NameParts.Tag.NAME) {
                    compound(candidates, i, i + 1, j, j + 2, pa.get(i).word(), pb.get(j).word() + pb.get(j + 1).word());
                }
            }
        }
        for (int j = 0; j < m; j++) {
            for (int i = 0; i + 1 < n; i++) {
                if (pa.get(i).tag() == NameParts.Tag.NAME && pa.get(i + 1).tag() == NameParts.Tag.NAME
                        && pb.get(j).tag() == NameParts.Tag.NAME) {
                    compound(candidates, i, i + 2, j, j + 1, pa.get(i).word() + pa.get(i + 1).word(), pb.get(j).word());
                }
            }
        }
        // Greedy one-to-one alignment, best pairs first; ties keep word order (earlier words first).
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
                .thenComparingInt(c -> Math.abs(c.a0 - c.b0)).thenComparingInt(c -> c.a0));
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        List<Aligned> aligned = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean compound = c.a1 - c.a0 + c.b1 - c.b0 > 2;
            if (c.comparison.similarity() < (compound ? MIN_COMPOUND : MIN_ALIGNED) || any(usedA, c.a0, c.a1)
                    || any(usedB, c.b0, c.b1)) {
                continue;
            }
            NameParts.Tag tagA = strongest(pa, c.a0, c.a1);
            NameParts.Tag tagB = strongest(pb, c.b0, c.b1);
            if (tagA != tagB && (tagA == NameParts.Tag.NAME || tagB == NameParts.Tag.NAME)
                    && c.comparison.similarity() < 1) {
                continue; // a name word is never explained away by a respelt legal form or particle
            }
            mark(usedA, c.a0, c.a1);
            mark(usedB, c.b0, c.b1);
            aligned.add(new Aligned(join(pa, c.a0, c.a1), join(pb, c.b0, c.b1),
                    tagA.weight() >= tagB.weight() ? tagA : tagB, c.comparison, c.a0, c.a1, c.b0, c.b1));
        }
        List<String> leftA = new ArrayList<>();
        List<String> leftB = new ArrayList<>();
        double leftWeightA = leftOver(pa, usedA, leftA);
        double leftWeightB = leftOver(pb, usedB, leftB);
        double weightA = weight(pa);
        double weightB = weight(pb);
        // Pairs of left-over words that a rule parted, to say why in the explanation.
        List<String> parted = new ArrayList<>();
        boolean[] shownA = usedA.clone();
        boolean[] shownB = usedB.clone();
        for (Candidate c : candidates) {
            if (c.comparison().vetoed() && c.a1 - c.a0 == 1 && c.b1 - c.b0 == 1
                    && !shownA[c.a0] && !shownB[c.b0]) {
                shownA[c.a0] = true;
                shownB[c.b0] = true;
                leftA.remove(pa.get(c.a0).word());
                leftB.remove(pb.get(c.b0).word());
                parted.add(pa.get(c.a0).word() + "\u2260" + pb.get(c.b0).word() + " "
                        + String.join(" ", c.comparison().edits()));
            }
        }
        double explained = 0;
        double minName = 1;
        double sumName = 0;
        int alignedNames = 0;
        double nameCost = 0;
        double shortCost = 0;
        int firstEdit = 0;
        int maxEdits = 0;
        int genderEndings = 0;
        double common = 0;
        List<CommonWord> commonWords = new ArrayList<>();
        for (Aligned al : aligned) {
            double s = al.comparison().similarity();
            explained += 2 * s * al.tag().weight();
            if (al.tag() == NameParts.Tag.NAME && s >= MIN_COMPOUND) {
                // Rarity: a shared common word (Mohammed, Kim) is weaker evidence than a rare one.
                double k = Math.max(frequencies.commonness(al.a()), frequencies.commonness(al.b()));
                common += k;
                if (k >= SHOWN_COMMONNESS) {
                    commonWords.add(new CommonWord(al.a(), k));
                }
            }
            if (al.tag() == NameParts.Tag.NAME) {
                minName = Math.min(minName, s);
                sumName += s;
                alignedNames++;
                nameCost += al.comparison().cost();
                if (s < 1) {
                    String sa = Romanization.symbols(al.a().replace(" ", ""));
                    String sb = Romanization.symbols(al.b().replace(" ", ""));
                    shortCost += Math.min(sa.length(), sb.length()) <= 4 ? al.comparison().cost() : 0;
                    firstEdit += sa.isEmpty() || sb.isEmpty() || sa.charAt(0) != sb.charAt(0) ? 1 : 0;
                    maxEdits = Math.max(maxEdits, al.comparison().edits().size());
                    genderEndings += type == EntityType.PERSON && isGenderEnding(sa, sb) ? 1 : 0;
                }
            }
        }
        // Words left over on both sides conflict (Bank of Asia, Bank of Africa); the rest are extras
        // that one name has and the other omits (a middle name, a legal form).
        double conflicts = Math.min(leftWeightA, leftWeightB);
        double extras = Math.abs(leftWeightA - leftWeightB);
        double total = weightA + weightB;
        double[] f = new double[FEATURES.size()];
        f[0] = 1;
        f[1] = total == 0 ? 0 : explained / total;
        f[2] = alignedNames == 0 ? 0 : minName;
        f[3] = alignedNames == 0 ? 0 : sumName / alignedNames;
        f[4] = conflicts;
        f[5] = extras;
        f[6] = Math.min(alignedNames, 3);
        // A rule that parted two words also parts their concatenations.
        // The name words run together, compared whole: how far apart the names are, however split.
        String wordsA = namesOnly(pa);
        String wordsB = namesOnly(pb);
        String namesSymbolsA = Romanization.symbols(wordsA);
        String namesSymbolsB = Romanization.symbols(wordsB);
        f[7] = lone && vetoed(candidates) ? 0
                : wordsA.equals(wordsB) ? 1 : WordSimilarity.similarity(namesSymbolsA, namesSymbolsB);
        f[8] = shortCost;
        f[9] = firstEdit;
        f[10] = nameCost;
        f[11] = namesA == namesB ? 1 : 0;
        f[12] = lone && vetoed(candidates) ? 0 : sharedPrefix(namesSymbolsA, namesSymbolsB);
        f[13] = maxEdits;
        f[14] = genderEndings;
        f[15] = f[1] >= 0.9 ? 1 : 0;
        f[16] = f[1] >= 0.8 ? 1 : 0;
        f[17] = lone && !vetoed(candidates) ? ending(namesSymbolsA, namesSymbolsB) : 0;
        f[18] = common;
        int strong = 0;
        int weak = 0;
        String firstWeak = null;
        for (Aligned al : aligned) {
            if (al.tag() == NameParts.Tag.NAME) {
                String why = weakness(al, aligned.size(), type);
                if (why != null) {
                    if (firstWeak == null) {
                        firstWeak = why;
                    }
                    weak++;
                } else if (al.comparison().similarity() >= STRONG_WORD && al.a().length() > 1 && al.b().length() > 1) {
                    strong++;
                }
            }
        }
        f[19] = weak;
        f[21] = Math.min(strong, 3);
        f[20] = extraAnchored(type, f[5], strong, weak, common) ? 1 : 0;
        return new NameComparison(type, usedA[lastName(pa)] || usedB[lastName(pb)], aligned, parted, leftA,
                leftB, f, side(a, pa, usedA), side(b, pb, usedB), commonWords, Optional.ofNullable(firstWeak),
                weak == 1 && strong >= anchorWords(type));
    }

    /** A word aligned with two run together (Hamidreza, Hamid Reza), when they are close enough to align. */
    private static void compound(List<Candidate> candidates, int a0, int a1, int b0, int b1, String a, String b) {
        if (a.equals(b)) {
            candidates.add(new Candidate(a0, a1, b0, b1, WordSimilarity.compare(a, b)));
            return;
        }
        String x = Romanization.symbols(a);
        String y = Romanization.symbols(b);
        if (WordSimilarity.similarityAtLeast(x, y, MIN_COMPOUND) >= MIN_COMPOUND) {
            candidates.add(new Candidate(a0, a1, b0, b1, WordSimilarity.compareSymbols(x, y)));
        }
    }

    private record Candidate(int a0, int a1, int b0, int b1, WordSimilarity.Comparison comparison) {
        double score() {
            return comparison.similarity() - 0.02 * ((a1 - a0) + (b1 - b0) - 2);
        }
    }

    private static List<NameParts.Part> tagged(List<String> units, EntityType type, NameParts parts) {
        List<NameParts.Part> out = new ArrayList<>(units.size());
        for (String u : units) {
            out.add(parts.tag(u, type));
        }
        return out;
    }

    /** Below {@link #MIN_ALIGNED}: a pair of words that a rule says are different names. */
    private static final double VETOED = 0.4;

    /**
     * Compares two tagged words, then applies the rules that make words different names however
     * alike they are: a person's given name with a final vowel added (Amin, Amina; Daniel,
     * Danielle); the same consonants with three or more vowels changed in a word of at most eight
     * sounds (Khomeini, Khamenei), where romanisations of one name differ in one or two; and in a
     * name of one short word, one vowel in place of another (Iran, Oran; Saad, Said), where
     * nothing else in the name can confirm it. Words written with few vowels (mrfa) are exempt:
     * their vowels are missing, not changed.
     */
    private static WordSimilarity.Comparison compare(NameParts.Part a, String sa, NameParts.Part b, String sb,
            EntityType type, boolean lone) {
        WordSimilarity.Comparison c = compare(a, sa, b, sb);
        if (a.tag() != NameParts.Tag.NAME || b.tag() != NameParts.Tag.NAME || c.similarity() >= 1
                || c.similarity() < MIN_ALIGNED || a.word().indexOf(' ') >= 0 || b.word().indexOf(' ') >= 0) {
            return c;
        }
        String veto = null;
        if (type == EntityType.PERSON && isGenderEnding(sa, sb)) {
            veto = "another name: final vowel";
        } else if (WordSimilarity.vowelPoor(sa) || WordSimilarity.vowelPoor(sb)) {
            return c;
        } else if (c.onlyVowels() && c.vowelEdits() >= 3 && Math.min(sa.length(), sb.length()) <= 8) {
            veto = "another name: " + c.vowelEdits() + " vowels";
        } else if (lone && Math.max(sa.length(), sb.length()) <= 4 && changesVowel(c)) {
            veto = "another name: short word";
        }
        if (veto == null) {
            return c;
        }
        List<String> edits = new ArrayList<>(c.edits());
        edits.add("(" + veto + ")");
        return new WordSimilarity.Comparison(c.cost(), Math.min(c.similarity(), VETOED), edits, c.vowelEdits(),
                c.onlyVowels(), c.letterEdits(), true);
    }

    /**
     * Words of one tag class are equal; a bound particle (abu, abd, bin) must agree.
     * {@code sa} and {@code sb} are the words' {@link NameForm#symbols}.
     */
    private static WordSimilarity.Comparison compare(NameParts.Part a, String sa, NameParts.Part b, String sb) {
        if (a.tag() != NameParts.Tag.NAME && a.tag() == b.tag() && a.key().equals(b.key())) {
            return new WordSimilarity.Comparison(0, 1, List.of());
        }
        String wa = a.word();
        String wb = b.word();
        if (wa.equals(wb)) {
            return new WordSimilarity.Comparison(0, 1, List.of());
        }
        int spaceA = wa.lastIndexOf(' ');
        int spaceB = wb.lastIndexOf(' ');
        if (spaceA >= 0 || spaceB >= 0) {
            String boundA = spaceA >= 0 ? wa.substring(0, spaceA) : "";
            String boundB = spaceB >= 0 ? wb.substring(0, spaceB) : "";
            WordSimilarity.Comparison rest = wa.substring(spaceA + 1).equals(wb.substring(spaceB + 1))
                    ? new WordSimilarity.Comparison(0, 1, List.of()) : WordSimilarity.compareSymbols(sa, sb);
            if (boundA.equals(boundB)) {
                return rest;
            }
            // Abu Mahdi is not Mahdi: a bound particle on one side only costs most of the word.
            List<String> edits = new ArrayList<>(rest.edits());
            edits.add(0, boundA.isEmpty() ? "+" + boundB : boundB.isEmpty() ? "-" + boundA : boundA + "/" + boundB);
            return new WordSimilarity.Comparison(rest.cost() + 1.5, rest.similarity() * 0.55, edits);
        }
        WordSimilarity.Comparison direct = WordSimilarity.compareSymbols(sa, sb);
        // The article fused to its name: Alhakim = al-Hakim.
        WordSimilarity.Comparison fused = fusedArticle(wa, wb, sb);
        if (fused == null) {
            fused = fusedArticle(wb, wa, sa);
        }
        return fused != null && fused.similarity() > direct.similarity() ? fused : direct;
    }

    /** {@code withArticle} with a fused article dropped, compared with the other word's symbols. */
    private static WordSimilarity.Comparison fusedArticle(String withArticle, String otherWord, String other) {
        for (String article : new String[] {"al", "el", "ul"}) {
            if (withArticle.length() >= article.length() + 4 && withArticle.startsWith(article)
                    && !otherWord.startsWith(article)) {
                WordSimilarity.Comparison c = WordSimilarity.compareSymbols(
                        Romanization.symbols(withArticle.substring(article.length())), other);
                List<String> edits = new ArrayList<>(c.edits());
                edits.add(0, "-" + article);
                return new WordSimilarity.Comparison(c.cost() + 0.2, Math.max(0, c.similarity() - 0.03), edits);
            }
        }
        return null;
    }

    /** The index of the first name word, or the first word. */
    private static int firstName(List<NameParts.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).tag() == NameParts.Tag.NAME) {
                return i;
            }
        }
        return 0;
    }

    /** The index of the last name word, or the last word. */
    private static int lastName(List<NameParts.Part> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).tag() == NameParts.Tag.NAME) {
                return i;
            }
        }
        return parts.size() - 1;
    }

    private static boolean vetoed(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.comparison().vetoed()) {
                return true;
            }
        }
        return false;
    }

    private static double weight(List<NameParts.Part> parts) {
        double weight = 0;
        for (NameParts.Part p : parts) {
            weight += p.tag().weight();
        }
        return weight;
    }

    /** The weight of the words not {@code used}, each added to {@code words} in order. */
    private static double leftOver(List<NameParts.Part> parts, boolean[] used, List<String> words) {
        double weight = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (!used[i]) {
                words.add(parts.get(i).word());
                weight += parts.get(i).tag().weight();
            }
        }
        return weight;
    }

    private static int names(List<NameParts.Part> parts) {
        int k = 0;
        for (NameParts.Part p : parts) {
            k += p.tag() == NameParts.Tag.NAME ? 1 : 0;
        }
        return k;
    }

    /** Whether the words have one vowel in place of another. */
    private static boolean changesVowel(WordSimilarity.Comparison c) {
        for (String e : c.edits()) {
            if (e.length() == 3 && e.charAt(1) == '/' && Romanization.isVowel(e.charAt(0))
                    && Romanization.isVowel(e.charAt(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two given names differ only by a final vowel the longer adds (Amin, Amina; Daniel,
     * Danielle): in many languages that ending makes a different name, often of the other sex.
     */
    static boolean isGenderEnding(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && (longer.endsWith("a") || longer.endsWith("e")) && shorter.length() >= 3
                && !Romanization.isVowel(shorter.charAt(shorter.length() - 1));
    }

    /**
     * Whether one word is the other with an ending added or changed after a stem of four or more
     * sounds (Bobrov, Bobrovas; Kupchi, Kupchino): how inflected languages write foreign places.
     * {@code x} and {@code y} are symbols.
     */
    private static double ending(String x, String y) {
        int k = commonPrefix(x, y);
        return k >= 4 && Math.max(x.length(), y.length()) - k <= 3 && Math.min(x.length(), y.length()) - k <= 1
                ? 1 : 0;
    }

    /** The share of the shorter of two symbol strings that both begin with: endings vary more than stems. */
    private static double sharedPrefix(String x, String y) {
        int n = Math.min(x.length(), y.length());
        return n == 0 ? 0 : (double) commonPrefix(x, y) / n;
    }

    /** How many symbols {@code x} and {@code y} begin with alike. */
    private static int commonPrefix(String x, String y) {
        int n = Math.min(x.length(), y.length());
        int k = 0;
        while (k < n && x.charAt(k) == y.charAt(k)) {
            k++;
        }
        return k;
    }

    private static String namesOnly(List<NameParts.Part> parts) {
        StringBuilder b = new StringBuilder();
        for (NameParts.Part p : parts) {
            if (p.tag() == NameParts.Tag.NAME) {
                b.append(p.word().replace(" ", ""));
            }
        }
        return b.toString();
    }

    private static boolean any(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            used[k] = true;
        }
    }

    private static NameParts.Tag strongest(List<NameParts.Part> parts, int from, int to) {
        NameParts.Tag best = parts.get(from).tag();
        for (int k = from + 1; k < to; k++) {
            if (parts.get(k).tag().weight() > best.weight()) {
                best = parts.get(k).tag();
            }
        }
        return best;
    }

    private static String join(List<NameParts.Part> parts, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(parts.get(k).word());
        }
        return b.toString();
    }

    /** The features the {@link MatchModel} weighs, named by {@link #FEATURES}. */
    public double[] features() {
        return features.clone();
    }

    /** Aligned words with their similarity and edits, then the words left over: "qaddafi~gaddafi 0.93 k/g". */
    public List<String> explanation() {
        List<String> out = new ArrayList<>();
        for (Aligned al : aligned) {
            double s = al.comparison().similarity();
            out.add(s >= 1 ? al.a() + "=" + al.b()
                    : String.format(Locale.ROOT, "%s~%s %.2f %s", al.a(), al.b(), s,
                            String.join(" ", al.comparison().edits())).trim()
                    + (al.tag() == NameParts.Tag.NAME ? "" : " (" + al.tag().name().toLowerCase(Locale.ROOT) + ")"));
        }
        out.addAll(parted);
        for (CommonWord w : commonWords) {
            out.add(w.shown());
        }
        for (String w : leftA) {
            out.add(w + "~(none)");
        }
        for (String w : leftB) {
            out.add("(none)~" + w);
        }
        if (weakWordLeftToScore) {
            out.add("(" + weakWord.orElseThrow() + ", the rest aligned: left to the score)");
        }
        if (features[20] > 0) {
            out.add("(a name word more on one side, the rest aligned: left to the score)");
        }
        return List.copyOf(out);
    }

    /** Aligned name words below this similarity are too far apart for one name (Johnson, Jones). */
    static final double WEAK_WORD = 0.7;

    /** The same for a short word, where one edit weighs more: John is not Chen. */
    static final double WEAK_SHORT_WORD = 0.8;

    /** The same for a name's only word, which nothing else in the name confirms. */
    static final double WEAK_LONE_WORD = 0.75;

    /** A word with a whole letter changed must be this similar: Wellington is not Washington. */
    static final double LETTER_CHANGED_WORD = 0.9;

    /** Words left over on both sides weighing this much or more conflict (Foreign Ministry, Office). */
    static final double CONFLICT = NameParts.Tag.GENERIC.weight();

    /**
     * Why the two names cannot be one whatever their score, if a rule says so: a pair of aligned
     * name words too far apart, or one with a whole letter changed that is not close otherwise,
     * words of weight left over on both sides (one name says Asia where the other says Africa), or a
     * name word more on one side, but for a person's middle name.
     */
    public Optional<String> conflict() {
        EntityType type = this.type;
        Optional<String> rule = PartingRules.check(type, aligned, leftA, leftB, sideA, sideB);
        if (rule.isPresent()) {
            return rule;
        }
        // One weak word among words that align well is left to the score (feature weakAligned):
        // Ust-Kolvar, Ust-Kolvarskiy; not Michael Johnson, Michael Jones, where one word is all the rest.
        if (weakWord.isPresent() && !weakWordLeftToScore) {
            return weakWord;
        }
        // A person's two or more aligned name words with one family name aligned outweigh a
        // second surname or patronymic on each side (Lopez Rueda, Rueda Medina).
        boolean personCore = type == EntityType.PERSON && features[6] >= 2 && lastNameAligned;
        if (features[4] >= CONFLICT && !personCore) {
            return Optional.of("words on both sides left over");
        }
        // A name word more on one side: a person's middle name once both given and family names
        // align; for an organisation or a place, another one (New York, New York Stock Exchange).
        if (features[5] >= NameParts.Tag.NAME.weight() && (type != EntityType.PERSON || features[6] < 2)
                && features[20] == 0) {
            return Optional.of("a name word more on one side");
        }
        return Optional.empty();
    }

    /** The aligned words of a name with a word more are this common at most (New York Yankees, New York). */
    static final double EXTRA_ANCHOR_COMMONNESS = 0.5;

    /** An aligned name word this alike anchors a name ({@link #anchorWords}). */
    static final double STRONG_WORD = 0.9;

    /**
     * How many other name words must align at {@link #STRONG_WORD} or more for one weak word to be
     * left to the score: two for a person (a shared given name and one weak surname is Michael
     * Johnson and Michael Jones), one for a place or an organisation.
     */
    static int anchorWords(EntityType type) {
        return type == EntityType.PERSON ? 2 : 1;
    }

    /**
     * Whether a name word more on one side of a place's or an organisation's name is left to the
     * score (feature extraAnchored): two or more name words aligned well and none weak (Zarvel
     * Obrinsk, Zarvel Obrinsk City), not one (Brontel Bank, Brontel Bank Securities).
     */
    private static boolean extraAnchored(EntityType type, double extras, int strong, int weak, double common) {
        return type != EntityType.PERSON && common < EXTRA_ANCHOR_COMMONNESS && extras >= NameParts.Tag.NAME.weight() && strong >= 2 && weak == 0;
    }

    /**
     * Why an aligned pair of words is weak, or null: too far apart (below 0.7, 0.8 for a short word,
     * 0.75 for a name's only word: Johnson, Jones), or a letter changed that no romanisation writes
     * for it in a word not close otherwise (Washington, Wellington; a place's one edit is allowed).
     */
    private static String weakness(Aligned al, int alignedCount, EntityType type) {
        if (al.tag() != NameParts.Tag.NAME) {
            return null;
        }
        double s = al.comparison().similarity();
        if (s >= LETTER_CHANGED_WORD && s >= WEAK_SHORT_WORD) {
            return null;
        }
        int shorter = Math.min(Romanization.symbols(al.a()).length(), Romanization.symbols(al.b()).length());
        if (s < (shorter <= 4 ? WEAK_SHORT_WORD : alignedCount == 1 ? WEAK_LONE_WORD : WEAK_WORD)) {
            return al.a() + "~" + al.b() + " too far apart";
        }
        // A place's name keeps more of its foreign spellings: one letter changed alone is allowed.
        int allowed = type == EntityType.LOCATION && al.comparison().edits().size() == 1 ? 1 : 0;
        if (al.comparison().letterEdits() > allowed && s < LETTER_CHANGED_WORD) {
            return al.a() + "~" + al.b() + " changes a letter";
        }
        return null;
    }

    /** A shared common word is shown in the explanation from this commonness on. */
    static final double SHOWN_COMMONNESS = 0.25;

    private static PartingRules.Side side(NameForm form, List<NameParts.Part> parts, boolean[] used) {
        List<String> words = new ArrayList<>(parts.size());
        for (NameParts.Part p : parts) {
            words.add(p.word());
        }
        return new PartingRules.Side(words, firstName(parts), lastName(parts),
                PartingRules.hyphenated(form.display(), form.units()), used);
    }

    /** Whether nothing of the first or of the second name is left over. */
    boolean allAligned() {
        return leftA.isEmpty() && leftB.isEmpty() && parted.isEmpty();
    }
}
