package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hover and completion on indicators computed from records (samples/training-followup). */
class RecordsHoverTest {
    private static final Path TOC = Path.of("samples/training-followup/training.toc");
    private static LspSession session;
    private static String text;
    private static String uri;

    @BeforeAll
    static void open() throws Exception {
        session = new LspSession();
        text = Files.readString(TOC);
        uri = Documents.uri(TOC);
        session.open(uri, text);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static String hover(String needle, int extra) throws Exception {
        return session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                LspSession.at(text, needle, extra))).get(60, TimeUnit.SECONDS).getContents().getRight().getValue();
    }

    @Test
    void hoverOnAComputedIndicatorShowsItsDefinitionAndLatestValueWithHowItWasMade() throws Exception {
        String h = hover("OC1_1 \"Share", 1);
        assertTrue(h.contains("**Computed**: `share from followup where applied = \"yes\" among completed = \"yes\""), h);
        assertTrue(h.contains("**Latest**: 63.5% (61 of 96) in 2026-H1"), h);
        assertTrue(h.contains("420 records read; 92 excluded (57 not approved"), h);
    }

    @Test
    void hoverOnARecordsNameShowsItsSourceAndCleaning() throws Exception {
        String h = hover("share from followup", "share from ".length() + 1);
        assertTrue(h.startsWith("**records** `followup` — training-followup.xlsx"), h);
        assertTrue(h.contains("exclude: duplicate by `participant_id`"), h);
        assertTrue(h.contains("**Computes**: `OC1_1`"), h);
    }

    @Test
    void completionOffersMeasuresPeriodsAndRecordsNames() throws Exception {
        String scratch = "outcome Z \"z\" {\n    indicator Z1 \"z\" {\n        compute \n    }\n}\n";
        List<CompletionItem> measures = complete(scratch, "compute ", 8);
        assertTrue(measures.stream().anyMatch(i -> i.getLabel().equals("share")), measures.toString());
        List<CompletionItem> names = complete(scratch.replace("compute ", "compute count from "), "from ", 5);
        assertTrue(names.stream().anyMatch(i -> i.getLabel().equals("followup")), names.toString());
        List<CompletionItem> periods = complete(scratch.replace("compute ", "each "), "each ", 5);
        assertTrue(periods.stream().anyMatch(i -> i.getLabel().equals("fiscal quarter")), periods.toString());
    }

    private static List<CompletionItem> complete(String scratch, String needle, int extra) throws Exception {
        String scratchUri = Documents.uri(TOC.resolveSibling("scratch-completion.toc"));
        String full = scratch + "\nimport \"training.toc\"\n";
        session.open(scratchUri, full);
        try {
            return session.server.getTextDocumentService().completion(new CompletionParams(
                    new TextDocumentIdentifier(scratchUri), LspSession.at(full, needle, extra))).get(20, TimeUnit.SECONDS)
                    .getLeft();
        } finally {
            session.close(scratchUri);
        }
    }
}
