package org.namelink.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.function.Consumer;
import org.namelink.text.TextFile;

/**
 * Opens a registry's SQLite file so that nothing but a Namelink registry is ever changed: the path
 * is looked at before SQLite opens it (a directory, FIFO, device or socket is refused unopened, so a
 * pipe cannot hang the open; an empty file, a file that is no SQLite database, a file that cannot
 * be read or written are refused with the reason), a registry is created only where no file
 * exists (made whole beside it, then linked into place, so two processes creating one file at once
 * both end with the same registry), and an existing file is opened without SQLite's create flag and
 * validated before it is used: its schema (another application's database, however empty, is
 * refused unchanged) and its pages (a damaged file fails at once, not after a run's analysis).
 *
 * <p>Stateless and thread-safe.
 */
final class RegistryFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** SQLite's open flags (sqlite3_open_v2): read and write; create; file names may be URIs. */
    private static final int OPEN_READWRITE = 0x2;
    private static final int OPEN_CREATE = 0x4;
    private static final int OPEN_URI = 0x40;
    /** SQLite's primary result codes that matter here. */
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private RegistryFile() {
    }

    /**
     * A connection to the registry in {@code file}, validated, creating the registry when no file
     * is there.
     *
     * @param lock how the connection waits for other processes' locks
     * @throws RegistryException naming the file and what is wrong; the file is left unchanged
     */
    static Connection open(Path file, WriteLock lock) {
        String where = file.toString();
        BasicFileAttributes attributes = attributes(file);
        if (attributes == null) {
            create(file);
        } else {
            check(file, attributes);
        }
        Connection c = connect("jdbc:sqlite:" + file.toAbsolutePath(), where, OPEN_READWRITE);
        return validated(c, where, lock, false);
    }

    /**
     * A connection by JDBC URL: a plain file path is opened as {@link #open(Path, WriteLock)}
     * does; other URLs ({@code :memory:}, {@code file:} URIs) are opened as SQLite opens them, a
     * registry created in an empty database.
     */
    static Connection open(String jdbcUrl, WriteLock lock) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        if (!rest.isEmpty() && !rest.startsWith(":") && !rest.startsWith("file:") && !rest.contains("?")) {
            return open(Path.of(rest), lock);
        }
        Connection c = connect(jdbcUrl, jdbcUrl, OPEN_READWRITE | OPEN_CREATE | OPEN_URI);
        return validated(c, jdbcUrl, lock, true);
    }

    /** The file's attributes, following links; null if nothing is there. */
    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new RegistryException(file + " is a broken symbolic link; give the registry file itself, "
                        + "or a path where none exists to create one", e);
            }
            return null;
        } catch (IOException e) {
            throw new RegistryException("cannot open registry " + file + ": " + TextFile.reason(e), e);
        }
    }

    /** Refuses an existing path that SQLite should not open as a registry, before it is opened. */
    private static void check(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            throw new RegistryException(file + " is a directory, not a registry file");
        }
        if (!attributes.isRegularFile()) {
            throw new RegistryException(file + " is " + TextFile.specialKind(file) + ", not a registry file: "
                    + "a registry is a regular file; it was not opened");
        }
        if (attributes.size() == 0) {
            throw new RegistryException(file + " is an empty file, not a Namelink registry; nothing was changed "
                    + "(give a path where no file exists to create a registry)");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new RegistryException("cannot read registry " + file + ": " + TextFile.reason(e), e);
        }
        if (!Arrays.equals(head, SQLITE_HEADER)) {
            throw new RegistryException(file + " is not a Namelink registry (not an SQLite database); "
                    + "nothing was changed");
        }
        if (!Files.isWritable(file)) {
            throw new RegistryException("registry " + file + " is read-only (no permission to write it, or a "
                    + "read-only file system): a registry is opened to read and write; make it writable, or copy it");
        }
        Path dir = file.toAbsolutePath().getParent();
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path beside = Path.of(file.toAbsolutePath() + suffix);
            if (Files.isDirectory(beside)) {
                throw new RegistryException("cannot open registry " + file + ": " + beside + " is a directory, "
                        + "where SQLite keeps the registry's " + (suffix.equals("-wal") ? "write-ahead log" : "shared "
                        + "memory index") + "; move it away");
            }
            if (!Files.exists(beside) && !Files.isWritable(dir)) {
                throw new RegistryException("cannot open registry " + file + ": its directory " + dir
                        + " is read-only (permission denied), and SQLite must create " + beside.getFileName()
                        + " there to read or write the registry; make the directory writable, or copy the file");
            }
        }
    }

    /**
     * Creates a registry where no file is: whole in a new file beside it, then linked into place
     * (never over a file that appeared meanwhile: then that one is opened).
     */
    private static void create(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new RegistryException("cannot create registry " + file + ": no directory " + dir);
        }
        Path temp;
        try {
            // Not Files.createTempFile: its file is private to the owner; a registry gets the usual permissions.
            temp = Files.createFile(dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Long.toHexString(System.nanoTime()) + ".new"));
        } catch (AccessDeniedException e) {
            throw new RegistryException("cannot create registry " + file + ": its directory " + dir
                    + " is read-only (permission denied)", e);
        } catch (IOException e) {
            throw new RegistryException("cannot create registry " + file + ": " + TextFile.reason(e), e);
        }
        try {
            try (Connection c = connect("jdbc:sqlite:" + temp, file.toString(), OPEN_READWRITE);
                 Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                RegistrySchema.migrate(c, 0);
                s.execute("COMMIT");
                // Readers go on while one process writes; a commit survives the process being killed.
                s.execute("PRAGMA journal_mode = WAL");
            } catch (SQLException e) {
                throw new RegistryException("cannot create registry " + file + ": " + e.getMessage(), e);
            }
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException e) {
                return; // another process created it meanwhile: that one is opened
            } catch (AccessDeniedException e) {
                throw new RegistryException("cannot create registry " + file + ": its directory " + dir
                        + " is read-only (permission denied)", e);
            } catch (IOException | UnsupportedOperationException e) {
                // No hard links here. A rename would check for the file and then replace it, so two
                // processes creating one registry could each end up with its own: refuse instead.
                throw new RegistryException("cannot create registry " + file + ": its file system cannot link a "
                        + "new file into place (" + e.getMessage() + "), which creating a registry safely needs; "
                        + "create it on another file system and copy it here", e);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray empty-schema file beside the registry; harmless
            }
        }
    }

    private static Connection connect(String url, String where, int flags) {
        Properties p = new Properties();
        p.setProperty("open_mode", Integer.toString(flags));
        // Each attempt to take a lock waits up to this long inside SQLite; WriteLock retries after it.
        p.setProperty("busy_timeout", Integer.toString(WriteLock.ATTEMPT_MILLIS));
        try {
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            throw failure(where, e);
        }
    }

    /** Validates the schema (migrating an older one) and the pages; closes the connection on failure. */
    private static Connection validated(Connection c, String where, WriteLock lock, boolean mayCreate) {
        try {
            int version = lock.retrying(c, where, () -> RegistrySchema.version(c, where, mayCreate));
            // Pages checked before a migration writes anything: a damaged file is left as it was.
            lock.retrying(c, where, () -> {
                checkPages(c, where);
                return null;
            });
            if (version < RegistrySchema.CURRENT_VERSION) {
                lock.inWriteTransaction(c, where, () -> {
                    // Read again under the lock: another process may have migrated it meanwhile.
                    RegistrySchema.migrate(c, RegistrySchema.version(c, where, mayCreate));
                    return null;
                });
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof RegistryException re) {
                throw re;
            }
            throw failure(where, e instanceof SQLException sql ? sql : new SQLException(e));
        }
    }

    /**
     * Reads every page of the registry's b-trees and checks their structure ({@code PRAGMA
     * quick_check}): a damaged registry fails when it is opened.
     */
    private static void checkPages(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery("PRAGMA quick_check(1)")) {
            String result = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(result)) {
                throw new RegistryException(damaged(where, result));
            }
        }
    }

    private static String damaged(String where, String detail) {
        return "registry " + where + " is damaged (" + detail + "); nothing was changed. Restore it from a backup, "
                + "or save what is left with: sqlite3 " + where + " .recover";
    }

    /** What an SQLite error while opening or validating means, in words naming the registry. */
    static RegistryException failure(String where, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new RegistryException(switch (e.getErrorCode() & 0xff) {
            case SQLITE_NOTADB -> where + " is not a Namelink registry (not an SQLite database: " + message
                    + "); nothing was changed";
            case SQLITE_CORRUPT -> damaged(where, message);
            case SQLITE_PERM, SQLITE_READONLY -> "cannot open registry " + where + " to write (permission denied or "
                    + "read-only): " + message;
            case SQLITE_CANTOPEN -> "cannot open registry " + where + " (SQLite cannot open it or its -wal and -shm "
                    + "files beside it): " + message;
            case SQLITE_BUSY, SQLITE_LOCKED -> "registry " + where + " is locked by another process: " + message;
            default -> "cannot open registry " + where + ": " + message;
        }, e);
    }

    static boolean busy(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }
}
