package org.tocworkbench.compiler.diagnostics;

/** How serious a diagnostic is; errors make `toc check` exit 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
