package org.tocworkbench.evaluator.ingest;

import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Decoders that read a cell's attributes and number straight from the parser's character buffer
 * (Stax2 typed access), so that the millions of {@code r="AB12"}, {@code t="s"} and {@code <v>}
 * values of a large sheet never become {@code String}s.
 */
final class CellXmlDecoders {
    static final int NUMBER = 0;
    static final int SHARED = 1;
    static final int INLINE = 2;
    static final int FORMULA_STRING = 3;
    static final int BOOLEAN = 4;
    static final int ERROR = 5;
    static final int OTHER = 6;

    private CellXmlDecoders() {
    }

    /** The 0-based column of a reference such as {@code AB12}; -1 when there are no letters, -2 beyond XFD. */
    static final class ColumnDecoder extends TypedValueDecoder {
        int column;

        @Override
        public void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            int n = 0;
            int i = start;
            for (; i < end; i++) {
                char c = buffer[i];
                if (c >= 'A' && c <= 'Z') {
                    n = n * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    n = n * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
                if (n > SheetRow.MAX_COLUMNS) {
                    column = -2;
                    return;
                }
            }
            column = i == start ? -1 : n - 1;
        }

        @Override
        public void handleEmptyValue() {
            column = -1;
        }
    }

    /** The {@code t} attribute as one of the constants above. */
    static final class TypeDecoder extends TypedValueDecoder {
        int type;

        @Override
        public void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            int length = end - start;
            char first = length == 0 ? ' ' : buffer[start];
            if (length == 1) {
                type = first == 's' ? SHARED : first == 'n' ? NUMBER : first == 'b' ? BOOLEAN : first == 'e' ? ERROR
                        : OTHER;
            } else if (length == 3 && first == 's') {
                type = FORMULA_STRING;
            } else if (length == 9 && first == 'i') {
                type = INLINE;
            } else {
                type = OTHER;
            }
        }

        @Override
        public void handleEmptyValue() {
            type = NUMBER;
        }
    }

    /**
     * A cell's number: plain decimals of up to 15 digits exactly from their digits (what the JDK's
     * parser gives, without a String), anything else through the JDK's parser.
     */
    static final class NumberDecoder extends TypedValueDecoder {
        double value;
        boolean empty;

        @Override
        public void decode(String lexical) {
            decode(lexical.toCharArray(), 0, lexical.length());
        }

        /** Powers of ten that a double holds exactly, so that digits / 10^k is correctly rounded. */
        private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
                1e14, 1e15};

        @Override
        public void decode(char[] buffer, int start, int end) {
            empty = false;
            int length = end - start;
            if (length > 0 && length <= 16) {
                int i = buffer[start] == '-' ? start + 1 : start;
                long n = 0;
                int digits = 0;
                int point = -1;
                boolean plain = i < end;
                for (int j = i; j < end && plain; j++) {
                    char c = buffer[j];
                    if (c >= '0' && c <= '9') {
                        n = n * 10 + (c - '0');
                        digits++;
                    } else if (c == '.' && point < 0) {
                        point = j;
                    } else {
                        plain = false;
                    }
                }
                if (plain && digits > 0 && digits <= 15) {
                    double v = point < 0 ? n : n / POWERS[end - point - 1];
                    value = i > start ? -v : v;
                    return;
                }
            }
            try {
                value = Double.parseDouble(new String(buffer, start, length));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number");
            }
        }

        @Override
        public void handleEmptyValue() {
            empty = true;
        }
    }
}
