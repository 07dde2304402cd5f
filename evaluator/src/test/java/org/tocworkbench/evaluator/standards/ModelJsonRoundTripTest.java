package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.export.ModelJsonExporter;

/**
 * {@code toc export --format json} → {@code toc import} → {@code toc export --format json} gives
 * the same model (but for source locations) for every sample, every theory of the compiler's test
 * resources (published corpus, format fixtures) and the render test theories, and the imported
 * theory checks with no more diagnostics than the original.
 */
class ModelJsonRoundTripTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** What a file written in another folder may say of files named relative to the original's folder. */
    private static final java.util.Set<Code> MOVED = java.util.Set.of(Code.DATA_FILE_NOT_FOUND,
            Code.RECORDS_FILE_NOT_FOUND);

    static List<Path> theories() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : List.of("samples", "compiler/src/test/resources", "render/src/test/resources/render")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(f -> f.toString().endsWith(".toc")).filter(f -> !f.toString().contains("/diagnostics/"))
                        .sorted().forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void theCorpusIsThere() throws IOException {
        List<Path> theories = theories();
        long clean = theories.stream().filter(f -> !compile(f).hasErrors()).count();
        assertTrue(clean >= 30, "only " + clean + " theories without errors in " + theories);
    }

    @ParameterizedTest
    @MethodSource("theories")
    void exportImportExportKeepsTheModel(Path original, @TempDir Path dir) throws Exception {
        Compilation before = compile(original);
        if (before.hasErrors()) {
            return; // a fixture of the formatter's error handling: it has no model to export
        }
        copyFolder(original.getParent(), dir);
        String json = new ModelJsonExporter().export(before.theory());
        Path model = Files.writeString(dir.resolve("model.json"), json);
        ImportedTheory imported = TheoryImporter.read(model, Optional.of(SourceLayout.JSON));
        assertTrue(imported.text().isPresent(), "a JSON model is written as its own text");
        // The text keeps every unit (scales and yes/no included): no note may say otherwise.
        List<String> notes = imported.draft().results().stream().flatMap(r -> r.indicators().stream())
                .flatMap(i -> i.notes().stream().map(n -> i.id() + ": " + n)).toList();
        assertEquals(List.of(), notes, "notes on indicators the text writes whole");
        Path toc = Files.writeString(dir.resolve("imported-" + original.getFileName()), imported.text().get());
        Compilation after = compile(toc);
        assertFalse(after.hasErrors(), () -> imported.text().get() + "\n" + after.diagnostics());
        assertEquals(withoutLocations(json), withoutLocations(new ModelJsonExporter().export(after.theory())),
                () -> "the model changed; imported text:\n" + imported.text().get());
        // The import is written in another folder: a data file named relative to the original's folder
        // (`../../samples/…`) or a records file is not beside it; that is where it was written, not what it says.
        long afterCount = after.diagnostics().stream().filter(d -> !MOVED.contains(d.code())
                || before.diagnostics().stream().anyMatch(b -> b.code() == d.code())).count();
        assertTrue(afterCount <= before.diagnostics().size(),
                () -> "more diagnostics after the import:\n" + after.diagnostics() + "\nthan before:\n"
                        + before.diagnostics() + "\n" + imported.text().get());
    }

    private static Compilation compile(Path file) {
        return new TocCompiler().compile(file, CompileOptions.DEFAULT);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static String withoutLocations(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        strip(root);
        return root.toPrettyString();
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("location");
        }
        node.forEach(ModelJsonRoundTripTest::strip);
    }
}
