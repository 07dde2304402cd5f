package org.tocworkbench.compiler.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Columns checked against the header of a CSV file (the compiler's tests read it with {@link CsvRecordHeaders}). */
class RecordColumnRuleTest {
    @TempDir
    Path dir;

    private Checked compile(String indicatorBody, String recordsBody) throws IOException {
        Files.writeString(dir.resolve("r.csv"),
                "\"respondent/sex\";\"training/completed\";\"followup/completed\";\"score\";\"_submission_time\"\n");
        Path file = Files.writeString(dir.resolve("theory.toc"), "impact I \"Prepared\"\noutcome O \"Changed\" {\n"
                + "    indicator X \"Computed\" {\n        baseline 0 at 2025\n        target 5 by 2026\n"
                + indicatorBody + "\n    }\n}\nO -> I\nrecords r \"r.csv\" {\n" + recordsBody + "\n}\n");
        return Checked.of(new TocCompiler().compile(file, CompileOptions.DEFAULT));
    }

    @Test
    void aColumnTheFileDoesNotHaveIsAnErrorWithDidYouMean() throws IOException {
        Diagnostic d = compile("        compute count from r\n        where gender = \"female\"", "")
                .reports(Code.RECORDS_UNKNOWN_COLUMN, "7:15", "no column `gender` in records `r`");
        assertTrue(d.notes().get(0).startsWith("the columns are: respondent/sex"), d.notes().toString());
    }

    @Test
    void aColumnMatchesByTheLastPartOfItsGroupPathIgnoringCase() throws IOException {
        compile("        compute mean SCORE from r\n        where sex = \"female\"\n        disaggregate by sex",
                "    exclude duplicates by \"respondent/sex\"").reportsNothing();
    }

    @Test
    void aLastPartSharedByTwoColumnsNeedsTheFullPath() throws IOException {
        Diagnostic d = compile("        compute count from r\n        where completed = \"yes\"", "")
                .reports(Code.RECORDS_UNKNOWN_COLUMN, "7:15", "no column `completed`");
        assertEquals("several columns end in `/completed`: training/completed, followup/completed", d.notes().get(0));
    }

    @Test
    void columnsOfTheRecordsDeclarationAreCheckedToo() throws IOException {
        compile("        compute count from r", "    date column when")
                .reports(Code.RECORDS_UNKNOWN_COLUMN, "11:17", "no column `when`");
    }
}
