package org.namelink.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code namelink} command line: {@code demo}, {@code extract}, {@code match}, {@code eval}, and the
 * benchmarks {@code bench}, {@code bench-resolution}, {@code bench-corpus}.
 * The contract scripts rely on is in the README, section "Command-line contract".
 *
 * <p>Not thread-safe: one instance per command-line run.
 */
@Command(name = "namelink", mixinStandardHelpOptions = true, versionProvider = NamelinkCommand.ManifestVersion.class,
        description = "Finds people, places and organisations in news articles and resolves every spelling "
                + "of a name into one entity across articles.",
        subcommands = {DemoCommand.class, ExtractCommand.class, MatchCommand.class, EvalCommand.class,
                BenchCommand.class, BenchResolutionCommand.class, BenchCorpusCommand.class,
                CommandLine.HelpCommand.class})
public final class NamelinkCommand implements Runnable {

    /** Exit code: every document processed. */
    public static final int EXIT_OK = 0;
    /** Exit code: some documents failed; each is in the output with its error, the others processed. */
    public static final int EXIT_SOME_FAILED = 1;
    /** Exit code: a usage error (unknown option, bad value, an output that cannot be written). */
    public static final int EXIT_USAGE = 2;
    /** Exit code: the run failed as a whole (output could not be written, an internal error). */
    public static final int EXIT_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * The version from the jar's manifest ({@code Implementation-Version}, written by the build from
     * the pom), so the version lives in one place.
     */
    static final class ManifestVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = NamelinkCommand.class.getPackage().getImplementationVersion();
            return new String[] {"namelink " + (version != null ? version : "(development build, not from the jar)")};
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests: no System.exit). */
    public static int execute(String... args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            // CoreNLP logs every model load at INFO; a command line should print only results.
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        CommandLine cl = new CommandLine(new NamelinkCommand());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("error: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString())
                    + " (" + ex.getClass().getName() + ")");
            // Not a static logger: SLF4J must start after execute() has set the log level.
            org.slf4j.LoggerFactory.getLogger(NamelinkCommand.class).debug("the run failed", ex);
            return EXIT_FAILED;
        });
        return cl.execute(args);
    }
}
