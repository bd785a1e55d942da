package org.namelink.resolution;

/**
 * What a resolution reports of the pairs it nearly decided otherwise ({@link NearMiss}): the band
 * around the matcher's threshold and how many pairs it keeps.
 *
 * <p>Immutable and thread-safe.
 *
 * @param band how far from the threshold a spelling decision's score may lie to be a near miss: a
 *     pair kept apart scoring at least threshold − band, or a pair joined scoring under threshold +
 *     band; in (0, 1]
 * @param limit how many near misses are kept, the closest to the threshold first; at least 1
 */
public record NearMisses(double band, int limit) {

    /**
     * The default band: 0.30 either side of the threshold. The matcher's scores are bimodal, so a
     * narrower band holds almost nothing (AIDA dev: 2 pairs within 0.10, 9 within 0.30, among them
     * the false joins a reviewer should see, Nablus / Naples at 0.91).
     */
    public static final double DEFAULT_BAND = 0.30;

    /** The default number of near misses kept. */
    public static final int DEFAULT_LIMIT = 1_000;

    /** The default band and limit. */
    public static final NearMisses DEFAULT = new NearMisses(DEFAULT_BAND, DEFAULT_LIMIT);

    public NearMisses {
        if (!(band > 0 && band <= 1)) {
            throw new IllegalArgumentException("band must be in (0, 1], was " + band);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
