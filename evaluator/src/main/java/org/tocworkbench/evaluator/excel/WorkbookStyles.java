package org.tocworkbench.evaluator.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.ss.usermodel.FontScheme;

/**
 * The few cell styles our workbooks use, created once per workbook (Excel limits their number).
 * Every cell is Arial 10, a font every spreadsheet program has (LibreOffice draws it with the
 * metric-compatible Liberation Sans), so the row heights {@link CellText} computes hold wherever
 * the workbook is opened or printed; every cell sits at the top of its row, as wrapped text does.
 */
public final class WorkbookStyles {
    /** The font of every cell. */
    public static final String FONT = "Arial";
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle quoted;
    private final CellStyle wrap;
    private final CellStyle wrapQuoted;
    private final CellStyle oneDecimal;
    private final CellStyle percent;
    private final CellStyle percentOneDecimal;
    private final CellStyle whole;
    private final CellStyle decimals;

    public WorkbookStyles(Workbook workbook) {
        Font standard = workbook.getFontAt(0);
        if (standard instanceof XSSFFont xssf) {
            xssf.setScheme(FontScheme.NONE); // a theme font would replace Arial with the theme's (Calibri) in Excel
        }
        standard.setFontName(FONT);
        standard.setFontHeightInPoints((short) CellText.FONT_POINTS);
        workbook.getCellStyleAt(0).setVerticalAlignment(VerticalAlignment.TOP);
        plain = style(workbook);
        Font bold = font(workbook, CellText.FONT_POINTS);
        bold.setBold(true);
        header = style(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        Font big = font(workbook, 14);
        big.setBold(true);
        title = style(workbook);
        title.setFont(big);
        quoted = style(workbook);
        quoted.setQuotePrefixed(true);
        wrap = style(workbook);
        wrap.setWrapText(true);
        wrapQuoted = style(workbook);
        wrapQuoted.cloneStyleFrom(wrap);
        wrapQuoted.setQuotePrefixed(true);
        oneDecimal = number(workbook, "0.0");
        percent = number(workbook, "0%");
        percentOneDecimal = number(workbook, "0.0%");
        whole = number(workbook, "#,##0");
        decimals = number(workbook, "#,##0.0#");
    }

    private static Font font(Workbook workbook, double points) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static CellStyle style(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle number(Workbook workbook, String format) {
        CellStyle style = style(workbook);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Text or a number at the top of its row (a cell with no style sits at the bottom in some programs). */
    public CellStyle plain() {
        return plain;
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle quoted() {
        return quoted;
    }

    public CellStyle wrap() {
        return wrap;
    }

    public CellStyle wrapQuoted() {
        return wrapQuoted;
    }

    public CellStyle oneDecimal() {
        return oneDecimal;
    }

    /** A share as a whole percentage: the cell holds 0.51 and shows 51%. */
    public CellStyle percent() {
        return percent;
    }

    /** A whole number with grouped thousands: 25,000. */
    public CellStyle whole() {
        return whole;
    }

    /** A number with one or two decimals and grouped thousands: 49.18, 0.35. */
    public CellStyle decimals() {
        return decimals;
    }

    /** A share with one decimal: 0.515 shows 51.5%. */
    public CellStyle percentOneDecimal() {
        return percentOneDecimal;
    }
}
