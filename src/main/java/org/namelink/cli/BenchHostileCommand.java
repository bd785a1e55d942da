package org.namelink.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.bench.HeapMeter;
import org.namelink.bench.HostileScaling;
import org.namelink.bench.HostileText;
import org.namelink.pipeline.Namelink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-hostile", mixinStandardHelpOptions = true,
        description = {"Processes hostile texts of doubling size (repeated short sentences on one line, one endless "
                + "sentence, runs of control characters and emoji, no full stop at all, a chain of hyphenated syllables; and two "
                + "names of many words for the matcher) and prints the time of each "
                + "and its ratio to the size before (processor time of the thread, the least of --runs runs): about 2 when time is "
                + "linear in the input.",
                "  bench-hostile",
                "  bench-hostile --shapes nul,emoji --sizes 131072,262144,524288,1048576"})
final class BenchHostileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--shapes", split = ",", paramLabel = "SHAPE",
            description = "shapes to run, in order (default: all): sentences, titles, one-sentence, letters-punctuation, "
                    + "no-full-stop, nul, control, replacement, rtl-override, private-use, emoji, hyphen-chain, long-names (its size is "
                    + "that of the match input line, two names of half as many bytes each)")
    List<String> shapes;

    @Option(names = "--sizes", split = ",", paramLabel = "BYTES", defaultValue = "65536,131072,262144,524288,1048576",
            description = "text sizes in UTF-8 bytes, in order (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "runs of each size, the fastest counts (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<HostileText> chosen = new ArrayList<>();
        try {
            for (String label : shapes == null ? List.<String>of() : shapes) {
                chosen.add(HostileText.ofLabel(label));
            }
        } catch (IllegalArgumentException e) {
            err.println("error: --shapes: " + e.getMessage());
            return 2;
        }
        if (chosen.isEmpty()) {
            chosen.addAll(List.of(HostileText.values()));
        }
        if (runs < 1) {
            err.println("error: --runs must be at least 1, was " + runs);
            return 2;
        }
        for (int size : sizes) {
            if (size < 1) {
                err.println("error: --sizes must be at least 1, was " + size);
                return 2;
            }
        }
        Namelink namelink = Namelink.builder().build();
        out.printf(Locale.ROOT, "Hostile texts of doubling size, one document each, %d cores, %s %s, max heap %,d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), HeapMeter.maxBytes() >> 20);
        String format = "%-34s %11s %9s %9s %9s %8s %15s%n";
        out.printf(Locale.ROOT, format, "shape", "bytes", "seconds", "cpu s", "mentions", "peak MB", "cpu x / size x");
        out.flush();
        HostileScaling.Step[] previous = new HostileScaling.Step[1];
        double[] worst = {0};
        HostileScaling.of(namelink, runs).run(chosen, sizes, step -> {
            String growth = "";
            if (previous[0] != null && previous[0].shape() == step.shape()) {
                double ratio = step.cpuSeconds() / previous[0].cpuSeconds();
                worst[0] = Math.max(worst[0], ratio);
                growth = String.format(Locale.ROOT, "%.2f / %.2f", ratio, step.bytes() / (double) previous[0].bytes());
            }
            out.printf(Locale.ROOT, format, step.shape().description(), String.format(Locale.ROOT, "%,d", step.bytes()),
                    String.format(Locale.ROOT, "%.3f", step.seconds()), String.format(Locale.ROOT, "%.3f", step.cpuSeconds()),
                    String.format(Locale.ROOT, "%,d", step.mentions()),
                    String.format(Locale.ROOT, "%,d", step.peakBytes() >> 20),
                    growth + (step.error().isEmpty() ? "" : "  error: " + step.error()));
            out.flush();
            previous[0] = step;
        });
        out.printf(Locale.ROOT, "largest ratio of processor time per doubling: %.2f%n", worst[0]);
        return 0;
    }
}
