package org.tocworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice Calc, headless, to print workbooks to PDF as a reader would before handing them
 * over. It runs with a fresh profile in a temporary folder (so that it neither waits for nor
 * disturbs another LibreOffice), and is always stopped. When {@code soffice} is missing,
 * {@link #wanted} fails and says what to install, unless {@code -Dtoc.noOffice=true} asks to leave
 * the LibreOffice tests out.
 */
final class LibreOffice {
    private static final long TIMEOUT_SECONDS = 300;

    private LibreOffice() {
    }

    /** Where {@code soffice} is; {@code -Dtoc.soffice=PATH} points elsewhere (also how the missing message is tested). */
    static Path binary() {
        String configured = System.getProperty("toc.soffice");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return Path.of("/usr/bin/soffice");
    }

    /**
     * True when the LibreOffice tests can run; false when they are left out on purpose with
     * {@code -Dtoc.noOffice=true}. Otherwise a missing LibreOffice is a failure that says what to install.
     */
    static boolean wanted() {
        if (Boolean.getBoolean("toc.noOffice")) {
            return false;
        }
        if (!Files.isExecutable(binary())) {
            throw new AssertionError("the printed-workbook tests need LibreOffice Calc (soffice, looked for at "
                    + binary() + "): apt-get install -y libreoffice-calc-nogui"
                    + " (or run with -Dtoc.noOffice=true to leave them out)");
        }
        return true;
    }

    /** Converts the workbooks to PDF files of the same names in {@code outDir}, in one run of LibreOffice. */
    static void toPdf(List<Path> workbooks, Path outDir) throws IOException, InterruptedException {
        wanted();
        Path profile = Files.createTempDirectory("toc-office-");
        try {
            List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless", "--norestore",
                    "--nolockcheck", "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf",
                    "--outdir", outDir.toString()));
            workbooks.forEach(w -> command.add(w.toString()));
            Path log = profile.resolve("soffice.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("LibreOffice did not convert the workbooks in " + TIMEOUT_SECONDS + " s");
            }
            for (Path workbook : workbooks) {
                String name = workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".pdf");
                if (!Files.isRegularFile(outDir.resolve(name))) {
                    throw new AssertionError("LibreOffice wrote no " + name + " (exit " + process.exitValue() + "): "
                            + Files.readString(log));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
