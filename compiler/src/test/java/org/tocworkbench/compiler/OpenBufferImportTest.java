package org.tocworkbench.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.source.SourceFile;

/** The language server's open buffers: an imported file's unsaved text is read before the disk. */
class OpenBufferImportTest {
    private static final String ROOT = "import \"actors.toc\"\nimpact I \"Goal\" by NEW\nactivity A \"Act\"\nA -> I\n";

    @Test
    void anImportIsReadFromTheOpenBufferWhenThereIsOne(@TempDir Path dir) throws Exception {
        Path actors = dir.resolve("actors.toc");
        Files.writeString(actors, "actor OLD \"Saved\" role member\n");
        SourceFile root = new SourceFile("main.toc", dir.resolve("main.toc"), ROOT);

        Compilation fromDisk = new TocCompiler().compile(root, CompileOptions.DEFAULT);
        assertEquals(List.of(Code.UNDEFINED_NAME), fromDisk.diagnostics().stream().map(d -> d.code()).filter(c -> c == Code.UNDEFINED_NAME).toList());

        Compilation fromBuffer = new TocCompiler(path -> path.equals(actors) ? "actor NEW \"Unsaved\" role member\n" : null)
                .compile(root, CompileOptions.DEFAULT);
        assertTrue(fromBuffer.diagnostics().stream().noneMatch(d -> d.code() == Code.UNDEFINED_NAME), fromBuffer.diagnostics().toString());
        assertEquals("Unsaved", fromBuffer.theory().actors().get("NEW").name());
        assertEquals(actors, fromBuffer.theory().actors().get("NEW").span().source().location());
        assertEquals("actor OLD \"Saved\" role member\n", Files.readString(actors), "the file on disk is left alone");
    }

    @Test
    void anOpenBufferOfAFileThatIsNotOnDiskYetIsImported(@TempDir Path dir) {
        Path actors = dir.resolve("actors.toc");
        SourceFile root = new SourceFile("main.toc", dir.resolve("main.toc"), ROOT);
        Compilation compilation = new TocCompiler(path -> path.equals(actors) ? "actor NEW \"New\" role member\n" : null)
                .compile(root, CompileOptions.DEFAULT);
        assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.code() == Code.FILE_UNREADABLE), compilation.diagnostics().toString());
    }
}
