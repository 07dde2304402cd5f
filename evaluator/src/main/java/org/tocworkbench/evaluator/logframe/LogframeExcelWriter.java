package org.tocworkbench.evaluator.logframe;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tocworkbench.evaluator.excel.SheetWriter;
import org.tocworkbench.evaluator.excel.WorkbookStyles;

/**
 * The logframe as an Excel sheet "Logframe": one row per result, the indicators of a result one
 * per line in wrapped cells. User text never becomes a formula ({@link SheetWriter}).
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
            w.header(Logframe.COLUMNS.toArray(new String[0]));
            for (Logframe.Row r : logframe.rows()) {
                Row row = w.row();
                w.wrapped(row, 0, r.level() + ": " + r.title() + " (" + r.nodeId() + ")");
                w.wrapped(row, 1, lines(r, l -> l.title() + " (" + l.id() + ")"));
                w.wrapped(row, 2, lines(r, Logframe.IndicatorLine::baseline));
                w.wrapped(row, 3, lines(r, Logframe.IndicatorLine::target));
                w.wrapped(row, 4, lines(r, Logframe.IndicatorLine::verification));
                w.wrapped(row, 5, String.join("\n", r.assumptions()));
            }
            w.sheet().createFreezePane(1, 1);
            w.widths(44, 44, 16, 28, 28, 44);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static String lines(Logframe.Row row, Function<Logframe.IndicatorLine, String> cell) {
        List<String> lines = new ArrayList<>();
        row.lines().forEach(l -> lines.add(cell.apply(l)));
        return lines.stream().allMatch(String::isBlank) ? "" : String.join("\n", lines);
    }
}
