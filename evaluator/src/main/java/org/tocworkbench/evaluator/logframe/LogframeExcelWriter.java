package org.tocworkbench.evaluator.logframe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tocworkbench.evaluator.excel.PrintLayout;
import org.tocworkbench.evaluator.excel.SheetWriter;
import org.tocworkbench.evaluator.excel.WorkbookStyles;

/**
 * The logframe as an Excel sheet "Logframe", laid out as donors print it: a row per indicator,
 * with its baseline, target and means of verification beside it; the result and its assumptions
 * on the first row of its indicators (not merged over them: a merged cell split by a page break
 * prints its text over the next page's header); a result without indicators has one row. Rows are as tall as their wrapped text and the sheet prints on A4
 * landscape pages fitted to the width ({@link PrintLayout}). User text never becomes a formula
 * ({@link SheetWriter}).
 */
public final class LogframeExcelWriter {
    private LogframeExcelWriter() {
    }

    public static byte[] toBytes(Logframe logframe) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(logframe, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(Logframe logframe, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SheetWriter w = new SheetWriter(workbook.createSheet("Logframe"), styles);
            w.widths(36, 40, 16, 22, 28, 40);
            w.header(Logframe.COLUMNS.toArray(new String[0]));
            for (Logframe.Row r : logframe.rows()) {
                result(w, r);
            }
            w.sheet().createFreezePane(1, 1);
            PrintLayout.apply(w, "Logframe: " + logframe.title());
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** A result's rows: one per indicator, the result and its assumptions on the first. */
    private static void result(SheetWriter w, Logframe.Row r) {
        List<Logframe.IndicatorLine> lines = r.lines();
        Row row = w.row();
        w.wrapped(row, 0, r.level() + ": " + r.title() + " (" + r.nodeId() + ")");
        w.wrapped(row, 5, String.join("\n", r.assumptions()));
        for (int i = 0; i < Math.max(1, lines.size()); i++) {
            if (i > 0) {
                row = w.row();
            }
            if (i < lines.size()) {
                Logframe.IndicatorLine l = lines.get(i);
                w.wrapped(row, 1, l.title() + " (" + l.id() + ")");
                w.wrapped(row, 2, l.baseline());
                w.wrapped(row, 3, l.target());
                w.wrapped(row, 4, l.verification());
            }
        }
    }
}
