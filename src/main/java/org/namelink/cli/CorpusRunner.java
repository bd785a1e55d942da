package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.namelink.linking.Linker;
import org.namelink.io.ArticleReader;
import org.namelink.mentions.CombinedMentionFinder;
import org.namelink.mentions.CrfMentionFinder;
import org.namelink.mentions.GazetteerMentionFinder;
import org.namelink.mentions.MentionFinder;
import org.namelink.mentions.PatternMentionFinder;
import org.namelink.io.ArticleSource;
import org.namelink.names.NameMatcher;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.Namelink;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.ModelLoading;
import org.namelink.text.TextAnalyzer;
import org.namelink.text.TextFile;

/**
 * Reads paths, runs the pipeline and reports unreadable inputs, for the commands.
 *
 * <p>Documents stream through: each is read, analysed and reduced to its mentions
 * ({@link DocumentMentions}) on one of {@code threads} threads, at most two per thread in flight,
 * and only the mentions stay in memory until resolution. Results keep input order.
 *
 * <p>Stateless; each call builds its own pipeline and threads.
 */
final class CorpusRunner {

    private CorpusRunner() {
    }

    static NameMatcher matcher(Path aliases) {
        return Namelink.matcherWithAliases(Optional.ofNullable(aliases));
    }

    /** Which text stage to run: the commands' {@code --text-stage}. */
    enum TextStage {
        corenlp, opennlp, pretokenized;

        TextAnalyzer analyzer() {
            return switch (this) {
                case corenlp -> TextAnalyzer.english();
                case opennlp -> TextAnalyzer.openNlp();
                case pretokenized -> TextAnalyzer.pretokenized();
            };
        }
    }

    /**
     * Streams the files of {@code paths}: each is read only when its turn comes, and only its
     * mentions are kept; {@code listener} hears of each document, in input order, as soon as it is
     * analysed. With {@code showProgress}, a bar on stderr when it is a terminal, from model loading
     * to the end of resolution.
     */
    static Corpus runPaths(List<Path> paths, Settings settings, PrintWriter err, boolean showProgress,
                           DocumentListener listener) {
        return runPaths(paths, settings, err, showProgress, listener, Namelink::resolveMentions);
    }

    /** {@link #runPaths}, resolving the documents with {@code resolve} (against a registry, say). */
    static <T> T runPaths(List<Path> paths, Settings settings, PrintWriter err, boolean showProgress,
                          DocumentListener listener, BiFunction<Namelink, List<DocumentMentions>, T> resolve) {
        List<Object> inputs = inputs(paths); // a Path to read, or an ArticleSource that failed already
        IntFunction<ArticleSource> source = i -> inputs.get(i) instanceof Path p ? (isStdin(p)
                ? ArticleReader.readStream(STDIN_ID, "standard input", System.in, settings.maxBytes())
                : read(p, settings.maxBytes())) : (ArticleSource) inputs.get(i);
        Map<String, Path> firstPath = new HashMap<>();
        // Duplicate ids are found up front, from the file names alone, as ArticleReader.read does.
        Map<Integer, String> duplicates = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) instanceof Path p) {
                String id = idOf(p);
                Path first = firstPath.putIfAbsent(id, p);
                if (first != null) {
                    duplicates.put(i, isStdin(p) && isStdin(first) ? "standard input (-) can be read only once"
                            : "duplicate document id '" + id + "': " + p + " has the same name as " + first);
                }
            }
        }
        IntFunction<ArticleSource> checked = i -> duplicates.containsKey(i)
                ? ArticleSource.failed(idOf((Path) inputs.get(i)), duplicates.get(i)) : source.apply(i);
        // Loading and resolution count as one step each beside the documents.
        try (Progress progress = showProgress ? Progress.onTerminal("namelink", inputs.size() + 2L) : Progress.none()) {
            return loadAndStream(inputs.size(), checked, settings, err, progress, listener, resolve);
        }
    }

    /** The id of the article read from standard input ({@code -}). */
    static final String STDIN_ID = "stdin";

    /** Whether a path argument is {@code -}: one article on standard input. */
    private static boolean isStdin(Path p) {
        return p.toString().equals("-");
    }

    private static String idOf(Path p) {
        return isStdin(p) ? STDIN_ID : ArticleReader.idOf(p);
    }

    /**
     * Loads the pipeline, streams the sources through it and resolves them, telling {@code progress}.
     * Resolution gets a pipeline without the mention finder: the finder's models (the larger part of
     * the heap) are let go once analysis is done.
     *
     * @throws RunFailure when resolution fails (out of memory, say), with the documents analysed
     */
    private static <T> T loadAndStream(int count, IntFunction<ArticleSource> sources, Settings settings,
                                       PrintWriter err, Progress progress, DocumentListener listener,
                                       BiFunction<Namelink, List<DocumentMentions>, T> resolve) {
        Analysed analysed = analyse(count, sources, settings, err, progress, listener);
        progress.phase("resolving");
        T corpus;
        try {
            corpus = resolve.apply(resolving(analysed.matcher(), settings.linker()), analysed.documents());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new RunFailure("resolving", analysed.documents().size(), RunFailure.Held.analysed(analysed.documents()), e);
        }
        progress.step();
        return corpus;
    }

    /** The documents analysed, and the name matcher that resolves them. */
    private record Analysed(List<DocumentMentions> documents, NameMatcher matcher) {
    }

    /** Loads the pipeline and streams the sources through it; the pipeline is not held once this returns. */
    private static Analysed analyse(int count, IntFunction<ArticleSource> sources, Settings settings,
                                    PrintWriter err, Progress progress, DocumentListener listener) {
        progress.phase("loading models");
        Namelink namelink = namelink(settings);
        progress.step();
        progress.phase("analysing");
        return new Analysed(stream(count, sources, namelink, settings, err, progress, listener), namelink.matcher());
    }

    /** A pipeline that only resolves (and links): {@code matcher}'s, with no models to find mentions. */
    private static Namelink resolving(NameMatcher matcher, Optional<Linker> linker) {
        Namelink.Builder b = Namelink.builder().matcher(matcher).mentionFinder(text -> List.of())
                .textAnalyzer(TextAnalyzer.pretokenized()).withoutBuiltInStages();
        linker.ifPresent(b::linker);
        return b.build();
    }

    /**
     * Hears of each document as soon as it is analysed (before resolution), in input order, on the
     * thread that runs the command.
     */
    @FunctionalInterface
    interface DocumentListener {
        /** Nothing to hear. */
        DocumentListener NONE = (document, article) -> {
        };

        /**
         * @param document its mentions, or its error
         * @param article the article as read (absent when it could not be read)
         */
        void analysed(DocumentMentions document, Optional<Article> article) throws IOException;
    }

    /** Reads one file; even an error while reading it (out of memory) is its own. */
    private static ArticleSource read(Path file, long maxBytes) {
        try {
            return ArticleReader.readFile(file, maxBytes);
        } catch (RuntimeException | OutOfMemoryError e) {
            return ArticleSource.failed(ArticleReader.idOf(file), "cannot read " + file + ": " + e);
        }
    }

    /**
     * A CRF model for {@code --crf}: one of CoreNLP's by short name, or a model file (such as
     * {@code train-tagger}'s), loaded through the same filter and compact cache.
     *
     * @param name the short name, or {@code file} for a model file
     * @param resource the classpath resource or file the model is loaded from
     */
    record CrfModel(String name, String resource) {

        /** CoreNLP's models by short name. */
        static final Map<String, String> SHIPPED = shipped();

        CrfModel {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(resource, "resource");
        }

        private static Map<String, String> shipped() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("all3class", CrfMentionFinder.ENGLISH_3CLASS);
            m.put("conll4class", CrfMentionFinder.ENGLISH_CONLL_4CLASS);
            m.put("muc7class", CrfMentionFinder.ENGLISH_MUC_7CLASS);
            return Collections.unmodifiableMap(m);
        }

        /**
         * A short name or a model file.
         *
         * @throws IllegalArgumentException naming the value and the valid ones when it is neither
         */
        static CrfModel parse(String value) {
            Objects.requireNonNull(value, "value");
            String resource = SHIPPED.get(value);
            if (resource != null) {
                return new CrfModel(value, resource);
            }
            if (Files.isRegularFile(Path.of(value))) {
                return new CrfModel("file", value);
            }
            throw new IllegalArgumentException("a CRF model must be one of " + String.join(", ", SHIPPED.keySet())
                    + " or a model file (train-tagger's tagger.crf.ser.gz), was '" + value + "'");
        }
    }

    /** The default finder with these CRFs (in precedence order) in place of the 3-class one. */
    static MentionFinder finderWith(List<CrfModel> crfs) {
        List<MentionFinder> finders = new ArrayList<>();
        for (CrfModel m : crfs) {
            finders.add(CrfMentionFinder.load(m.resource(), "crf-" + m.name()));
        }
        finders.add(PatternMentionFinder.create());
        finders.add(GazetteerMentionFinder.defaults());
        return CombinedMentionFinder.of(finders);
    }

    /** Analyses and resolves {@code sources} with these settings; unreadable ones reported on {@code err}. */
    static Corpus run(List<ArticleSource> sources, Settings settings, PrintWriter err) {
        return loadAndStream(sources.size(), sources::get, settings, err, Progress.none(), DocumentListener.NONE,
                Namelink::resolveMentions);
    }

    /**
     * The pipeline for these settings, its mention finder loaded on a thread of its own while the
     * names (titles, aliases) load on this one. With {@code bareCrf}, mentions are the 3-class
     * CRF's alone, unrefined: the baseline tagger.
     */
    static Namelink namelink(Settings settings) {
        Supplier<MentionFinder> finder = settings.bareCrf() ? CrfMentionFinder::english3Class
                : settings.crfs().isEmpty() ? Namelink::defaultFinder : () -> finderWith(settings.crfs());
        CompletableFuture<MentionFinder> loading = ModelLoading.inBackground("finder", finder);
        Namelink.Builder b = Namelink.builder().matcher(matcher(settings.aliases().orElse(null)))
                .keepChrome(settings.keepChrome()).textAnalyzer(settings.stage().analyzer());
        b.mentionFinder(ModelLoading.join(loading));
        if (settings.bareCrf()) {
            b.withoutBuiltInStages();
        }
        settings.timeLimit().ifPresent(b::timeLimit);
        settings.linker().ifPresent(b::linker);
        return b.build();
    }

    /**
     * How the commands run the pipeline.
     *
     * @param aliases an alias file on top of the bundled one
     * @param keepChrome keep mentions found in web-page chrome
     * @param threads analysis threads, 1 to {@link #MAX_THREADS}
     * @param stage the text stage
     * @param bareCrf the 3-class CRF alone, without patterns, gazetteer or rules
     * @param crfs CRF models in precedence order in place of the 3-class one (none: the default)
     * @param maxBytes the largest input file read
     * @param timeLimit the time limit per document (none: no limit)
     * @param linker links the entities after resolution (none: no links)
     */
    record Settings(Optional<Path> aliases, boolean keepChrome, int threads, TextStage stage, boolean bareCrf,
                    List<CrfModel> crfs, long maxBytes, Optional<Duration> timeLimit, Optional<Linker> linker) {

        /**
         * The most analysis threads: far more than the cores of any one machine (each thread holds up to
         * two documents in flight), few enough that the window of documents in flight stays small.
         */
        static final int MAX_THREADS = 1024;

        /** The default time limit per document: a long article takes about a second. */
        static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

        Settings {
            Objects.requireNonNull(aliases, "aliases");
            Objects.requireNonNull(stage, "stage");
            crfs = List.copyOf(crfs);
            Objects.requireNonNull(timeLimit, "timeLimit");
            Objects.requireNonNull(linker, "linker");
            if (threads < 1 || threads > MAX_THREADS) {
                throw new IllegalArgumentException("threads must be from 1 to " + MAX_THREADS + ", was " + threads);
            }
            TextFile.checkLimit(maxBytes);
        }

        /** The default pipeline, on one thread, with the default size and time limits. */
        static Settings defaults() {
            return new Settings(Optional.empty(), false, 1, TextStage.corenlp, false, List.of(),
                    ArticleReader.DEFAULT_MAX_BYTES, Optional.of(DEFAULT_TIME_LIMIT), Optional.empty());
        }

        Settings with(Optional<Path> aliases, boolean keepChrome, int threads) {
            return new Settings(aliases, keepChrome, threads, stage, bareCrf, crfs, maxBytes, timeLimit, linker);
        }

        Settings withModels(TextStage stage, boolean bareCrf, List<CrfModel> crfs) {
            return new Settings(aliases, keepChrome, threads, stage, bareCrf, crfs, maxBytes, timeLimit, linker);
        }

        Settings withLinker(Optional<Linker> linker) {
            return new Settings(aliases, keepChrome, threads, stage, bareCrf, crfs, maxBytes, timeLimit, linker);
        }

        Settings withLimits(long maxBytes, Optional<Duration> timeLimit) {
            return new Settings(aliases, keepChrome, threads, stage, bareCrf, crfs, maxBytes, timeLimit, linker);
        }
    }

    /**
     * Analyses {@code count} sources on the settings' threads, at most two per thread in flight,
     * keeping of each only its mentions ({@link DocumentMentions}). Errors are printed one line
     * each, in input order. Analysis never runs on this thread, so that a document past the time
     * limit can be given up on ({@link AnalysisPool}).
     */
    private static List<DocumentMentions> stream(int count, IntFunction<ArticleSource> sources, Namelink namelink,
                                                 Settings settings, PrintWriter err, Progress progress,
                                                 DocumentListener listener) {
        List<DocumentMentions> documents = new ArrayList<>(count);
        int threads = settings.threads();
        AnalysisPool pool = new AnalysisPool(threads, settings.timeLimit().orElse(null));
        Namelink analysing = namelink.withExecutor(pool);
        try {
            // Reading runs on the pool too; each document's parts then spread over the threads.
            IntFunction<CompletableFuture<Outcome>> task = i -> CompletableFuture
                    .supplyAsync(() -> sources.apply(i), pool)
                    .thenCompose(s -> s.error().isPresent()
                            ? CompletableFuture.completedFuture(new Outcome(
                                    DocumentMentions.failed(s.id(), s.error().get(),
                                            Optional.of(ArticleSource.UNREADABLE)), s.article(),
                                    "error: " + s.error().get()))
                            : analysing.extractAsync(s.article().orElseThrow()).thenApply(d ->
                                    new Outcome(d, s.article(),
                                            d.error().map(e -> "error: " + d.id() + ": " + e).orElse(null))));
            ArrayDeque<CompletableFuture<Outcome>> inFlight = new ArrayDeque<>();
            int limit = 2 * threads;
            int next = 0;
            while (next < count || !inFlight.isEmpty()) {
                while (next < count && inFlight.size() < limit) {
                    inFlight.add(task.apply(next++));
                }
                Outcome o = await(inFlight.poll(), pool);
                documents.add(report(o, err, progress));
                try {
                    listener.analysed(o.document(), o.article());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return documents;
    }

    /** What one input gave, with the error line to print for it, if any. */
    private record Outcome(DocumentMentions document, Optional<Article> article, String errorLine) {
    }

    private static DocumentMentions report(Outcome o, PrintWriter err, Progress progress) {
        if (o.errorLine() != null) {
            progress.println(err, o.errorLine());
        }
        progress.step();
        return o.document();
    }

    /**
     * The outcome of {@code f}; before and while waiting (every second), the pool replaces threads
     * held by runaway tasks (a few map entries to look at).
     */
    private static Outcome await(CompletableFuture<Outcome> f, AnalysisPool pool) {
        while (true) {
            pool.replaceRunaways();
            try {
                return f.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // look again
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for analysis", e);
            }
        }
    }

    /**
     * The inputs of {@code paths} as {@link ArticleReader#read} finds them, without reading them:
     * a directory's {@code *.txt} files in name order, or a failed source saying why there are none.
     */
    private static List<Object> inputs(List<Path> paths) {
        List<Object> out = new ArrayList<>();
        for (Path path : paths) {
            if (!isStdin(path) && Files.isDirectory(path)) {
                List<Path> files;
                try {
                    files = ArticleReader.textFiles(path);
                } catch (IOException e) {
                    out.add(ArticleSource.failed(path.toString(), "cannot list directory " + path + ": " + e.getMessage()));
                    continue;
                }
                if (files.isEmpty()) {
                    out.add(ArticleSource.failed(path.toString(), "directory " + path + " contains no .txt files"));
                }
                out.addAll(files);
            } else {
                out.add(path);
            }
        }
        return out;
    }
}
