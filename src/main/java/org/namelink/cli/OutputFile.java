package org.namelink.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.namelink.io.ArticleReader;

/**
 * Where a command's results go: standard output; a device, FIFO or other special file, written
 * directly; or a regular file, written whole or not at all. A regular file is written to a
 * temporary file beside it, moved onto it ({@link #commit}) only once the run has succeeded, so a
 * run that fails or is refused leaves an existing file as it was; {@link #close} without a
 * commit deletes the temporary file.
 *
 * <p>Not thread-safe: one command, one thread.
 */
final class OutputFile implements Closeable {

    private final PrintWriter writer;
    /** The temporary file and the file it replaces at the commit; empty when written directly. */
    private final Optional<Path> temporary;
    private final Optional<Path> target;
    private final String name;
    private final boolean standardOutput;
    private boolean committed;

    private OutputFile(PrintWriter writer, Optional<Path> temporary, Optional<Path> target, String name,
                       boolean standardOutput) {
        this.writer = writer;
        this.temporary = temporary;
        this.target = target;
        this.name = name;
        this.standardOutput = standardOutput;
    }

    /** Standard output, through {@code out}, which stays open. */
    static OutputFile standardOutput(PrintWriter out) {
        return new OutputFile(new PrintWriter(out) {
            @Override
            public void close() {
                flush(); // standard output stays open
            }
        }, Optional.empty(), Optional.empty(), "standard output", true);
    }

    /**
     * {@code --output FILE}, checked and opened before any work starts: empty, the reason printed
     * on {@code err}, when it cannot be written (a directory, a directory that does not exist, no
     * permission), when it is one of the input files of {@code inputs}, or when it is one of
     * {@code kept} (the registry and its journal files, the alias file): writing it would destroy them.
     *
     * @param kept each file the run reads or keeps, with what it is ("the registry")
     */
    static Optional<OutputFile> open(Path output, List<Path> inputs, Map<Path, String> kept, PrintWriter err) {
        return open("--output", output, inputs, kept, err);
    }

    /** {@link #open(Path, List, Map, PrintWriter)} for the file of another option, named so in messages. */
    static Optional<OutputFile> open(String option, Path output, List<Path> inputs, Map<Path, String> kept,
                                     PrintWriter err) {
        Optional<Path> input = inputFile(output, inputs);
        if (input.isPresent()) {
            err.println("error: " + option + " " + output + " is the input " + input.get() + "; write the output elsewhere");
            return Optional.empty();
        }
        for (Map.Entry<Path, String> k : kept.entrySet()) {
            if (sameFile(output, k.getKey())) {
                err.println("error: " + option + " " + output + " is " + k.getValue() + " " + k.getKey()
                        + "; write the output elsewhere");
                return Optional.empty();
            }
        }
        String problem;
        try {
            if (Files.isDirectory(output)) {
                problem = "it is a directory; give a file name";
            } else if (writtenDirectly(output)) {
                // Appended to, never truncated: /dev/stdout may be a file the shell opened with >>.
                return Optional.of(new OutputFile(new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)), Optional.empty(), Optional.empty(),
                        output.toString(), false));
            } else if (Files.exists(output) && !Files.isWritable(output)) {
                problem = "permission denied";
            } else {
                // A link to a file is followed, so that the file it names is replaced, not the link.
                Path target = Files.exists(output) ? output.toRealPath() : output.toAbsolutePath();
                Path temporary = createTemporary(target);
                return Optional.of(new OutputFile(new PrintWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)),
                        Optional.of(temporary), Optional.of(target), output.toString(), false));
            }
        } catch (NoSuchFileException e) {
            problem = "its directory does not exist";
        } catch (AccessDeniedException e) {
            problem = "permission denied (the output is written to a new file in its directory, then moved onto it)";
        } catch (IOException e) {
            problem = e.toString();
        }
        err.println("error: cannot write " + option + " " + output + ": " + problem);
        return Optional.empty();
    }

    /** The writer of the results. */
    PrintWriter writer() {
        return writer;
    }

    /** The regular file the results replace at the commit; empty for standard output or a special file. */
    Optional<Path> target() {
        return target;
    }

    /**
     * Ends the output: flushes it and, for a regular file, moves the temporary file onto it.
     *
     * @throws IOException naming the output when it could not be written, or, when the move failed
     *     (the output replaced by a directory during the run, say), naming the temporary file, which
     *     then holds the results and is kept
     */
    void commit() throws IOException {
        writer.close();
        // System.out, a PrintStream under the writer, keeps its errors to itself.
        if (writer.checkError() || standardOutput && System.out.checkError()) {
            throw new IOException("cannot write " + name + (standardOutput ? " (is the disk full or the pipe closed?)" : ""));
        }
        if (temporary.isPresent()) {
            try {
                try {
                    Files.move(temporary.get(), target.orElseThrow(), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary.get(), target.orElseThrow(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                // The results are whole in the temporary file: kept, and named, rather than deleted.
                committed = true;
                throw new IOException("cannot replace " + name + " (" + e + "); the results are in "
                        + temporary.get(), e);
            }
        }
        committed = true;
    }

    /** Closes the output; without a commit, deletes the temporary file, leaving the output as it was. */
    @Override
    public void close() throws IOException {
        writer.close();
        if (!committed && temporary.isPresent()) {
            Files.deleteIfExists(temporary.get());
        }
    }

    /**
     * Whether {@code output} is written in place rather than replaced: an existing device, FIFO or
     * other file that is not regular, or a name for a descriptor the process was given
     * ({@code /dev/stdout}, {@code /dev/stderr}, {@code /dev/fd/N}, {@code /proc/self/fd/N}), which
     * may be a regular file the shell opened; a regular file elsewhere under {@code /dev}
     * ({@code /dev/shm}) is replaced as any other.
     */
    private static boolean writtenDirectly(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.equals(Path.of("/dev/stdout")) || absolute.equals(Path.of("/dev/stderr"))
                || absolute.startsWith("/dev/fd") || absolute.startsWith("/proc")
                || Files.exists(output) && !Files.isRegularFile(output);
    }

    /** Whether two paths name one file: the same file when both exist, else the same absolute path. */
    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // not comparable as files: compared as paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /**
     * A new empty file beside {@code target}, with its permissions when it exists; created as any
     * new file is otherwise (the user's umask), not with a temporary file's owner-only permissions.
     */
    private static Path createTemporary(Path target) throws IOException {
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString());
        }
        while (true) {
            String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path temporary = dir.resolve("." + target.getFileName() + "." + suffix + ".tmp");
            try {
                Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            temporary.toFile().deleteOnExit(); // an interrupted run (Ctrl-C, SIGTERM) leaves no temporary file
            if (Files.exists(target)) {
                try {
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
                } catch (UnsupportedOperationException | IOException e) {
                    // not a POSIX file system, or not the owner: the new file's permissions stay
                }
            }
            return temporary;
        }
    }

    /** The input file of {@code inputs} (a directory's {@code *.txt} files included) that is {@code output}. */
    private static Optional<Path> inputFile(Path output, List<Path> inputs) {
        if (!Files.exists(output)) {
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try {
                    files.addAll(ArticleReader.textFiles(p));
                } catch (IOException e) {
                    // an unlistable directory is reported when it is read
                }
            } else if (!p.toString().equals("-")) {
                files.add(p);
            }
        }
        for (Path file : files) {
            try {
                if (Files.exists(file) && Files.isSameFile(file, output)) {
                    return Optional.of(file);
                }
            } catch (IOException e) {
                // not comparable: not the same file as far as can be told
            }
        }
        return Optional.empty();
    }
}
