package org.namelink.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Option(names = "--aliases", description = "extra alias file (TYPE<TAB>name<TAB>name... per line)")
    Path aliases;

    @Option(names = "--explain", description = "add a sixth column with the deciding rule")
    boolean explain;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            err.println("error: --input " + input + " is not a readable file");
            return 2;
        }
        NameMatcher matcher = CorpusRunner.matcher(aliases);
        int ok = 0;
        int bad = 0;
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("type")) {
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3) {
                    err.println("error: " + input + ":" + lineNo + ": expected type<TAB>name1<TAB>name2, got '" + line + "'");
                    bad++;
                    continue;
                }
                EntityType type;
                try {
                    type = EntityType.parse(cols[0]);
                } catch (IllegalArgumentException e) {
                    err.println("error: " + input + ":" + lineNo + ": " + e.getMessage());
                    bad++;
                    continue;
                }
                NameMatch m = matcher.match(type, cols[1], cols[2]);
                out.printf(Locale.ROOT, "%s\t%s\t%s\t%.4f\t%s%s%n", cols[0], cols[1], cols[2], m.score(), m.same(),
                        explain ? "\t" + m.rule().label() : "");
                ok++;
            }
        }
        out.flush();
        return ok > 0 || bad == 0 ? 0 : 1;
    }
}
