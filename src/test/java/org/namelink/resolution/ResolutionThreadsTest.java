package org.namelink.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.namelink.bench.SyntheticMentions;
import org.namelink.names.NameMatcher;

/**
 * The in-memory executor's result does not depend on how many threads decide the blocks: its
 * parallel steps run in the pool of the task that calls {@link EntityResolver#resolve}, here one of
 * one thread and one of four.
 */
class ResolutionThreadsTest {

    @Test
    void oneThreadAndFourGiveTheSameEntitiesIdsAndMentions() throws Exception {
        List<ResolverDocument> documents = SyntheticMentions.of(60_000, 29).documents();
        EntityResolver resolver = EntityResolver.create(NameMatcher.defaults());

        Resolution one = inPool(1, () -> resolver.resolve(documents));
        Resolution four = inPool(4, () -> resolver.resolve(documents));

        assertThat(one.entities()).hasSizeGreaterThan(1_000);
        assertThat(four.entities()).isEqualTo(one.entities());
        assertThat(four.mentionEntityIds()).isEqualTo(one.mentionEntityIds());
    }

    private static Resolution inPool(int threads, Callable<Resolution> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } finally {
            pool.shutdown();
        }
    }
}
