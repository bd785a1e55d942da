package org.namelink.training;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.namelink.text.FileTrees;
import org.namelink.text.ResourceLines;

/**
 * Trains a CoreNLP CRF tagger (PERSON, LOCATION, ORGANIZATION, MISC) on a CoNLL-2003 file with
 * the shipped CoNLL model's feature set plus the chosen {@link TaggerFeature}s, and writes it where
 * {@code CrfMentionFinder.load} reads it. Training is deterministic: CoreNLP's quasi-Newton
 * optimiser on one thread draws no random numbers, so the same file and features give the same
 * weights.
 *
 * <p>A builder of one training run; not thread-safe (build and run it on one thread). The
 * trained model is independent of it.
 */
public final class TaggerTraining {

    /** The file name of the trained model in the output directory. */
    public static final String MODEL_FILE = "tagger.crf.ser.gz";

    /** The properties the model was trained with, written beside it. */
    public static final String PROPERTIES_FILE = "tagger.prop";

    private static final String BASE_PROPERTIES = "/org/namelink/training/chris2009.prop";

    private final Path train;
    private final Path out;
    private final Set<TaggerFeature> features;

    private TaggerTraining(Builder b) {
        this.train = b.train;
        this.out = b.out;
        this.features = b.features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(b.features));
    }

    /** A new training run: set the training file and the output directory. */
    public static Builder builder() {
        return new Builder();
    }

    /** What a run produced and what it cost (CPU time of the whole process, zero where the JVM does not say). */
    public record Result(Path model, int sentences, int tokens, Duration wallTime, Duration cpuTime,
                         long peakHeapBytes) {
        public Result {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(wallTime, "wallTime");
            Objects.requireNonNull(cpuTime, "cpuTime");
        }
    }

    /**
     * Trains the model and writes {@value #MODEL_FILE} and {@value #PROPERTIES_FILE} to the output
     * directory, replacing an earlier run's only when training succeeded. The converted training
     * file and the feature files made for it live in a directory of their own inside the output
     * directory while training runs, and are deleted after: never a file of the user's.
     *
     * @throws IOException when the training file cannot be read or parsed, or the output not written
     */
    public Result run() throws IOException {
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Path work = Files.createTempDirectory(out, ".train-tagger-");
        try {
            Path columns = work.resolve("train.tsv");
            ConllColumns.Counts counts = ConllColumns.convert(train, columns);
            Properties props = properties(columns.toAbsolutePath().toString());
            if (features.contains(TaggerFeature.DISTSIM)) {
                Path clusters = work.resolve("distsim.clusters");
                ShippedClusters.write(clusters);
                props.setProperty("useDistSim", "true");
                props.setProperty("distSimLexicon", clusters.toAbsolutePath().toString());
            }
            Path model = out.resolve(MODEL_FILE);
            props.setProperty("serializeTo", model.toAbsolutePath().toString());
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
            crf.train();
            Path newModel = work.resolve(MODEL_FILE);
            crf.serializeClassifier(newModel.toString());
            Path newProperties = work.resolve(PROPERTIES_FILE);
            writeProperties(props, newProperties);
            Files.move(newModel, model, StandardCopyOption.REPLACE_EXISTING);
            Files.move(newProperties, out.resolve(PROPERTIES_FILE), StandardCopyOption.REPLACE_EXISTING);
            return new Result(model, counts.sentences(), counts.tokens(), Duration.ofNanos(System.nanoTime() - t0),
                    Duration.ofNanos(cpuNanos() - cpu0), peakHeap());
        } finally {
            // The training text is CoNLL's, not ours to leave lying about; the features are in the model.
            FileTrees.delete(work);
        }
    }

    private Properties properties(String trainFile) {
        Properties props = new Properties();
        try (InputStream in = ResourceLines.openResource(BASE_PROPERTIES)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE_PROPERTIES, e);
        }
        props.setProperty("trainFile", trainFile);
        return props;
    }

    private void writeProperties(Properties props, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# written by train-tagger, features " + features.stream().sorted().toList() + "\n");
            for (var e : new TreeMap<>(props).entrySet()) {
                w.write(e.getKey() + " = " + e.getValue() + "\n");
            }
        }
    }

    /** The process's CPU time: CoreNLP computes the gradient on worker threads, not this one. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Sets up one training run. Not thread-safe. */
    public static final class Builder {
        private Path train;
        private Path out;
        private final Set<TaggerFeature> features = EnumSet.noneOf(TaggerFeature.class);

        private Builder() {
        }

        /** The CoNLL-2003 file to train on (required). */
        public Builder train(Path file) {
            this.train = Objects.requireNonNull(file, "train");
            return this;
        }

        /** The directory the model goes to, made if missing (required). */
        public Builder out(Path directory) {
            this.out = Objects.requireNonNull(directory, "out");
            return this;
        }

        /** Features on top of the shipped CoNLL model's (none by default). */
        public Builder features(Set<TaggerFeature> chosen) {
            Objects.requireNonNull(chosen, "features");
            features.clear();
            features.addAll(chosen);
            return this;
        }

        /**
         * @throws IllegalArgumentException when the training file or output directory is missing,
         *     or the training file is not a regular file
         */
        public TaggerTraining build() {
            if (train == null || out == null) {
                throw new IllegalArgumentException("train and out are required, were " + train + " and " + out);
            }
            if (!Files.isRegularFile(train)) {
                throw new IllegalArgumentException("train must be a CoNLL-2003 file, was '" + train
                        + "' (" + (Files.exists(train) ? "not a regular file" : "missing") + ")");
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new IllegalArgumentException("out must be a directory, was '" + out + "' (a file)");
            }
            return new TaggerTraining(this);
        }
    }
}
