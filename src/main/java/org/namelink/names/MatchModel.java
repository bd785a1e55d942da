package org.namelink.names;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.namelink.mentions.EntityType;
import org.namelink.text.ResourceLines;

/**
 * Turns a {@link NameComparison} into a score: a logistic regression over its
 * {@link NameComparison#FEATURES}, one set of weights per entity type, so a score is the
 * probability that two names of that type with this word-by-word comparison are one entity.
 * The bundled weights ({@value #RESOURCE}) were fitted by {@link #fit} on labelled name pairs;
 * {@code eval --pairs FILE --fit-weights OUT} refits them.
 *
 * <p>Immutable and thread-safe.
 */
public final class MatchModel {

    /** The bundled weights. */
    static final String RESOURCE = "/org/namelink/models/name-match-weights.tsv";

    private final Map<EntityType, double[]> weights;

    private MatchModel(Map<EntityType, double[]> weights) {
        this.weights = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            double[] w = weights.get(t);
            if (w == null || w.length != NameComparison.FEATURES.size()) {
                throw new IllegalArgumentException("weights for " + t + " must have " + NameComparison.FEATURES.size()
                        + " values (" + NameComparison.FEATURES + ")");
            }
            this.weights.put(t, w.clone());
        }
    }

    /** A model of these weights: for each type, one per {@link NameComparison#FEATURES feature}. */
    public static MatchModel of(Map<EntityType, double[]> weights) {
        return new MatchModel(Objects.requireNonNull(weights, "weights"));
    }

    /** The bundled weights, read once per JVM. */
    public static MatchModel defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final MatchModel DEFAULTS = read();
    }

    private static MatchModel read() {
        Map<EntityType, double[]> w = new EnumMap<>(EntityType.class);
        for (ResourceLines.Line line : ResourceLines.ofResource(RESOURCE)) {
            String[] c = line.text().split("\t");
            int f = NameComparison.FEATURES.indexOf(c.length == 3 ? c[1] : "");
            if (f < 0) {
                throw new IllegalStateException(RESOURCE + ":" + line.number()
                        + ": expected TYPE<TAB>feature<TAB>weight with a feature of " + NameComparison.FEATURES
                        + ", got '" + line.text() + "'");
            }
            w.computeIfAbsent(EntityType.parse(c[0]), t -> new double[NameComparison.FEATURES.size()])[f] =
                    Double.parseDouble(c[2]);
        }
        return new MatchModel(w);
    }

    /** The probability that names of {@code type} compared as {@code c} are one entity. */
    public double score(EntityType type, NameComparison c) {
        double[] w = weights.get(type);
        double[] x = c.features();
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Fits the weights of one type by L2-regularised logistic regression (Newton's method).
     *
     * @param x      feature rows, as {@link NameComparison#features()}
     * @param y      labels, true for one entity
     * @param lambda the L2 penalty (not applied to the bias)
     */
    public static double[] fit(List<double[]> x, List<Boolean> y, double lambda) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.size() != y.size() || x.isEmpty()) {
            throw new IllegalArgumentException("x and y must be non-empty and of one size, were " + x.size()
                    + " and " + y.size());
        }
        int k = x.get(0).length;
        double[] w = new double[k];
        for (int iter = 0; iter < 50; iter++) {
            double[] grad = new double[k];
            double[][] hess = new double[k][k];
            for (int r = 0; r < x.size(); r++) {
                double[] xi = x.get(r);
                double z = 0;
                for (int i = 0; i < k; i++) {
                    z += w[i] * xi[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = p - (y.get(r) ? 1 : 0);
                double s = p * (1 - p);
                for (int i = 0; i < k; i++) {
                    grad[i] += err * xi[i];
                    for (int j = 0; j < k; j++) {
                        hess[i][j] += s * xi[i] * xi[j];
                    }
                }
            }
            for (int i = 1; i < k; i++) {
                grad[i] += lambda * w[i];
                hess[i][i] += lambda;
            }
            hess[0][0] += 1e-9;
            double[] step = solve(hess, grad);
            double change = 0;
            for (int i = 0; i < k; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        return w;
    }

    /** Gaussian elimination with partial pivoting; {@code a} is positive definite here. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                    p = r;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int j = c; j <= n; j++) {
                    m[r][j] -= f * m[c][j];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= m[r][j] * x[j];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    /** Writes weights in the bundled file's format, with a header saying how they were made. */
    public static void write(Map<EntityType, double[]> weights, String header, Writer out) throws IOException {
        for (String h : header.split("\n")) {
            out.write("# " + h + "\n");
        }
        for (Map.Entry<EntityType, double[]> e : weights.entrySet()) {
            for (int i = 0; i < e.getValue().length; i++) {
                out.write(String.format(Locale.ROOT, "%s\t%s\t%.6f%n", e.getKey(), NameComparison.FEATURES.get(i),
                        e.getValue()[i]));
            }
        }
    }
}
