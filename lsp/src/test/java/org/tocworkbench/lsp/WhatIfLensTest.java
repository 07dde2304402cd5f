package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "What if this fails?" in the editor: code lenses and the commands they run, through a real JSON-RPC client. */
class WhatIfLensTest {
    private static final Path SAMPLE = Path.of("samples/pandemic-preparedness/pandemic.toc");
    private static LspSession session;
    private static String uri;

    @BeforeAll
    static void open() throws Exception {
        session = new LspSession();
        uri = Documents.uri(SAMPLE);
        session.open(uri, Files.readString(SAMPLE));
        session.awaitDiagnostics(uri);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static List<? extends CodeLens> lenses() throws Exception {
        return session.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))
                .get(20, TimeUnit.SECONDS);
    }

    private static Object execute(String command, Object... arguments) throws Exception {
        return session.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(arguments)))
                .get(60, TimeUnit.SECONDS);
    }

    @Test
    void theServerAnnouncesTheLensesAndTheirCommands() {
        var capabilities = session.initialized.getCapabilities();
        assertFalse(capabilities.getCodeLensProvider().getResolveProvider());
        assertEquals(List.of("toc.whatIf", "toc.whatIfRank", "toc.diff"), capabilities.getExecuteCommandProvider().getCommands());
    }

    @Test
    void everyAssumptionAndResultHasAWhatIfLensOnItsId() throws Exception {
        List<? extends CodeLens> lenses = lenses();
        CodeLens as1 = lenses.stream().filter(l -> l.getCommand().getArguments().size() == 2
                && "AS1".equals(String.valueOf(l.getCommand().getArguments().get(1)).replace("\"", ""))).findFirst()
                .orElseThrow(() -> new AssertionError(lenses));
        assertEquals("What if this fails?", as1.getCommand().getTitle());
        assertEquals("toc.whatIf", as1.getCommand().getCommand());
        int line = Files.readAllLines(SAMPLE).indexOf(Files.readAllLines(SAMPLE).stream()
                .filter(l -> l.startsWith("assumption AS1 ")).findFirst().orElseThrow());
        assertEquals(line, as1.getRange().getStart().getLine());
        assertEquals("toc.whatIfRank", lenses.get(0).getCommand().getCommand());
        assertEquals(1 + 8 + 35, lenses.size(), "the rank lens, 8 assumptions and 35 results");
    }

    @Test
    void theWhatIfCommandAnswersWithTheMarkdownOfTheCommandLine() throws Exception {
        Object answer = execute("toc.whatIf", uri, "AS1");
        String markdown = String.valueOf(answer);
        assertTrue(markdown.contains("# What if `AS1` fails?"), markdown);
        assertTrue(markdown.contains("| `ST2` | outcome |"), markdown);
        assertTrue(markdown.contains("## On track today, as of 2026-06-30 (2)"), "with the monitoring data: " + markdown);
        String ranking = String.valueOf(execute("toc.whatIfRank", uri));
        assertTrue(ranking.contains("# Weakest points"), ranking);
    }

    @Test
    void anUnknownIdIsAnErrorWithDidYouMean() {
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> execute("toc.whatIf", uri, "AS11"));
        assertTrue(e.getCause().getMessage().contains("did you mean `AS1`?"), e.getCause().getMessage());
    }
}
