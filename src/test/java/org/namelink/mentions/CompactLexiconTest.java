package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flat lexicon answers every look-up as the map it was written from, and refuses damaged bytes. */
class CompactLexiconTest {

    private static byte[] bytes(Map<String, String> lexicon) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactLexicon.write(lexicon, new DataOutputStream(out));
        return out.toByteArray();
    }

    @Test
    void looksUpLikeTheMapItWasWrittenFrom() throws IOException {
        Map<String, String> lexicon = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            lexicon.put("w" + Integer.toString(i, 7) + (i % 3 == 0 ? "Ωζ" : ""), "c" + (i % 37));
        }
        lexicon.put("", "c-empty");
        lexicon.put("Aa", "c1"); // "Aa" and "BB" share a hash code
        lexicon.put("BB", "c2");
        ByteBuffer in = ByteBuffer.wrap(bytes(lexicon));
        CompactLexicon read = CompactLexicon.read(in);
        assertThat(in.hasRemaining()).isFalse();
        assertThat(read).hasSize(lexicon.size()).isEqualTo(lexicon);
        for (Map.Entry<String, String> e : lexicon.entrySet()) {
            assertThat(read.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(read.get("Ab")).isNull();
        assertThat(read.get("w0")).isNull(); // "w0Ωζ" is there, not "w0"
        assertThat(read.get(42)).isNull();
        assertThat(read.containsKey("BB")).isTrue();
        assertThat(CompactLexicon.read(ByteBuffer.wrap(bytes(Map.of())))).isEmpty();
    }

    @Test
    void aTableWithoutAnEmptySlotOrWithAWordTwiceIsRefused() throws IOException {
        byte[] good = bytes(Map.of("Sela", "c1", "Varn", "c2"));
        // The table comes last: 4 slots after its length.
        int table = good.length - 4 * 4;
        byte[] full = good.clone();
        ByteBuffer.wrap(full).putInt(table, 1).putInt(table + 4, 2).putInt(table + 8, 1).putInt(table + 12, 2);
        assertThatThrownBy(() -> CompactLexicon.read(ByteBuffer.wrap(full))).isInstanceOf(IOException.class);
        byte[] missing = good.clone();
        ByteBuffer.wrap(missing).putInt(table, 0).putInt(table + 4, 0).putInt(table + 8, 0).putInt(table + 12, 1);
        assertThatThrownBy(() -> CompactLexicon.read(ByteBuffer.wrap(missing))).isInstanceOf(IOException.class);
        byte[] huge = good.clone();
        ByteBuffer.wrap(huge).putInt(0, Integer.MAX_VALUE);
        assertThatThrownBy(() -> CompactLexicon.read(ByteBuffer.wrap(huge))).isInstanceOf(IOException.class);
    }
}
