package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.namelink.kb.InvalidIndexException;
import org.namelink.kb.KnowledgeBase;
import org.namelink.kb.KnowledgeBaseIndex;
import org.namelink.kb.WikiDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "kb-index", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge-base index: CoreNLP's Wikipedia dictionary (wikidict.tab.gz, in the "
                + "KBP models jar the command line's lib/ holds), every surface folded as the matcher folds names, "
                + "memory-mapped by whatever looks names up. Done once: an index built from the same dictionary is "
                + "kept (a few minutes on two cores).",
                "  kb-index",
                "  kb-index --out /data/namelink-kb"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the index was built, or was up to date", "2:usage error (no dictionary on the class path, "
                + "a bad option, --out not writable)", "3:the build failed (the dictionary could not be read or "
                + "has a malformed line, the disk is full)"})
final class KbIndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "where the index goes (default: the cache directory, "
            + "$XDG_CACHE_HOME/namelink or ~/.cache/namelink, in a directory named for the dictionary's checksum)")
    Path out;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "a dictionary in wikidict's format "
            + "(surface<TAB>title<TAB>probability per line, gzipped or not) instead of the one on the class path; "
            + "needs --out")
    Path dictionary;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
            description = "threads folding surfaces (default: the cores)")
    int threads;

    @Option(names = "--force", description = "rebuild even when the index is up to date")
    boolean force;

    /** Where the dictionary is looked for: the class path, unless a test says otherwise. */
    Supplier<Optional<WikiDictionary>> classPath = WikiDictionary::onClassPath;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 0 || threads > 256) {
            err.println("error: --threads must be from 1 to 256, was " + threads);
            return NamelinkCommand.EXIT_USAGE;
        }
        WikiDictionary source;
        if (dictionary != null) {
            if (!Files.isRegularFile(dictionary) || !Files.isReadable(dictionary)) {
                err.println("error: --dictionary " + dictionary + " is not a readable regular file");
                return NamelinkCommand.EXIT_USAGE;
            }
            if (out == null) {
                err.println("error: --dictionary needs --out DIR: the cache directory is for the class path's dictionary");
                return NamelinkCommand.EXIT_USAGE;
            }
            source = WikiDictionary.ofFile(dictionary);
        } else {
            Optional<WikiDictionary> found = classPath.get();
            if (found.isEmpty()) {
                err.println("error: no knowledge-base dictionary on the class path: " + WikiDictionary.RESOURCE
                        + " is in CoreNLP's KBP models jar (" + WikiDictionary.ARTIFACT + "), which the command line's "
                        + "lib/ holds and a library's users add themselves; or give one with --dictionary FILE --out DIR");
                return NamelinkCommand.EXIT_USAGE;
            }
            source = found.get();
        }
        Optional<Path> target = out != null ? Optional.of(out) : source.defaultIndexDirectory();
        if (target.isEmpty()) {
            err.println("error: no cache directory for the index (neither XDG_CACHE_HOME nor user.home names one): "
                    + "give --out DIR, and --kb DIR when extracting");
            return NamelinkCommand.EXIT_USAGE;
        }
        Path dir = target.get();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("error: --out " + dir + " is not a directory");
            return NamelinkCommand.EXIT_USAGE;
        }
        if (!force && upToDate(dir, source)) {
            stdout.println("Knowledge-base index " + dir + " is up to date (built from " + source.id() + ")");
            return NamelinkCommand.EXIT_OK;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("error: cannot create --out " + dir + ": " + e);
            return NamelinkCommand.EXIT_USAGE;
        }
        if (!Files.isWritable(dir)) {
            err.println("error: --out " + dir + " is not writable");
            return NamelinkCommand.EXIT_USAGE;
        }
        err.println("Building the knowledge-base index from " + source.id() + " in " + dir + " ...");
        err.flush();
        KnowledgeBaseIndex.Builder builder = KnowledgeBaseIndex.builder();
        if (threads > 0) {
            builder.threads(threads);
        }
        KnowledgeBaseIndex.Summary s;
        try {
            s = builder.build().write(source, dir);
        } catch (IOException e) {
            err.println("error: the knowledge-base index could not be built: " + e.getMessage());
            return NamelinkCommand.EXIT_FAILED;
        }
        stdout.printf(Locale.ROOT, "Knowledge-base index %s: %,d folded surfaces, %,d titles, %,d pairs from %,d lines "
                        + "(%,d left out: longer than %d characters or nothing to compare), %.1f MB, built in %.1f s%n",
                s.file(), s.surfaces(), s.titles(), s.entries(), s.lines(), s.skippedLines(),
                KnowledgeBaseIndex.MAX_SURFACE_CHARS, s.bytes() / 1e6, s.seconds());
        return NamelinkCommand.EXIT_OK;
    }

    private static boolean upToDate(Path dir, WikiDictionary source) {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            return kb.isBuiltFrom(source);
        } catch (InvalidIndexException e) {
            return false; // rebuilt
        } catch (IOException e) {
            return false;
        }
    }
}
