package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model file is untrusted input: found by a new user, {@link CrfMentionFinder#load} ran a
 * crafted class's {@code readObject}, spent 45 s on a 1.5 KB nested-set file and threw an
 * {@link OutOfMemoryError} on a 35-byte file. Each is now refused at once, naming the file.
 */
class ModelLoadingSafetyTest {

    @TempDir
    Path dir;

    /** A class whose deserialisation has a side effect, as a gadget's has. */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
        static final AtomicInteger READS = new AtomicInteger();

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            READS.incrementAndGet();
        }
    }

    private Path serialized(String name, Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    @Test
    void aFifoOrADirectoryNamedAsAModelIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        // Found in review: a FIFO named as the model blocked load forever.
        Path fifo = dir.resolve("model.ser.gz");
        org.namelink.text.Fifos.make(fifo);
        assertThatThrownBy(() -> CrfMentionFinder.load(fifo.toString(), "crf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(fifo.toString())
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> CrfMentionFinder.load(dir.toString(), "crf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a directory");
    }

    @Test
    void aGadgetClassIsRefusedWithoutRunningItsReadObject() throws IOException {
        Path file = serialized("gadget.ser", new Gadget());
        assertThatThrownBy(() -> CrfMentionFinder.load(file.toString(), "crf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("class " + Gadget.class.getName() + ", which is not one a CoreNLP CRF model holds");
        assertThat(Gadget.READS).hasValue(0);
    }

    @Test
    void aNestedSetBombIsRefused() throws IOException {
        // Each level holds two sets that hold the next: hashing the whole on reading takes 2^depth steps.
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("foo");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        Path file = serialized("bomb.ser", root);
        assertThatThrownBy(() -> CrfMentionFinder.load(file.toString(), "crf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("java.util.HashSet");
    }

    @Test
    void deepNestingOfAllowedClassesIsRefused() throws IOException {
        Map<Object, Object> root = new HashMap<>();
        Map<Object, Object> m = root;
        for (int i = 0; i < 100; i++) {
            Map<Object, Object> next = new HashMap<>();
            m.put("k", next);
            m = next;
        }
        Path file = serialized("deep.ser", root);
        assertThatThrownBy(() -> CrfMentionFinder.load(file.toString(), "crf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("nested 21 deep, over the limit of 20");
    }

    @Test
    void aTinyFileClaimingAHugeArrayIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new long[1]);
        }
        byte[] b = bytes.toByteArray();
        // The stream ends with the length (4 bytes) and the one element (8 bytes): claim 2^31-1 elements.
        ByteBuffer.wrap(b).putInt(b.length - 12, Integer.MAX_VALUE);
        Path file = Files.write(dir.resolve("huge-array.ser"), java.util.Arrays.copyOf(b, b.length - 8));
        assertThat(Files.size(file)).isLessThan(64);
        assertThatThrownBy(() -> CrfMentionFinder.load(file.toString(), "crf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("an array of 2147483647 elements, over the limit of");
    }

    @Test
    void aFileThatIsNoSerializedModelIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("text.ser"), "not a model");
        assertThatThrownBy(() -> CrfMentionFinder.load(file.toString(), "crf"))
                .hasMessageContaining(file.toString());
    }

    @Test
    void coreNlpsModelsLoadUnderTheFilter() {
        // The 3-class model is loaded by the other tests; the other two must pass the filter too.
        for (String model : new String[] {CrfMentionFinder.ENGLISH_CONLL_4CLASS, CrfMentionFinder.ENGLISH_MUC_7CLASS}) {
            assertThat(CrfMentionFinder.load(model, "crf").sentenceLocal()).isTrue();
        }
    }
}
