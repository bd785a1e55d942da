package org.namelink.resolution;

import java.util.Objects;

/**
 * A resolution and the near misses of its spelling decisions ({@link EntityResolver#resolve(java.util.List, NearMisses)}).
 *
 * <p>Immutable and thread-safe.
 */
public record ResolutionWithNearMisses(Resolution resolution, NearMissReport nearMisses) {

    public ResolutionWithNearMisses {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(nearMisses, "nearMisses");
    }
}
