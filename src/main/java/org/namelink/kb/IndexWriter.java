package org.namelink.kb;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.namelink.kb.IndexFormat.Section;

/**
 * Writes {@code kb.index} ({@link IndexFormat}) from the titles and the merged runs: each section to
 * a file of its own with its CRC-32, then the header and the sections into one file, forced to disk.
 *
 * <p>Stateless and thread-safe; each call works in its own files.
 */
final class IndexWriter {

    record Counts(int keys, long entries) {
    }

    private IndexWriter() {
    }

    static Counts write(Path file, String source, long fingerprint, TitleTable titles, SortedRuns runs, Path work)
            throws IOException {
        int sections = Section.values().length;
        Path[] parts = new Path[sections];
        for (Section s : Section.values()) {
            parts[s.ordinal()] = work.resolve(s.name().toLowerCase(java.util.Locale.ROOT));
        }
        int[] crcs = new int[sections];
        try (SectionOut out = new SectionOut(parts[Section.TITLE_BYTES.ordinal()])) {
            titles.writeBytes(out.data);
            crcs[Section.TITLE_BYTES.ordinal()] = out.crc();
        }
        try (SectionOut out = new SectionOut(parts[Section.TITLE_OFFSETS.ordinal()])) {
            titles.writeOffsets(out.data);
            crcs[Section.TITLE_OFFSETS.ordinal()] = out.crc();
        }
        Counts counts;
        try (SectionOut keyBytes = new SectionOut(parts[Section.KEY_BYTES.ordinal()]);
             SectionOut keyOffsets = new SectionOut(parts[Section.KEY_OFFSETS.ordinal()]);
             SectionOut starts = new SectionOut(parts[Section.POSTING_STARTS.ordinal()]);
             SectionOut postings = new SectionOut(parts[Section.POSTINGS.ordinal()]);
             SortedRuns.Merge merge = runs.merge()) {
            counts = writeKeys(merge, keyBytes.data, keyOffsets.data, starts.data, postings.data);
            crcs[Section.KEY_BYTES.ordinal()] = keyBytes.crc();
            crcs[Section.KEY_OFFSETS.ordinal()] = keyOffsets.crc();
            crcs[Section.POSTING_STARTS.ordinal()] = starts.crc();
            crcs[Section.POSTINGS.ordinal()] = postings.crc();
        }
        long[] offsets = new long[sections];
        long[] lengths = new long[sections];
        long at = IndexFormat.HEADER_BYTES;
        for (int i = 0; i < sections; i++) {
            offsets[i] = at;
            lengths[i] = Files.size(parts[i]);
            if (lengths[i] > Integer.MAX_VALUE) {
                throw new IOException("section " + Section.values()[i] + " is " + lengths[i] + " bytes, more than the 2 GB an index maps");
            }
            at += lengths[i];
        }
        IndexFormat.Header header = new IndexFormat.Header(counts.keys(), titles.size(), counts.entries(), fingerprint,
                offsets, lengths, crcs, source);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(header.write());
            for (Path part : parts) {
                try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                    long size = in.size();
                    for (long done = 0; done < size; ) {
                        done += in.transferTo(done, size - done, out);
                    }
                }
                Files.delete(part);
            }
            out.force(true);
        }
        return counts;
    }

    /**
     * One key per distinct folded surface; its postings are its titles, each once, with the mean over
     * the key's surfaces of P(title | surface), by that prior (highest first), then by title id.
     */
    private static Counts writeKeys(SortedRuns.Merge merge, DataOutputStream keyBytes, DataOutputStream keyOffsets,
                                    DataOutputStream starts, DataOutputStream postings) throws IOException {
        int keys = 0;
        long entries = 0;
        long keyAt = 0;
        int[] titles = new int[16];
        double[] sums = new double[16];
        long[] surfaces = new long[16];
        long[] group = new long[16];
        keyOffsets.writeInt(0);
        starts.writeInt(0);
        SortedRuns.Entry e = merge.next();
        while (e != null) {
            byte[] key = e.key();
            int n = 0;
            int lines = 0;
            float last = 0;
            for (; e != null && Arrays.equals(e.key(), key); e = merge.next()) {
                boolean sameTitle = n > 0 && titles[n - 1] == e.title();
                if (sameTitle && surfaces[lines - 1] == e.surface()) {
                    // The same line twice (or its surface's hash): counted once, with its larger prior.
                    sums[n - 1] += Math.max(0, e.prior() - last);
                    last = Math.max(last, e.prior());
                    continue;
                }
                if (lines == surfaces.length) {
                    surfaces = Arrays.copyOf(surfaces, lines * 2);
                }
                surfaces[lines++] = e.surface();
                last = e.prior();
                if (sameTitle) {
                    sums[n - 1] += e.prior();
                    continue;
                }
                if (n == titles.length) {
                    titles = Arrays.copyOf(titles, n * 2);
                    sums = Arrays.copyOf(sums, n * 2);
                    group = Arrays.copyOf(group, n * 2);
                }
                titles[n] = e.title();
                sums[n++] = e.prior();
            }
            int distinct = distinct(surfaces, lines);
            for (int i = 0; i < n; i++) {
                group[i] = rank((float) Math.min(1.0, sums[i] / distinct), titles[i]);
            }
            Arrays.sort(group, 0, n);
            keyBytes.write(key);
            keyAt += key.length;
            for (int i = 0; i < n; i++) {
                postings.writeInt((int) (group[i] & 0xFFFFFFFFL));
                postings.writeFloat(prior(group[i]));
            }
            entries += n;
            keys++;
            if (keyAt > Integer.MAX_VALUE || entries > Integer.MAX_VALUE) {
                throw new IOException("more keys or postings than an index holds (2 GB of keys, 2^31 postings)");
            }
            keyOffsets.writeInt((int) keyAt);
            starts.writeInt((int) entries);
        }
        return new Counts(keys, entries);
    }

    /** How many distinct values the first {@code n} of {@code values} hold (sorts them). */
    private static int distinct(long[] values, int n) {
        Arrays.sort(values, 0, n);
        int d = 0;
        for (int i = 0; i < n; i++) {
            d += i == 0 || values[i] != values[i - 1] ? 1 : 0;
        }
        return d;
    }

    /** Sorts ascending as (prior descending, title ascending): priors are not negative, so their bits order them. */
    private static long rank(float prior, int title) {
        return ((long) (Integer.MAX_VALUE - Float.floatToIntBits(prior)) << 32) | title;
    }

    private static float prior(long rank) {
        return Float.intBitsToFloat(Integer.MAX_VALUE - (int) (rank >>> 32));
    }

    /** A section's file, with the CRC-32 of what was written. */
    private static final class SectionOut implements AutoCloseable {
        final CheckedOutputStream checked;
        final DataOutputStream data;

        SectionOut(Path file) throws IOException {
            OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            checked = new CheckedOutputStream(raw, new CRC32());
            data = new DataOutputStream(checked);
        }

        int crc() throws IOException {
            data.flush();
            return (int) checked.getChecksum().getValue();
        }

        @Override
        public void close() throws IOException {
            data.close();
        }
    }
}
