package org.tocworkbench.evaluator.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workbooks committed under samples/ are the ones {@link SampleWorkbooks} writes. With
 * {@code -Dsamples.regenerate=true} this test rewrites them instead (see samples/README.md).
 * Compared entry by entry, uncompressed, so that another zlib cannot make the test fail.
 */
class SampleWorkbooksTest {

    @Test
    void committedWorkbooksAreWhatTheGeneratorWrites() throws IOException {
        if (Boolean.getBoolean("samples.regenerate")) {
            SampleWorkbooks.main(new String[0]);
            return;
        }
        for (Map.Entry<String, byte[]> generated : SampleWorkbooks.all().entrySet()) {
            Path file = Path.of(generated.getKey());
            assertTrue(Files.isRegularFile(file), file + " is missing; regenerate with -Dsamples.regenerate=true");
            Map<String, byte[]> expected = SampleWorkbooks.entries(new ByteArrayInputStream(generated.getValue()));
            Map<String, byte[]> committed;
            try (InputStream in = Files.newInputStream(file)) {
                committed = SampleWorkbooks.entries(in);
            }
            String hint = file + " differs from what SampleWorkbooks writes; regenerate with -Dsamples.regenerate=true"
                    + " (samples/README.md)";
            assertEquals(expected.keySet(), committed.keySet(), hint);
            for (String part : expected.keySet()) {
                assertArrayEquals(expected.get(part), committed.get(part), hint + ": part " + part);
            }
        }
    }

    @Test
    void theGeneratorIsDeterministic() {
        Map<String, byte[]> once = SampleWorkbooks.all();
        Map<String, byte[]> twice = SampleWorkbooks.all();
        for (String name : once.keySet()) {
            assertArrayEquals(once.get(name), twice.get(name), name);
        }
    }

    @Test
    void workbooksAreSmall() {
        SampleWorkbooks.all().forEach((name, bytes) -> assertTrue(bytes.length < 64 * 1024,
                name + " is " + bytes.length / 1024 + " KB"));
    }
}
