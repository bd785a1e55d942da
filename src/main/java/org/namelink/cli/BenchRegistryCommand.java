package org.namelink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.namelink.bench.HeapMeter;
import org.namelink.bench.RegistryBenchmark;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-registry", mixinStandardHelpOptions = true,
        description = {"Fills entity registries of growing size with synthetic documents, reopens each and adds "
                + "one more batch of documents: time per batch, open time, database size and heap. A batch whose "
                + "cost stays flat as the registry grows looks names up by index, never reads the registry whole.",
                "  bench-registry",
                "  bench-registry --sizes 100000,1000000 --batch 1000 --dir /tmp/registries"})
final class BenchRegistryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "100000,1000000",
            description = "mentions in the registry before the batch, in order (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--batch", defaultValue = "1000", paramLabel = "DOCUMENTS",
            description = "documents in the measured batch (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--dir", paramLabel = "DIR", description = "where the registries are written (default: a "
            + "temporary directory, deleted afterwards)")
    Path dir;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the synthetic corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1 || sizes.stream().anyMatch(s -> s < 1)) {
            err.println("error: --batch and --sizes must be at least 1, were " + batch + " and " + sizes);
            return NamelinkCommand.EXIT_USAGE;
        }
        boolean temporary = dir == null;
        Path where = temporary ? Files.createTempDirectory("namelink-bench-registry") : Files.createDirectories(dir);
        out.printf(Locale.ROOT, "Adding %,d synthetic documents to registries (seed %d), %d cores, %s %s, max heap %,d MB%n",
                batch, seed, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), HeapMeter.maxBytes() >> 20);
        String format = "%14s %10s %9s %9s %9s %10s %12s %10s %9s%n";
        out.printf(Locale.ROOT, format, "registry ment.", "entities", "fill s", "open ms", "batch men.",
                "batch s", "us/mention", "db MB", "peak MB");
        out.flush();
        try {
            RegistryBenchmark.of(EntityResolver.create(NameMatcher.defaults()), seed).run(where, sizes, batch, s -> {
                out.printf(Locale.ROOT, format, String.format(Locale.ROOT, "%,d", s.registryMentions()),
                        String.format(Locale.ROOT, "%,d", s.registryEntities()),
                        String.format(Locale.ROOT, "%.1f", s.fillSeconds()),
                        String.format(Locale.ROOT, "%.0f", s.openMillis()),
                        String.format(Locale.ROOT, "%,d", s.batchMentions()),
                        String.format(Locale.ROOT, "%.2f", s.batchSeconds()),
                        String.format(Locale.ROOT, "%.1f", s.batchSeconds() * 1e6 / s.batchMentions()),
                        String.format(Locale.ROOT, "%.1f", s.fileBytes() / 1e6),
                        String.format(Locale.ROOT, "%,d", s.peakHeapBytes() >> 20));
                out.flush();
            });
        } finally {
            if (temporary) {
                org.namelink.text.FileTrees.delete(where);
            }
        }
        return NamelinkCommand.EXIT_OK;
    }
}
