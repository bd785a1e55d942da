package org.namelink.kb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import org.namelink.mentions.CacheDirectory;

/**
 * A dictionary of the surface strings that link to Wikipedia articles, in the format of CoreNLP's
 * {@code wikidict.tab.gz}: UTF-8 lines {@code surface<TAB>title<TAB>probability}, the probability
 * being P(title | surface), gzipped or not. The one Namelink uses is in CoreNLP's KBP models jar
 * ({@code edu.stanford.nlp:stanford-corenlp:4.5.10:models-english-kbp}), an optional dependency: a
 * library user may leave it out, and then {@link #onClassPath()} is empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class WikiDictionary {

    /** Where CoreNLP's KBP models jar keeps the dictionary, as a class-path resource. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

    /** The Maven coordinates of the jar that holds {@link #RESOURCE}, for messages. */
    public static final String ARTIFACT = "edu.stanford.nlp:stanford-corenlp:4.5.10:models-english-kbp";

    private final String id;
    private final String cacheName;
    private final Opener opener;

    private interface Opener {
        InputStream open() throws IOException;
    }

    private WikiDictionary(String id, String cacheName, Opener opener) {
        this.id = id;
        this.cacheName = cacheName;
        this.opener = opener;
    }

    /** The dictionary in CoreNLP's KBP models jar on this class's class path, if it is there. */
    public static Optional<WikiDictionary> onClassPath() {
        return onClassPath(WikiDictionary.class.getClassLoader());
    }

    /** The dictionary in CoreNLP's KBP models jar as {@code loader} finds it, if it is there. */
    public static Optional<WikiDictionary> onClassPath(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        URL url = loader.getResource(RESOURCE);
        if (url == null) {
            return Optional.empty();
        }
        String id = RESOURCE;
        String cacheName = "kb-" + Integer.toHexString(url.toString().hashCode());
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                // The jar's own CRC-32 and size of the entry, read from its directory, not the 195 MB.
                ZipEntry entry = jar.getJarEntry();
                id = RESOURCE + " in " + Path.of(jar.getJarFileURL().getPath()).getFileName() + ", CRC-32 "
                        + String.format(Locale.ROOT, "%08x", entry.getCrc()) + ", " + entry.getSize() + " bytes";
                cacheName = String.format(Locale.ROOT, "kb-wikidict-%08x-%d", entry.getCrc(), entry.getSize());
            }
        } catch (IOException e) {
            // Not a jar (a directory on the class path): named by its URL.
        }
        return Optional.of(new WikiDictionary(id, cacheName, () -> gunzipIfNeeded(url.openStream())));
    }

    /** A dictionary file in the same format, gzipped or not. */
    public static WikiDictionary ofFile(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        return new WikiDictionary(absolute.toString(), "kb-file-" + Integer.toHexString(absolute.toString().hashCode()),
                () -> gunzipIfNeeded(Files.newInputStream(absolute)));
    }

    /**
     * What this dictionary is (its resource or file, and for the jar's the CRC-32 and size the jar
     * records): kept in an index, so that an index built from another dictionary is not taken for
     * this one's.
     */
    public String id() {
        return id;
    }

    /** The dictionary's text, decompressed; the caller closes it. */
    public InputStream open() throws IOException {
        return opener.open();
    }

    /**
     * Where this dictionary's index is kept unless told otherwise:
     * {@code kb-wikidict-CRC-SIZE} in the user's {@link CacheDirectory}; empty when there is no cache
     * directory (neither XDG_CACHE_HOME nor user.home names one), and the caller must be told where.
     */
    public Optional<Path> defaultIndexDirectory() {
        return CacheDirectory.user().map(cache -> cache.resolve(cacheName));
    }

    @Override
    public String toString() {
        return id;
    }

    private static InputStream gunzipIfNeeded(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
