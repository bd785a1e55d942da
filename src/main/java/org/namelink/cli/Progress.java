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
 * Progress of a long command: a progress bar on standard error when a person is watching (a
 * console, and standard error a terminal), otherwise nothing at all, so that scripts, logs and
 * tests see no progress output. Lines printed through {@link #println} first clear the bar.
 *
 * <p>Thread-safe: {@link #step()} may be called from any thread.
 */
interface Progress extends AutoCloseable {

    /** One more item done. */
    void step();

    /** Prints a line (an error) to {@code err} without mangling the bar. */
    void println(PrintWriter err, String line);

    @Override
    void close();

    /** No progress output. */
    static Progress none() {
        return Quiet.INSTANCE;
    }

    /** A bar of {@code total} items on standard error if it is watched, else {@link #none()}. */
    static Progress onTerminal(String task, long total) {
        if (!stderrIsTerminal()) {
            return none();
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" docs", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .clearDisplayOnFinish()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        return new Bar(bar);
    }

    /**
     * Whether standard error is a terminal that someone watches: there is a console (standard
     * input and output are terminals) and, where the system shows it, standard error is a
     * terminal device too.
     */
    static boolean stderrIsTerminal() {
        if (System.console() == null) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (!Files.isSymbolicLink(fd2)) {
            return true; // no /proc: trust the console
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
