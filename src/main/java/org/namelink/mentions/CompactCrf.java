package org.namelink.mentions;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A loaded CoreNLP CRF written in a compact form and read back without deserialising its large
 * parts: the feature names, the weights, the distributional lexicon and the known lower-case words
 * (346,710 names, 3 million weights and 533,629 lexicon entries in the 3-class model, nearly all of
 * Java deserialisation's 1.5–2 s) are plain counted strings and floats here, and the lexicon stays
 * in the flat arrays of a {@link CompactLexicon} (1.6 million fewer objects for the collector). The small rest (label
 * indices, flags, the feature factory without its lexicon) stays Java-serialised and is read under
 * {@link ModelInputFilter}, like any model. Every count is checked against the bytes left before
 * anything is allocated, so a damaged or crafted file fails at once ({@link IOException}) and
 * allocates nothing on its say-so.
 *
 * <p>Reading gives a classifier equal to the one written: the same fields, set as CoreNLP's own
 * {@code loadClassifier} sets them, then its {@code reinit}. Models with a label dictionary or
 * embeddings are not written ({@link #supports}).
 *
 * <p>Stateless; thread-safe.
 */
final class CompactCrf {

    private static final int MAGIC = 0x4E4C4352; // "NLCR"
    private static final int VERSION = 2;
    /** Set in a string's length when it is stored as UTF-16 chars rather than Latin-1 bytes. */
    private static final int WIDE = 1 << 31;

    private CompactCrf() {
    }

    /** Whether the classifier can be written: no parts this form does not hold. */
    static boolean supports(CRFClassifier<CoreLabel> crf) {
        return crf.flags.labelDictionaryCutoff <= 0 && !crf.flags.useEmbedding
                && crf.featureFactories.stream().allMatch(f -> f.getClass() == NERFeatureFactory.class)
                && field(CRFClassifier.class, "featureIndex", crf) instanceof HashIndex<?>;
    }

    /** Writes the classifier, under {@code key} (which reading must give back). */
    static void write(CRFClassifier<CoreLabel> crf, String key, OutputStream target) throws IOException {
        if (!supports(crf)) {
            throw new IllegalArgumentException("this CRF has parts the compact form does not hold");
        }
        List<Map<String, String>> lexicons = new ArrayList<>();
        for (FeatureFactory<CoreLabel> f : crf.featureFactories) {
            lexicons.add(lexicon(f));
        }
        @SuppressWarnings("unchecked")
        HashIndex<String> featureIndex = (HashIndex<String>) field(CRFClassifier.class, "featureIndex", crf);
        MaxSizeConcurrentHashSet<String> lcWords = knownLcWords(crf);
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(head)) {
            oos.writeObject(field(CRFClassifier.class, "labelIndices", crf));
            oos.writeObject(crf.classIndex);
            oos.writeObject(crf.flags);
            // The factories go without their lexicons (written below), which are put back after.
            for (FeatureFactory<CoreLabel> f : crf.featureFactories) {
                setLexicon(f, null);
            }
            try {
                oos.writeObject(new ArrayList<>(crf.featureFactories));
            } finally {
                for (int i = 0; i < lexicons.size(); i++) {
                    setLexicon(crf.featureFactories.get(i), lexicons.get(i));
                }
            }
            oos.writeInt(crf.windowSize);
            oos.writeBoolean(featureIndex.isLocked());
            oos.writeInt(lcWords == null ? -1 : lcWords.getMaxSize());
        }
        Section features = new Section();
        features.out.writeInt(featureIndex.size());
        for (String name : featureIndex.objectsList()) {
            writeString(features.out, name);
        }
        Section weightRows = new Section();
        float[][] weights = (float[][]) field(CRFClassifier.class, "weights", crf);
        weightRows.out.writeInt(weights.length);
        for (float[] row : weights) {
            weightRows.out.writeInt(row.length);
            for (float w : row) {
                weightRows.out.writeFloat(w);
            }
        }
        Section words = new Section();
        for (Map<String, String> lexicon : lexicons) {
            words.out.writeInt(lexicon == null ? -1 : 1);
            if (lexicon != null) {
                CompactLexicon.write(lexicon, words.out);
            }
        }
        words.out.writeInt(Integer.MIN_VALUE); // no more lexicons
        words.out.writeInt(lcWords == null ? -1 : lcWords.size());
        if (lcWords != null) {
            for (String word : lcWords) {
                writeString(words.out, word);
            }
        }
        DataOutputStream out = new DataOutputStream(target);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        writeString(out, key);
        out.writeInt(head.size());
        head.writeTo(out);
        for (Section section : List.of(features, weightRows, words)) {
            out.writeInt(section.bytes.size());
            section.bytes.writeTo(out);
        }
        out.flush();
    }

    /** A part of the file, written apart so that its length can go first. */
    private static final class Section {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        final DataOutputStream out = new DataOutputStream(bytes);
    }

    /**
     * Reads a classifier written by {@link #write} under {@code key}. The feature names and the
     * lexicons are read on threads of their own while this one reads the rest.
     *
     * @throws IOException when the bytes are not such a classifier, are damaged, or hold another key
     */
    static CRFClassifier<CoreLabel> read(ByteBuffer in, String key) throws IOException {
        try {
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a compact CRF of version " + VERSION);
            }
            if (!key.equals(readString(in, new byte[256]))) {
                throw new IOException("a compact CRF of another model");
            }
            ByteBuffer head = section(in);
            ByteBuffer featureSection = section(in);
            ByteBuffer weightSection = section(in);
            ByteBuffer wordSection = section(in);
            if (in.hasRemaining()) {
                throw new IOException("a compact CRF with " + in.remaining() + " bytes too many");
            }
            FutureTask<HashIndex<String>> features = onThread("features", () -> readFeatures(featureSection));
            FutureTask<Words> words = onThread("words", () -> readWords(wordSection));
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(new SeqClassifierFlags());
            Head read0 = readHead(head, crf);
            set(CRFClassifier.class, "weights", crf, readWeights(weightSection));
            HashIndex<String> featureIndex = result(features);
            if (read0.featuresLocked()) {
                featureIndex.lock();
            }
            set(CRFClassifier.class, "featureIndex", crf, featureIndex);
            Words read = result(words);
            if (read.lexicons.size() != crf.featureFactories.size()) {
                throw new IOException("a compact CRF with " + read.lexicons.size() + " lexicons for "
                        + crf.featureFactories.size() + " feature factories");
            }
            for (int i = 0; i < read.lexicons.size(); i++) {
                setLexicon(crf.featureFactories.get(i), read.lexicons.get(i));
            }
            if (read.lcWords != null) {
                MaxSizeConcurrentHashSet<String> lcWords = new MaxSizeConcurrentHashSet<>(read.lcWords);
                lcWords.setMaxSize(read0.lcWordsMaxSize());
                set(AbstractSequenceClassifier.class, "knownLCWords", crf, lcWords);
            }
            Method reinit = AbstractSequenceClassifier.class.getDeclaredMethod("reinit");
            reinit.setAccessible(true);
            reinit.invoke(crf);
            return crf;
        } catch (BufferUnderflowException | IllegalArgumentException | ClassCastException
                 | ReflectiveOperationException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("a damaged compact CRF: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading a compact CRF", e);
        }
    }

    /** The Java-serialised part, read under the model filter; gives the known words' size limit. */
    private static Head readHead(ByteBuffer bytes, CRFClassifier<CoreLabel> crf)
            throws IOException, ReflectiveOperationException {
        ModelInputFilter filter = new ModelInputFilter();
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        try (ObjectInputStream head = new ObjectInputStream(new ByteArrayInputStream(copy))) {
            head.setObjectInputFilter(filter);
            set(CRFClassifier.class, "labelIndices", crf, (List<?>) head.readObject());
            @SuppressWarnings("unchecked")
            Index<String> classIndex = (Index<String>) head.readObject();
            crf.classIndex = classIndex;
            crf.flags = (SeqClassifierFlags) head.readObject();
            @SuppressWarnings("unchecked")
            List<FeatureFactory<CoreLabel>> factories = (List<FeatureFactory<CoreLabel>>) head.readObject();
            crf.featureFactories = factories;
            crf.windowSize = head.readInt();
            return new Head(head.readBoolean(), head.readInt());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IOException("a compact CRF whose head cannot be read"
                    + filter.refusal().map(r -> ": it holds " + r).orElse(": " + e), e);
        }
    }

    /** What the head says besides the classifier's fields. */
    private record Head(boolean featuresLocked, int lcWordsMaxSize) {
    }

    /** The lexicons, one per feature factory (null where it has none), and the known lower-case words (or null). */
    private record Words(List<Map<String, String>> lexicons, Set<String> lcWords) {
    }

    private static HashIndex<String> readFeatures(ByteBuffer in) throws IOException {
        int features = count(in, 4);
        List<String> names = new ArrayList<>(features);
        Map<String, Integer> indexes = new HashMap<>(features * 4 / 3 + 1);
        byte[] scratch = new byte[256];
        for (int i = 0; i < features; i++) {
            String name = readString(in, scratch);
            names.add(name);
            indexes.put(name, i);
        }
        end(in);
        return new HashIndex<>(() -> names, () -> indexes);
    }

    private static float[][] readWeights(ByteBuffer in) throws IOException {
        float[][] weights = new float[count(in, 4)][];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = new float[count(in, 4)];
            in.asFloatBuffer().get(weights[i]);
            in.position(in.position() + 4 * weights[i].length);
        }
        end(in);
        return weights;
    }

    private static Words readWords(ByteBuffer in) throws IOException {
        byte[] scratch = new byte[256];
        List<Map<String, String>> lexicons = new ArrayList<>();
        int marker;
        // One lexicon per feature factory (1, or -1 for none), then the words.
        while ((marker = in.getInt()) != Integer.MIN_VALUE) {
            if (marker != 1 && marker != -1) {
                throw new IOException("a compact CRF with lexicon marker " + marker);
            }
            lexicons.add(marker == 1 ? CompactLexicon.read(in) : null);
        }
        int n = in.getInt();
        Set<String> words = null;
        if (n >= 0) {
            words = new HashSet<>(count(n, in, 4) * 4 / 3 + 1);
            for (int i = 0; i < n; i++) {
                words.add(readString(in, scratch));
            }
        }
        end(in);
        return new Words(lexicons, words);
    }

    private static ByteBuffer section(ByteBuffer in) throws IOException {
        int length = count(in, 1);
        ByteBuffer section = in.slice(in.position(), length);
        in.position(in.position() + length);
        return section;
    }

    private static void end(ByteBuffer in) throws IOException {
        if (in.hasRemaining()) {
            throw new IOException("a compact CRF with a section " + in.remaining() + " bytes too long");
        }
    }

    private static <T> FutureTask<T> onThread(String what, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, "namelink-load-crf-" + what);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    private static <T> T result(FutureTask<T> future) throws ExecutionException, InterruptedException {
        return future.get();
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 256;
        }
        if (latin1) {
            out.writeInt(s.length());
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeInt(s.length() | WIDE);
            out.writeChars(s);
        }
    }

    private static String readString(ByteBuffer in, byte[] scratch) throws IOException {
        int header = in.getInt();
        int length = header & ~WIDE;
        if ((header & WIDE) == 0) {
            byte[] bytes = length <= scratch.length ? scratch : new byte[count(length, in, 1)];
            in.get(bytes, 0, length);
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[count(length, in, 2)];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * length);
        return new String(chars);
    }

    /** A count read from the buffer, checked against the bytes left (each item at least {@code size} bytes). */
    private static int count(ByteBuffer in, int size) throws IOException {
        return count(in.getInt(), in, size);
    }

    private static int count(int n, ByteBuffer in, int size) throws IOException {
        if (n < 0 || (long) n * size > in.remaining()) {
            throw new IOException("a compact CRF claiming " + n + " items in " + in.remaining() + " bytes");
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static MaxSizeConcurrentHashSet<String> knownLcWords(CRFClassifier<CoreLabel> crf) {
        return (MaxSizeConcurrentHashSet<String>) field(AbstractSequenceClassifier.class, "knownLCWords", crf);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> lexicon(FeatureFactory<CoreLabel> factory) {
        return (Map<String, String>) field(NERFeatureFactory.class, "lexicon", factory);
    }

    private static void setLexicon(FeatureFactory<CoreLabel> factory, Map<String, String> lexicon) {
        try {
            set(NERFeatureFactory.class, "lexicon", factory, lexicon);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's NERFeatureFactory has no lexicon field", e);
        }
    }

    private static Object field(Class<?> owner, String name, Object target) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + " has no field " + name, e);
        }
    }

    private static void set(Class<?> owner, String name, Object target, Object value)
            throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        f.set(target, value);
    }
}
