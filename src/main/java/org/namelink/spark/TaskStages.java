package org.namelink.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.namelink.mentions.EntityType;
import org.namelink.names.NameForm;
import org.namelink.resolution.BlockingKeys;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.plan.NameGroup;
import org.namelink.resolution.plan.PairDecisions;
import org.namelink.resolution.plan.ResolutionPlan;

/**
 * What one Spark task of resolution needs: this JVM's resolution stages (loaded once, shared,
 * {@link ExecutorPipelines#resolver}) and the task's own caches of analysed names and name groups,
 * since names repeat far more than they vary. Bounded caches, so a task's memory does not grow
 * with its partition.
 *
 * <p>Confined to one task; not thread-safe.
 */
final class TaskStages {

    private static final int CACHE = 50_000;

    private final EntityResolver resolver;
    private final ResolutionPlan plan;
    private final Map<String, NameForm> forms = lru();
    private final Map<Long, NameGroup> groups = lru();

    TaskStages(String aliasFile) {
        this.resolver = ExecutorPipelines.resolver(aliasFile);
        this.plan = ResolutionPlan.of(resolver);
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > CACHE;
            }
        };
    }

    PairDecisions decisions() {
        return resolver.decisions();
    }

    BlockingKeys blockingKeys() {
        return resolver.blockingKeys();
    }

    /** The resolution plan whose step functions the tasks call. */
    ResolutionPlan plan() {
        return plan;
    }

    /** A name as written, analysed as {@code type} (as the single-machine resolver's form cache does). */
    NameForm form(String text, EntityType type) {
        return forms.computeIfAbsent(type.ordinal() + "\t" + text, k -> resolver.matcher().analyzer().analyze(text, type));
    }

    /**
     * The name group numbered {@code gid}: the name of its first mention analysed as its type, as
     * the single-machine resolver builds it.
     */
    NameGroup group(long gid, EntityType type, String nameKey, String firstText, boolean team) {
        return groups.computeIfAbsent(gid, g -> NameGroup.of(type, nameKey, form(firstText, type), team,
                resolver.matcher().aliases()));
    }
}
