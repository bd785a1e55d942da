package org.namelink.registry;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A child JVM that holds a registry's write lock as another writer does: it begins a write
 * transaction on the file named by its argument, says {@code locked} on standard output, and
 * commits when it reads {@code release} (or its input ends). With a second argument {@code
 * exclusive} it locks readers out too, as a connection in SQLite's exclusive locking mode does.
 */
public final class LockHolderProcess {

    private LockHolderProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement s = c.createStatement()) {
            if (args.length > 1 && args[1].equals("exclusive")) {
                s.execute("PRAGMA locking_mode = EXCLUSIVE");
                s.execute("BEGIN EXCLUSIVE");
            } else {
                s.execute("BEGIN IMMEDIATE");
            }
            System.out.println("locked");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("release")) {
                // wait
            }
            s.execute("COMMIT");
            System.out.println("released");
            System.out.flush();
        }
    }
}
