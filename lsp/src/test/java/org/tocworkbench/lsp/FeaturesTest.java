package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.model.Horizon;
import org.tocworkbench.compiler.model.NetworkFunction;

/** Hover, navigation, completion, outline, rename and quick fixes on the samples, through a real JSON-RPC client. */
class FeaturesTest {
    private static final Path SAMPLE = Path.of("samples/knowledge-learning");
    private static LspSession session;
    private static String learning;
    private static String learningUri;
    private static String actorsUri;

    @BeforeAll
    static void open() throws Exception {
        session = new LspSession();
        learning = Files.readString(SAMPLE.resolve("learning.toc"));
        learningUri = Documents.uri(SAMPLE.resolve("learning.toc"));
        actorsUri = Documents.uri(SAMPLE.resolve("actors.toc"));
        session.open(learningUri, learning);
    }

    @AfterAll
    static void close() {
        session.close();
        assertFalse(session.log().contains("failed"), session.log());
    }

    @Test
    void theServerAnnouncesWhatItDoes() {
        var capabilities = session.initialized.getCapabilities();
        assertTrue(capabilities.getHoverProvider().getLeft());
        assertTrue(capabilities.getDefinitionProvider().getLeft());
        assertTrue(capabilities.getReferencesProvider().getLeft());
        assertTrue(capabilities.getRenameProvider().getRight().getPrepareProvider());
        assertNotNull(capabilities.getCompletionProvider());
        assertTrue(capabilities.getDocumentSymbolProvider().getLeft());
    }

    @Test
    void theSampleIsCleanSoItsDiagnosticsHaveNoErrors() throws Exception {
        var params = session.awaitDiagnostics(learningUri);
        assertTrue(params.getDiagnostics().stream().noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error),
                params.toString());
    }

    @Test
    void hoverOnANodeShowsItsKindTitleLinksIndicatorsAndMonitoringStatus() throws Exception {
        Hover hover = hover(learning, "MT1 \"Members adopt", 1);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**outcome** `MT1` — Members adopt in their programmes practices they learned from peers"), text);
        assertTrue(text.contains("horizon: medium"), text);
        assertTrue(text.contains("**Comes from**"), text);
        assertTrue(text.contains("- `ST1` "), text);
        assertTrue(text.contains("**Leads to**\n- `LT1` Member programmes apply proven resilience practices at scale"), text);
        assertTrue(text.contains("**Indicators**"), text);
        assertTrue(text.contains("baseline "), text);
        assertTrue(text.contains("; latest "), "the sample's workbook gives the latest value: " + text);
        assertTrue(text.contains("**Status**: "), text);
        assertEquals(LspSession.at(learning, "MT1 \"Members adopt", 0), hover.getRange().getStart());
    }

    @Test
    void hoverOnAUseOfAnAssumptionIndicatorAndActor() throws Exception {
        String assumption = hover(learning, "assumes AS5", 9).getContents().getRight().getValue();
        assertTrue(assumption.startsWith("**assumption** `AS5` — Security conditions allow staff"), assumption);
        assertTrue(assumption.contains("risk: "), assumption);
        assertTrue(assumption.contains("`A1.2 -> OP2`"), assumption);
        String actor = hover(learning, "by TRI, MAN, BCR, FFT {", 4).getContents().getRight().getValue();
        assertTrue(actor.startsWith("**actor** `TRI` — Tillabéri Resilience Initiative (Niger)"), actor);
        assertTrue(actor.contains("role: member"), actor);
        String indicator = hover(learning, "indicator LT1_1", 11).getContents().getRight().getValue();
        assertTrue(indicator.startsWith("**indicator** `LT1_1`"), indicator);
        assertTrue(indicator.contains("baseline 2 at 2024, target 12 by 2028"), indicator);
        assertTrue(indicator.contains("**Latest**: "), indicator);
    }

    @Test
    void hoverWithAMissingWorkbookLeavesANoteInsteadOfTheData(@TempDir Path dir) throws Exception {
        Files.copy(SAMPLE.resolve("learning.toc"), dir.resolve("learning.toc"));
        Files.copy(SAMPLE.resolve("actors.toc"), dir.resolve("actors.toc"));
        String uri = Documents.uri(dir.resolve("learning.toc"));
        session.open(uri, learning);
        try {
            Hover hover = session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    LspSession.at(learning, "MT1 \"Members adopt", 1))).get(20, TimeUnit.SECONDS);
            String text = hover.getContents().getRight().getValue();
            assertTrue(text.startsWith("**outcome** `MT1`"), text);
            assertFalse(text.contains("**Status**"), text);
            assertTrue(text.contains("_monitoring data not read: "), text);
        } finally {
            session.close(uri);
        }
    }

    @Test
    void hoverOnADeclaredPathwayListsItsMembersInOrder() throws Exception {
        Path file = Path.of("samples/humanitarian-communication/humanitarian.toc");
        String text = Files.readString(file);
        String uri = Documents.uri(file);
        session.open(uri, text);
        try {
            Hover hover = session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    LspSession.at(text, "pathway adaptation", 9))).get(20, TimeUnit.SECONDS);
            String markdown = hover.getContents().getRight().getValue();
            assertTrue(markdown.startsWith("**pathway** `adaptation` — From feedback to programme adaptation"), markdown);
            assertTrue(markdown.contains("` → `"), markdown);
            assertTrue(markdown.contains("**Status**: "), "the sample's workbook rates the pathway: " + markdown);
        } finally {
            session.close(uri);
        }
    }

    @Test
    void hoverOnAKeywordOrStringShowsNothing() throws Exception {
        assertNull(hover(learning, "outcome LT1", 2));
        assertNull(hover(learning, "\"Member programmes apply", 3));
    }

    @Test
    void definitionOfAnActorLeadsIntoTheImportedFile() throws Exception {
        List<? extends Location> found = session.server.getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(learningUri), LspSession.at(learning, "by TRI, MAN", 3))).get(20, TimeUnit.SECONDS).getLeft();
        assertEquals(1, found.size());
        assertEquals(actorsUri, found.get(0).getUri());
        String actors = Files.readString(SAMPLE.resolve("actors.toc"));
        Position start = LspSession.at(actors, "actor TRI", 6);
        assertEquals(new Range(start, new Position(start.getLine(), start.getCharacter() + 3)), found.get(0).getRange());
    }

    @Test
    void definitionOnAnImportPathOpensTheImportedFile() throws Exception {
        List<? extends Location> found = session.server.getTextDocumentService().definition(new DefinitionParams(
                new TextDocumentIdentifier(learningUri), LspSession.at(learning, "import \"actors.toc\"", 10)))
                .get(20, TimeUnit.SECONDS).getLeft();
        assertEquals(List.of(new Location(actorsUri, new Range(new Position(0, 0), new Position(0, 0)))), found);
    }

    @Test
    void referencesFindTheDeclarationAndEveryUseAcrossFiles() throws Exception {
        List<? extends Location> found = references(learning, "owner HUB", 7, true);
        Set<String> uris = found.stream().map(Location::getUri).collect(Collectors.toSet());
        assertEquals(Set.of(learningUri, actorsUri), uris);
        long expectedUses = Stream.of(learning.split("\n")).mapToLong(line -> count(line.replaceAll("//.*", ""), "HUB")).sum();
        assertEquals(expectedUses + 1, found.size(), "every use in learning.toc and the declaration in actors.toc");
        assertEquals(expectedUses, references(learning, "owner HUB", 7, false).size());
    }

    @Test
    void completionOffersTheValuesOfTheModelEnumsAndDeclaredIdentifiers() throws Exception {
        String text = "import \"actors.toc\"\noutcome X \"x\" horizon \n";
        List<CompletionItem> horizons = complete(text, LspSession.at(text, "horizon ", 8));
        assertEquals(Stream.of(Horizon.values()).map(Horizon::word).toList(), labels(horizons));
        String functions = "outcome X \"x\" {\n    functions advocacy, \n}\n";
        List<String> offered = labels(complete(functions, LspSession.at(functions, "advocacy, ", 10)));
        assertEquals(Stream.of(NetworkFunction.values()).map(NetworkFunction::word).toList(), offered);
        String prefixed = "outcome X \"x\" {\n    hor\n}\n";
        assertEquals(List.of("horizon"), labels(complete(prefixed, LspSession.at(prefixed, "hor", 3))));
        String top = "";
        List<String> keywords = labels(complete(top, new Position(0, 0)));
        assertTrue(keywords.containsAll(List.of("import", "theory", "actor", "impact", "outcome", "pathway", "data")), keywords.toString());
        assertTrue(keywords.contains("LT1"), "node identifiers start links: " + keywords);
        String link = "MT1 -> \n";
        List<CompletionItem> nodes = complete(link, LspSession.at(link, "-> ", 3));
        CompletionItem lt1 = nodes.stream().filter(i -> i.getLabel().equals("LT1")).findFirst().orElseThrow();
        assertEquals("outcome — Member programmes apply proven resilience practices at scale", lt1.getDetail());
        assertTrue(labels(nodes).stream().noneMatch(l -> l.equals("HUB")), "actors are not results");
        String by = "outcome X \"x\" by ";
        assertTrue(labels(complete(by, LspSession.at(by, "by ", 3))).containsAll(List.of("HUB", "TRI")));
        String inString = "outcome X \"hor";
        assertEquals(List.of(), complete(inString, LspSession.at(inString, "hor", 3)));
    }

    @Test
    void completionOffersTheKeywordsOfTheBlockTheCursorIsIn() throws Exception {
        String indicator = "outcome X \"x\" {\n    indicator X_1 \"n\" {\n        unit percent\n        \n    }\n}\n";
        List<String> inIndicator = labels(complete(indicator, LspSession.at(indicator, "percent\n        ", 16)));
        assertTrue(inIndicator.containsAll(List.of("baseline", "target", "milestone", "frequency", "disaggregate by")),
                inIndicator.toString());
        assertFalse(inIndicator.contains("horizon"), inIndicator.toString());
        String data = "data \"x.xlsx\" {\n    \n}\n";
        List<String> inData = labels(complete(data, LspSession.at(data, "{\n    ", 6)));
        assertTrue(inData.containsAll(List.of("sheet", "layout", "header row", "fiscal year starts")), inData.toString());
        String link = "A -> B {\n    kind \n}\n";
        assertEquals(Stream.of(org.tocworkbench.compiler.model.LinkKind.values()).map(k -> k.word()).toList(),
                labels(complete(link, LspSession.at(link, "kind ", 5))));
        String target = "indicator I \"i\" for LT1 {\n    target 5 by \n}\n";
        assertEquals(List.of("start", "end", "year"), labels(complete(target, LspSession.at(target, "by ", 3))),
                "a date follows, not an actor: the dates written by name");
    }

    @Test
    void completionAndHoverKnowTheNetworkWords() throws Exception {
        String theory = "theory \"t\" {\n    \n}\n";
        assertTrue(labels(complete(theory, LspSession.at(theory, "{\n    ", 6)))
                .containsAll(List.of("primary functions", "secondary functions", "backbone plays")));
        String structure = "structure S \"s\" kind ";
        assertEquals(Stream.of(org.tocworkbench.compiler.model.StructureKind.values()).map(k -> k.word()).toList(),
                labels(complete(structure, LspSession.at(structure, "kind ", 5))));
        String inStructure = "structure S \"s\" {\n    \n}\n";
        assertTrue(labels(complete(inStructure, LspSession.at(inStructure, "{\n    ", 6)))
                .containsAll(List.of("kind", "serves", "members")));
        String members = "structure S \"s\" {\n    members \n}\n";
        assertTrue(labels(complete(members, LspSession.at(members, "members ", 8))).containsAll(List.of("HUB", "TRI")));
        String plays = "actor B \"b\" role backbone {\n    plays \n}\n";
        List<String> roles = labels(complete(plays, LspSession.at(plays, "plays ", 6)));
        assertTrue(roles.containsAll(List.of("facilitator", "coordinator", "broker", "catalyst", "convener")), roles.toString());
        String backbone = "output X \"x\" {\n    backbone \n}\n";
        assertTrue(labels(complete(backbone, LspSession.at(backbone, "backbone ", 9))).containsAll(List.of("plays", "HUB")));
        String hub = hover(learning, "by HUB, FUND, GRANTS", 3).getContents().getRight().getValue();
        assertTrue(hub.contains("plays: coordinator, facilitator, convener, broker"), hub);
        assertTrue(hub.contains("positions: Network coordinator"), hub);
        String grants = hover(learning, "GRANTS {", 1).getContents().getRight().getValue();
        assertTrue(grants.startsWith("**structure** `GRANTS` — Innovation micro-grants window"), grants);
        assertTrue(grants.contains("kind: fund"), grants);
        assertTrue(grants.contains("serves: Investing, Problem solving and innovation"), grants);
        String op9 = hover(learning, "OP9 \"Innovation", 1).getContents().getRight().getValue();
        assertTrue(op9.contains("backbone `HUB` plays: broker"), op9);
    }

    @Test
    void highlightsMarkTheDeclarationAsWrittenAndUsesAsRead() throws Exception {
        var highlights = session.server.getTextDocumentService().documentHighlight(
                new org.eclipse.lsp4j.DocumentHighlightParams(new TextDocumentIdentifier(learningUri),
                        LspSession.at(learning, "assumes AS5", 9))).get(20, TimeUnit.SECONDS);
        assertEquals(count(learning, "AS5"), highlights.size());
        assertEquals(1, highlights.stream().filter(h -> h.getKind() == org.eclipse.lsp4j.DocumentHighlightKind.Write).count());
    }

    @Test
    void theOutlineNestsIndicatorsUnderTheirResults() throws Exception {
        List<DocumentSymbol> symbols = session.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(learningUri))).get(20, TimeUnit.SECONDS)
                .stream().map(Either::getRight).toList();
        DocumentSymbol lt1 = symbols.stream().filter(s -> s.getName().equals("LT1")).findFirst().orElseThrow();
        assertEquals("outcome — Member programmes apply proven resilience practices at scale", lt1.getDetail());
        assertEquals(List.of("LT1_1"), lt1.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertTrue(symbols.stream().anyMatch(s -> s.getName().equals("A1.2 -> OP2")), "links are listed");
        assertTrue(symbols.stream().anyMatch(s -> s.getName().equals("learning-monitoring.xlsx")), "data blocks are listed");
        assertEquals("Sahel Resilience Learning Network: theory of change", symbols.get(0).getName());
    }

    @Test
    void renameChangesTheDeclarationAndEveryUseInEveryFile(@TempDir Path dir) throws Exception {
        for (String name : List.of("learning.toc", "actors.toc", "learning-monitoring.xlsx")) {
            Files.copy(SAMPLE.resolve(name), dir.resolve(name));
        }
        String uri = Documents.uri(dir.resolve("learning.toc"));
        String copiedActors = Documents.uri(dir.resolve("actors.toc"));
        session.open(uri, learning);
        Position at = LspSession.at(learning, "by TRI, MAN", 3);
        var prepared = session.server.getTextDocumentService().prepareRename(
                new PrepareRenameParams(new TextDocumentIdentifier(uri), at)).get(20, TimeUnit.SECONDS);
        assertEquals("TRI", prepared.getSecond().getPlaceholder());
        WorkspaceEdit edit = rename(uri, at, "TILLABERI");
        Map<String, List<TextEdit>> changes = edit.getChanges();
        assertEquals(Set.of(uri, copiedActors), changes.keySet());
        assertEquals(1, changes.get(copiedActors).size());
        String renamed = apply(learning, changes.get(uri));
        assertFalse(renamed.matches("(?s).*\\bTRI\\b.*"), "no use of TRI is left");
        assertEquals(count(learning, "TRI"), count(renamed, "TILLABERI"));
        session.close(uri);
    }

    @Test
    void renameRefusesKeywordsClashesBadNamesAndPlacesThatAreNotIdentifiers() throws Exception {
        Position at = LspSession.at(learning, "by TRI, MAN", 3);
        assertRefused(() -> rename(learningUri, at, "outcome"), "keyword");
        assertRefused(() -> rename(learningUri, at, "HUB"), "already declared");
        assertRefused(() -> rename(learningUri, at, "two words"), "not an identifier");
        Position keyword = LspSession.at(learning, "outcome LT1", 2);
        assertRefused(() -> session.server.getTextDocumentService().prepareRename(
                new PrepareRenameParams(new TextDocumentIdentifier(learningUri), keyword)).get(20, TimeUnit.SECONDS), "declared identifier");
    }

    @Test
    void aDidYouMeanDiagnosticHasAQuickFixThatReplacesTheName(@TempDir Path dir) throws Exception {
        String text = "impact Impact \"Goal\"\nactivity A1 \"Act\"\nA1 -> Impakt\n";
        String uri = Documents.uri(dir.resolve("fix.toc"));
        session.open(uri, text);
        var diagnostics = session.awaitDiagnostics(uri).getDiagnostics();
        Range range = diagnostics.stream().filter(d -> d.getCode().getLeft().equals("TOC101")).findFirst().orElseThrow().getRange();
        List<CodeAction> actions = session.server.getTextDocumentService().codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(uri), range, new CodeActionContext(diagnostics)))
                .get(20, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
        assertEquals(1, actions.size(), actions.toString());
        assertEquals("quickfix", actions.get(0).getKind());
        assertEquals("impact Impact \"Goal\"\nactivity A1 \"Act\"\nA1 -> Impact\n",
                apply(text, actions.get(0).getEdit().getChanges().get(uri)));
        session.close(uri);
    }

    @Test
    void requestsForADocumentThatIsNotOpenAnswerEmpty() throws Exception {
        String uri = "file:///nowhere/missing.toc";
        assertNull(session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(3, 4))).get(20, TimeUnit.SECONDS));
        assertEquals(List.of(), session.server.getTextDocumentService().references(new ReferenceParams(
                new TextDocumentIdentifier(uri), new Position(0, 0), new ReferenceContext(true))).get(20, TimeUnit.SECONDS));
        assertNull(hover(learning, "MT1", 0, new Position(100_000, 5)));
    }

    // ------------------------------------------------------------------ helpers

    private static Hover hover(String text, String needle, int extra) throws Exception {
        return hover(text, needle, extra, LspSession.at(text, needle, extra));
    }

    private static Hover hover(String text, String needle, int extra, Position position) throws Exception {
        return session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(learningUri),
                position)).get(20, TimeUnit.SECONDS);
    }

    private static List<? extends Location> references(String text, String needle, int extra, boolean declaration)
            throws Exception {
        return session.server.getTextDocumentService().references(new ReferenceParams(new TextDocumentIdentifier(learningUri),
                LspSession.at(text, needle, extra), new ReferenceContext(declaration))).get(20, TimeUnit.SECONDS);
    }

    /** Completion in a scratch document next to the sample, so that its imports and identifiers are known. */
    private static List<CompletionItem> complete(String text, Position position) throws Exception {
        String uri = Documents.uri(SAMPLE.resolve("scratch-completion.toc"));
        String withSample = text + "\nimport \"learning.toc\"\n";
        session.open(uri, withSample);
        try {
            return session.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
                    position)).get(20, TimeUnit.SECONDS).getLeft();
        } finally {
            session.close(uri);
        }
    }

    private static WorkspaceEdit rename(String uri, Position at, String name) throws Exception {
        return session.server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri), at, name))
                .get(20, TimeUnit.SECONDS);
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static void assertRefused(Call call, String why) {
        try {
            call.run();
            throw new AssertionError("expected a refusal mentioning " + why);
        } catch (ExecutionException e) {
            assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
            assertTrue(e.getCause().getMessage().contains(why), e.getCause().getMessage());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private static long count(String text, String word) {
        return java.util.regex.Pattern.compile("(?<![\\w.-])" + word + "(?![\\w])").matcher(text).results().count();
    }

    /** Applies non-overlapping edits to a text, last first. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = edits.stream().sorted((a, b) -> compare(b.getRange().getStart(), a.getRange().getStart())).toList();
        StringBuilder out = new StringBuilder(text);
        for (TextEdit edit : sorted) {
            out.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
        }
        return out.toString();
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    private static int offset(String text, Position p) {
        int offset = 0;
        for (int line = 0; line < p.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + p.getCharacter();
    }
}
