package org.tocworkbench.compiler;

import java.util.Set;
import org.tocworkbench.compiler.diagnostics.Code;

/**
 * How diagnostics are filtered: {@code strict} promotes warnings to errors; {@code allowed}
 * silences codes (warnings and infos only — errors cannot be silenced).
 *
 * @param rules run the logic rules (TOC2xx, TOC3xx); without them a compilation gives the model
 *              with the syntax and name diagnostics only, which is what a comparison of two
 *              versions needs ({@code toc diff})
 */
public record CompileOptions(boolean strict, Set<Code> allowed, boolean rules) {
    public static final CompileOptions DEFAULT = new CompileOptions(false, Set.of());

    public CompileOptions {
        allowed = Set.copyOf(allowed);
    }

    public CompileOptions(boolean strict, Set<Code> allowed) {
        this(strict, allowed, true);
    }

    public CompileOptions withoutRules() {
        return new CompileOptions(strict, allowed, false);
    }
}
