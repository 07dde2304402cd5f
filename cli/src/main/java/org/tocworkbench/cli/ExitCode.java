package org.tocworkbench.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The exit codes of every {@code toc} command, with the meaning {@code toc --help} prints: the
 * help text is made from this enum, so the two cannot disagree.
 */
public enum ExitCode {
    OK(0, "success (warnings and data issues allowed)"),
    INPUT_ERRORS(1, "the theory has errors (with --strict: also warnings, and data issues);"
            + " `fmt --check`: a file is not formatted"),
    USAGE(2, "usage error: an unknown option, a bad value, or a path that is not what the command needs"),
    IO_ERROR(3, "a file could not be read or written: a missing, empty, corrupt or password-protected theory or"
            + " data file, a data file with no usable sheet, or an output that would replace an input");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The help footer: {@code   3  a file could not be read ...}, wrapped to 78 columns under the text. */
    static String[] helpLines() {
        List<String> lines = new ArrayList<>();
        for (ExitCode e : values()) {
            StringBuilder line = new StringBuilder("  " + e.code + " ");
            for (String word : e.meaning.split(" ")) {
                if (line.length() + 1 + word.length() > 78) {
                    lines.add(line.toString());
                    line = new StringBuilder("    ");
                }
                line.append(' ').append(word);
            }
            lines.add(line.toString());
        }
        return lines.toArray(new String[0]);
    }
}
