package org.namelink.kb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * An external sort of (folded key, title id, prior) entries: sorted in memory a run at a time,
 * written to files, then merged in (key, title, surface) order, so the heap holds one run however large the
 * dictionary.
 *
 * <p>Not thread-safe: one builder thread adds, then merges.
 */
final class SortedRuns {

    /** One dictionary line, folded: its key, a 64-bit hash of its surface as written, its title id and prior. */
    record Entry(byte[] key, long surface, int title, float prior) {

        /** FNV-1a, 64 bits: surfaces that fold to one key are told apart by it (a collision among them is ~2^-50). */
        static long hash(String surface) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < surface.length(); i++) {
                h = (h ^ surface.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }
    }

    static final Comparator<Entry> ORDER = (a, b) -> {
        int c = Arrays.compareUnsigned(a.key(), b.key());
        c = c != 0 ? c : Integer.compare(a.title(), b.title());
        return c != 0 ? c : Long.compare(a.surface(), b.surface());
    };

    private final Path dir;
    private final int runEntries;
    private final List<Entry> buffer = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    SortedRuns(Path dir, int runEntries) {
        this.dir = dir;
        this.runEntries = runEntries;
    }

    void add(Entry e) throws IOException {
        buffer.add(e);
        if (buffer.size() >= runEntries) {
            spill();
        }
    }

    void finish() throws IOException {
        if (!buffer.isEmpty()) {
            spill();
        }
    }

    int count() {
        return files.size();
    }

    private void spill() throws IOException {
        buffer.sort(ORDER);
        Path file = dir.resolve("run-" + files.size());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Entry e : buffer) {
                out.writeShort(e.key().length);
                out.write(e.key());
                out.writeLong(e.surface());
                out.writeInt(e.title());
                out.writeFloat(e.prior());
            }
        }
        files.add(file);
        buffer.clear();
    }

    /** The entries of all runs in order; the caller closes it. */
    Merge merge() throws IOException {
        return new Merge(files);
    }

    /** The runs merged: {@link #next()} until null. */
    static final class Merge implements Closeable {

        private final PriorityQueue<Run> queue = new PriorityQueue<>((a, b) -> ORDER.compare(a.head, b.head));
        private final List<Run> all = new ArrayList<>();

        private Merge(List<Path> files) throws IOException {
            try {
                for (Path f : files) {
                    Run r = new Run(new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16)));
                    all.add(r);
                    if (r.advance()) {
                        queue.add(r);
                    }
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
        }

        Entry next() throws IOException {
            Run r = queue.poll();
            if (r == null) {
                return null;
            }
            Entry e = r.head;
            if (r.advance()) {
                queue.add(r);
            }
            return e;
        }

        @Override
        public void close() throws IOException {
            for (Run r : all) {
                r.in.close();
            }
        }
    }

    private static final class Run {
        final DataInputStream in;
        Entry head;

        Run(DataInputStream in) {
            this.in = in;
        }

        boolean advance() throws IOException {
            int length;
            try {
                length = in.readUnsignedShort();
            } catch (EOFException end) {
                head = null;
                return false;
            }
            byte[] key = new byte[length];
            in.readFully(key);
            head = new Entry(key, in.readLong(), in.readInt(), in.readFloat());
            return true;
        }
    }
}
