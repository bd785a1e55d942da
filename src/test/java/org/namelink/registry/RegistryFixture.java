package org.namelink.registry;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;
import org.namelink.resolution.SyntheticDocuments;

/**
 * What the registry's tests of corrections, links and the review queue share: a registry of their
 * own in a temporary directory, opened before each test and closed after it, made-up documents, and
 * the entity a name of a batch belongs to now.
 */
abstract class RegistryFixture {

    /** The default matcher and threshold. */
    static final EntityResolver RESOLVER = EntityResolver.create(NameMatcher.defaults());

    @TempDir
    Path dir;

    /** The test's registry; a test that reopens it assigns the new one here, to be closed after it. */
    EntityRegistry registry;

    @BeforeEach
    void openRegistry() {
        registry = EntityRegistry.open(file());
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    /** The registry's file. */
    Path file() {
        return dir.resolve("namelink.db");
    }

    /** A document of made-up mentions: type, name, type, name, ... ({@link SyntheticDocuments#of}). */
    static ResolverDocument doc(String id, Object... typeAndName) {
        return SyntheticDocuments.of(id, typeAndName);
    }

    /** The current registry id of the entity a name was given in a batch. */
    String idOf(RegisteredBatch batch, String variant) {
        for (int e = 0; e < batch.resolution().entities().size(); e++) {
            if (batch.resolution().entities().get(e).variants().contains(variant)) {
                return registry.current(batch.registryIds().get(e)).get(0).id();
            }
        }
        throw new AssertionError(variant + " not in batch");
    }
}
