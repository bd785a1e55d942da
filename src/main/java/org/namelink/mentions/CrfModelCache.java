package org.namelink.mentions;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a CRF model's {@link CompactCrf compact form} is kept between runs: written on the first
 * load of a model, read on every later one (about a tenth of the time). The directory is the
 * system property {@value #PROPERTY} ({@code off} for none), else the user's
 * {@link CacheDirectory}. A model is known by where it was read from and that file's size
 * and modification time (for a classpath model, its jar's), and by CoreNLP's jar likewise, so a
 * changed model or CoreNLP is converted anew. Models from URLs other than files are not cached.
 * Any failure to read or write the cache is logged at DEBUG and costs only the time: the model is
 * then loaded as before.
 *
 * <p>A cache file is written to a temporary file and moved into place, so concurrent runs never
 * read half a file. Immutable; thread-safe.
 */
final class CrfModelCache {

    /** The system property naming the cache directory, or {@code off}. */
    static final String PROPERTY = "namelink.model.cache";

    private static final Logger LOG = LoggerFactory.getLogger(CrfModelCache.class);

    private final Path file;
    private final String key;

    private CrfModelCache(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /** The model's entry in the directory, or empty when the model has no identity (a URL, say). */
    static Optional<CrfModelCache> forModel(String model, Path dir) {
        Optional<String> identity = identity(model);
        Optional<String> corenlp = Optional.ofNullable(CRFClassifier.class.getProtectionDomain().getCodeSource())
                .flatMap(source -> fileIdentity(source.getLocation()));
        if (identity.isEmpty() || corenlp.isEmpty()) {
            return Optional.empty();
        }
        String key = model + "\n" + identity.get() + "\ncorenlp " + corenlp.get();
        return Optional.of(new CrfModelCache(dir.resolve("crf-" + sha256(key) + ".bin"), key));
    }

    /** The classifier from the cache, or empty when it is not there or cannot be read. */
    Optional<CRFClassifier<CoreLabel>> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // Mapped, not read: each loading thread faults in its own section.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return Optional.of(CompactCrf.read(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), key));
            }
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.debug("CRF cache {} not used: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps the classifier, just loaded and not yet used, for later runs; quietly does nothing when it cannot. */
    void write(CRFClassifier<CoreLabel> crf) {
        if (!CompactCrf.supports(crf)) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(file.getParent());
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                CompactCrf.write(crf, key, out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("CRF cache {} written", file);
        } catch (IOException | RuntimeException e) {
            LOG.debug("CRF cache {} not written: {}", file, e.toString());
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    Path file() {
        return file;
    }

    static Optional<Path> directory() {
        String configured = System.getProperty(PROPERTY);
        try {
            if (configured != null) {
                return configured.isBlank() || configured.equals("off") ? Optional.empty()
                        : Optional.of(Path.of(configured));
            }
            return CacheDirectory.user();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Where the model is read from, with that file's size and time; as {@code IOUtils} finds it: file, then classpath. */
    private static Optional<String> identity(String model) {
        try {
            Path path = Path.of(model);
            if (Files.isRegularFile(path)) {
                return fileIdentity(path.toRealPath());
            }
        } catch (InvalidPathException | IOException e) {
            // not a file: try the classpath
        }
        URL url = CrfModelCache.class.getClassLoader().getResource(model);
        if (url == null) {
            return Optional.empty();
        }
        String spec = url.toString();
        if (spec.startsWith("jar:") && spec.contains("!/")) {
            try {
                return fileIdentity(new URL(spec.substring(4, spec.indexOf("!/"))))
                        .map(jar -> jar + "!" + spec.substring(spec.indexOf("!/") + 1));
            } catch (java.net.MalformedURLException e) {
                return Optional.empty();
            }
        }
        return fileIdentity(url);
    }

    private static Optional<String> fileIdentity(URL url) {
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return fileIdentity(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> fileIdentity(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return Optional.of(path.toAbsolutePath() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
