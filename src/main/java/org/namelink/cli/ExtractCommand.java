package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.namelink.io.ConllWriter;
import org.namelink.io.EntityTableWriter;
import org.namelink.io.HtmlReportWriter;
import org.namelink.io.JsonCorpusStreamWriter;
import org.namelink.io.JsonLinesWriter;
import org.namelink.io.NearMissWriter;
import org.namelink.pipeline.Corpus;
import org.namelink.pipeline.DocumentMentions;
import org.namelink.pipeline.Namelink;
import org.namelink.pipeline.RegisteredCorpus;
import org.namelink.registry.EntityRegistry;
import org.namelink.registry.RegistryException;
import org.namelink.resolution.NearMissReport;
import org.namelink.resolution.NearMisses;
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
            NamelinkCommand.EXIT_USAGE + ":usage error (unknown option, bad value, --output not writable or an input)",
            NamelinkCommand.EXIT_FAILED + ":the run failed (output could not be written, out of memory, internal error)"})
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
            description = "write to this file instead of standard output (checked before any work starts; "
                    + "replaced only when the run succeeds)")
    Path output;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "resolve against the entity registry in FILE (created if absent) and record the "
                    + "documents there; entities carry the registry's stable id as \"registryId\" and its name "
                    + "(json, jsonl, html)")
    Path registry;

    @Option(names = "--near-misses", paramLabel = "FILE",
            description = "also write the pairs of names the resolver compared and nearly decided otherwise (score "
                    + "within --near-misses-band of the threshold, kept apart or joined), closest first, with the "
                    + "matcher's explanation: TSV, or JSON for a name ending in .json (checked before any work "
                    + "starts; replaced only when the run succeeds)")
    Path nearMisses;

    @Option(names = "--near-misses-format", paramLabel = "FORMAT",
            description = "tsv or json (default: by the extension of --near-misses, .json for json, else tsv)")
    NearMissWriter.Format nearMissesFormat;

    @Option(names = "--near-misses-band", paramLabel = "SCORE", defaultValue = "" + NearMisses.DEFAULT_BAND,
            description = "how far from the threshold a pair's score may lie to be a near miss, in (0, 1] "
                    + "(default: ${DEFAULT-VALUE})")
    double nearMissesBand;

    @Option(names = "--near-misses-limit", paramLabel = "N", defaultValue = "" + NearMisses.DEFAULT_LIMIT,
            description = "how many near misses are kept, the closest first; all are counted (default: ${DEFAULT-VALUE})")
    int nearMissesLimit;

    @Mixin
    PipelineOptions pipeline;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and directories, or - for standard input")
    List<Path> paths;

    /** How documents are resolved without a registry; a test seam (a resolution that fails). */
    BiFunction<Namelink, List<DocumentMentions>, Corpus> resolution = Namelink::resolveMentions;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        CorpusRunner.Settings settings = pipeline.settings();
        if (registry != null && (format == Format.table || format == Format.conll)) {
            err.println("error: --registry writes --format json, jsonl or html, not " + format);
            return NamelinkCommand.EXIT_USAGE;
        }
        NearMisses nearMissOptions;
        try {
            nearMissOptions = new NearMisses(nearMissesBand, nearMissesLimit);
        } catch (IllegalArgumentException e) {
            err.println("error: --near-misses-" + e.getMessage());
            return NamelinkCommand.EXIT_USAGE;
        }
        Map<Path, String> kept = keptFiles(settings);
        if (nearMisses != null) {
            kept.put(nearMisses, "the --near-misses file");
        }
        Optional<OutputFile> opened = output == null
                ? Optional.of(OutputFile.standardOutput(spec.commandLine().getOut()))
                : OutputFile.open(output, paths, kept, err);
        if (opened.isEmpty()) {
            return NamelinkCommand.EXIT_USAGE;
        }
        Optional<OutputFile> nearMissFile = nearMisses == null ? Optional.empty() : openNearMisses(settings, err);
        if (nearMisses != null && nearMissFile.isEmpty()) {
            opened.get().close();
            return NamelinkCommand.EXIT_USAGE;
        }
        try (OutputFile target = opened.get(); OutputFile nearMissTarget = nearMissFile.orElse(null)) {
            Optional<RegisteredCorpus> result = registry != null
                    ? extractIntoRegistry(target.writer(), err, settings, nearMissOptions)
                    : Optional.of(new RegisteredCorpus(extract(target.writer(), settings, err, nearMissTarget == null
                            ? Optional.empty() : Optional.of(nearMissOptions)), Map.of()));
            if (result.isEmpty()) {
                return NamelinkCommand.EXIT_USAGE;
            }
            Corpus corpus = result.get().corpus();
            if (nearMissTarget != null) {
                writeNearMisses(result.get(), nearMissTarget);
            }
            commit(target, result.get());
            if (nearMissTarget != null) {
                nearMissTarget.commit();
                err.println(nearMissSummary(corpus));
            }
            err.println(summary(corpus, System.nanoTime() - started));
            return corpus.documents().stream().anyMatch(d -> d.failed())
                    ? NamelinkCommand.EXIT_SOME_FAILED : NamelinkCommand.EXIT_OK;
        } catch (RunFailure f) {
            err.println("error: " + f.getMessage() + AnalysedDocuments.save(f.held(),
                    opened.get().target()));
            return NamelinkCommand.EXIT_FAILED;
        }
    }

    /**
     * Ends the output. Results that could not be written to {@code --output} (a full disk) are saved
     * beside it or in the working directory rather than lost; standard output is left as it is
     * (a reader that stops reading, as {@code | head} does, asks for no file).
     */
    private static void commit(OutputFile target, RegisteredCorpus result) throws IOException {
        try {
            target.commit();
        } catch (OutputFile.NotWritten e) {
            if (target.isStandardOutput()) {
                throw e;
            }
            throw new RunFailure("writing the output", result.corpus().documents().size(),
                    RunFailure.Held.results(result), e);
        }
    }

    /** {@code --near-misses FILE}, checked and opened as {@code --output} is; empty, the reason printed, when it cannot be. */
    private Optional<OutputFile> openNearMisses(CorpusRunner.Settings settings, PrintWriter err) {
        Map<Path, String> kept = keptFiles(settings);
        if (output != null) {
            kept.put(output, "the --output file");
        }
        return OutputFile.open("--near-misses", nearMisses, paths, kept, err);
    }

    /** Writes the near misses in their format: the one given, else the file name's. */
    private void writeNearMisses(RegisteredCorpus result, OutputFile file) {
        Corpus corpus = result.corpus();
        NearMissWriter.Format f = nearMissesFormat != null ? nearMissesFormat
                : NearMissWriter.Format.of(nearMisses.getFileName().toString());
        try {
            new NearMissWriter().write(corpus.nearMisses(), f, file.writer());
        } catch (IOException | RuntimeException e) {
            throw new RunFailure("writing the near misses", corpus.documents().size(), RunFailure.Held.results(result), e);
        }
    }

    /** What the near-miss file holds: "namelink: 12 near misses written to FILE (of 40 within 0.10 of the threshold)". */
    private String nearMissSummary(Corpus corpus) {
        NearMissReport r = corpus.nearMisses();
        return String.format(Locale.ROOT, "namelink: %s written to %s (%d within %.2f of the threshold%s)",
                r.pairs().size() + (r.pairs().size() == 1 ? " near miss" : " near misses"), nearMisses, r.found(), r.options().band(),
                registry != null ? "; those reviewed before left out" : "");
    }

    /** The files the run reads or keeps besides its inputs, which --output must not replace. */
    private Map<Path, String> keptFiles(CorpusRunner.Settings settings) {
        Map<Path, String> kept = new LinkedHashMap<>();
        if (registry != null) {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                kept.put(Path.of(registry + suffix), suffix.isEmpty() ? "the registry" : "the registry's journal");
            }
        }
        settings.aliases().ifPresent(a -> kept.put(a, "the alias file"));
        return kept;
    }

    /** Analyses, resolves and writes the documents in {@link #format}. */
    private Corpus extract(PrintWriter out, CorpusRunner.Settings settings, PrintWriter err,
                           Optional<NearMisses> nearMissOptions) {
        JsonLinesWriter lines = new JsonLinesWriter();
        // conll needs each document's tokens again after resolution, html its text: keep the texts.
        Map<String, String> texts = new HashMap<>();
        BiFunction<Namelink, List<DocumentMentions>, Corpus> resolve = nearMissOptions.isEmpty() ? resolution
                : (namelink, docs) -> namelink.resolveMentions(docs, nearMissOptions.get());
        // A progress bar shows on stderr whenever it is a terminal.
        Corpus corpus = CorpusRunner.runPaths(paths, settings, err, true, listener(out, lines, texts), resolve);
        try {
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
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new RunFailure("writing the output", corpus.documents().size(),
                    RunFailure.Held.results(new RegisteredCorpus(corpus, Map.of())), e);
        }
        return corpus;
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
     * with registry ids and the registry's names; empty, the reason printed, when the registry
     * cannot be opened.
     */
    private Optional<RegisteredCorpus> extractIntoRegistry(PrintWriter out, PrintWriter err,
                                                           CorpusRunner.Settings settings, NearMisses nearMissOptions) {
        try (EntityRegistry db = EntityRegistry.open(registry, RegistryCommand.tellingWaits(err))) {
            JsonLinesWriter lines = new JsonLinesWriter();
            Map<String, String> texts = new HashMap<>();
            // A document the registry holds already fails only now: its error line too, once the bar is gone.
            Set<String> failedBefore = new HashSet<>();
            RegisteredCorpus result = CorpusRunner.runPaths(paths, settings, err, true,
                    listener(out, lines, texts), (namelink, docs) -> {
                        docs.stream().filter(d -> d.failed()).forEach(d -> failedBefore.add(d.id()));
                        // Every registry run queues its near misses for registry review.
                        return namelink.resolveMentions(docs, db, nearMissOptions);
                    });
            result.corpus().documents().stream().filter(d -> d.failed() && !failedBefore.contains(d.id()))
                    .forEach(d -> err.println("error: " + d.error().orElseThrow()));
            try {
                switch (format) {
                    case jsonl -> lines.writeEntities(result, out);
                    case html -> new HtmlReportWriter().write(result, id -> Optional.ofNullable(texts.get(id)), out);
                    default -> new JsonCorpusStreamWriter().write(result, out);
                }
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                throw new RunFailure("writing the output", result.corpus().documents().size(),
                        RunFailure.Held.results(result), e);
            }
            return Optional.of(result);
        } catch (RegistryException e) {
            err.println("error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The line that ends a run: what it processed and how long it took. */
    static String summary(Corpus corpus, long nanos) {
        long failed = corpus.documents().stream().filter(d -> d.failed()).count();
        long mentions = corpus.documents().stream().mapToLong(d -> d.mentions().size()).sum();
        return String.format(Locale.ROOT, "namelink: %s, %s, %s, %s in %.1f s", count(corpus.documents().size(), "document"),
                count(mentions, "mention"), count(corpus.entities().size(), "entity"), count(failed, "error"), nanos / 1e9);
    }

    private static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
