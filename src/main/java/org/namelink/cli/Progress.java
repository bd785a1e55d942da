package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command: a progress bar on standard error whenever standard error is a
 * terminal, whatever standard output is (a file, a pipe), otherwise nothing at all, so that
 * scripts, logs and tests see no progress output. The bar names the phase it is in (loading
 * models, analysing, resolving). Lines printed through {@link #println} first clear the bar.
 *
 * <p>Thread-safe: {@link #step()} may be called from any thread.
 */
interface Progress extends AutoCloseable {

    /** One more item done. */
    void step();

    /** Names what is being done now ("loading models", "resolving"). */
    void phase(String name);

    /** Prints a line (an error) to {@code err} without mangling the bar. */
    void println(PrintWriter err, String line);

    @Override
    void close();

    /** No progress output. */
    static Progress none() {
        return Quiet.INSTANCE;
    }

    /** A bar of {@code total} items on standard error if it is a terminal, else {@link #none()}. */
    static Progress onTerminal(String task, long total) {
        if (!stderrIsTerminal()) {
            return none();
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .clearDisplayOnFinish()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new Bar(bar);
    }

    /**
     * Whether standard error is a terminal. Where the system shows where file descriptor 2 leads
     * ({@code /proc}), that decides alone, so that a bar shows while standard output goes to a file;
     * elsewhere there must be a console (standard input and output terminals).
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (!Files.isSymbolicLink(fd2)) {
            return System.console() != null;
        }
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Prints nothing. */
    enum Quiet implements Progress {
        INSTANCE;

        @Override
        public void step() {
        }

        @Override
        public void phase(String name) {
        }

        @Override
        public void println(PrintWriter err, String line) {
            err.println(line);
        }

        @Override
        public void close() {
        }
    }

    /** A progress bar on standard error. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void step() {
            bar.step();
        }

        @Override
        public void phase(String name) {
            bar.setExtraMessage(" " + name);
        }

        @Override
        public synchronized void println(PrintWriter err, String line) {
            err.print("\r\u001B[K");
            err.println(line);
            err.flush();
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
