package org.namelink.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code namelink} command line: {@code demo}, {@code extract}, {@code match}, {@code eval}, and the
 * benchmarks {@code bench}, {@code bench-resolution}, {@code bench-corpus}.
 * See {@code ../shared/contract.md} for the contract scripts rely on.
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
            line.getErr().println("error: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return 2;
        });
        return cl.execute(args);
    }
}
