package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;

/**
 * A real kill -9 of a JVM in the middle of a batch: every committed batch is intact, nothing of the
 * killed one is there, and the registry takes the next batch.
 */
class KillDuringBatchTest {

    @TempDir
    Path dir;

    @Test
    void aKilledBatchLeavesTheEarlierOnesAndNothingOfItself() throws Exception {
        Path file = dir.resolve("namelink.db");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BatchWriterProcess.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int started = 0;
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring(10));
                } else if (line.startsWith("committing ")) {
                    started = Integer.parseInt(line.substring(11));
                    if (started == 3) {
                        Thread.sleep(400); // well inside the batch: resolving it takes seconds
                        break;
                    }
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the JVM
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(started).as("the child reached its third batch").isEqualTo(3);
        assertThat(committed).isEqualTo(2);

        try (EntityRegistry registry = EntityRegistry.open(file)) {
            long batches = registry.counts().get("batches");
            assertThat(batches).as("batch 3 is all or nothing").isBetween(2L, 3L);
            long documents = 0;
            long mentions = 0;
            for (int k = 1; k <= batches; k++) {
                List<ResolverDocument> docs = BatchWriterProcess.batch(k);
                documents += docs.size();
                mentions += docs.stream().mapToInt(d -> d.mentions().size()).sum();
            }
            assertThat(registry.counts().get("documents")).isEqualTo(documents);
            assertThat(registry.counts().get("mentions")).isEqualTo(mentions);
            // Every mention and name points at an entity that exists; every redirect at one too.
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                for (String orphans : List.of(
                        "SELECT count(*) FROM mention m LEFT JOIN entity e ON e.id = m.entity_id WHERE e.id IS NULL",
                        "SELECT count(*) FROM mention m JOIN entity e ON e.id = m.entity_id WHERE e.status != 'active'",
                        "SELECT count(*) FROM name_group g LEFT JOIN entity e ON e.id = g.entity_id "
                                + "WHERE g.entity_id IS NOT NULL AND e.id IS NULL",
                        "SELECT count(*) FROM entity WHERE status = 'merged' AND successor NOT IN (SELECT id FROM entity)",
                        "PRAGMA integrity_check")) {
                    try (ResultSet r = s.executeQuery(orphans)) {
                        r.next();
                        assertThat(r.getString(1)).as(orphans).isIn("0", "ok");
                    }
                }
            }
            RegisteredBatch next = registry.add(BatchWriterProcess.batch(4), EntityResolver.create(NameMatcher.defaults()));
            assertThat(next.batch()).isEqualTo(batches + 1);
        }
    }
}
