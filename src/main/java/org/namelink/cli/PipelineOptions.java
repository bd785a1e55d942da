package org.namelink.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.namelink.io.ArticleReader;
import org.namelink.kb.KnowledgeBase;
import org.namelink.kb.WikiDictionary;
import org.namelink.linking.KnowledgeBaseLinker;
import org.namelink.linking.Linker;
import org.namelink.names.AliasTable;
import org.namelink.text.TextFile;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that runs the pipeline over articles shares (a picocli mixin). */
final class PipelineOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Path aliases;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "extra alias file (TYPE<TAB>name<TAB>name... per line), on top of models/aliases.tsv")
    void aliases(Path file) {
        aliases = checkedAliases(spec, file);
    }

    /** An alias file checked up front: a usage error naming it and what is wrong when it cannot be read. */
    static Path checkedAliases(CommandSpec spec, Path file) {
        try {
            AliasTable.checkFile(file);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--aliases: " + e.getMessage());
        }
        return file;
    }

    @Option(names = "--keep-chrome", description = "keep mentions found in web-page chrome")
    boolean keepChrome;

    /** One analysis thread per core: results are the same for any number of threads. */
    static int defaultThreads() {
        return Math.min(Runtime.getRuntime().availableProcessors(), CorpusRunner.Settings.MAX_THREADS);
    }

    private int threads = defaultThreads();

    @Option(names = "--threads", paramLabel = "N",
            description = "analysis threads, 1 to " + CorpusRunner.Settings.MAX_THREADS
                    + " (default: one per core); the results are the same for any number")
    void threads(int n) {
        if (n < 1 || n > CorpusRunner.Settings.MAX_THREADS) {
            throw new ParameterException(spec.commandLine(), "--threads must be from 1 to "
                    + CorpusRunner.Settings.MAX_THREADS + ", was " + n);
        }
        threads = n;
    }

    private long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "10M",
            description = "largest input file read, in bytes or with K, M or G (default: ${DEFAULT-VALUE}); "
                    + "a larger file is reported as an error, unread")
    void maxBytes(String size) {
        maxBytes = parseSize(size);
    }

    private Optional<Duration> timeLimit = Optional.of(CorpusRunner.Settings.DEFAULT_TIME_LIMIT);

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "time limit per document in seconds, 0 for none (default: ${DEFAULT-VALUE}); "
                    + "a document past it is reported as timed out and the run goes on")
    void timeLimit(double seconds) {
        if (!(seconds >= 0) || seconds > 1e9) {
            throw new ParameterException(spec.commandLine(),
                    "--time-limit must be a number of seconds, 0 (no limit) or more, was " + seconds);
        }
        timeLimit = seconds == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(Math.max(1, (long) (seconds * 1e9))));
    }

    @Option(names = "--kb", paramLabel = "DIR", description = "the knowledge-base index to link entities to Wikipedia "
            + "with (default: the one namelink kb-index built in the cache directory, if any)")
    Path kb;

    @Option(names = "--no-links", description = "do not link entities to Wikipedia, even when a knowledge-base index exists")
    boolean noLinks;

    /** How the start-up line begins that says entities are not linked, and why. */
    static final String NOT_LINKED = "namelink: entities are not linked to Wikipedia: ";

    /** The knowledge base opened once per command; empty: none (said once on stderr). */
    private Optional<KnowledgeBase> knowledgeBase;

    /**
     * The knowledge base to link with: {@code --kb DIR}, else the index in the cache directory when
     * {@code kb-index} built one; none with {@code --no-links}. Without one, says so once on stderr
     * (one line) and how to build it.
     *
     * @throws ParameterException if {@code --kb DIR} holds no valid index
     */
    Optional<KnowledgeBase> knowledgeBase() {
        if (knowledgeBase != null) {
            return knowledgeBase;
        }
        knowledgeBase = Optional.empty();
        if (noLinks) {
            return knowledgeBase;
        }
        if (kb != null) {
            try {
                knowledgeBase = Optional.of(KnowledgeBase.open(kb));
            } catch (java.io.IOException e) {
                throw new ParameterException(spec.commandLine(), "--kb: " + e.getMessage());
            }
            return knowledgeBase;
        }
        Optional<WikiDictionary> dictionary = WikiDictionary.onClassPath();
        Optional<Path> cached = dictionary.flatMap(WikiDictionary::defaultIndexDirectory);
        String why;
        if (dictionary.isEmpty()) {
            why = "no knowledge-base dictionary on the class path (" + WikiDictionary.ARTIFACT + ")";
        } else if (cached.isEmpty()) {
            why = "no cache directory to look for the knowledge-base index in (neither XDG_CACHE_HOME nor user.home "
                    + "names one); build one with namelink kb-index --out DIR and give --kb DIR";
        } else {
            Path dir = cached.get();
            if (!java.nio.file.Files.exists(dir)) {
                why = "no knowledge-base index in " + dir + "; build it once with namelink kb-index";
            } else {
                try {
                    knowledgeBase = Optional.of(KnowledgeBase.open(dir));
                    return knowledgeBase;
                } catch (java.io.IOException e) {
                    why = e.getMessage(); // says to rebuild it with namelink kb-index
                }
            }
        }
        spec.commandLine().getErr().println(NOT_LINKED + why
                + " (--kb DIR for another index, --no-links to say nothing)");
        spec.commandLine().getErr().flush();
        return knowledgeBase;
    }

    /** These options as run settings, with the default models and without a linker. */
    CorpusRunner.Settings baseSettings() {
        return CorpusRunner.Settings.defaults().with(Optional.ofNullable(aliases), keepChrome, threads)
                .withLimits(maxBytes, timeLimit);
    }

    /** These options as run settings, with the default models and the linker, when there is a knowledge base. */
    CorpusRunner.Settings settings() {
        Optional<Linker> linker = knowledgeBase().map(k -> KnowledgeBaseLinker.builder(k).build());
        return baseSettings().withLinker(linker);
    }

    /** A size in bytes: digits, optionally followed by K, M or G (powers of 1024). */
    private long parseSize(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (!s.isEmpty() && "KMG".indexOf(s.charAt(s.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMG".indexOf(s.charAt(s.length() - 1)) + 1));
            s = s.substring(0, s.length() - 1);
        }
        long n;
        try {
            n = Long.parseLong(s);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > TextFile.MAX_LIMIT / unit) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be a size from 1 byte to "
                    + TextFile.MAX_LIMIT + " bytes, in bytes or with K, M or G (as 512K, 10M), was '" + size + "'");
        }
        return n * unit;
    }
}
