package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15.2: a comment or narrative column is read with the value it explains, in long and wide layouts. */
class CommentColumnsTest {
    @TempDir
    Path dir;

    @Test
    void aLongRowsCommentGoesWithItsValue() throws Exception {
        Path file = Fixtures.xlsx(dir, "long.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "Data");
            s.row(1, "Indicator ID", "Period", "Value", "Deviation narrative");
            s.row(2, "visits", "2024-Q1", 250, "n=45");
            s.row(3, "visits", "2024-Q2", 100, "below target because the rains delayed the sessions");
            s.row(4, "visits", "2024-Q3", 300, null);
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        assertEquals(List.of("n=45", "below target because the rains delayed the sessions", ""),
                c.of("visits").stream().map(Observation::comment).toList(), c.describeIssues());
    }

    @Test
    void aWideRowsCommentGoesWithItsLatestValueOnly() throws Exception {
        Path file = Fixtures.xlsx(dir, "wide.xlsx", wb -> {
            SheetWriter s = new SheetWriter(wb, "ITT");
            s.row(1, "Indicator ID", "2024-Q1", "2024-Q2", "2024-Q3", "Comments");
            s.row(2, "visits", 250, 100, null, "Q2 low: rains delayed the sessions");
        });
        Fixtures.Collected c = Fixtures.read(ImportRequest.of(file));
        List<Observation> visits = c.of("visits");
        assertEquals(2, visits.size(), c.describeIssues());
        assertEquals("", visits.get(0).comment());
        assertEquals("Q2 low: rains delayed the sessions", visits.get(1).comment());
    }
}
