package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toc import --activity ID} of an IATI file that publishes several activities. */
class IatiActivityChoiceTest {
    static final Path ONE = Path.of("evaluator/src/test/resources/standards/iati/activity.xml");

    /** The fixture with a second activity: the same results under another identifier and title. */
    static Path twoActivities(Path dir) throws Exception {
        String xml = Files.readString(ONE);
        int start = xml.indexOf("  <iati-activity ");
        int end = xml.indexOf("</iati-activity>") + "</iati-activity>".length();
        String second = xml.substring(start, end).replace("XM-EXAMPLE-1-WASH-17", "XM-EXAMPLE-1-HEALTH-3")
                .replaceFirst("(<title>\\s*<narrative[^>]*>)", "$1Clinic outreach: ");
        return Files.writeString(dir.resolve("activities.xml"), xml.substring(0, end) + "\n" + second
                + xml.substring(end));
    }

    @Test
    void withoutTheOptionTheFirstIsReadAndTheOtherNamedWithTheOption(@TempDir Path dir) throws Exception {
        ImportedTheory imported = TheoryImporter.read(twoActivities(dir), Optional.empty());
        assertTrue(imported.summary().get(0).contains("activity XM-EXAMPLE-1-WASH-17"), imported.summary().toString());
        assertTrue(imported.summary().stream().anyMatch(l -> l.contains("--activity XM-EXAMPLE-1-HEALTH-3")),
                imported.summary().toString());
        assertFalse(imported.draft().title().startsWith("Clinic outreach"));
    }

    @Test
    void theNamedActivityIsRead(@TempDir Path dir) throws Exception {
        ImportedTheory imported = TheoryImporter.read(twoActivities(dir), Optional.empty(),
                Optional.of("XM-EXAMPLE-1-HEALTH-3"));
        assertTrue(imported.summary().get(0).contains("activity XM-EXAMPLE-1-HEALTH-3"), imported.summary().toString());
        assertTrue(imported.draft().title().startsWith("Clinic outreach: "), imported.draft().title());
        assertTrue(imported.summary().stream().anyMatch(l -> l.contains("--activity XM-EXAMPLE-1-WASH-17")));
        ImportedTheory first = TheoryImporter.read(ONE, Optional.empty());
        assertEquals(first.actuals().size(), imported.actuals().size());
    }

    @Test
    void anUnknownIdentifierIsAUsageErrorWithTheClosest(@TempDir Path dir) throws Exception {
        Path file = twoActivities(dir);
        StandardsException e = assertThrows(StandardsException.class,
                () -> TheoryImporter.read(file, Optional.empty(), Optional.of("XM-EXAMPLE-1-HEALTH-4")));
        assertTrue(e.usage());
        assertTrue(e.getMessage().contains("did you mean XM-EXAMPLE-1-HEALTH-3?"), e.getMessage());
        assertTrue(e.getMessage().contains("its activities: XM-EXAMPLE-1-WASH-17, XM-EXAMPLE-1-HEALTH-3"),
                e.getMessage());
    }

    @Test
    void theOptionOnAFileThatIsNotIatiIsAUsageError() {
        StandardsException e = assertThrows(StandardsException.class, () -> TheoryImporter.read(
                Path.of("evaluator/src/test/resources/standards/json/model.json"), Optional.empty(), Optional.of("X-1")));
        assertTrue(e.usage());
        assertTrue(e.getMessage().contains("names an activity of an IATI activity file"), e.getMessage());
    }
}
