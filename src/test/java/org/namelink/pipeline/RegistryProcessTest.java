package org.namelink.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.registry.EntityRegistry;
import org.namelink.resolution.Entity;

/** namelink.process(articles, registry): the same entity keeps its registry id in a later run. */
class RegistryProcessTest {

    @TempDir
    Path dir;

    private static String idOf(RegisteredCorpus c, String name) {
        Entity e = c.corpus().entities().stream().filter(x -> x.variants().contains(name)).findFirst().orElseThrow();
        return c.registryId(e.id()).orElseThrow();
    }

    @Test
    void aLaterRunFindsTheEntitiesOfAnEarlierOne() {
        Namelink namelink = SharedPipeline.get();
        try (EntityRegistry registry = EntityRegistry.open(dir.resolve("namelink.db"))) {
            RegisteredCorpus first = namelink.process(List.of(new Article("a",
                    "Qassem Soleimani met officials in Erbil on Monday.")), registry);
            RegisteredCorpus second = namelink.process(List.of(new Article("b",
                    "Soleimani was seen again in Irbil, officials said.")), registry);
            assertThat(idOf(second, "Irbil")).isEqualTo(idOf(first, "Erbil"));
            assertThat(idOf(second, "Soleimani")).isEqualTo(idOf(first, "Qassem Soleimani"));
            assertThat(second.corpus().documents()).extracting(ProcessedDocument::failed).containsExactly(false);
            // Each entity carries the name the registry holds for it, over both runs' spellings.
            Entity soleimani = second.corpus().entity("Soleimani").orElseThrow();
            assertThat(soleimani.name()).isEqualTo("Soleimani");
            assertThat(second.registryName(soleimani.id())).contains("Qassem Soleimani");
            for (Entity e : second.corpus().entities()) {
                assertThat(second.registryName(e.id())).contains(registry.entity(idOf(second, e.name()))
                        .orElseThrow().name());
            }
        }
    }
}
