package org.namelink.registry;

import java.util.List;
import java.util.Objects;
import org.namelink.resolution.NearMissReport;
import org.namelink.resolution.NearMisses;
import org.namelink.resolution.Resolution;

/**
 * A batch added to the registry: the batch's own resolution (entity ids {@code e1}, {@code e2},
 * ... within the batch, as without a registry) and each of its entities' stable registry id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param batch the registry's number for the batch; 0 when nothing was added
 * @param resolution the batch's entities, over the documents added
 * @param registryIds the stable id of each entity of {@code resolution}, in its order
 * @param skippedDocuments ids of documents the registry held already, left out of the batch
 * @param nearMisses the batch's near misses pending in the review queue, with registry ids, when
 *     asked for ({@link EntityRegistry#add(List, org.namelink.resolution.EntityResolver, NearMisses)})
 */
public record RegisteredBatch(long batch, Resolution resolution, List<String> registryIds,
                              List<String> skippedDocuments, NearMissReport nearMisses) {

    /** A batch without near misses. */
    public RegisteredBatch(long batch, Resolution resolution, List<String> registryIds, List<String> skippedDocuments) {
        this(batch, resolution, registryIds, skippedDocuments, NearMissReport.none(NearMisses.DEFAULT));
    }

    /** This batch with these near misses. */
    public RegisteredBatch withNearMisses(NearMissReport pending) {
        return new RegisteredBatch(batch, resolution, registryIds, skippedDocuments, pending);
    }

    public RegisteredBatch {
        Objects.requireNonNull(resolution, "resolution");
        registryIds = List.copyOf(registryIds);
        skippedDocuments = List.copyOf(skippedDocuments);
        Objects.requireNonNull(nearMisses, "nearMisses");
        if (registryIds.size() != resolution.entities().size()) {
            throw new IllegalArgumentException(registryIds.size() + " registry ids for "
                    + resolution.entities().size() + " entities");
        }
    }
}
