package org.tocworkbench.evaluator.excel;

import java.util.Optional;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The printed pages of every sheet our workbooks hold, so that a sheet can be printed or saved as
 * PDF and handed over as it is: A4 landscape, scaled to fit the width of one page (as many pages
 * down as it needs; a table too wide for that, a set number of pages across), the print area
 * over what was written, the table's header rows (and, across, its first columns) repeated on
 * every page, grid lines printed, and on each page the document's title, the sheet's name and
 * "Page n of m". Used by every workbook writer once a sheet is written.
 */
public final class PrintLayout {
    private PrintLayout() {
    }

    /**
     * What a table repeats on every printed page: its header rows ({@code firstRow..lastRow},
     * 0-based) and its first {@code columns} columns (0 for none), for a table printed more than
     * one page wide.
     */
    public record Repeat(int firstRow, int lastRow, int columns) {
    }

    /**
     * Sets up the printed pages of the sheet {@code w} wrote, headed with the document's title, one
     * page wide; a sheet whose first row is a header row repeats it on every page.
     */
    public static void apply(SheetWriter w, String documentTitle) {
        apply(w, documentTitle, w.headerFirst() ? Optional.of(new Repeat(0, 0, 0)) : Optional.empty(), 1);
    }

    /**
     * Sets up the printed pages {@code pagesWide} pages across (a table too wide for one page at a
     * legible size), repeating on every page what {@code repeat} says.
     */
    public static void apply(SheetWriter w, String documentTitle, Optional<Repeat> repeat, int pagesWide) {
        Sheet sheet = w.sheet();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) Math.max(1, pagesWide));
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        sheet.setPrintGridlines(true);
        sheet.getHeader().setLeft(escape(documentTitle));
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setCenter("Page &P of &N");
        if (w.lastColumn() < 0) {
            return;
        }
        int lastRow = Math.max(0, w.rowIndex() - 1);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, w.lastColumn(), 0, lastRow);
        repeat.filter(r -> r.lastRow() < lastRow).ifPresent(r -> {
            sheet.setRepeatingRows(new CellRangeAddress(r.firstRow(), r.lastRow(), -1, -1));
            if (r.columns() > 0) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, r.columns() - 1));
            }
        });
    }

    /** Text for a page header: {@code &} starts a code there, so it is doubled; at most 200 characters. */
    static String escape(String text) {
        String cut = text.length() > 200 ? text.substring(0, 199) + "…" : text;
        return cut.replace("&", "&&");
    }
}
