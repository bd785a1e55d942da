package org.namelink.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code namelink} command line: {@code demo}, {@code extract}, {@code match}, {@code eval},
 * {@code registry}, {@code kb-index}, and the benchmarks {@code bench}, {@code bench-resolution},
 * {@code bench-hostile}, {@code bench-corpus}, {@code bench-registry}, {@code bench-kb}.
 * The contract scripts rely on is in the README, section "Command-line contract".
 *
 * <p>Not thread-safe: one instance per command-line run.
 */
@Command(name = "namelink", mixinStandardHelpOptions = true, versionProvider = NamelinkCommand.ManifestVersion.class,
        description = "Finds people, places and organisations in news articles and resolves every spelling "
                + "of a name into one entity across articles.",
        subcommands = {DemoCommand.class, ExtractCommand.class, MatchCommand.class, EvalCommand.class,
                BenchCommand.class, BenchResolutionCommand.class, BenchHostileCommand.class, BenchCorpusCommand.class,
                BenchRegistryCommand.class, TrainTaggerCommand.class,
                RegistryCommand.class, KbIndexCommand.class, BenchKbCommand.class,
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
        cl.setParameterExceptionHandler((ex, arguments) -> {
            if (!notAnOption(ex, arguments)) {
                usageError(ex);
            }
            return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("error: " + (ex instanceof RunFailure ? ex.getMessage()
                    : (ex.getMessage() != null ? ex.getMessage() : ex.toString()) + " (" + ex.getClass().getName() + ")"));
            // Not a static logger: SLF4J must start after execute() has set the log level.
            org.slf4j.LoggerFactory.getLogger(NamelinkCommand.class).debug("the run failed", ex);
            return EXIT_FAILED;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("error: the run failed: " + RunFailure.describe(e));
            code = EXIT_FAILED;
        }
        boolean stdoutFailed = cl.getOut().checkError() | System.out.checkError(); // both flush
        if (stdoutFailed && code != EXIT_FAILED) { // a failed run has said why already
            cl.getErr().println("error: cannot write standard output (is the disk full or the pipe closed?)");
            return EXIT_FAILED;
        }
        return code;
    }

    /**
     * A bad option or value in two lines, as an unknown option gets: the reason, and where the options
     * are (picocli's suggestions for a mistyped command after them); not the whole usage help.
     */
    private static void usageError(CommandLine.ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
    }

    /**
     * Whether an argument that looks like an option is none (a file named {@code -dash.txt}); if so,
     * says so and how to name such a file, in place of picocli's report.
     */
    private static boolean notAnOption(CommandLine.ParameterException ex, String[] args) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException || ex instanceof CommandLine.MissingParameterException)) {
            return false;
        }
        CommandLine cmd = ex.getCommandLine();
        CommandLine.Model.CommandSpec spec = cmd.getCommandSpec();
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            CommandLine.Model.OptionSpec option = spec.findOption(name);
            if (option != null) {
                if (!arg.contains("=") && option.arity().min() > 0) {
                    i++; // its value, which may start with '-'
                }
            } else if (arg.length() > 1 && arg.startsWith("-") && !spec.subcommands().containsKey(arg)) {
                PrintWriter err = cmd.getErr();
                err.println("error: " + cmd.getCommandName() + " has no option " + arg + "; if it is a file, put --"
                        + " before the paths (" + cmd.getCommandName() + " -- " + arg + ") or write ./" + arg);
                err.println("Try '" + spec.qualifiedName() + " --help' for the options.");
                return true;
            }
        }
        return false;
    }
}
