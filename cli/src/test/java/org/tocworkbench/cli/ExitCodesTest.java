package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: the exit codes agree with the help text made from {@link ExitCode}: a data file that
 * cannot be read at all is exit 3, and `toc fmt` on a folder with no .toc files is a usage error.
 */
class ExitCodesTest {
    private static final String THEORY = """
            theory "Clinics" { period 2024 to 2027 }
            impact I "Communities are prepared"
            outcome O1 "Clinics apply the protocols" {
              indicator O1_1 "Clinics applying the protocols" { unit count  baseline 0 at 2024  target 40 by 2027 }
            }
            O1 -> I
            """;

    @TempDir
    Path dir;

    @Test
    void theHelpListsEveryExitCodeWithItsMeaning() {
        CliRunner.Run help = CliRunner.run("--help");
        for (ExitCode code : ExitCode.values()) {
            assertTrue(help.out().replaceAll("\\s+", " ").contains(code.code() + " " + code.meaning()), help.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "corrupt", "encrypted"})
    void aDataFileThatCannotBeReadAtAllIsExitThree(String kind) throws IOException {
        Path toc = Files.writeString(dir.resolve("clinics.toc"), THEORY);
        Path data = dir.resolve(kind + ".xlsx");
        switch (kind) {
            case "empty" -> Files.write(data, new byte[0]);
            case "corrupt" -> Files.write(data, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
            default -> {
                byte[] ole2 = new byte[4096];
                byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
                System.arraycopy(magic, 0, ole2, 0, magic.length);
                Files.write(data, ole2);
            }
        }
        CliRunner.Run run = CliRunner.run("evaluate", toc.toString(), "--data", data.toString());
        assertEquals(ExitCode.IO_ERROR.code(), run.exitCode(), run.err());
        assertTrue(run.err().contains(kind + ".xlsx"), run.err());
    }

    @Test
    void fmtOnAFolderWithNoTocFilesSaysSoWithAUsageError() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRunner.Run run = CliRunner.run("fmt", "--check", empty.toString());
        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertTrue(run.err().contains("no .toc files"), run.err());

        Path named = Files.createDirectory(dir.resolve("x.toc"));
        CliRunner.Run folder = CliRunner.run("fmt", "--check", named.toString());
        assertEquals(ExitCode.USAGE.code(), folder.exitCode(), folder.err());
        assertTrue(folder.err().contains("not a file"), folder.err());
    }

    @Test
    void usageErrorsReadLikeTheToolsOwnMessagesAndSayWhereTheHelpIs() {
        CliRunner.Run missing = CliRunner.run("render");
        assertEquals(ExitCode.USAGE.code(), missing.exitCode());
        assertTrue(missing.err().startsWith("toc: missing required parameter: 'FILE'\n"), missing.err());
        assertTrue(missing.err().contains("Run `toc render --help` for usage."), missing.err());
        CliRunner.Run unknown = CliRunner.run("check", "--frmat", "json", "x.toc");
        assertEquals(ExitCode.USAGE.code(), unknown.exitCode());
        assertTrue(unknown.err().startsWith("toc: unknown option"), unknown.err());
        assertEquals("TOC207 is not silenced", TocCommand.lowercaseFirst("TOC207 is not silenced"));
        assertEquals("`--at-risk` must", TocCommand.lowercaseFirst("`--at-risk` must"));
    }

    @Test
    void bandsOutOfOrderSayWhichWayAndWhatTheDefaultsAre() {
        CliRunner.Run run = CliRunner.run("evaluate", "samples/pandemic-preparedness/pandemic.toc", "--on-track", "30");
        assertEquals(ExitCode.USAGE.code(), run.exitCode(), run.err());
        assertTrue(run.err().contains("on track within 30 points but at risk only within 25 (defaults 10 and 25;"),
                run.err());
        CliRunner.Run negative = CliRunner.run("evaluate", "samples/pandemic-preparedness/pandemic.toc", "--on-track", "-5");
        assertEquals(ExitCode.USAGE.code(), negative.exitCode(), negative.err());
        assertTrue(negative.err().contains("0 or more (given -5 and 25)"), negative.err());
    }
}
