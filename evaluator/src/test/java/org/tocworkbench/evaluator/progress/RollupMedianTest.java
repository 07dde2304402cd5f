package org.tocworkbench.evaluator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15.9: a roll-up's status follows the median result, not the worst (docs/progress.md, Roll-ups). */
class RollupMedianTest {
    private static List<Status> of(int onTrack, int atRisk, int offTrack, int notRated) {
        List<Status> statuses = new ArrayList<>();
        statuses.addAll(Collections.nCopies(onTrack, Status.ON_TRACK));
        statuses.addAll(Collections.nCopies(offTrack, Status.OFF_TRACK));
        statuses.addAll(Collections.nCopies(notRated, Status.NOT_RATED));
        statuses.addAll(Collections.nCopies(atRisk, Status.AT_RISK));
        return statuses;
    }

    @Test
    void oneResultOffTrackAmongNineDoesNotMarkTheActorOffTrack() {
        assertEquals(Status.AT_RISK, RollupRule.median(of(4, 4, 1, 0)));
        assertEquals(Status.ON_TRACK, RollupRule.median(of(6, 1, 1, 3)));
    }

    @Test
    void anEvenSplitTakesTheWorseOfTheTwoInTheMiddle() {
        assertEquals(Status.OFF_TRACK, RollupRule.median(of(2, 0, 2, 0)));
        assertEquals(Status.AT_RISK, RollupRule.median(of(1, 1, 0, 0)));
    }

    @Test
    void withoutRatedResultsTheStatusSaysWhy() {
        assertEquals(Status.NOT_RATED, RollupRule.median(of(0, 0, 0, 2)));
        assertEquals(Status.NO_DATA, RollupRule.median(List.of(Status.NO_DATA, Status.NOT_RATED)));
    }
}
