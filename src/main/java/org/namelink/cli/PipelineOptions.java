package org.namelink.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that runs the pipeline over articles shares (a picocli mixin). */
final class PipelineOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "extra alias file (TYPE<TAB>name<TAB>name... per line), on top of models/aliases.tsv")
    Path aliases;

    @Option(names = "--keep-chrome", description = "keep mentions found in web-page chrome")
    boolean keepChrome;

    private int threads = 1;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "analysis threads (default: ${DEFAULT-VALUE})")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
        }
        threads = n;
    }

    /** These options as run settings, with the default models. */
    CorpusRunner.Settings settings() {
        return CorpusRunner.Settings.defaults().with(Optional.ofNullable(aliases), keepChrome, threads);
    }
}
