package org.namelink.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        long[] hashes = new long[1 << 19];
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ResourceLines.openResource(KbpGazetteer.RESOURCE), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                int end = line.indexOf('\t', tab + 1);
                String kbpClass = line.substring(tab + 1, end < 0 ? line.length() : end);
                if (kbpClass.equals("CITY") || kbpClass.equals("STATE_OR_PROVINCE")) {
                    if (n == hashes.length) {
                        hashes = Arrays.copyOf(hashes, n * 2);
                    }
                    // Entries are TokensRegex patterns: "st\\. louis" is St. Louis.
                    hashes[n++] = hash(line.substring(0, tab).replace("\\.", ".").toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KbpGazetteer.RESOURCE, e);
        }
        long[] sorted = Arrays.copyOf(hashes, n);
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
