package org.tocworkbench.compiler.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * A theory as it was at a git revision, read with {@code git show REV:path} and compiled with the
 * files it imports read at the same revision. Git is run as a process: the repository is the
 * one that holds the file.
 */
public final class GitRevisions {
    private static final long TIMEOUT_SECONDS = 60;

    /** Git could not give the file: not a repository, an unknown revision, no such path at it, or no git. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    private final Path root;

    private GitRevisions(Path root) {
        this.root = root;
    }

    /** The repository that holds {@code file} (which need not exist in the working tree). */
    public static GitRevisions of(Path file) throws GitException {
        Path directory = existingDirectory(file.toAbsolutePath().normalize().getParent());
        Result r = run(directory, List.of("rev-parse", "--show-toplevel"));
        if (r.exit != 0) {
            throw new GitException(directory + " is not in a git repository (git: " + summary(r.err) + ")");
        }
        return new GitRevisions(Path.of(r.out.strip()));
    }

    /** The file's path in the repository, with {@code /} separators, as {@code git show} wants it. */
    public String repositoryPath(Path file) throws GitException {
        Path absolute = file.toAbsolutePath().normalize();
        Path directory = existingDirectory(absolute.getParent());
        try {
            Path real = directory.toRealPath().resolve(directory.relativize(absolute.getParent()))
                    .resolve(absolute.getFileName()).normalize();
            return root.toRealPath().relativize(real).toString().replace('\\', '/');
        } catch (IOException | IllegalArgumentException e) {
            throw new GitException(file + " is not inside the repository at " + root);
        }
    }

    /** The text of a file at a revision. */
    public String show(String revision, String repositoryPath) throws GitException {
        Result verify = run(root, List.of("rev-parse", "--verify", "--quiet", revision + "^{commit}"));
        if (verify.exit != 0) {
            throw new GitException("unknown revision `" + revision + "` in " + root
                    + (verify.err.isBlank() ? "" : " (git: " + summary(verify.err) + ")"));
        }
        Result r = run(root, List.of("show", revision + ":" + repositoryPath));
        if (r.exit != 0) {
            throw new GitException("git cannot show `" + repositoryPath + "` at `" + revision + "`: " + summary(r.err));
        }
        return r.out;
    }

    /**
     * Compiles the theory at a revision; its imports are read at the same revision (from the
     * disk only when they lie outside the repository).
     */
    public Compilation compile(Path file, String revision, CompileOptions options) throws GitException {
        String path = repositoryPath(file);
        String text = show(revision, path);
        Path location = file.toAbsolutePath().normalize();
        TocCompiler compiler = new TocCompiler(imported -> atRevision(revision, imported).orElse(null));
        return compiler.compile(new SourceFile(file + "@" + revision, location, text), options);
    }

    private Optional<String> atRevision(String revision, Path imported) {
        try {
            return Optional.of(show(revision, repositoryPath(imported)));
        } catch (GitException e) {
            return Optional.empty();
        }
    }

    private static Path existingDirectory(Path directory) {
        Path d = directory == null ? Path.of("").toAbsolutePath() : directory;
        while (d != null && !d.toFile().isDirectory()) {
            d = d.getParent();
        }
        return d == null ? Path.of("").toAbsolutePath() : d;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(Path directory, List<String> args) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new GitException("git is not installed or not on the PATH (" + e.getMessage()
                    + "); install it, e.g. `apt-get install -y git`");
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("git did not answer within " + TIMEOUT_SECONDS + " seconds");
            }
            return new Result(process.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new GitException("git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while waiting for git");
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Git's message in one line: its first line, without {@code fatal: }. */
    static String summary(String stderr) {
        String first = stderr.strip().lines().findFirst().orElse("no message").strip();
        return first.replaceFirst("^(fatal|error): ", "");
    }
}
