package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The median found by selection is the value a sort puts in the middle, for every shape of input. */
class TallyTest {
    @Test
    void selectionPutsInPlaceWhatASortPutsThere() {
        Random random = new Random(7);
        for (int trial = 0; trial < 3000; trial++) {
            int n = 1 + random.nextInt(trial < 2500 ? 40 : 5000);
            double[] a = new double[n];
            int shape = random.nextInt(5);
            for (int i = 0; i < n; i++) {
                a[i] = switch (shape) {
                    case 0 -> random.nextInt(5);
                    case 1 -> i;
                    case 2 -> n - i;
                    case 3 -> random.nextBoolean() ? 0.0 : -0.0;
                    default -> random.nextGaussian() * 100;
                };
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            double[] selected = a.clone();
            Tally.select(selected, k);
            assertEquals(Double.doubleToRawLongBits(sorted[k]), Double.doubleToRawLongBits(selected[k]),
                    () -> "shape " + shape + ", " + n + " values, k = " + k);
            for (int i = 0; i < n; i++) {
                int order = Double.compare(selected[i], selected[k]);
                int at = i;
                assertEquals(true, i < k ? order <= 0 : i == k || order >= 0, () -> "misplaced at " + at);
            }
        }
    }
}
