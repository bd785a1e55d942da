package org.namelink.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.namelink.text.FileTrees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link WikiDictionary} into the on-disk index {@link KnowledgeBase} opens: every surface
 * folded as the matcher folds names, the surfaces sorted on disk in runs and merged, one posting
 * list per folded surface, ranked by prior. The prior of a title for a folded surface is the mean,
 * over the dictionary's surfaces that fold to it (Paris, PARIS, Paris's, .paris), of P(title | surface):
 * the dictionary gives no counts to weigh them by, and the largest would let any odd spelling that
 * links once to an article (PAris, 1.0) rank that article first. The index is written beside its final place and moved
 * there whole, so a failed or interrupted build leaves what was there before.
 *
 * <p>Surfaces longer than {@value #MAX_SURFACE_CHARS} characters (no mention is longer) and those
 * with nothing to compare (punctuation only) are left out.
 *
 * <p>Immutable and thread-safe; each {@link #build} works in its own temporary files.
 */
public final class KnowledgeBaseIndex {

    /** The longest surface indexed: a mention is never longer (the command line's contract). */
    public static final int MAX_SURFACE_CHARS = 128;

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseIndex.class);
    private static final int BATCH = 8192;

    private final int threads;
    private final int runEntries;

    /** What a build made. */
    public record Summary(Path file, int surfaces, int titles, long entries, long lines, long skippedLines,
                          long bytes, double seconds) {
    }

    private KnowledgeBaseIndex(Builder b) {
        this.threads = b.threads;
        this.runEntries = b.runEntries;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds with the defaults: as many folding threads as cores. */
    public static Summary build(WikiDictionary source, Path dir) throws IOException {
        return builder().build().write(source, dir);
    }

    /**
     * Writes the index of {@code source} into {@code dir} (created if need be), replacing an index
     * there.
     *
     * @throws IOException if the source cannot be read or has a malformed line (named with its
     *     number), or the directory cannot be written
     */
    public Summary write(WikiDictionary source, Path dir) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dir, "dir");
        if (source.id().getBytes(StandardCharsets.UTF_8).length > IndexFormat.MAX_SOURCE_BYTES) {
            throw new IllegalArgumentException("source id longer than " + IndexFormat.MAX_SOURCE_BYTES + " bytes: " + source.id());
        }
        long start = System.nanoTime();
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, ".kb-build-");
        try {
            SurfaceKeys keys = new SurfaceKeys();
            TitleTable titles = new TitleTable();
            SortedRuns runs = new SortedRuns(work, runEntries);
            long[] lines = read(source, keys, titles, runs);
            LOG.debug("read {} lines into {} runs in {} s", lines[0], runs.count(), (System.nanoTime() - start) / 1e9);
            Path file = work.resolve(IndexFormat.FILE_NAME);
            IndexWriter.Counts counts = IndexWriter.write(file, source.id(), keys.fingerprint(), titles, runs, work);
            Path target = dir.resolve(IndexFormat.FILE_NAME);
            try {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Summary(target, counts.keys(), titles.size(), counts.entries(), lines[0], lines[1],
                    Files.size(target), (System.nanoTime() - start) / 1e9);
        } finally {
            FileTrees.delete(work);
        }
    }

    /** Reads every line, folding surfaces on the pool; returns {lines, lines skipped}. */
    private long[] read(WikiDictionary source, SurfaceKeys keys, TitleTable titles, SortedRuns runs) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kb-index-fold");
            t.setDaemon(true);
            return t;
        });
        long lineNumber = 0;
        long skipped = 0;
        ArrayDeque<Future<Folded>> pending = new ArrayDeque<>();
        try (InputStream in = source.open();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String[] surfaces = new String[BATCH];
            int[] ids = new int[BATCH];
            float[] priors = new float[BATCH];
            int n = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                int tab1 = line.indexOf('\t');
                int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
                if (tab2 < 0 || line.indexOf('\t', tab2 + 1) >= 0) {
                    if (line.isBlank()) {
                        continue;
                    }
                    throw new IOException(source.id() + ", line " + lineNumber
                            + ": expected surface<TAB>title<TAB>probability, found " + abbreviate(line));
                }
                float prior = prior(line.substring(tab2 + 1), source, lineNumber);
                String surface = line.substring(0, tab1);
                String title = line.substring(tab1 + 1, tab2);
                if (title.isEmpty()) {
                    throw new IOException(source.id() + ", line " + lineNumber + ": the title is empty");
                }
                if (surface.length() > MAX_SURFACE_CHARS || surface.isBlank()) {
                    skipped++;
                    continue;
                }
                surfaces[n] = surface;
                ids[n] = titles.id(title);
                priors[n] = prior;
                if (++n == BATCH) {
                    pending.add(fold(pool, keys, surfaces, ids, priors, n));
                    surfaces = new String[BATCH];
                    ids = new int[BATCH];
                    priors = new float[BATCH];
                    n = 0;
                    while (pending.size() > 2 * threads || (!pending.isEmpty() && pending.peek().isDone())) {
                        skipped += collect(pending.poll(), runs);
                    }
                }
            }
            pending.add(fold(pool, keys, surfaces, ids, priors, n));
            while (!pending.isEmpty()) {
                skipped += collect(pending.poll(), runs);
            }
            runs.finish();
        } finally {
            pool.shutdownNow();
        }
        return new long[] {lineNumber, skipped};
    }

    /** A batch of folded surfaces, and how many folded to nothing. */
    private record Folded(List<SortedRuns.Entry> entries, int empty) {
    }

    private static Future<Folded> fold(ExecutorService pool, SurfaceKeys keys, String[] surfaces, int[] ids,
                                       float[] priors, int n) {
        return pool.submit(() -> {
            List<SortedRuns.Entry> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String key = keys.key(surfaces[i]);
                if (!key.isEmpty()) {
                    out.add(new SortedRuns.Entry(SurfaceKeys.utf8(key), SortedRuns.Entry.hash(surfaces[i]), ids[i], priors[i]));
                }
            }
            return new Folded(out, n - out.size());
        });
    }

    /** Adds a folded batch to the runs; returns how many of its surfaces folded to nothing. */
    private static long collect(Future<Folded> batch, SortedRuns runs) throws IOException {
        Folded folded;
        try {
            folded = batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building the index", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("folding failed: " + cause, cause);
        }
        for (SortedRuns.Entry e : folded.entries()) {
            runs.add(e);
        }
        return folded.empty();
    }

    private static float prior(String text, WikiDictionary source, long lineNumber) throws IOException {
        float p;
        try {
            p = Float.parseFloat(text);
        } catch (NumberFormatException e) {
            p = Float.NaN;
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IOException(source.id() + ", line " + lineNumber + ": the probability must be a number in [0, 1], was "
                    + abbreviate(text));
        }
        return p + 0.0f; // -0.0 is 0
    }

    private static String abbreviate(String s) {
        return "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
    }

    /** Options of a {@link KnowledgeBaseIndex}. Not thread-safe. */
    public static final class Builder {

        private int threads = Runtime.getRuntime().availableProcessors();
        private int runEntries = 2_000_000;

        private Builder() {
        }

        /** Threads that fold surfaces, 1 to 256 (default: the cores). */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads must be 1 to 256, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Entries sorted in memory before they go to a run on disk (default 2,000,000: about 150 MB). */
        Builder runEntries(int runEntries) {
            if (runEntries < 1) {
                throw new IllegalArgumentException("runEntries must be at least 1, was " + runEntries);
            }
            this.runEntries = runEntries;
            return this;
        }

        public KnowledgeBaseIndex build() {
            return new KnowledgeBaseIndex(this);
        }
    }
}
