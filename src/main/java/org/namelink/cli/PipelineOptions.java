package org.namelink.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.namelink.io.ArticleReader;
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

    /** These options as run settings, with the default models. */
    CorpusRunner.Settings settings() {
        return CorpusRunner.Settings.defaults().with(Optional.ofNullable(aliases), keepChrome, threads)
                .withLimits(maxBytes, timeLimit);
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
