package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.namelink.io.EntityTableWriter;
import org.namelink.io.JsonCorpusStreamWriter;
import org.namelink.pipeline.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Finds and resolves the entities of UTF-8 text files (a directory means its *.txt files).")
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, table }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", description = "write to this file instead of standard output")
    Path output;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and directories")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // Documents stream through analysis; a progress bar shows on stderr only when a person watches.
        Corpus corpus = CorpusRunner.runPaths(paths, pipeline.settings(), err, true);
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(corpus, w);
            }
        } else {
            write(corpus, spec.commandLine().getOut());
        }
        return corpus.processedCount() > 0 ? 0 : 1;
    }

    private void write(Corpus corpus, Writer w) throws IOException {
        if (format == Format.json) {
            new JsonCorpusStreamWriter().write(corpus, w);
        } else {
            new EntityTableWriter().write(corpus, w instanceof PrintWriter p ? p : new PrintWriter(w));
        }
    }
}
