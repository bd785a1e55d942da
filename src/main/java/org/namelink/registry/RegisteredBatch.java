package org.namelink.registry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.namelink.resolution.EntityLink;
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
 * @param links the link the registry holds, once the batch is recorded with its own links, for each
 *     of {@code registryIds} that has one (a user's, a stable one of earlier batches, or this batch's);
 *     empty for a batch added without a linker ({@link EntityRegistry#add(List,
 *     org.namelink.resolution.EntityResolver, java.util.function.Function)})
 */
public record RegisteredBatch(long batch, Resolution resolution, List<String> registryIds,
                              List<String> skippedDocuments, NearMissReport nearMisses,
                              Map<String, EntityLink> links) {

    /** A batch without near misses or links. */
    public RegisteredBatch(long batch, Resolution resolution, List<String> registryIds, List<String> skippedDocuments) {
        this(batch, resolution, registryIds, skippedDocuments, NearMissReport.none(NearMisses.DEFAULT), Map.of());
    }

    /** This batch with these near misses. */
    public RegisteredBatch withNearMisses(NearMissReport pending) {
        return new RegisteredBatch(batch, resolution, registryIds, skippedDocuments, pending, links);
    }

    /** This batch with the links the registry holds for its ids. */
    public RegisteredBatch withLinks(Map<String, EntityLink> held) {
        return new RegisteredBatch(batch, resolution, registryIds, skippedDocuments, nearMisses, held);
    }

    public RegisteredBatch {
        Objects.requireNonNull(resolution, "resolution");
        registryIds = List.copyOf(registryIds);
        skippedDocuments = List.copyOf(skippedDocuments);
        Objects.requireNonNull(nearMisses, "nearMisses");
        links = Map.copyOf(links);
        if (registryIds.size() != resolution.entities().size()) {
            throw new IllegalArgumentException(registryIds.size() + " registry ids for "
                    + resolution.entities().size() + " entities");
        }
    }
}
