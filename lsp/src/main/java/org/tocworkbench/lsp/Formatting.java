package org.tocworkbench.lsp;

import java.util.List;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.services.LanguageClient;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.format.TocFormatter;

/**
 * Whole-document formatting through {@code toc fmt}'s formatter: one edit that replaces the text,
 * none when it is already formatted. A file with syntax errors is left as it is and the editor is
 * told why.
 */
final class Formatting {
    private final Supplier<LanguageClient> client;

    Formatting(Supplier<LanguageClient> client) {
        this.client = client;
    }

    List<TextEdit> edits(Documents.Document document) {
        TocFormatter.Result result = new TocFormatter().format(document.source());
        if (!result.ok()) {
            Diagnostic first = result.errors().get(0);
            String more = result.errors().size() > 1 ? " (and " + (result.errors().size() - 1) + " more)" : "";
            LanguageClient out = client.get();
            if (out != null) {
                out.showMessage(new MessageParams(MessageType.Warning, "toc: not formatted: the file has syntax errors; "
                        + first.span() + ": " + first.message() + more));
            }
            return List.of();
        }
        if (result.text().equals(document.text())) {
            return List.of();
        }
        return List.of(new TextEdit(new Range(new Position(0, 0), Positions.end(document.source(), document.text())), result.text()));
    }
}
