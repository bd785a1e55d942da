package org.namelink.kb;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The layout of {@code kb.index}, one file: a header of {@value #HEADER_BYTES} bytes, then six
 * sections, big-endian. Titles: their UTF-8 bytes end to end, and {@code int} offsets (one per
 * title and one past the last). Keys: the folded surfaces' UTF-8 bytes in unsigned byte order, and
 * their {@code int} offsets. Posting starts: per key the index of its first posting (and one past
 * the last). Postings: {@code (int title id, float prior)}, per key by prior, highest first.
 *
 * <p>The header: magic, format version, counts, the folding's fingerprint, each section's offset,
 * length and CRC-32, the dictionary's id, and the header's own CRC-32 in its last four bytes.
 *
 * <p>Immutable and thread-safe (constants and pure functions only).
 */
final class IndexFormat {

    static final String FILE_NAME = "kb.index";
    static final long MAGIC = 0x4E4C4B42_49445800L; // "NLKBIDX\0"
    static final int VERSION = 1;
    static final int HEADER_BYTES = 4096;
    static final int MAX_SOURCE_BYTES = 2048;

    enum Section { TITLE_BYTES, TITLE_OFFSETS, KEY_BYTES, KEY_OFFSETS, POSTING_STARTS, POSTINGS }

    static final int POSTING_BYTES = 8;

    // Header fields' positions.
    static final int AT_MAGIC = 0;
    static final int AT_VERSION = 8;
    static final int AT_KEYS = 12;
    static final int AT_TITLES = 16;
    static final int AT_ENTRIES = 20;
    static final int AT_FINGERPRINT = 28;
    static final int AT_SECTIONS = 36;
    static final int SECTION_ENTRY = 20; // long offset, long length, int crc
    static final int AT_SOURCE = AT_SECTIONS + SECTION_ENTRY * Section.values().length;
    static final int AT_HEADER_CRC = HEADER_BYTES - 4;

    /** What the header says: counts, the folding's fingerprint, the sections and the source. */
    record Header(int keys, int titles, long entries, long fingerprint, long[] offsets, long[] lengths,
                  int[] crcs, String source) {

        long end() {
            int last = Section.values().length - 1;
            return offsets[last] + lengths[last];
        }

        ByteBuffer write() {
            ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
            b.putLong(AT_MAGIC, MAGIC).putInt(AT_VERSION, VERSION).putInt(AT_KEYS, keys).putInt(AT_TITLES, titles)
                    .putLong(AT_ENTRIES, entries).putLong(AT_FINGERPRINT, fingerprint);
            for (Section s : Section.values()) {
                int at = AT_SECTIONS + SECTION_ENTRY * s.ordinal();
                b.putLong(at, offsets[s.ordinal()]).putLong(at + 8, lengths[s.ordinal()]).putInt(at + 16, crcs[s.ordinal()]);
            }
            byte[] src = source.getBytes(StandardCharsets.UTF_8);
            b.putInt(AT_SOURCE, src.length).put(AT_SOURCE + 4, src);
            b.putInt(AT_HEADER_CRC, crc(b));
            return b;
        }
    }

    private IndexFormat() {
    }

    /** CRC-32 of a header's bytes before its last four. */
    static int crc(ByteBuffer header) {
        CRC32 crc = new CRC32();
        crc.update(header.duplicate().position(0).limit(AT_HEADER_CRC));
        return (int) crc.getValue();
    }
}
