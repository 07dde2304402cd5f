package org.tocworkbench.compiler.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics from every stage; reports them in source order. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void add(Diagnostic.Builder builder) {
        items.add(builder.build());
    }

    public void addAll(List<Diagnostic> more) {
        items.addAll(more);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** In source order: by file (in the order files were read), line, column, then code. */
    public List<Diagnostic> sorted(List<String> fileOrder) {
        Comparator<Diagnostic> byFile = Comparator.comparingInt(d -> {
            int index = fileOrder.indexOf(d.span().path());
            return index < 0 ? Integer.MAX_VALUE : index;
        });
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(byFile
                .thenComparingInt((Diagnostic d) -> d.span().start())
                .thenComparing(d -> d.code().id())
                .thenComparing(Diagnostic::message));
        return List.copyOf(copy);
    }

    public List<Diagnostic> all() {
        return List.copyOf(items);
    }
}
