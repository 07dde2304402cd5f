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

class DataFileRuleTest {
    @TempDir
    Path dir;

    private Checked compile(String data) throws IOException {
        Path file = Files.writeString(dir.resolve("theory.toc"),
                "impact I \"Prepared\"\nactivity A1 \"Train\"\nA1 -> I\n" + data);
        return Checked.of(new TocCompiler().compile(file, CompileOptions.DEFAULT));
    }

    @Test
    void missingDataFileIsReportedWithWhereItWasLookedFor() throws IOException {
        Diagnostic d = compile("data \"monitoring/data.xlsx\" { sheet \"Data\" }\n")
                .reports(Code.DATA_FILE_NOT_FOUND, "4:1", "data file \"monitoring/data.xlsx\" not found");
        assertEquals("looked for " + dir.resolve("monitoring/data.xlsx"), d.label());
    }

    @Test
    void folderInsteadOfADataFileIsReported() throws IOException {
        Files.createDirectories(dir.resolve("monitoring"));
        Diagnostic d = compile("data \"monitoring\" { }\n").reports(Code.DATA_FILE_NOT_FOUND, "4:1", "not found");
        assertEquals("this is a folder", d.label());
    }

    @Test
    void existingDataFileIsNotReported() throws IOException {
        Files.writeString(dir.resolve("data.csv"), "indicator,period,value\n");
        compile("data \"data.csv\" { layout long }\n").reportsNothing();
    }
}
