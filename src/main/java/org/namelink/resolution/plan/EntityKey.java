package org.namelink.resolution.plan;

import java.util.OptionalLong;

/**
 * The key of an entity while it is named (step 8): the root group of its cluster, or a short form
 * no cluster fitted, which is an entity of its own, kept apart from the roots. One long, so a
 * distributed executor can group by it.
 *
 * <p>For the executors, not for users. Immutable and thread-safe.
 *
 * @param value the root group's number, or {@code -1 - group} for a short form alone
 */
public record EntityKey(long value) {

    /** The entity of the cluster rooted at group {@code root}. */
    public static EntityKey cluster(long root) {
        if (root < 0) {
            throw new IllegalArgumentException("root must be >= 0, was " + root);
        }
        return new EntityKey(root);
    }

    /** The entity of short form {@code group}'s mentions that no cluster fitted. */
    public static EntityKey alone(long group) {
        if (group < 0) {
            throw new IllegalArgumentException("group must be >= 0, was " + group);
        }
        return new EntityKey(-1 - group);
    }

    /**
     * The entity of a group's mentions in one document: its cluster's, a short form's assigned
     * cluster (step 7) in that document, else the short form alone.
     */
    public static EntityKey of(long group, boolean shortForm, long root, OptionalLong assignedRoot) {
        if (!shortForm) {
            return cluster(root);
        }
        return assignedRoot.isPresent() ? cluster(assignedRoot.getAsLong()) : alone(group);
    }

    /** Whether it is a cluster's entity (not a short form's alone). */
    public boolean isCluster() {
        return value >= 0;
    }

    /** The cluster's root group, or the short form's group. */
    public long group() {
        return value >= 0 ? value : -1 - value;
    }
}
