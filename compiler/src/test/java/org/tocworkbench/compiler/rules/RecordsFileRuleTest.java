package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.Checked;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;

class RecordsFileRuleTest {
    @TempDir
    Path dir;

    private Checked compile(String records) throws IOException {
        Path file = Files.writeString(dir.resolve("theory.toc"),
                "impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n" + records);
        return Checked.of(new TocCompiler().compile(file, CompileOptions.DEFAULT));
    }

    @Test
    void missingRecordsFileIsReported() throws IOException {
        Diagnostic d = compile("records followup \"exports/followup.xlsx\" { }\n")
                .reports(Code.RECORDS_FILE_NOT_FOUND, "4:1", "records file \"exports/followup.xlsx\" not found");
        assertEquals("no such file next to this .toc file", d.label());
    }

    @Test
    void folderInsteadOfARecordsFileIsReported() throws IOException {
        Files.createDirectories(dir.resolve("exports"));
        assertEquals("this is a folder", compile("records followup \"exports\" { }\n")
                .reports(Code.RECORDS_FILE_NOT_FOUND, "4:1", "not found").label());
    }

    @Test
    void existingFileAndDatabasesAreNotReported() throws IOException {
        Files.writeString(dir.resolve("followup.csv"), "\"id\";\"_submission_time\"\n");
        compile("records followup \"followup.csv\" { }\nrecords db \"jdbc:postgresql://localhost/m\" { query \"select 1\" }\n")
                .reportsNothing();
    }
}
