package org.namelink.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How a registry's connection waits for other processes: a write transaction takes SQLite's write
 * lock when it begins ({@code BEGIN IMMEDIATE}), so that what it reads (the prior names a batch
 * resolves against) is what it writes over, and a second writer waits for the first, as long as
 * that takes, rather than failing after the first commits. Whoever waits is told so at once and
 * every 30 s after, and when the lock is free.
 *
 * <p>Thread-safe: it keeps only its listener; callers serialise their use of one connection.
 */
final class WriteLock {

    /** How long one attempt at a lock waits inside SQLite (its busy timeout) before it is tried again. */
    static final int ATTEMPT_MILLIS = 1_000;
    /** The busy timeout of other statements, as before there was this class. */
    static final int STATEMENT_MILLIS = 30_000;
    private static final long REPORT_EVERY_NANOS = 30_000_000_000L;

    private final Consumer<String> onWait;

    /** @param onWait hears each message about waiting, on the waiting thread */
    WriteLock(Consumer<String> onWait) {
        this.onWait = onWait;
    }

    /** Work on the database; all or nothing inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply() throws SQLException;
    }

    /**
     * Runs {@code work} in one write transaction that holds the registry's write lock from its
     * start, rolled back on any failure; waits for the lock as long as another process holds it.
     */
    <T> T inWriteTransaction(Connection c, String where, Work<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            waitFor(c, where, "another writer holds it", () -> s.execute("BEGIN IMMEDIATE"));
            try {
                T result = work.apply();
                s.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                // An Error too (out of memory in the resolver): a library user who goes on must not
                // be left holding the write lock in an open transaction.
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    /** Runs reads that may meet another process's lock (a recovery, an exclusive lock), waiting it out. */
    <T> T retrying(Connection c, String where, Work<T> work) throws SQLException {
        return waitFor(c, where, "another process holds a lock on it", work);
    }

    private <T> T waitFor(Connection c, String where, String why, Work<T> attempt) throws SQLException {
        long start = System.nanoTime();
        boolean waiting = false;
        long reported = start;
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + ATTEMPT_MILLIS);
            while (true) {
                try {
                    T result = attempt.apply();
                    if (waiting) {
                        onWait.accept("registry " + where + " is free after " + seconds(start) + "; going on");
                    }
                    return result;
                } catch (SQLException e) {
                    if (!RegistryFile.busy(e)) {
                        throw e;
                    }
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new RegistryException("interrupted while waiting for registry " + where + ": " + why);
                }
                long now = System.nanoTime();
                if (!waiting) {
                    onWait.accept("waiting for registry " + where + ": " + why);
                    waiting = true;
                    reported = now;
                } else if (now - reported >= REPORT_EVERY_NANOS) {
                    onWait.accept("still waiting for registry " + where + " after " + seconds(start) + ": " + why);
                    reported = now;
                }
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + STATEMENT_MILLIS);
            }
        }
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - since) / 1e9);
    }
}
