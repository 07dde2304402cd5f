package org.tocworkbench.compiler.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes an output file atomically (a temporary file in the same folder, then a rename), and
 * never over one of the inputs. Problems are reported as {@link OutputException} with a message
 * for the user. The temporary file never outlives the write: it is removed when the write fails,
 * and a shutdown hook removes it when the process is interrupted (Ctrl-C, SIGTERM) mid-write.
 */
public final class OutputFile {
    /** Temporary files being written, removed by the shutdown hook if the process ends first. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private OutputFile() {
    }

    /** A problem writing an output, with a message that names the file. */
    public static final class OutputException extends Exception {
        public OutputException(String message) {
            super(message);
        }
    }

    /** Refuses an output path that is one of the inputs, or whose folder does not exist. */
    public static void checkWritable(Path output, Collection<Path> inputs) throws OutputException {
        Path absolute = output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (sameFile(absolute, input)) {
                throw new OutputException("refusing to write `" + output + "`: it is one of the input files (the theory,"
                        + " a file it imports, or a data file it reads)");
            }
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new OutputException("cannot write `" + output + "`: the folder `" + parent + "` does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputException("cannot write `" + output + "`: it is a folder");
        }
    }

    public static void write(Path output, byte[] content, Collection<Path> inputs) throws OutputException {
        checkWritable(output, inputs);
        Path absolute = output.toAbsolutePath().normalize();
        Path temporary = null;
        try {
            temporary = temporaryFor(absolute);
            Files.write(temporary, content);
            givePermissions(temporary, absolute);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new OutputException("cannot write `" + output + "`: permission denied");
        } catch (IOException e) {
            throw new OutputException("cannot write `" + output + "`: " + e.getMessage());
        } finally {
            if (temporary != null) {
                delete(temporary);
                PENDING.remove(temporary);
            }
        }
    }

    /**
     * A new hidden temporary file next to {@code output}, registered for removal when the process
     * ends before the write does.
     */
    static Path temporaryFor(Path output) throws IOException {
        if (HOOKED.compareAndSet(false, true)) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(OutputFile::removePending, "toc-output-clean-up"));
            } catch (IllegalStateException e) {
                HOOKED.set(false);
            }
        }
        Path temporary = Files.createTempFile(output.getParent(), "." + output.getFileName(), ".tmp");
        PENDING.add(temporary);
        return temporary;
    }

    private static void removePending() {
        PENDING.forEach(OutputFile::delete);
    }

    private static void delete(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // nothing more can be done; the file is hidden, in the output folder, named after the output
        }
    }

    /**
     * A temporary file is readable by its owner only; the output gets the permissions of the file
     * it replaces, or the usual ones of a new file (read-write for the owner, readable by all).
     */
    private static void givePermissions(Path temporary, Path output) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(output) ? Files.getPosixFilePermissions(output)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static boolean sameFile(Path output, Path input) {
        try {
            if (Files.exists(output) && Files.exists(input)) {
                return Files.isSameFile(output, input);
            }
        } catch (IOException e) {
            return false;
        }
        return output.equals(input.toAbsolutePath().normalize());
    }
}
