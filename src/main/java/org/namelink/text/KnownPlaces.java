package org.namelink.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The cities, states and provinces of the KBP gazetteer in CoreNLP's models jar
 * ({@link KbpGazetteer#RESOURCE}), over half a million names, for the name matcher to know that
 * two names it lists apart are two places however alike they are spelt (Barnsley and Burnley,
 * Hangzhou and Guangzhou). Held as sorted 64-bit hashes of the lower-case names (4 MB, not 60),
 * read once on first use; a hash collision could only make two unlisted names look listed.
 *
 * <p>Stateless and thread-safe.
 */
public final class KnownPlaces {

    private KnownPlaces() {
    }

    private static final class Holder {
        static final long[] HASHES = load();
    }

    /** Whether {@code name} (any case) is a city, state or province the gazetteer lists. */
    public static boolean contains(String name) {
        return Arrays.binarySearch(Holder.HASHES, hash(name.toLowerCase(Locale.ROOT))) >= 0;
    }

    private static long[] load() {
        long[][] hashes = {new long[1 << 19]};
        int[] n = {0};
        KbpGazetteer.forEachEntry((entry, kbpClass) -> {
            if (kbpClass.equals("CITY") || kbpClass.equals("STATE_OR_PROVINCE")) {
                if (n[0] == hashes[0].length) {
                    hashes[0] = Arrays.copyOf(hashes[0], n[0] * 2);
                }
                // Entries are TokensRegex patterns: "st\\. louis" is St. Louis.
                hashes[0][n[0]++] = hash(entry.replace("\\.", ".").toLowerCase(Locale.ROOT));
            }
        });
        long[] sorted = Arrays.copyOf(hashes[0], n[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    /** FNV-1a over the UTF-16 code units. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
