package org.tocworkbench.evaluator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CellXmlDecodersTest {
    private static double decode(String text) {
        CellXmlDecoders.NumberDecoder decoder = new CellXmlDecoders.NumberDecoder();
        decoder.decode(text.toCharArray(), 0, text.length());
        return decoder.value;
    }

    @Test
    void plainDecimalsDecodeExactlyAsTheJdkParsesThem() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            long digits = random.nextLong() % 1_000_000_000_000_000L;
            String text = Long.toString(Math.abs(digits) % (long) Math.pow(10, 1 + random.nextInt(15)));
            int point = random.nextInt(text.length() + 1);
            if (point < text.length()) {
                text = text.substring(0, point) + "." + text.substring(point);
            }
            if (random.nextBoolean()) {
                text = "-" + text;
            }
            if (text.equals(".") || text.equals("-.") || text.endsWith("-")) {
                continue;
            }
            assertEquals(Double.parseDouble(text), decode(text), 0.0, text);
        }
        assertEquals(0.345, decode("0.345"), 0.0);
        assertEquals(45292, decode("45292"), 0.0);
        assertEquals(1.5e-7, decode("1.5E-7"), 0.0);
        assertEquals(123456789.0123456789, decode("123456789.0123456789"), 0.0);
    }

    @Test
    void columnLettersAreDecodedUpToXfd() {
        CellXmlDecoders.ColumnDecoder decoder = new CellXmlDecoders.ColumnDecoder();
        decoder.decode("A1".toCharArray(), 0, 2);
        assertEquals(0, decoder.column);
        decoder.decode("XFD7".toCharArray(), 0, 4);
        assertEquals(16_383, decoder.column);
        decoder.decode("XFE7".toCharArray(), 0, 4);
        assertEquals(-2, decoder.column);
        decoder.decode("17".toCharArray(), 0, 2);
        assertEquals(-1, decoder.column);
    }
}
