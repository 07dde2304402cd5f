package org.tocworkbench.compiler.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.source.Span;

class UnitTest {
    private static OptionalDouble numeric(String raw) {
        return new Unit(UnitKind.COUNT, "", List.of()).numeric(new Value(raw, Value.Kind.NUMBER, Span.none()));
    }

    private static OptionalDouble parsedTheLongWay(String raw) {
        try {
            return OptionalDouble.of(Double.parseDouble(raw));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    @Test
    void numbersReadAsDoubleParseDoubleReadsThem() {
        List<String> fixed = List.of("0", "-0", "7", "-7", "007", "120", "999999999999999", "1000000000000000",
                "-999999999999999", "12345678901234567890", "1.5", "-0.25", "1e3", "", "-", "--1", "+5", " 5", "5 ",
                "0x10", "NaN", "Infinity", "1_000", "١٢");
        for (String raw : fixed) {
            assertEquals(bits(parsedTheLongWay(raw)), bits(numeric(raw)), raw);
        }
        Random random = new Random(11L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder raw = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int digits = 1 + random.nextInt(18);
            for (int d = 0; d < digits; d++) {
                raw.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(5) == 0) {
                raw.insert(Math.max(raw.length() - 2, 0), '.');
            }
            assertEquals(bits(parsedTheLongWay(raw.toString())), bits(numeric(raw.toString())), raw::toString);
        }
    }

    /** Compared as bits, so that 0.0 and -0.0 differ. */
    private static String bits(OptionalDouble value) {
        return value.isPresent() ? Long.toHexString(Double.doubleToRawLongBits(value.getAsDouble())) : "empty";
    }
}
