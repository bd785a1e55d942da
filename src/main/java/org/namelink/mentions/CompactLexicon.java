package org.namelink.mentions;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A CRF's distributional lexicon (word → cluster) in a few flat arrays instead of half a million
 * strings and map entries: the words' characters end to end, where each starts, each word's
 * cluster number, and an open-addressing table of the words by {@link String#hashCode}, all
 * written once and read back by bulk copies. The 3-class model's 533,629 words cost the garbage
 * collector 1.6 million objects to copy as a {@code HashMap}, and five arrays here.
 *
 * <p>Only {@link #get} and {@link #size} are used by the feature factories; the rest of {@link Map}
 * works through {@link #entrySet()}, which makes each entry anew. Immutable; thread-safe.
 */
final class CompactLexicon extends AbstractMap<String, String> {

    private final char[] chars;
    private final int[] starts;
    private final int[] clusters;
    private final String[] values;
    /** Entry number plus one at each slot, 0 for empty; its length is a power of two. */
    private final int[] table;

    private CompactLexicon(char[] chars, int[] starts, int[] clusters, String[] values, int[] table) {
        this.chars = chars;
        this.starts = starts;
        this.clusters = clusters;
        this.values = values;
        this.table = table;
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String word)) {
            return null;
        }
        int mask = table.length - 1;
        for (int slot = spread(word.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot] - 1;
            if (entry < 0) {
                return null;
            }
            if (matches(entry, word)) {
                return values[clusters[entry]];
            }
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return clusters.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < clusters.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(new String(chars, starts[i], starts[i + 1] - starts[i]),
                                values[clusters[i]]);
                    }
                };
            }

            @Override
            public int size() {
                return clusters.length;
            }
        };
    }

    private boolean matches(int entry, String word) {
        int start = starts[entry];
        int length = starts[entry + 1] - start;
        if (length != word.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (chars[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Writes any lexicon in the form {@link #read} reads. */
    static void write(Map<String, String> lexicon, DataOutputStream out) throws IOException {
        List<Map.Entry<String, String>> entries = new ArrayList<>(lexicon.entrySet());
        int n = entries.size();
        Map<String, Integer> valueIds = new HashMap<>();
        List<String> values = new ArrayList<>();
        int totalChars = 0;
        for (Map.Entry<String, String> e : entries) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("a lexicon with a null word or cluster");
            }
            if (valueIds.putIfAbsent(e.getValue(), values.size()) == null) {
                values.add(e.getValue());
            }
            totalChars = Math.addExact(totalChars, e.getKey().length());
        }
        int[] table = new int[Integer.highestOneBit(Math.max(1, n) * 2 - 1) << 1];
        out.writeInt(n);
        out.writeInt(values.size());
        for (String v : values) {
            out.writeInt(v.length());
            out.writeChars(v);
        }
        out.writeInt(totalChars);
        int entry = 0;
        for (Map.Entry<String, String> e : entries) {
            String word = e.getKey();
            out.writeChars(word);
            int mask = table.length - 1;
            int slot = spread(word.hashCode()) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = ++entry;
        }
        int start = 0;
        out.writeInt(start);
        for (Map.Entry<String, String> e : entries) {
            start += e.getKey().length();
            out.writeInt(start);
        }
        for (Map.Entry<String, String> e : entries) {
            out.writeInt(valueIds.get(e.getValue()));
        }
        out.writeInt(table.length);
        for (int slot : table) {
            out.writeInt(slot);
        }
    }

    /**
     * Reads a lexicon written by {@link #write}, checking every number against the bytes left and
     * the arrays it indexes, so that a damaged file fails here and never at a look-up.
     */
    static CompactLexicon read(ByteBuffer in) throws IOException {
        int n = count(in.getInt(), in, 8);
        String[] values = new String[count(in.getInt(), in, 4)];
        for (int i = 0; i < values.length; i++) {
            char[] v = new char[count(in.getInt(), in, 2)];
            in.asCharBuffer().get(v);
            in.position(in.position() + 2 * v.length);
            values[i] = new String(v);
        }
        char[] chars = new char[count(in.getInt(), in, 2)];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * chars.length);
        int[] starts = ints(in, n + 1);
        for (int i = 0; i < n; i++) {
            if (starts[i] > starts[i + 1]) {
                throw new IOException("a lexicon whose words are out of order");
            }
        }
        if (starts[0] != 0 || starts[n] != chars.length) {
            throw new IOException("a lexicon whose words do not fill its characters");
        }
        int[] clusters = ints(in, n);
        for (int c : clusters) {
            if (c < 0 || c >= values.length) {
                throw new IOException("a lexicon with cluster " + c + " of " + values.length);
            }
        }
        int tableLength = in.getInt();
        if (tableLength < 2 * n || tableLength <= 0 || Integer.bitCount(tableLength) != 1) {
            throw new IOException("a lexicon with a table of " + tableLength + " slots for " + n + " words");
        }
        int[] table = ints(in, tableLength);
        // Each word in one slot, so that the other slots stay empty and every look-up ends.
        boolean[] placed = new boolean[n];
        int filled = 0;
        for (int slot : table) {
            if (slot < 0 || slot > n || (slot > 0 && placed[slot - 1])) {
                throw new IOException("a lexicon with a slot naming word " + slot + " of " + n + " or twice");
            }
            if (slot > 0) {
                placed[slot - 1] = true;
                filled++;
            }
        }
        if (filled != n) {
            throw new IOException("a lexicon with " + filled + " of its " + n + " words in its table");
        }
        return new CompactLexicon(chars, starts, clusters, values, table);
    }

    private static int[] ints(ByteBuffer in, int n) throws IOException {
        int[] ints = new int[count(n, in, 4)];
        in.asIntBuffer().get(ints);
        in.position(in.position() + 4 * n);
        return ints;
    }

    private static int count(int n, ByteBuffer in, int size) throws IOException {
        if (n < 0 || (long) n * size > in.remaining()) {
            throw new IOException("a compact CRF claiming " + n + " items in " + in.remaining() + " bytes");
        }
        return n;
    }
}
