package org.tocworkbench.evaluator.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles our workbooks use, created once per workbook (Excel limits their number). */
public final class WorkbookStyles {
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle quoted;
    private final CellStyle wrap;
    private final CellStyle wrapQuoted;
    private final CellStyle oneDecimal;

    public WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrapQuoted = workbook.createCellStyle();
        wrapQuoted.cloneStyleFrom(wrap);
        wrapQuoted.setQuotePrefixed(true);
        oneDecimal = workbook.createCellStyle();
        oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
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
}
