package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KoboToolbox export committed under samples/training-followup is the one
 * {@link TrainingFollowupSample} writes; {@code -Dsamples.regenerate=true} writes it again.
 */
class TrainingFollowupSampleTest {
    private static final Path SAMPLE = Path.of("samples/training-followup");

    @Test
    void committedExportIsWhatTheGeneratorWrites(@TempDir Path tmp) throws IOException {
        if (Boolean.getBoolean("samples.regenerate")) {
            TrainingFollowupSample.write(SAMPLE);
            return;
        }
        TrainingFollowupSample.write(tmp);
        String hint = " differs from what TrainingFollowupSample writes; regenerate with -Dsamples.regenerate=true";
        assertEquals(Files.readString(tmp.resolve("training-followup.csv")),
                Files.readString(SAMPLE.resolve("training-followup.csv")), "training-followup.csv" + hint);
        TreeMap<String, byte[]> generated = entries(tmp.resolve("training-followup.xlsx"));
        TreeMap<String, byte[]> committed = entries(SAMPLE.resolve("training-followup.xlsx"));
        assertEquals(generated.keySet(), committed.keySet(), "training-followup.xlsx" + hint);
        for (String part : generated.keySet()) {
            if (!part.equals("docProps/core.xml")) {
                assertArrayEquals(generated.get(part), committed.get(part), part + hint);
            }
        }
    }

    @Test
    void theExportHasTheTrapsOfARealOne() {
        TrainingFollowupSample.Export export = TrainingFollowupSample.generate();
        assertEquals(TrainingFollowupSample.SUBMISSIONS, export.main().size());
        int status = TrainingFollowupSample.MAIN_HEADERS.indexOf("_validation_status");
        int test = TrainingFollowupSample.MAIN_HEADERS.indexOf("is_test");
        int pid = TrainingFollowupSample.MAIN_HEADERS.indexOf("respondent/participant_id");
        assertTrue(export.main().stream().filter(r -> !r.get(status).equals("Approved")).count() > 20);
        assertTrue(export.main().stream().filter(r -> r.get(test).equals("yes")).count() >= 5);
        assertTrue(export.main().stream().map(r -> r.get(pid)).distinct().count() < export.main().size() - 10,
                "participants who submitted twice");
        assertTrue(export.sessions().size() > export.main().size(), "the repeat group has several rows a submission");
    }

    private static TreeMap<String, byte[]> entries(Path xlsx) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(xlsx); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
