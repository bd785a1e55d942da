package org.namelink.kb;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Titles numbered in order of first appearance, held as UTF-8 bytes end to end with an open-addressing
 * table of ids: the 6.3 million titles of CoreNLP's dictionary take about 200 MB where a
 * {@code HashMap<String, Integer>} would take 700 MB. The dictionary lists a title's lines together, so
 * a title equal to the one before skips the table.
 *
 * <p>Not thread-safe: one builder thread fills it.
 */
final class TitleTable {

    private byte[] bytes = new byte[1 << 20];
    private int used;
    private int[] offsets = new int[1 << 16];
    private int count;
    private int[] slots = new int[1 << 16]; // id + 1, 0 for empty
    private String last;
    private int lastId = -1;

    /** The id of {@code title}, a new one if it was not seen before. */
    int id(String title) {
        if (title.equals(last)) {
            return lastId;
        }
        byte[] b = title.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        int slot = mix(Arrays.hashCode(b)) & mask;
        while (slots[slot] != 0) {
            int id = slots[slot] - 1;
            if (Arrays.equals(bytes, offsets[id], offsets[id + 1], b, 0, b.length)) {
                return remember(title, id);
            }
            slot = (slot + 1) & mask;
        }
        int id = add(b);
        slots[slot] = id + 1;
        if (count * 2 > slots.length) {
            rehash();
        }
        return remember(title, id);
    }

    int size() {
        return count;
    }

    long byteCount() {
        return used;
    }

    void writeBytes(DataOutputStream out) throws IOException {
        out.write(bytes, 0, used);
    }

    void writeOffsets(DataOutputStream out) throws IOException {
        for (int i = 0; i <= count; i++) {
            out.writeInt(offsets[i]);
        }
    }

    private int remember(String title, int id) {
        last = title;
        lastId = id;
        return id;
    }

    private int add(byte[] b) {
        if ((long) used + b.length > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("the titles exceed 2 GB, more than an index holds");
        }
        if (used + b.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max((long) bytes.length * 3 / 2,
                    (long) used + b.length)));
        }
        System.arraycopy(b, 0, bytes, used, b.length);
        used += b.length;
        if (count + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        count++;
        offsets[count] = used;
        return count - 1;
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int id = 0; id < count; id++) {
            int h = 1;
            for (int i = offsets[id]; i < offsets[id + 1]; i++) {
                h = 31 * h + bytes[i];
            }
            int slot = mix(h) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = id + 1;
        }
        slots = grown;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
