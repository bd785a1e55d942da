package org.namelink.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Similarity of two folded words across romanisations: a weighted edit distance over their
 * {@link Romanization#symbols} whose cheap edits are those romanisations make — one vowel for
 * another, a vowel or a silent h added, y/i/j, w/v/u, c/k/g/q, s/z and the sibilants, the
 * affricates and their parts, t/d, p/b/f/v — while any other change costs a whole letter.
 * A word written without its vowels (a romanisation letter for letter from the Arabic
 * script: {@code mhmd}) loses little for the vowels it lacks.
 *
 * <p>Stateless and thread-safe.
 */
final class WordSimilarity {

    /** Cost of an edit that changes the name: a letter for an unrelated one, added or dropped. */
    static final double FULL = 1.0;

    private WordSimilarity() {
    }

    /**
     * A comparison of two words.
     *
     * @param cost  the weighted edit distance of their symbols
     * @param similarity {@code 1 - cost / longer symbol length}, in [0, 1]
     * @param edits the edits that cost something, as "a/e", "+h", "-y"
     * @param vowelEdits how many of the edits change, add or drop a vowel and cost
     *     {@value #SIGNIFICANT} or more (not a vowel missing from a word written without vowels)
     * @param onlyVowels whether every edit is such a vowel edit
     * @param letterEdits how many edits write a consonant where the other word has another that no
     *     romanisation writes for it (Washington, Wellington: sh/l)
     * @param vetoed whether a rule made the words different names whatever their similarity (which
     *     it then caps); said by this flag, never by the value, which an edit distance may reach too
     */
    record Comparison(double cost, double similarity, List<String> edits, int vowelEdits, boolean onlyVowels,
                      int letterEdits, boolean vetoed) {
        Comparison {
            edits = List.copyOf(edits);
        }

        Comparison(double cost, double similarity, List<String> edits, int vowelEdits, boolean onlyVowels,
                   int letterEdits) {
            this(cost, similarity, edits, vowelEdits, onlyVowels, letterEdits, false);
        }

        Comparison(double cost, double similarity, List<String> edits) {
            this(cost, similarity, edits, 0, false, 0);
        }
    }

    /** Edits cheaper than this are romanisation noise, not a change of the name. */
    static final double SIGNIFICANT = 0.25;

    /** Comparisons below this similarity align nothing, so their edits are not traced. */
    static final double TRACED = 0.5;

    static Comparison compare(String a, String b) {
        if (a.equals(b)) {
            return new Comparison(0, 1, List.of());
        }
        return compareSymbols(Romanization.symbols(a), Romanization.symbols(b));
    }

    /**
     * {@link #compare} of two words' {@link Romanization#symbols}, for callers that compare one
     * word with many. Words whose similarity is below {@link #TRACED} align with nothing: their
     * comparison says similarity 0 and cost the longer length, without edits.
     */
    static Comparison compareSymbols(String x, String y) {
        int n = x.length();
        int m = y.length();
        int longer = Math.max(n, m);
        if (similarityAtLeast(x, y, TRACED) < TRACED) {
            // Too far apart to align: neither the cost nor the edits are worked out.
            return new Comparison(longer, 0, List.of(), 0, false, 0);
        }
        boolean xBare = vowelless(x);
        boolean yBare = vowelless(y);
        double[][] d = distances(x, y, xBare, yBare);
        double cost = d[n][m];
        double similarity = Math.max(0, 1 - cost / longer);
        List<String> edits = new ArrayList<>();
        int vowelEdits = 0;
        int letterEdits = 0;
        boolean onlyVowels = true;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            double sub = i > 0 && j > 0 ? substitution(x.charAt(i - 1), y.charAt(j - 1), xBare || yBare) : -1;
            double del = i > 0 ? indel(x, i - 1, yBare) : -1;
            double step;
            boolean vowel;
            if (sub >= 0 && close(d[i][j], d[i - 1][j - 1] + sub)) {
                if (x.charAt(i - 1) != y.charAt(j - 1)) {
                    edits.add(spell(x.charAt(i - 1)) + "/" + spell(y.charAt(j - 1)));
                }
                step = sub;
                vowel = Romanization.isVowel(x.charAt(i - 1)) && Romanization.isVowel(y.charAt(j - 1));
                letterEdits += sub >= FULL ? 1 : 0;
                i--;
                j--;
            } else if (del >= 0 && close(d[i][j], d[i - 1][j] + del)) {
                edits.add("-" + spell(x.charAt(i - 1)));
                step = del;
                vowel = Romanization.isVowel(x.charAt(i - 1));
                i--;
            } else {
                edits.add("+" + spell(y.charAt(j - 1)));
                step = indel(y, j - 1, xBare);
                vowel = Romanization.isVowel(y.charAt(j - 1));
                j--;
            }
            if (step > 0) {
                vowelEdits += vowel && step >= SIGNIFICANT ? 1 : 0;
                onlyVowels &= vowel;
            }
        }
        Collections.reverse(edits); // traced from the end
        return new Comparison(cost, similarity, edits, vowelEdits, onlyVowels, letterEdits);
    }

    /** The similarity of two symbol strings, exact at any distance: {@link #compare}'s without its edits. */
    static double similarity(String x, String y) {
        return Math.max(0, similarityAtLeast(x, y, 0));
    }

    /**
     * The similarity {@link #compareSymbols} gives two symbol strings when it is at least
     * {@code min}, else a value below {@code min}: the same edit distance, without edits, given up
     * as soon as every path costs too much. For the questions that need no edits: whether two
     * words are one (the short-form test), may align (compounds, {@link #TRACED}).
     */
    static double similarityAtLeast(String x, String y, double min) {
        int n = x.length();
        int m = y.length();
        int longer = Math.max(n, m);
        if (longer == 0) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        double allowed = (1 - min) * longer + 1e-9;
        boolean xBare = vowelless(x);
        boolean yBare = vowelless(y);
        // Every path drops the longer word's extra symbols, each at no less than its cheapest: a bound
        // that settles most unlike words of a block before any table is filled.
        double dropped = n > m ? (n - m) * cheapestIndel(x, yBare) : m > n ? (m - n) * cheapestIndel(y, xBare) : 0;
        if (dropped > allowed) {
            return -1;
        }
        boolean bare = xBare || yBare;
        double[] prev = new double[m + 1];
        double[] row = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(y, j - 1, xBare);
        }
        for (int i = 1; i <= n; i++) {
            char xi = x.charAt(i - 1);
            double delX = indel(x, i - 1, yBare);
            row[0] = prev[0] + delX;
            double best = row[0];
            for (int j = 1; j <= m; j++) {
                double sub = prev[j - 1] + substitution(xi, y.charAt(j - 1), bare);
                double v = Math.min(sub, Math.min(prev[j] + delX, row[j - 1] + indel(y, j - 1, xBare)));
                row[j] = v;
                best = Math.min(best, v);
            }
            if (best > allowed) {
                return -1; // costs only grow along a path
            }
            double[] t = prev;
            prev = row;
            row = t;
        }
        return Math.max(0, 1 - prev[m] / longer);
    }

    /**
     * No more than the cheapest {@link #indel} of any symbol of {@code s}: each symbol's least cost
     * whatever its neighbours, so that it takes one look per symbol.
     */
    private static double cheapestIndel(String s, boolean otherVowelless) {
        double cheapest = FULL;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\'' || otherVowelless && Romanization.isVowel(c)) {
                return 0.1;
            }
            if (c == 'h') {
                cheapest = 0.35;
            } else if (cheapest > 0.45 && (c == 'y' || c == 'j' || c == 'w' || Romanization.isVowel(c))) {
                cheapest = 0.45;
            }
        }
        return cheapest;
    }

    /** The table of weighted edit distances of every two prefixes; package-private for tests. */
    static double[][] distances(String x, String y, boolean xBare, boolean yBare) {
        int n = x.length();
        int m = y.length();
        boolean bare = xBare || yBare;
        double[][] d = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + indel(x, i - 1, yBare);
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + indel(y, j - 1, xBare);
        }
        for (int i = 1; i <= n; i++) {
            char xi = x.charAt(i - 1);
            double delX = indel(x, i - 1, yBare);
            for (int j = 1; j <= m; j++) {
                double sub = d[i - 1][j - 1] + substitution(xi, y.charAt(j - 1), bare);
                double del = d[i - 1][j] + delX;
                double ins = d[i][j - 1] + indel(y, j - 1, xBare);
                d[i][j] = Math.min(sub, Math.min(del, ins));
            }
        }
        return d;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < 1e-9;
    }

    /** A word of three or more symbols with no vowel letter: written without its vowels. */
    static boolean vowelless(String symbols) {
        return symbols.length() >= 3 && vowelCount(symbols) == 0;
    }

    /** A word with at most one vowel in four symbols: written with few of its vowels (mrfa, zfty). */
    static boolean vowelPoor(String symbols) {
        return symbols.length() >= 3 && vowelCount(symbols) * 4 <= symbols.length();
    }

    private static int vowelCount(String symbols) {
        int k = 0;
        for (int i = 0; i < symbols.length(); i++) {
            k += Romanization.isVowel(symbols.charAt(i)) ? 1 : 0;
        }
        return k;
    }

    /** Cost of adding or dropping symbol {@code s.charAt(k)}; cheap vowels when the other word has none. */
    static double indel(String s, int k, boolean otherVowelless) {
        char c = s.charAt(k);
        if (Romanization.isVowel(c)) {
            if (otherVowelless) {
                return 0.1;
            }
            // A vowel doubled or split (Saad, Sad; Ai, A) costs less than a new one.
            boolean besideVowel = k > 0 && Romanization.isVowelLike(s.charAt(k - 1))
                    || k + 1 < s.length() && Romanization.isVowelLike(s.charAt(k + 1));
            return besideVowel ? 0.45 : 0.55;
        }
        switch (c) {
            case 'h':
                return 0.35;
            case 'y':
            case 'j':
            case 'w':
                return 0.45;
            case '\'':
                return 0.1;
            default:
                return FULL;
        }
    }

    /** {@link #substitutionCost} for the symbols below 128, computed once; never written after. */
    private static final double[][] SUBSTITUTIONS = substitutions(false);
    private static final double[][] SUBSTITUTIONS_VOWELLESS = substitutions(true);

    private static double[][] substitutions(boolean vowelless) {
        double[][] t = new double[128][128];
        for (char a = 0; a < 128; a++) {
            for (char b = 0; b < 128; b++) {
                t[a][b] = substitutionCost(a, b, vowelless);
            }
        }
        return t;
    }

    /** Cost of writing {@code a} where the other word has {@code b}. */
    static double substitution(char a, char b, boolean vowelless) {
        if (a < 128 && b < 128) {
            return (vowelless ? SUBSTITUTIONS_VOWELLESS : SUBSTITUTIONS)[a][b];
        }
        return substitutionCost(a, b, vowelless);
    }

    private static double substitutionCost(char a, char b, boolean vowelless) {
        if (a == b) {
            return 0;
        }
        if (a > b) {
            char t = a;
            a = b;
            b = t;
        }
        boolean va = Romanization.isVowel(a);
        boolean vb = Romanization.isVowel(b);
        if (va && vb) {
            return near(a, b) ? 0.3 : 0.4;
        }
        String pair = "" + a + b;
        switch (pair) {
            // Semi-vowels and their vowels.
            case "iy": case "ey":
                return 0.2;
            case "jy":
                return 0.2;
            // y for a vowel: the Slavic y (Velikhovo, Velykhovo).
            case "ay": case "oy": case "uy":
                return 0.4;
            case "ij":
                return 0.3;
            case "uw": case "ow":
                return vowelless ? 0.1 : 0.3;
            case "vw":
                return 0.2;
            case "uv":
                return 0.5;
            // Velars and uvulars.
            case "ck":
                return 0.2;
            case "gk": case "cg":
                return 0.45;
            case "Gg":
                return 0.15;
            case "Gk":
                return 0.5;
            case "Xk": case "Xh": case "Xg":
                return 0.35;
            case "GX":
                return 0.4;
            case "CX":
                return 0.4;
            // Sibilants and affricates.
            case "sz":
                return 0.35;
            case "Ss":
                return 0.4;
            case "CS":
                return 0.4;
            case "Cc":
                return 0.35;
            case "Tc":
                return 0.25;
            case "CT":
                return 0.4;
            case "Tz":
                return 0.35;
            case "Ts": case "cs":
                return 0.45;
            case "JS": case "Jz":
                return 0.4;
            case "Jj":
                return 0.25;
            case "Jg": case "GJ":
                return 0.45;
            // g before e and i, and j, are one sound in many languages (Geremias, Jeremias); Korean
            // writes ch and j for one letter (Chin, Jin); Ukrainian h for Russian g (Serhiy).
            case "gj":
                return 0.4;
            // French j for zh, written z elsewhere (Kajarov, Kazarov).
            case "jz":
                return 0.45;
            // German ch for kh, written h elsewhere (Rachoval, Rahoval).
            case "Ch":
                return 0.5;
            // The ghayn written r in French (Ghalmi, R'almi); l for r in Korean and Japanese
            // romanisations, which have one letter for both: a change, but not of the name.
            case "Gr":
                return 0.6;
            case "lr":
                return 0.6;
            case "Cj": case "CJ":
                return 0.4;
            case "gh":
                return 0.4;
            case "Jy":
                return 0.5;
            case "Tt":
                return 0.5;
            // Stops and labials.
            case "dt":
                return 0.45;
            case "bp":
                return 0.45;
            case "fv":
                return 0.3;
            case "fp":
                return 0.45;
            case "bv":
                return 0.45;
            case "fw":
                return 0.45;
            case "mn":
                return 0.7;
            default:
                return FULL;
        }
    }

    /** Vowels romanisations most often exchange: a/e, e/i, o/u. */
    private static boolean near(char a, char b) {
        String p = "" + a + b;
        return p.equals("ae") || p.equals("ei") || p.equals("ou") || p.equals("io") || p.equals("ai");
    }

    private static String spell(char symbol) {
        switch (symbol) {
            case 'S':
                return "sh";
            case 'C':
                return "ch";
            case 'J':
                return "zh";
            case 'X':
                return "kh";
            case 'T':
                return "ts";
            case 'G':
                return "gh";
            default:
                return String.valueOf(symbol);
        }
    }
}
