package org.tocworkbench.evaluator.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.excel.PrintLayout;
import org.tocworkbench.evaluator.excel.SheetWriter;
import org.tocworkbench.evaluator.excel.WorkbookStyles;
import org.tocworkbench.evaluator.iptt.Iptt;
import org.tocworkbench.evaluator.iptt.IpttIndicator;
import org.tocworkbench.evaluator.iptt.IpttPeriod;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Status;

/**
 * The IPTT sheet of the Excel report, laid out as donors' tracking tables are: indicators down,
 * grouped by result level, a row per disaggregation group under each total; periods across, with
 * Target, Actual, To date and % of target under each, as the HTML, Markdown and PDF reports name
 * them: the actual is the period's own value, to date the value at its end by the indicator's
 * aggregation (the running total of a cumulative indicator). One band of period columns per
 * reporting frequency (quarterly indicators, then annual ones, ...). Printed landscape, one page wide, with
 * the header rows and the indicator columns repeated on every page.
 */
final class ExcelIptt {
    /** Level, Indicator, Title, Group, Baseline, LoP target, LoP achieved, % of LoP, Status, Narrative. */
    private static final String[] FIXED = {"Result level", "Indicator", "Title", "Group", "Baseline",
        "Life-of-programme target", "Achieved to date", "% of LoP target", "Status", "Latest narrative"};
    private static final int STATUS = 8;
    private static final int NARRATIVE = 9;

    private ExcelIptt() {
    }

    /** Styles of the sheet, made once per workbook. */
    private record Styles(CellStyle band, CellStyle level, CellStyle periodHead, CellStyle subHead,
                          CellStyle decimal, CellStyle share, CellStyle percentOfTarget, CellStyle top) {
        static Styles of(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setFontName(WorkbookStyles.FONT);
            bold.setFontHeightInPoints((short) 10);
            bold.setBold(true);
            CellStyle band = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setFontName(WorkbookStyles.FONT);
            big.setBold(true);
            big.setFontHeightInPoints((short) 12);
            band.setFont(big);
            CellStyle level = workbook.createCellStyle();
            level.setFont(bold);
            level.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            level.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle periodHead = workbook.createCellStyle();
            periodHead.setFont(bold);
            periodHead.setAlignment(HorizontalAlignment.CENTER);
            periodHead.setBorderBottom(BorderStyle.THIN);
            periodHead.setBorderLeft(BorderStyle.THIN);
            CellStyle subHead = workbook.createCellStyle();
            subHead.setFont(bold);
            subHead.setWrapText(true);
            subHead.setVerticalAlignment(VerticalAlignment.TOP);
            subHead.setAlignment(HorizontalAlignment.CENTER);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle percentOfTarget = workbook.createCellStyle();
            percentOfTarget.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            CellStyle top = workbook.createCellStyle();
            for (CellStyle style : List.of(band, level, periodHead, decimal, share, percentOfTarget, top)) {
                style.setVerticalAlignment(VerticalAlignment.TOP);
            }
            return new Styles(band, level, periodHead, subHead, decimal, share, percentOfTarget, top);
        }
    }

    /**
     * Writes the IPTT: one sheet {@code IPTT} when every indicator is reported at the same
     * frequency, else one sheet per frequency ({@code IPTT quarterly}, {@code IPTT annual}, ...), so
     * that the period headers repeated on every printed page are those of the columns below them.
     */
    static void write(SXSSFWorkbook workbook, Evaluation e, WorkbookStyles common, String documentTitle) {
        Styles styles = Styles.of(workbook);
        Map<Frequency, List<IpttIndicator>> bands = e.iptt().byFrequency();
        if (bands.isEmpty()) {
            SheetWriter w = new SheetWriter(workbook.createSheet("IPTT"), common);
            w.widths(widths(0));
            heading(w, e, "");
            w.text(w.row(), 0, "No indicators.");
            PrintLayout.apply(w, documentTitle);
            return;
        }
        for (Map.Entry<Frequency, List<IpttIndicator>> band : bands.entrySet()) {
            String frequency = band.getKey() == null ? "irregular" : band.getKey().word();
            SheetWriter w = new SheetWriter(workbook.createSheet(bands.size() == 1 ? "IPTT" : "IPTT " + frequency), common);
            List<IpttPeriod.Slot> slots = Iptt.periodsOf(band.getValue());
            w.widths(widths(slots.size())); // before the cells: rows are made as tall as their wrapped text
            boolean rolledUp = band.getValue().stream().anyMatch(IpttIndicator::rolledUp);
            // an indicator rolled up says so after its title ("weekly, rolled up into months"): the note
            // above the table keeps its height, under which the repeated header rows of the pages across start
            heading(w, e, band.getKey() == null ? "indicators reported at irregular periods"
                    : rolledUp ? frequency + " periods" : frequency + " indicators");
            int headerRow = band(w, e, band.getValue(), slots, styles);
            w.sheet().createFreezePane(3, headerRow + 2);
            PrintLayout.apply(w, documentTitle, Optional.of(new PrintLayout.Repeat(headerRow, headerRow + 1, 3)),
                    (slots.size() + PERIODS_PER_PAGE - 1) / PERIODS_PER_PAGE);
        }
    }

    /** Column widths: the indicator columns, then four per period. */
    private static int[] widths(int periods) {
        int[] fixed = {18, 12, 40, 12, 11, 13, 13, 10, 11, 44};
        int[] widths = new int[FIXED.length + PER_PERIOD * periods];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c < fixed.length ? fixed[c] : 9;
        }
        return widths;
    }

    private static void heading(SheetWriter w, Evaluation e, String which) {
        w.title(w.row(), 0, "Indicator Performance Tracking Table: " + (e.theory().metadata().title().isEmpty()
                ? "Theory of change" : e.theory().metadata().title()) + (which.isEmpty() ? "" : " (" + which + ")"));
        w.paragraph(w.row(), 0, FIXED.length - 1, "As of " + e.settings().asOf() + " (" + e.asOfSource() + "). "
                + Format.sentence(Iptt.METHOD) + ". Actual is the period's own value; a period marked (partial) had started"
                + " but not ended by the as-of date.");
        w.skip();
    }

    /** The band's table; returns its first header row (0-based). */
    private static int band(SheetWriter w, Evaluation e, List<IpttIndicator> indicators, List<IpttPeriod.Slot> slots,
                            Styles styles) {
        SXSSFSheet sheet = w.sheet();
        int headerRow = w.rowIndex();
        Row periods = w.header(FIXED);
        Row sub = w.row();
        for (int c = 0; c < FIXED.length; c++) {
            sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow + 1, c, c));
            periods.getCell(c).setCellStyle(styles.subHead());
        }
        for (int k = 0; k < slots.size(); k++) {
            int col = FIXED.length + PER_PERIOD * k;
            IpttPeriod.Slot slot = slots.get(k);
            boolean partial = !slot.start().isAfter(e.settings().asOf()) && slot.end().isAfter(e.settings().asOf());
            w.text(periods, col, slot.label() + (partial ? " (partial)" : ""));
            periods.getCell(col).setCellStyle(styles.periodHead());
            sheet.addMergedRegion(new CellRangeAddress(headerRow, headerRow, col, col + PER_PERIOD - 1));
            String[] under = {"Target", "Actual", "To date", "%"};
            for (int j = 0; j < PER_PERIOD; j++) {
                w.text(sub, col + j, under[j]);
                sub.getCell(col + j).setCellStyle(styles.subHead());
            }
        }
        int width = FIXED.length + PER_PERIOD * slots.size();
        int firstData = w.rowIndex() + 1;
        String level = null;
        for (IpttIndicator row : indicators) {
            if (!row.level().equals(level)) {
                level = row.level();
                Row levelRow = w.row();
                for (int c = 0; c < width; c++) {
                    levelRow.createCell(c).setCellStyle(styles.level());
                }
                levelRow.getCell(0).setCellValue(level);
            }
            indicator(w, e, row, slots, styles);
        }
        ExcelReportWriter.statusColours(sheet, STATUS, firstData, w.rowIndex());
        return headerRow;
    }

    private static void indicator(SheetWriter w, Evaluation e, IpttIndicator row, List<IpttPeriod.Slot> slots,
                                  Styles styles) {
        Indicator indicator = e.theory().indicators().get(row.indicatorId());
        Row total = w.row();
        w.text(total, 1, row.indicatorId());
        w.wrapped(total, 2, row.title() + (row.rolledUp() ? " (" + Format.frequency(row) + ")" : ""));
        value(w, total, 4, row.baseline(), indicator, styles);
        value(w, total, 5, row.lopTarget(), indicator, styles);
        value(w, total, 6, row.lopAchieved(), indicator, styles);
        w.number(total, 7, row.lopPercent() / 100, styles.percentOfTarget());
        w.text(total, STATUS, row.status().label());
        String narrative = row.narrative().map(n -> n.text() + " (" + n.period() + ")").orElse("");
        w.wrapped(total, NARRATIVE, narrative);
        for (int k = 0; k < slots.size(); k++) {
            int col = FIXED.length + PER_PERIOD * k;
            IpttPeriod p = row.period(slots.get(k)).orElse(null);
            if (p == null) {
                continue;
            }
            value(w, total, col, p.target(), indicator, styles);
            boolean reported = !Double.isNaN(p.actual()) || !p.text().isEmpty();
            if (!p.text().isEmpty()) {
                w.wrapped(total, col + 1, p.text());
            } else if (reported) {
                value(w, total, col + 1, p.actual(), indicator, styles);
            }
            if (!Double.isNaN(p.toDate())) {
                value(w, total, col + 2, p.toDate(), indicator, styles);
            }
            if (!Double.isNaN(p.percentOfTarget())) {
                w.number(total, col + 3, p.percentOfTarget() / 100, styles.percentOfTarget());
            }
            if (reported) {
                note(w, total, col + 1, p.comment());
            }
        }
        for (org.apache.poi.ss.usermodel.Cell cell : total) {
            if (cell.getCellStyle().getIndex() == 0) {
                cell.setCellStyle(styles.top()); // a tall row reads from its top line
            }
        }
        for (String group : row.groups()) {
            Row line = w.row();
            w.text(line, 3, group);
            boolean any = false;
            for (int k = 0; k < slots.size(); k++) {
                IpttPeriod p = row.period(slots.get(k)).orElse(null);
                if (p == null) {
                    continue;
                }
                for (IpttPeriod.GroupValue g : p.groups()) {
                    if (g.group().equals(group) && !Double.isNaN(g.actual())) {
                        value(w, line, FIXED.length + PER_PERIOD * k + 1, g.actual(), indicator, styles);
                        note(w, line, FIXED.length + PER_PERIOD * k + 1, g.comment());
                        any = true;
                    }
                    if (g.group().equals(group) && !Double.isNaN(g.toDate())) {
                        value(w, line, FIXED.length + PER_PERIOD * k + 2, g.toDate(), indicator, styles);
                    }
                }
            }
            if (!any) {
                w.text(line, 4, "no values");
            }
        }
    }

    /**
     * The data's comment on a value as an Excel note on its cell (the red corner; shown on hover),
     * so that each value carries its explanation beside it.
     */
    private static void note(SheetWriter w, Row row, int column, String comment) {
        org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
        if (comment.isEmpty() || cell == null) {
            return;
        }
        Workbook workbook = w.sheet().getWorkbook();
        org.apache.poi.ss.usermodel.ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column); // POI places the note on the anchor's first cell
        anchor.setCol2(column + 4);
        anchor.setRow1(row.getRowNum());
        anchor.setRow2(row.getRowNum() + 4);
        org.apache.poi.ss.usermodel.Comment note = w.sheet().createDrawingPatriarch().createCellComment(anchor);
        note.setString(workbook.getCreationHelper().createRichTextString(
                comment.length() > SheetWriter.MAX_CELL_TEXT ? comment.substring(0, SheetWriter.MAX_CELL_TEXT) : comment));
        cell.setCellComment(note);
    }

    /** A value in the indicator's unit: a real percentage, a count, or the label of a scale or yes/no. */
    private static void value(SheetWriter w, Row row, int column, double value, Indicator indicator, Styles styles) {
        if (Double.isNaN(value)) {
            return;
        }
        UnitKind unit = indicator.unit().kind();
        switch (unit) {
            case PERCENT -> w.number(row, column, value / 100, styles.share());
            case SCALE -> {
                if (value == Math.rint(value)) {
                    w.text(row, column, Format.value(value, indicator.unit()));
                } else {
                    w.number(row, column, value, styles.decimal()); // a target between two labels, or a mean score
                }
            }
            case BOOLEAN, TEXT -> w.text(row, column, Format.value(value, indicator.unit()));
            case RATIO -> w.number(row, column, value, styles.decimal());
            default -> w.amount(row, column, value);
        }
    }

    /** Periods that fit across an A4 landscape page beside the indicator columns at a legible size. */
    static final int PERIODS_PER_PAGE = 5;

    /** Target, Actual, To date, % under each period. */
    static final int PER_PERIOD = 4;
}
