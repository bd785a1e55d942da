package org.namelink.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.namelink.mentions.EntityType;
import org.namelink.pipeline.Article;
import org.namelink.pipeline.Namelink;
import org.namelink.pipeline.ProcessedDocument;
import org.namelink.resolution.EntityResolver;

/**
 * Processes hostile texts ({@link HostileText}) of doubling size (a name pair, {@link HostileText.Input#NAME_PAIR},
 * is decided as {@code match} decides it, by {@link EntityResolver#decideAlone}) and reports the time each took, so that
 * the growth per doubling can be read off: about 2 when the pipeline is linear in its input. Each size
 * runs a few times, each after a full collection, and the fastest counts, so that a collection or a
 * compilation does not pass for growth.
 *
 * <p>Immutable and thread-safe; run one at a time for meaningful figures.
 */
public final class HostileScaling {

    /**
     * One size of one shape.
     *
     * @param shape the text's shape
     * @param bytes the text's size in UTF-8
     * @param seconds wall time of {@link Namelink#process} on the text alone (or of deciding the name
     *     pair), the fastest of the runs
     * @param cpuSeconds processor time of the thread running it, the least of the runs: what the ratios
     *     are read from, since other processes on the machine do not change it
     * @param mentions mentions found (for a name pair, 1 when the names are the same, else 0)
     * @param error the document's error, or empty
     * @param peakBytes peak heap during processing
     */
    public record Step(HostileText shape, int bytes, double seconds, double cpuSeconds, int mentions, String error, long peakBytes) {
    }

    private final Namelink namelink;
    private final EntityResolver resolver;
    private final int runs;

    private HostileScaling(Namelink namelink, int runs) {
        this.namelink = namelink;
        this.resolver = EntityResolver.create(namelink.matcher());
        this.runs = runs;
    }

    /**
     * @param runs how many times each size runs (the fastest counts)
     * @throws IllegalArgumentException if {@code runs} is not positive
     */
    public static HostileScaling of(Namelink namelink, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        return new HostileScaling(Objects.requireNonNull(namelink, "namelink"), runs);
    }

    /**
     * Warms up on every shape at the smallest size, then runs each shape at each size in order (sizes in
     * UTF-8 bytes), reporting each step as it ends.
     */
    public List<Step> run(List<HostileText> shapes, List<Integer> sizes, Consumer<Step> onStep) {
        Objects.requireNonNull(shapes, "shapes");
        Objects.requireNonNull(sizes, "sizes");
        for (int i = 0; i < 2; i++) {
            for (HostileText shape : shapes) {
                step(shape, Math.min(16_384, sizes.get(0)));
            }
        }
        List<Step> steps = new ArrayList<>();
        for (HostileText shape : shapes) {
            for (int size : sizes) {
                Step step = step(shape, size);
                steps.add(step);
                onStep.accept(step);
            }
        }
        return List.copyOf(steps);
    }

    /** Processes one text of {@code shape} and about {@code bytes} bytes. */
    public Step step(HostileText shape, int bytes) {
        String text = shape.text(bytes);
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        HeapMeter.resetPeak();
        double seconds = Double.MAX_VALUE;
        double cpuSeconds = Double.MAX_VALUE;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int mentions = 0;
        String error = "";
        long peak = 0;
        for (int run = 0; run < runs; run++) {
            System.gc(); // garbage of the run before is not this run's cost
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            if (shape.input() == HostileText.Input.NAME_PAIR) {
                String[] pair = text.split("\t", -1);
                mentions = resolver.decideAlone(EntityType.valueOf(pair[0]), pair[1], pair[2]).same() ? 1 : 0;
            } else {
                ProcessedDocument doc = namelink.process(List.of(new Article(shape.label(), text))).documents().get(0);
                mentions = doc.mentions().size();
                error = doc.error().orElse("");
            }
            seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
            cpuSeconds = Math.min(cpuSeconds, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            peak = Math.max(peak, HeapMeter.peakBytes());
        }
        return new Step(shape, size, seconds, cpuSeconds, mentions, error, peak);
    }
}
