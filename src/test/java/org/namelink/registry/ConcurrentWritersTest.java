package org.namelink.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.namelink.names.NameMatcher;
import org.namelink.resolution.EntityResolver;
import org.namelink.resolution.ResolverDocument;

/**
 * Writers in other processes: a batch waits for another process's write lock, says so, and lands
 * once the lock is free; two processes adding at once both record their batches, each resolved
 * against what the other recorded before it.
 */
class ConcurrentWritersTest {

    /** The size of a batch of these tests, in mentions. */
    static final int MENTIONS = 3_000;
    private static final EntityResolver RESOLVER = EntityResolver.create(NameMatcher.defaults());

    @TempDir
    Path dir;

    /** A child JVM running {@code main} of {@code type} with {@code args}, its standard error discarded. */
    private static Process child(Class<?> type, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), type.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader lines(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads lines until one starts with {@code prefix}; false if the output ended first. */
    private static boolean awaitLine(BufferedReader out, String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void release(Process holder) throws IOException, InterruptedException {
        Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8);
        in.write("release\n");
        in.flush();
        assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.exitValue()).isZero();
    }

    /** A registry r.db holding batch 1. */
    private Path registryWithBatchOne() {
        Path file = dir.resolve("r.db");
        try (EntityRegistry registry = EntityRegistry.open(file)) {
            registry.add(BatchWriterProcess.batch(1, MENTIONS), RESOLVER);
        }
        return file;
    }

    /** A child process holding {@code file}'s lock ({@link LockHolderProcess} with {@code mode}). */
    private static Process locking(Path file, String... mode) throws IOException {
        List<String> args = new ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(mode));
        Process holder = child(LockHolderProcess.class, args.toArray(String[]::new));
        assertThat(awaitLine(lines(holder), "locked")).isTrue();
        return holder;
    }

    @Test
    void aBatchWaitsForAnotherProcessesWriteLockSayingSoAndThenLands() throws Exception {
        Path file = registryWithBatchOne();
        Process holder = locking(file);
        try {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            try (EntityRegistry registry = EntityRegistry.open(file, heard::add)) {
                List<ResolverDocument> second = BatchWriterProcess.batch(2, MENTIONS);
                CompletableFuture<RegisteredBatch> adding = CompletableFuture.supplyAsync(
                        () -> registry.add(second, RESOLVER));
                String first = null;
                while (first == null && !adding.isDone()) {
                    first = heard.poll(100, TimeUnit.MILLISECONDS);
                }
                assertThat(first).as("the waiting writer says so (the batch ended: %s)", adding)
                        .isEqualTo("waiting for registry " + file + ": another writer holds it");
                release(holder);
                RegisteredBatch added = adding.get();
                assertThat(added.batch()).isEqualTo(2);
                assertThat(heard).anySatisfy(m -> assertThat(m).startsWith("registry " + file + " is free after"));
                assertThat(registry.counts().get("documents")).isEqualTo(
                        BatchWriterProcess.batch(1, MENTIONS).size() + second.size());
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aRegistryLockedAgainstReadersIsWaitedForWhenOpenedSayingSo() throws Exception {
        Path file = dir.resolve("r.db");
        EntityRegistry.open(file).close();
        Process holder = locking(file, "exclusive");
        try {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            CompletableFuture<EntityRegistry> opening = CompletableFuture.supplyAsync(
                    () -> EntityRegistry.open(file, heard::add));
            String first = null;
            while (first == null && !opening.isDone()) {
                first = heard.poll(100, TimeUnit.MILLISECONDS);
            }
            assertThat(first).as("opening says it waits (it ended: %s)", opening)
                    .isEqualTo("waiting for registry " + file + ": another process holds a lock on it");
            release(holder);
            try (EntityRegistry registry = opening.get()) {
                assertThat(registry.counts().get("batches")).isZero();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void twoProcessesAddingAtOnceBothRecordTheirBatches() throws Exception {
        Path file = registryWithBatchOne();
        // The lock held while both writers start makes them meet: each has to wait for it.
        Process holder = locking(file);
        List<Process> writers = new ArrayList<>();
        try {
            List<BufferedReader> outputs = new ArrayList<>();
            for (int k = 2; k <= 3; k++) {
                Process writer = child(BatchWriterProcess.class, file.toString(), Integer.toString(k));
                writers.add(writer);
                outputs.add(lines(writer));
            }
            for (BufferedReader out : outputs) {
                assertThat(awaitLine(out, "waiting for registry")).as("a writer waits, saying so").isTrue();
            }
            release(holder);
            for (int i = 0; i < writers.size(); i++) {
                assertThat(awaitLine(outputs.get(i), "committed ")).isTrue();
                assertThat(writers.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(writers.get(i).exitValue()).isZero();
            }
        } finally {
            holder.destroyForcibly();
            writers.forEach(Process::destroyForcibly);
        }
        // Both batches are there, and the later one was resolved against the earlier: the registry
        // is what adding them one after the other, in the order they committed, gives.
        List<Integer> order = new ArrayList<>(List.of(1));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT substr(external_id, 2, 1) FROM document GROUP BY batch_id "
                     + "ORDER BY batch_id")) {
            order.clear();
            while (r.next()) {
                order.add(Integer.parseInt(r.getString(1)));
            }
        }
        assertThat(order).hasSize(3).startsWith(1).containsExactlyInAnyOrder(1, 2, 3);
        Path replay = dir.resolve("replay.db");
        try (EntityRegistry together = EntityRegistry.open(file); EntityRegistry oneByOne = EntityRegistry.open(replay)) {
            for (int k : order) {
                oneByOne.add(BatchWriterProcess.batch(k, MENTIONS), RESOLVER);
            }
            assertThat(together.counts()).isEqualTo(oneByOne.counts());
        }
    }
}
