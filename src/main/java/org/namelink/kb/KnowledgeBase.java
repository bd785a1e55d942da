package org.namelink.kb;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import org.namelink.kb.IndexFormat.Section;
import org.namelink.names.NameForm;

/**
 * The Wikipedia articles a name may stand for, from an index that {@link KnowledgeBaseIndex} built:
 * {@link #candidates(String)} folds the name as the matcher folds names and answers the articles the
 * dictionary links its folded spelling to, highest prior first.
 *
 * <p>The index is memory-mapped, not read: opening checks the header and the sections' bounds (a
 * truncated, damaged or stale index is refused with an {@link InvalidIndexException} saying why), and
 * the heap holds a few buffers whatever the index's size; the pages a look-up touches are read by the
 * operating system as needed and shared by every process that maps the file.
 *
 * <p>Immutable and thread-safe: look-ups read the mapped buffers by absolute position only, and may
 * run on any number of threads. {@link #close()} makes later look-ups fail; the mapping itself is
 * released when the object is collected (Java 17 cannot unmap a buffer explicitly).
 */
public final class KnowledgeBase implements Closeable {

    private static final String REBUILD = "; rebuild it with namelink kb-index";

    private final Path file;
    private final IndexFormat.Header header;
    private final SurfaceKeys keys;
    private final ByteBuffer titleBytes;
    private final ByteBuffer titleOffsets;
    private final ByteBuffer keyBytes;
    private final ByteBuffer keyOffsets;
    private final ByteBuffer postingStarts;
    private final ByteBuffer postings;
    private volatile boolean closed;

    private KnowledgeBase(Path file, IndexFormat.Header header, SurfaceKeys keys, ByteBuffer[] sections) {
        this.file = file;
        this.header = header;
        this.keys = keys;
        this.titleBytes = sections[Section.TITLE_BYTES.ordinal()];
        this.titleOffsets = sections[Section.TITLE_OFFSETS.ordinal()];
        this.keyBytes = sections[Section.KEY_BYTES.ordinal()];
        this.keyOffsets = sections[Section.KEY_OFFSETS.ordinal()];
        this.postingStarts = sections[Section.POSTING_STARTS.ordinal()];
        this.postings = sections[Section.POSTINGS.ordinal()];
    }

    /**
     * Opens the index in {@code dir} (the file {@code kb.index} that {@link KnowledgeBaseIndex} writes).
     *
     * @throws InvalidIndexException if there is no index, or it is truncated, damaged, of another
     *     format version or built with another name folding
     * @throws IOException if the file cannot be read
     */
    public static KnowledgeBase open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Path file = dir.resolve(IndexFormat.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new InvalidIndexException("no knowledge-base index in " + dir + " (" + file + " is missing)" + REBUILD);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < IndexFormat.HEADER_BYTES) {
                throw invalid(file, "is truncated: " + size + " bytes, shorter than its header");
            }
            ByteBuffer h = ByteBuffer.allocate(IndexFormat.HEADER_BYTES);
            while (h.hasRemaining() && channel.read(h, h.position()) >= 0) {
                // reads the header whole
            }
            IndexFormat.Header header = readHeader(file, h, size);
            SurfaceKeys keys = new SurfaceKeys();
            if (keys.fingerprint() != header.fingerprint()) {
                throw invalid(file, "was built with another name folding than this Namelink's");
            }
            ByteBuffer[] sections = new ByteBuffer[Section.values().length];
            for (Section s : Section.values()) {
                sections[s.ordinal()] = channel.map(FileChannel.MapMode.READ_ONLY, header.offsets()[s.ordinal()],
                        header.lengths()[s.ordinal()]);
            }
            KnowledgeBase kb = new KnowledgeBase(file, header, keys, sections);
            kb.checkEnds();
            return kb;
        } catch (NoSuchFileException e) {
            throw new InvalidIndexException("no knowledge-base index in " + dir + " (" + file + " is missing)" + REBUILD);
        }
    }

    private static IndexFormat.Header readHeader(Path file, ByteBuffer h, long size) throws InvalidIndexException {
        if (h.getLong(IndexFormat.AT_MAGIC) != IndexFormat.MAGIC) {
            throw invalid(file, "is not a Namelink knowledge-base index");
        }
        int version = h.getInt(IndexFormat.AT_VERSION);
        if (version != IndexFormat.VERSION) {
            throw invalid(file, "has format version " + version + ", this Namelink reads version " + IndexFormat.VERSION);
        }
        if (IndexFormat.crc(h) != h.getInt(IndexFormat.AT_HEADER_CRC)) {
            throw invalid(file, "is damaged: its header's checksum does not match");
        }
        int n = Section.values().length;
        long[] offsets = new long[n];
        long[] lengths = new long[n];
        int[] crcs = new int[n];
        for (int i = 0; i < n; i++) {
            int at = IndexFormat.AT_SECTIONS + IndexFormat.SECTION_ENTRY * i;
            offsets[i] = h.getLong(at);
            lengths[i] = h.getLong(at + 8);
            crcs[i] = h.getInt(at + 16);
        }
        int sourceLength = h.getInt(IndexFormat.AT_SOURCE);
        byte[] source = new byte[Math.max(0, Math.min(sourceLength, IndexFormat.MAX_SOURCE_BYTES))];
        h.get(IndexFormat.AT_SOURCE + 4, source);
        IndexFormat.Header header = new IndexFormat.Header(h.getInt(IndexFormat.AT_KEYS), h.getInt(IndexFormat.AT_TITLES),
                h.getLong(IndexFormat.AT_ENTRIES), h.getLong(IndexFormat.AT_FINGERPRINT), offsets, lengths, crcs,
                new String(source, StandardCharsets.UTF_8));
        if (header.end() > size) {
            throw invalid(file, "is truncated: " + size + " bytes, its header says " + header.end());
        }
        if (header.end() < size) {
            throw invalid(file, "is damaged: " + size + " bytes, its header says " + header.end());
        }
        long[] expected = {-1, 4L * (header.titles() + 1), -1, 4L * (header.keys() + 1), 4L * (header.keys() + 1),
            IndexFormat.POSTING_BYTES * header.entries()};
        long at = IndexFormat.HEADER_BYTES;
        for (int i = 0; i < n; i++) {
            if (offsets[i] != at || lengths[i] < 0 || lengths[i] > Integer.MAX_VALUE
                    || expected[i] >= 0 && lengths[i] != expected[i] || header.keys() < 0 || header.titles() < 0) {
                throw invalid(file, "is damaged: section " + Section.values()[i] + " does not fit its counts");
            }
            at += lengths[i];
        }
        return header;
    }

    /** The offset arrays' first and last values against their sections: what a damaged build would show first. */
    private void checkEnds() throws InvalidIndexException {
        if (titleOffsets.getInt(0) != 0 || titleOffsets.getInt(4 * header.titles()) != titleBytes.capacity()
                || keyOffsets.getInt(0) != 0 || keyOffsets.getInt(4 * header.keys()) != keyBytes.capacity()
                || postingStarts.getInt(0) != 0 || postingStarts.getInt(4 * header.keys()) != header.entries()) {
            throw invalid(file, "is damaged: its offsets do not match its sections");
        }
    }

    private static InvalidIndexException invalid(Path file, String what) {
        return new InvalidIndexException("knowledge-base index " + file + " " + what + REBUILD);
    }

    /** The articles {@code surface} may stand for, highest prior first; empty when the dictionary has none. */
    public List<Candidate> candidates(String surface) {
        return candidates(surface, Integer.MAX_VALUE);
    }

    /** At most {@code max} (at least 1) of the articles {@code surface} may stand for, highest prior first. */
    public List<Candidate> candidates(String surface, int max) {
        Objects.requireNonNull(surface, "surface");
        return lookUp(keys.key(surface), max);
    }

    /**
     * The articles a name analysed by the matcher may stand for, by its own comparison key: a person's
     * name without its titles, a place's without "province" or "air base".
     */
    public List<Candidate> candidates(NameForm name) {
        return candidates(name, Integer.MAX_VALUE);
    }

    /** At most {@code max} (at least 1) of the articles a name analysed by the matcher may stand for. */
    public List<Candidate> candidates(NameForm name, int max) {
        Objects.requireNonNull(name, "name");
        return lookUp(name.key(), max);
    }

    private List<Candidate> lookUp(String key, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        if (closed) {
            throw new IllegalStateException("knowledge base " + file + " is closed");
        }
        if (key.isEmpty()) {
            return List.of();
        }
        int k = find(SurfaceKeys.utf8(key));
        if (k < 0) {
            return List.of();
        }
        int from = postingStarts.getInt(4 * k);
        int to = postingStarts.getInt(4 * k + 4);
        if (from < 0 || to < from || to > header.entries()) {
            throw damaged("postings of key " + k);
        }
        int n = Math.min(to - from, max);
        List<Candidate> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = (from + i) * IndexFormat.POSTING_BYTES;
            out.add(new Candidate(title(postings.getInt(at)), postings.getFloat(at + 4)));
        }
        return List.copyOf(out);
    }

    /** The position of {@code key} among the keys, or -1: a binary search in unsigned byte order. */
    private int find(byte[] key) {
        int lo = 0;
        int hi = header.keys() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(mid, key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private int compare(int k, byte[] key) {
        int start = keyOffsets.getInt(4 * k);
        int end = keyOffsets.getInt(4 * k + 4);
        if (start < 0 || end < start || end > keyBytes.capacity()) {
            throw damaged("key " + k);
        }
        int n = Math.min(end - start, key.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(keyBytes.get(start + i) & 0xFF, key[i] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(end - start, key.length);
    }

    private String title(int id) {
        if (id < 0 || id >= header.titles()) {
            throw damaged("title id " + id);
        }
        int start = titleOffsets.getInt(4 * id);
        int end = titleOffsets.getInt(4 * id + 4);
        if (start < 0 || end < start || end > titleBytes.capacity()) {
            throw damaged("title " + id);
        }
        byte[] b = new byte[end - start];
        titleBytes.get(start, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private IllegalStateException damaged(String what) {
        return new IllegalStateException("knowledge-base index " + file + " is damaged (" + what + " out of range)" + REBUILD);
    }

    /**
     * Reads the whole index and checks every section's CRC-32: the damage that opening, which reads
     * only the header and a few values, cannot see (it takes about as long as reading the file).
     *
     * @throws InvalidIndexException naming the first damaged section
     */
    public void verify() throws InvalidIndexException {
        ByteBuffer[] sections = {titleBytes, titleOffsets, keyBytes, keyOffsets, postingStarts, postings};
        for (Section s : Section.values()) {
            CRC32 crc = new CRC32();
            crc.update(sections[s.ordinal()].duplicate().clear());
            if ((int) crc.getValue() != header.crcs()[s.ordinal()]) {
                throw invalid(file, "is damaged: section " + s + "'s checksum does not match");
            }
        }
    }

    /** The folded surfaces the index holds. */
    public int surfaceCount() {
        return header.keys();
    }

    /** The articles the index holds. */
    public int titleCount() {
        return header.titles();
    }

    /** The (folded surface, article) pairs the index holds. */
    public long pairCount() {
        return header.entries();
    }

    /** The dictionary the index was built from ({@link WikiDictionary#id()}). */
    public String source() {
        return header.source();
    }

    /** Whether the index was built from {@code dictionary}. */
    public boolean isBuiltFrom(WikiDictionary dictionary) {
        return header.source().equals(Objects.requireNonNull(dictionary, "dictionary").id());
    }

    /** The index file. */
    public Path file() {
        return file;
    }

    /** Later look-ups fail; the mapping goes with the object (Java 17 cannot unmap a buffer explicitly). */
    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "KnowledgeBase[" + file + ", " + header.keys() + " surfaces, " + header.titles() + " titles]";
    }
}
