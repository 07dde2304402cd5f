package org.tocworkbench.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.source.SourceFile;

/** Completion at every position of a sample: never a failure, never inside a comment, edits that stay on the cursor's line. */
class CompletionsTest {
    @Test
    void completionAtEveryPositionOfASampleIsWellFormed() throws Exception {
        Path file = Path.of("samples/knowledge-learning/learning.toc").toAbsolutePath();
        String text = Files.readString(file);
        SourceFile source = new SourceFile("learning.toc", file, text);
        Theory theory = new TocCompiler().compile(source, CompileOptions.DEFAULT).theory();
        Completions completions = new Completions(theory);
        int offered = 0;
        for (int offset = 0; offset <= text.length(); offset += 3) {
            List<CompletionItem> items = completions.at(source, offset);
            int line = source.lineOf(offset);
            String before = source.lineText(line).substring(0, Math.min(source.columnOf(offset) - 1, source.lineText(line).length()));
            if (before.stripLeading().startsWith("//")) {
                assertEquals(List.of(), items, "nothing in a comment, at " + line + ":" + source.columnOf(offset));
            }
            for (CompletionItem item : items) {
                var range = item.getTextEdit().getLeft().getRange();
                assertEquals(line - 1, range.getStart().getLine());
                assertEquals(range.getStart().getLine(), range.getEnd().getLine());
                assertEquals(source.columnOf(offset) - 1, range.getEnd().getCharacter());
                assertTrue(item.getDetail() != null && !item.getDetail().isBlank(), item.toString());
            }
            offered += items.size();
        }
        assertTrue(offered > 1000, "completion offers something in most places: " + offered);
    }
}
