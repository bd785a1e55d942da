package org.namelink.mentions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.namelink.text.AnalyzedText;
import org.namelink.text.TextAnalyzer;

/** The compact form must give back the classifier it was made from, and refuse a damaged or crafted file. */
class CompactCrfTest {

    private static final String KEY = "test model";

    @ParameterizedTest
    @ValueSource(strings = {CrfMentionFinder.ENGLISH_3CLASS, CrfMentionFinder.ENGLISH_CONLL_4CLASS})
    void readingGivesBackEveryPartOfTheClassifier(String model) throws Exception {
        CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(model);
        CRFClassifier<CoreLabel> copy = CompactCrf.read(ByteBuffer.wrap(bytes(original)), KEY);

        assertThat(((HashIndex<?>) field(CRFClassifier.class, "featureIndex", copy)).objectsList())
                .isEqualTo(((HashIndex<?>) field(CRFClassifier.class, "featureIndex", original)).objectsList());
        assertThat(((HashIndex<?>) field(CRFClassifier.class, "featureIndex", copy)).isLocked())
                .isEqualTo(((HashIndex<?>) field(CRFClassifier.class, "featureIndex", original)).isLocked());
        assertThat(Arrays.deepEquals((float[][]) field(CRFClassifier.class, "weights", copy),
                (float[][]) field(CRFClassifier.class, "weights", original))).isTrue();
        assertThat(field(CRFClassifier.class, "labelIndices", copy).toString())
                .isEqualTo(field(CRFClassifier.class, "labelIndices", original).toString());
        assertThat(copy.classIndex.objectsList()).isEqualTo(original.classIndex.objectsList());
        assertThat(copy.flags.toString()).isEqualTo(original.flags.toString());
        assertThat(copy.windowSize).isEqualTo(original.windowSize);
        assertThat(field(NERFeatureFactory.class, "lexicon", copy.featureFactories.get(0)))
                .isEqualTo(field(NERFeatureFactory.class, "lexicon", original.featureFactories.get(0)))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).isNotEmpty();
        MaxSizeConcurrentHashSet<?> words = (MaxSizeConcurrentHashSet<?>) field(AbstractSequenceClassifier.class,
                "knownLCWords", copy);
        MaxSizeConcurrentHashSet<?> originalWords = (MaxSizeConcurrentHashSet<?>) field(AbstractSequenceClassifier.class,
                "knownLCWords", original);
        assertThat(words).isEqualTo(originalWords);
        assertThat(words.getMaxSize()).isEqualTo(originalWords.getMaxSize());
    }

    @Test
    void aModelLoadedFromTheCacheFindsTheSameMentions(@TempDir Path cache) throws IOException {
        CrfMentionFinder direct = CrfMentionFinder.load(CrfMentionFinder.ENGLISH_3CLASS, "crf", Optional.empty());
        CrfMentionFinder writing = CrfMentionFinder.load(CrfMentionFinder.ENGLISH_3CLASS, "crf", Optional.of(cache));
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".bin"))).hasSize(1);
        }
        CrfMentionFinder reading = CrfMentionFinder.load(CrfMentionFinder.ENGLISH_3CLASS, "crf", Optional.of(cache));
        int mentions = 0;
        try (Stream<Path> articles = Files.list(Path.of("testdata/articles")).sorted()) {
            for (Path article : articles.toList()) {
                AnalyzedText text = TextAnalyzer.english().analyze(Files.readString(article));
                List<Mention> expected = direct.find(text);
                assertThat(writing.find(text)).as("%s, first load", article).isEqualTo(expected);
                assertThat(reading.find(text)).as("%s, from the cache", article).isEqualTo(expected);
                mentions += expected.size();
            }
        }
        assertThat(mentions).isGreaterThan(100);
    }

    @Test
    void aChangedModelFileGetsAnotherCacheEntry(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("model.ser.gz");
        Files.writeString(model, "one");
        Path first = CrfModelCache.forModel(model.toString(), dir).orElseThrow().file();
        assertThat(CrfModelCache.forModel(model.toString(), dir).orElseThrow().file()).isEqualTo(first);
        Files.writeString(model, "other");
        assertThat(CrfModelCache.forModel(model.toString(), dir).orElseThrow().file()).isNotEqualTo(first);
        assertThat(CrfModelCache.forModel(CrfMentionFinder.ENGLISH_3CLASS, dir)).isPresent();
        assertThat(CrfModelCache.forModel("https://example.invalid/model.ser.gz", dir)).isEmpty();
    }

    @Test
    void aDamagedCacheFileIsNotUsedAndTheModelStillLoads(@TempDir Path cache) throws IOException {
        CrfMentionFinder.load(CrfMentionFinder.ENGLISH_3CLASS, "crf", Optional.of(cache));
        Path file;
        try (Stream<Path> files = Files.list(cache)) {
            file = files.filter(f -> f.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        CrfMentionFinder again = CrfMentionFinder.load(CrfMentionFinder.ENGLISH_3CLASS, "crf", Optional.of(cache));
        assertThat(again.find(TextAnalyzer.english().analyze("Sela Varn flew to Paris."))).isNotEmpty();
        // The load rewrote the cache.
        assertThat(Files.size(file)).isEqualTo(bytes.length);
    }

    @Test
    void damagedBytesFailWithAnIoExceptionAndAllocateNothingLarge() throws Exception {
        byte[] good = bytes(CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS));
        assertThatThrownBy(() -> CompactCrf.read(ByteBuffer.wrap(good), "another model"))
                .isInstanceOf(IOException.class).hasMessageContaining("another model");
        assertThatThrownBy(() -> CompactCrf.read(ByteBuffer.wrap(Arrays.copyOf(good, good.length - 1)), KEY))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> CompactCrf.read(ByteBuffer.wrap(Arrays.copyOf(good, good.length + 1)), KEY))
                .isInstanceOf(IOException.class);
        // Every length and count replaced, in turn, by one claiming two billion items.
        ByteBuffer header = ByteBuffer.wrap(good);
        header.position(8);
        int afterKey = 12 + (header.getInt() & Integer.MAX_VALUE);
        for (int at : new int[] {8, afterKey, afterKey + 4}) {
            byte[] bad = good.clone();
            ByteBuffer.wrap(bad).putInt(at, Integer.MAX_VALUE);
            assertThatThrownBy(() -> CompactCrf.read(ByteBuffer.wrap(bad), KEY)).as("count at %d", at)
                    .isInstanceOf(IOException.class);
        }
        // Random damage anywhere: an IOException, never another exception or a hang.
        java.util.Random random = new java.util.Random(20261207);
        for (int i = 0; i < 20; i++) {
            byte[] bad = good.clone();
            for (int j = 0; j < 4; j++) {
                bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
            }
            try {
                CompactCrf.read(ByteBuffer.wrap(bad), KEY);
            } catch (IOException expected) {
                // refused, as it should be (damage in a weight or a word may go unnoticed)
            }
        }
    }

    @Test
    void aHeadHoldingAForeignClassIsRefusedByTheModelFilter() throws Exception {
        byte[] good = bytes(CRFClassifier.getClassifier(CrfMentionFinder.ENGLISH_3CLASS));
        ByteBuffer in = ByteBuffer.wrap(good);
        in.position(8);
        int afterKey = 12 + (in.getInt() & Integer.MAX_VALUE);
        int headLength = ByteBuffer.wrap(good).getInt(afterKey);
        ByteArrayOutputStream gadget = new ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(gadget)) {
            out.writeObject(new java.util.ArrayList<>(List.of(new java.util.Date(0))));
        }
        ByteArrayOutputStream crafted = new ByteArrayOutputStream();
        crafted.write(good, 0, afterKey);
        crafted.write(ByteBuffer.allocate(4).putInt(gadget.size()).array());
        gadget.writeTo(crafted);
        crafted.write(good, afterKey + 4 + headLength, good.length - afterKey - 4 - headLength);
        assertThatThrownBy(() -> CompactCrf.read(ByteBuffer.wrap(crafted.toByteArray()), KEY))
                .isInstanceOf(IOException.class).hasMessageContaining("java.util.Date");
    }

    private static byte[] bytes(CRFClassifier<CoreLabel> crf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompactCrf.write(crf, KEY, out);
        return out.toByteArray();
    }

    private static Object field(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
