package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameMatch;
import org.namelink.names.NameMatcher;
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

    /** Lines of a UTF-8 file without a byte-order mark; undecodable bytes become U+FFFD, per line. */
    static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            err.println("error: --input " + input + " is not a readable file");
            return 2;
        }
        NameMatcher matcher = CorpusRunner.matcher(aliases);
        List<String> lines = lines(Files.readAllBytes(input));
        int ok = 0;
        int bad = 0;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            int lineNo = k + 1;
            if (lineNo == 1 && line.startsWith("type") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String problem = null;
            EntityType type = null;
            if (line.indexOf('\uFFFD') >= 0) {
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
            NameMatch m = matcher.match(type, name1, name2);
            out.printf(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%s%s%n", cols[0], name1, name2, m.score(), m.same(),
                    explain ? "\t" + m.explain() : "");
            ok++;
        }
        out.flush();
        return ok > 0 || bad == 0 ? 0 : 1;
    }
}
