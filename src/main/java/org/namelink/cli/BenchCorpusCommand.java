package org.namelink.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.namelink.bench.SyntheticArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = {"Writes small synthetic news articles (made-up names, no real data) to a directory, "
                + "for throughput and memory tests on large corpora.",
                "  bench-corpus --articles 100000 /tmp/synthetic"})
final class BenchCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", defaultValue = "100000", description = "how many (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Parameters(arity = "1", paramLabel = "DIR", description = "directory to write to (created if missing)")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (articles < 1) {
            spec.commandLine().getErr().println("error: --articles must be at least 1, was " + articles);
            return 2;
        }
        SyntheticArticles.of(articles, seed).write(dir);
        spec.commandLine().getOut().printf("wrote %d articles to %s%n", articles, dir);
        return 0;
    }
}
