package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.namelink.io.ConllWriter;
import org.namelink.io.EntityTableWriter;
import org.namelink.io.HtmlReportWriter;
import org.namelink.io.JsonCorpusStreamWriter;
import org.namelink.io.JsonLinesWriter;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.RegisteredCorpus;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.RegistryException;
import org.namelink.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Finds and resolves the entities of UTF-8 text files (a directory means its *.txt files; "
                + "- means one article from standard input).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            NamelinkCommand.EXIT_OK + ":every document processed",
            NamelinkCommand.EXIT_SOME_FAILED + ":some documents failed (each is in the output with its error)",
            NamelinkCommand.EXIT_USAGE + ":usage error (unknown option, bad value, --output not writable)",
            NamelinkCommand.EXIT_FAILED + ":the run failed (output could not be written, internal error)"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { json, jsonl, table, conll, html }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json",
            description = "json (the contract), jsonl (a line per document as it finishes, then a line per "
                    + "entity), table, conll (token<TAB>BIO tag), or html (one self-contained page: entities and "
                    + "highlighted articles) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write to this file instead of standard output (checked before any work starts)")
    Path output;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "resolve against the entity registry in FILE (created if absent) and record the "
                    + "documents there; entities carry the registry's stable id as \"registryId\" and its name "
                    + "(json, jsonl, html)")
    Path registry;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and directories, or - for standard input")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CorpusRunner.Settings settings = pipeline.settings();
        Optional<PrintWriter> opened = openOutput(err);
        if (opened.isEmpty()) {
            return NamelinkCommand.EXIT_USAGE;
        }
        if (registry != null && (format == Format.table || format == Format.conll)) {
            err.println("error: --registry writes --format json, jsonl or html, not " + format);
            opened.get().close();
            return NamelinkCommand.EXIT_USAGE;
        }
        if (registry != null) {
            return extractIntoRegistry(opened.get(), err, settings);
        }
        try (PrintWriter out = opened.get()) {
            JsonLinesWriter lines = new JsonLinesWriter();
            Map<String, String> texts = new HashMap<>();
            // A progress bar shows on stderr whenever it is a terminal.
            Corpus corpus = CorpusRunner.runPaths(paths, settings, err, true, listener(out, lines, texts));
            switch (format) {
                case json -> new JsonCorpusStreamWriter().write(corpus, out);
                case jsonl -> lines.writeEntities(corpus, out);
                case table -> new EntityTableWriter().write(corpus, out);
                case conll -> {
                    TextAnalyzer analyzer = settings.stage().analyzer();
                    new ConllWriter().write(corpus, id -> Optional.ofNullable(texts.get(id)).map(analyzer::analyze), out);
                }
                case html -> new HtmlReportWriter().write(corpus, id -> Optional.ofNullable(texts.get(id)), out);
            }
            if (out.checkError()) {
                throw new IOException("cannot write " + (output != null ? output : "standard output"));
            }
            return corpus.documents().stream().anyMatch(d -> d.failed())
                    ? NamelinkCommand.EXIT_SOME_FAILED : NamelinkCommand.EXIT_OK;
        }
    }

    /** What hears of each document: jsonl writes its line; conll and html keep its text for after resolution. */
    private CorpusRunner.DocumentListener listener(PrintWriter out, JsonLinesWriter lines, Map<String, String> texts) {
        return switch (format) {
            case jsonl -> (document, article) -> lines.writeDocument(document, out);
            case conll, html -> (document, article) -> article.ifPresent(a -> texts.put(a.id(), a.text()));
            default -> CorpusRunner.DocumentListener.NONE;
        };
    }

    /**
     * Resolves against the registry, records the documents there, and writes json, jsonl or html
     * with registry ids and the registry's names.
     */
    private Integer extractIntoRegistry(PrintWriter opened, PrintWriter err, CorpusRunner.Settings settings)
            throws IOException {
        try (PrintWriter out = opened; EntityRegistry db = EntityRegistry.open(registry, RegistryCommand.tellingWaits(err))) {
            JsonLinesWriter lines = new JsonLinesWriter();
            Map<String, String> texts = new HashMap<>();
            // A document the registry holds already fails only now: its error line too, once the bar is gone.
            Set<String> failedBefore = new HashSet<>();
            RegisteredCorpus result = CorpusRunner.runPaths(paths, settings, err, true,
                    listener(out, lines, texts), (namelink, docs) -> {
                        docs.stream().filter(d -> d.failed()).forEach(d -> failedBefore.add(d.id()));
                        return namelink.resolveMentions(docs, db);
                    });
            result.corpus().documents().stream().filter(d -> d.failed() && !failedBefore.contains(d.id()))
                    .forEach(d -> err.println("error: " + d.error().orElseThrow()));
            switch (format) {
                case jsonl -> lines.writeEntities(result, out);
                case html -> new HtmlReportWriter().write(result, id -> Optional.ofNullable(texts.get(id)), out);
                default -> new JsonCorpusStreamWriter().write(result, out);
            }
            if (out.checkError()) {
                throw new IOException("cannot write " + (output != null ? output : "standard output"));
            }
            return result.corpus().documents().stream().anyMatch(d -> d.failed())
                    ? NamelinkCommand.EXIT_SOME_FAILED : NamelinkCommand.EXIT_OK;
        } catch (RegistryException e) {
            err.println("error: " + e.getMessage());
            return NamelinkCommand.EXIT_USAGE;
        }
    }

    /**
     * Where the results go, opened before any work starts, so that a path that cannot be written
     * fails at once rather than after the whole run; empty (the reason printed) if it cannot be.
     */
    private Optional<PrintWriter> openOutput(PrintWriter err) {
        if (output == null) {
            return Optional.of(new PrintWriter(spec.commandLine().getOut()) {
                @Override
                public void close() {
                    flush(); // standard output stays open
                }
            });
        }
        String problem;
        if (Files.isDirectory(output)) {
            problem = "it is a directory; give a file name";
        } else {
            try {
                return Optional.of(new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8)));
            } catch (NoSuchFileException e) {
                problem = "its directory does not exist";
            } catch (AccessDeniedException e) {
                problem = "permission denied";
            } catch (IOException e) {
                problem = e.toString();
            }
        }
        err.println("error: cannot write --output " + output + ": " + problem);
        return Optional.empty();
    }
}
