package org.tocworkbench.evaluator.ingest;

import java.util.Locale;
import org.apache.poi.ss.usermodel.DateUtil;

/** Reads what a cell's number format says about its number: a date (day, month or year), a percent. */
final class NumberFormats {
    private NumberFormats() {
    }

    static byte flags(int formatIndex, String formatString) {
        if (formatString == null) {
            return 0;
        }
        String code = visibleCode(formatString);
        byte flags = 0;
        if (code.indexOf('%') >= 0) {
            flags |= SheetRow.PERCENT;
        }
        if (DateUtil.isADateFormat(formatIndex, formatString)) {
            flags |= SheetRow.DATE;
            String lower = code.toLowerCase(Locale.ROOT);
            boolean day = lower.indexOf('d') >= 0;
            boolean month = lower.indexOf('m') >= 0;
            boolean year = lower.indexOf('y') >= 0;
            boolean time = lower.indexOf('h') >= 0 || lower.indexOf('s') >= 0;
            if (!day && !time && year && month) {
                flags |= SheetRow.MONTH_ONLY;
            } else if (!day && !time && year) {
                flags |= SheetRow.YEAR_ONLY;
            }
        }
        return flags;
    }

    /** The first section of a format code without quoted literals, escapes and [bracketed] parts. */
    private static String visibleCode(String format) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (c == ';' && bracket == 0) {
                break;
            } else if (bracket == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
