package org.tocworkbench.evaluator.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The printed pages of every sheet our workbooks hold, so that a sheet can be printed or saved as
 * PDF and handed over as it is: A4 landscape, scaled to fit the width of one page (as many pages
 * down as it needs), the print area over what was written, the table's header row repeated on
 * every page, grid lines printed, and on each page the document's title, the sheet's name and
 * "Page n of m". Used by every workbook writer once a sheet is written.
 */
public final class PrintLayout {
    private PrintLayout() {
    }

    /** Sets up the printed pages of the sheet {@code w} wrote, headed with the document's title. */
    public static void apply(SheetWriter w, String documentTitle) {
        Sheet sheet = w.sheet();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) 1);
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
        if (w.headerFirst() && lastRow > 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
    }

    /** Text for a page header: {@code &} starts a code there, so it is doubled; at most 200 characters. */
    static String escape(String text) {
        String cut = text.length() > 200 ? text.substring(0, 199) + "…" : text;
        return cut.replace("&", "&&");
    }
}
