package org.tocworkbench.compiler;

import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;

/**
 * How diagnostics are filtered: {@code strict} promotes warnings to errors; {@code allowed}
 * silences codes (warnings and infos only — errors cannot be silenced).
 */
public record CompileOptions(boolean strict, Set<Code> allowed) {
    public static final CompileOptions DEFAULT = new CompileOptions(false, Set.of());

    public CompileOptions {
        allowed = Set.copyOf(allowed);
    }
}
