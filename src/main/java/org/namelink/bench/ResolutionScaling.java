package org.namelink.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.Resolution;
import org.namelink.resolution.ResolverDocument;

/**
 * Resolves synthetic corpora of growing size ({@link SyntheticMentions}) and reports, for each,
 * the time and the heap it took, so that growth can be read off: near-linear growth keeps the
 * time per mention flat.
 *
 * <p>Immutable and thread-safe; run one at a time for meaningful figures.
 */
public final class ResolutionScaling {

    /**
     * One size.
     *
     * @param mentions mentions resolved
     * @param documents documents they came in
     * @param entities entities found
     * @param seconds wall time of {@link EntityResolver#resolve}
     * @param inputBytes heap holding the input (documents and mentions) before resolution
     * @param peakBytes peak heap during resolution, input included
     */
    public record Step(int mentions, int documents, int entities, double seconds, long inputBytes, long peakBytes) {

        public double microsecondsPerMention() {
            return seconds * 1e6 / mentions;
        }
    }

    private final EntityResolver resolver;
    private final long seed;

    private ResolutionScaling(EntityResolver resolver, long seed) {
        this.resolver = resolver;
        this.seed = seed;
    }

    public static ResolutionScaling of(EntityResolver resolver, long seed) {
        return new ResolutionScaling(Objects.requireNonNull(resolver, "resolver"), seed);
    }

    /** Warms up on a small corpus, then runs each size in order, reporting each step as it ends. */
    public List<Step> run(List<Integer> sizes, Consumer<Step> onStep) {
        Objects.requireNonNull(sizes, "sizes");
        for (int i = 0; i < 3; i++) {
            resolver.resolve(SyntheticMentions.of(10_000, seed + 1).documents());
        }
        List<Step> steps = new java.util.ArrayList<>();
        for (int size : sizes) {
            Step step = step(size);
            steps.add(step);
            onStep.accept(step);
        }
        return List.copyOf(steps);
    }

    /** Resolves one corpus of {@code size} mentions. */
    public Step step(int size) {
        List<ResolverDocument> docs = SyntheticMentions.of(size, seed).documents();
        int mentions = 0;
        for (ResolverDocument d : docs) {
            mentions += d.mentions().size();
        }
        long input = HeapMeter.liveBytes();
        HeapMeter.resetPeak();
        long t0 = System.nanoTime();
        Resolution r = resolver.resolve(docs);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peak = HeapMeter.peakBytes();
        return new Step(mentions, docs.size(), r.entities().size(), seconds, input, peak);
    }
}
