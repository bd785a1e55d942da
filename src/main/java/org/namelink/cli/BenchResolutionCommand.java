package org.namelink.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.bench.HeapMeter;
import org.namelink.bench.ResolutionScaling;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-resolution", mixinStandardHelpOptions = true,
        description = {"Resolves synthetic corpora of growing size (made-up names with transliteration variants, "
                + "short forms and acronyms, Zipf popularity) and prints time and heap at each size: near-linear "
                + "growth keeps the time per mention flat.",
                "  bench-resolution",
                "  bench-resolution --sizes 10000,100000,1000000 --seed 42"})
final class BenchResolutionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "10000,100000,1000000",
            description = "mention counts, in order (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the synthetic corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (int size : sizes) {
            if (size < 1) {
                err.println("error: sizes must be at least 1, was " + size);
                return 2;
            }
        }
        out.printf(Locale.ROOT, "Resolution of synthetic mentions (seed %d), %d cores, %s %s, max heap %,d MB%n",
                seed, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), HeapMeter.maxBytes() >> 20);
        String format = "%10s %10s %10s %9s %12s %10s %10s %14s%n";
        out.printf(Locale.ROOT, format, "mentions", "documents", "entities", "seconds", "us/mention",
                "input MB", "peak MB", "time x / size x");
        out.flush();
        ResolutionScaling scaling = ResolutionScaling.of(EntityResolver.create(NameMatcher.defaults()), seed);
        ResolutionScaling.Step[] previous = new ResolutionScaling.Step[1];
        scaling.run(sizes, step -> {
            String growth = "";
            if (previous[0] != null) {
                growth = String.format(Locale.ROOT, "%.1f / %.1f", step.seconds() / previous[0].seconds(),
                        step.mentions() / (double) previous[0].mentions());
            }
            out.printf(Locale.ROOT, format, String.format(Locale.ROOT, "%,d", step.mentions()),
                    String.format(Locale.ROOT, "%,d", step.documents()), String.format(Locale.ROOT, "%,d", step.entities()),
                    String.format(Locale.ROOT, "%.2f", step.seconds()),
                    String.format(Locale.ROOT, "%.1f", step.microsecondsPerMention()),
                    String.format(Locale.ROOT, "%,d", step.inputBytes() >> 20),
                    String.format(Locale.ROOT, "%,d", step.peakBytes() >> 20), growth);
            out.flush();
            previous[0] = step;
        });
        return 0;
    }
}
