package org.tocworkbench.cli.watch;

import java.nio.file.Path;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.diff.DiffTextWriter;
import org.tocworkbench.compiler.diff.GitRevisions;
import org.tocworkbench.compiler.diff.TheoryDiffer;
import org.tocworkbench.compiler.model.Theory;

/**
 * The preview's "changes since the last commit" panel: the theory as saved against its version at
 * {@code HEAD}, read with git. The committed version is compiled once per commit, not on every save.
 */
final class LastCommitDiff {
    private String committedText;
    private Theory committed;

    /** The diff as {@code toc diff} prints it, or "" when git has no committed version that compiles. */
    String changes(Path file, Theory now) {
        try {
            GitRevisions git = GitRevisions.of(file);
            String text = git.show("HEAD", git.repositoryPath(file));
            if (!text.equals(committedText)) {
                Compilation c = git.compile(file, "HEAD", CompileOptions.DEFAULT.withoutRules());
                committedText = text;
                committed = c.hasErrors() ? null : c.theory();
            }
        } catch (GitRevisions.GitException e) {
            committedText = null;
            committed = null;
        }
        if (committed == null) {
            return "";
        }
        String name = file.getFileName().toString();
        return new DiffTextWriter(false).write(new TheoryDiffer().diff(name + "@HEAD", committed, name, now));
    }
}
