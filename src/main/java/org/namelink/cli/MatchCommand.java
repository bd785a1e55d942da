package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatch;
import org.namelink.resolution.EntityResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Scores name pairs (TSV: type, name1, name2) with the resolver's own matcher and threshold.")
final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "TSV file: type<TAB>name1<TAB>name2 per line")
    Path input;

    private Path aliases;

    @Option(names = "--aliases", description = "extra alias file (TYPE<TAB>name<TAB>name... per line)")
    void aliases(Path file) {
        aliases = PipelineOptions.checkedAliases(spec, file);
    }

    @Option(names = "--explain", description = "add a sixth column with the deciding rule")
    boolean explain;

    /** The longest input line scored; a longer one is reported, and skipped without being held. */
    static final int MAX_LINE = 65_536;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            // A FIFO, a device or a directory is refused before it is opened: opening a FIFO blocks.
            err.println("error: --input " + input + " is not a regular file");
            return 2;
        }
        EntityResolver resolver = EntityResolver.create(CorpusRunner.matcher(aliases));
        int ok = 0;
        int bad = 0;
        // Streamed line by line: memory stays bounded whatever the file's size.
        try (BoundedLines lines = BoundedLines.open(input, MAX_LINE)) {
            for (BoundedLines.Line l = lines.next(); l != null; l = lines.next()) {
                String line = l.text();
                int lineNo = l.number();
                if (lineNo == 1 && line.startsWith("type")) {
                    continue;
                }
                if (line.isBlank() && !l.tooLong()) {
                    out.println(); // a blank line in, a blank line out: output lines pair with input lines
                    continue;
                }
                if (l.tooLong()) {
                    err.println("error: " + input + ":" + lineNo + ": line longer than " + MAX_LINE
                            + " characters, not scored");
                    out.printf(Locale.ROOT, "\t\t\t%.4f\t%s%s%n", 0.0, false, explain ? "\tinvalid" : "");
                    bad++;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String problem = null;
                EntityType type = null;
                if (!l.utf8()) {
                    problem = "not valid UTF-8";
                } else if (cols.length < 3) {
                    problem = "expected type<TAB>name1<TAB>name2, got '" + line + "'";
                } else {
                    try {
                        type = EntityType.parse(cols[0]);
                    } catch (IllegalArgumentException e) {
                        problem = e.getMessage();
                    }
                }
                String name1 = cols.length > 1 ? cols[1] : "";
                String name2 = cols.length > 2 ? cols[2] : "";
                if (problem != null) {
                    // One output line per input line, so scripts can pair them; the error goes to stderr.
                    err.println("error: " + input + ":" + lineNo + ": " + problem);
                    out.printf(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%s%s%n", cols[0], name1, name2, 0.0, false,
                            explain ? "\tinvalid" : "");
                    bad++;
                    continue;
                }
                NameMatch m = resolver.decideAlone(type, name1, name2);
                out.printf(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%s%s%n", cols[0], name1, name2, m.score(), m.same(),
                        explain ? "\t" + m.explain() : "");
                ok++;
            }
        }
        out.flush();
        return ok > 0 || bad == 0 ? 0 : 1;
    }
}
