package org.tocworkbench.evaluator.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.template.MonitoringTemplateWriter;

/**
 * Writes the monitoring workbooks that the three sample theories bind in their {@code data} blocks.
 * Each one looks like a layout seen in practice (design/SPREADSHEET-LAYOUTS.md):
 *
 * <ul>
 *   <li>{@value #PANDEMIC}: a USAID-style "Summary of Results to Date" — title rows, a two-row
 *       header of fiscal years (starting in October) over quarters, section rows per result level,
 *       blank rows, a disaggregation, a totals row of formulas, percentages as text and as
 *       percent-formatted numbers, {@code n/a} and {@code -}, a notes column;</li>
 *   <li>{@value #HUMANITARIAN}: a long export (one row per indicator × period × group) with real
 *       dates, DHIS2 period codes, totals and groups, formulas with saved values, comments, and two
 *       deliberately bad rows (an indicator code with a typo, a quarter without a year) and a blank
 *       value explained in a comment;</li>
 *   <li>{@value #LEARNING}: the workbook {@code toc template} writes, filled in.</li>
 * </ul>
 *
 * The figures are invented but tell a consistent story (see samples/README.md). The output is
 * deterministic: fixed data, fixed document properties and fixed zip entry times, so regenerating
 * gives the same bytes. Run from the repository root (see samples/README.md for the command):
 * {@code main} writes into {@code samples/}, or into the folder given as the first argument.
 */
public final class SampleWorkbooks {
    public static final String PANDEMIC = "samples/pandemic-preparedness/results-to-date.xlsx";
    public static final String HUMANITARIAN = "samples/humanitarian-communication/cea-indicator-results.xlsx";
    public static final String LEARNING = "samples/knowledge-learning/learning-monitoring.xlsx";
    static final Path LEARNING_TOC = Path.of("samples/knowledge-learning/learning.toc");

    /** Zip entry times: DOS time has no zone, so the bytes do not depend on the machine's. */
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2026, 7, 1, 0, 0);

    private SampleWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : Path.of("");
        for (Map.Entry<String, byte[]> workbook : all().entrySet()) {
            Path file = root.resolve(workbook.getKey());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, workbook.getValue());
            System.out.println("wrote " + file + " (" + workbook.getValue().length / 1024 + " KB)");
        }
    }

    /** Path relative to the repository root → the workbook's bytes. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(PANDEMIC, pandemic());
        all.put(HUMANITARIAN, humanitarian());
        all.put(LEARNING, learning(compile(LEARNING_TOC)));
        return all;
    }

    private static Theory compile(Path toc) {
        Compilation compilation = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        if (compilation.hasErrors()) {
            throw new IllegalStateException(toc + " has errors: " + compilation.diagnostics());
        }
        return compilation.theory();
    }

    // ------------------------------------------------------------------ cell values

    /** A fraction shown with a percent format (Excel stores 0.45 for 45%). */
    record Pct(double fraction) {
    }

    /** An amount shown with a dollar format. */
    record Usd(double amount) {
    }

    /** A month, as a date cell formatted {@code mmm-yy}. */
    record Month(int year, int month) {
    }

    /** A day, as a date cell. */
    record Day(LocalDate date) {
    }

    /** A formula; its saved value is computed before the workbook is written. */
    record Formula(String formula) {
    }

    /** Styles shared by the generated sheets. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle section;
        final CellStyle text;
        final CellStyle centre;
        final CellStyle number;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle percentOne;
        final CellStyle usd;
        final CellStyle month;
        final CellStyle day;
        final CellStyle stamp;
        final CellStyle note;
        final CellStyle plain;
        final CellStyle totalNumber;
        final CellStyle totalText;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font italic = wb.createFont();
            italic.setItalic(true);
            title = wb.createCellStyle();
            title.setFont(big);
            subtitle = wb.createCellStyle();
            subtitle.setFont(italic);
            header = bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered(wb);
            section.setFont(bold);
            section.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(wb);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            centre = bordered(wb);
            centre.setAlignment(HorizontalAlignment.CENTER);
            centre.setVerticalAlignment(VerticalAlignment.TOP);
            centre.setWrapText(true);
            number = numeric(wb, "#,##0");
            decimal = numeric(wb, "0.00");
            percent = numeric(wb, "0%");
            percentOne = numeric(wb, "0.0%");
            usd = numeric(wb, "\"$\"#,##0");
            month = numeric(wb, "mmm-yy");
            day = numeric(wb, "dd/mm/yyyy");
            stamp = numeric(wb, "dd/mm/yyyy hh:mm");
            note = wb.createCellStyle();
            note.setFont(italic);
            plain = wb.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            totalNumber = numeric(wb, "\"$\"#,##0");
            totalNumber.setFont(bold);
            totalText = bordered(wb);
            totalText.setFont(bold);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        private static CellStyle numeric(XSSFWorkbook wb, String format) {
            CellStyle s = bordered(wb);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setAlignment(HorizontalAlignment.RIGHT);
            return s;
        }
    }

    /** Writes one value into a cell with the style its kind calls for; null leaves a blank (bordered) cell. */
    private static void put(Row row, int column, Object value, Styles s, CellStyle textStyle) {
        Cell cell = row.createCell(column);
        if (value == null || "".equals(value)) {
            cell.setCellStyle(textStyle);
        } else if (value instanceof String) {
            cell.setCellValue((String) value);
            cell.setCellStyle(textStyle);
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(s.number);
        } else if (value instanceof Double) {
            double d = (Double) value;
            cell.setCellValue(d);
            cell.setCellStyle(d == Math.rint(d) ? s.number : s.decimal);
        } else if (value instanceof Boolean) {
            cell.setCellValue((Boolean) value);
            cell.setCellStyle(s.centre);
        } else if (value instanceof Pct) {
            double f = ((Pct) value).fraction();
            cell.setCellValue(f);
            cell.setCellStyle(Math.abs(f * 100 - Math.rint(f * 100)) < 1e-9 ? s.percent : s.percentOne);
        } else if (value instanceof Usd) {
            cell.setCellValue(((Usd) value).amount());
            cell.setCellStyle(s.usd);
        } else if (value instanceof Month) {
            Month m = (Month) value;
            cell.setCellValue(LocalDate.of(m.year(), m.month(), 1));
            cell.setCellStyle(s.month);
        } else if (value instanceof Day) {
            cell.setCellValue(((Day) value).date());
            cell.setCellStyle(s.day);
        } else if (value instanceof LocalDateTime) {
            cell.setCellValue((LocalDateTime) value);
            cell.setCellStyle(s.stamp);
        } else if (value instanceof Formula) {
            cell.setCellFormula(((Formula) value).formula());
            cell.setCellStyle(s.totalNumber);
        } else {
            throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }

    private static void merged(XSSFSheet sheet, Row row, int first, int last, String text, CellStyle style) {
        for (int c = first; c <= last; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            if (c == first) {
                cell.setCellValue(text);
            }
        }
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
        }
    }

    // ------------------------------------------------------------------ pandemic: wide quarterly tracking table

    /** One row of the results table: the eight quarter cells are FY2025 Q1–Q4 and FY2026 Q1–Q4. */
    private record Line(String ref, String title, String group, String unit, String baseline, String target,
                        Object[] quarters, Object achieved, String onTarget, String notes) {
    }

    private static Object[] q(Object... quarters) {
        if (quarters.length != 8) {
            throw new IllegalArgumentException("eight quarters, FY2025 Q1 to FY2026 Q4");
        }
        return quarters;
    }

    private static final String NA = "n/a";
    private static final String NIL = "-";

    static byte[] pandemic() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        XSSFSheet sheet = wb.createSheet("Results to date");
        int last = 16;
        int r = 0;
        merged(sheet, sheet.createRow(r++), 0, last,
                "Health Security Advocacy Network — Summary of Results to Date", s.title);
        merged(sheet, sheet.createRow(r++), 0, last,
                "Indicator performance tracking table · reporting period FY2026 Q3 (April–June 2026)", s.subtitle);
        merged(sheet, sheet.createRow(r++), 0, last,
                "Fiscal year 1 October – 30 September (FY2026 = October 2025 – September 2026). Prepared by the"
                        + " secretariat MEL officer; validated at the quarterly review meeting of 14 July 2026.", s.subtitle);
        r++;
        Row top = sheet.createRow(r++);
        Row bottom = sheet.createRow(r++);
        top.setHeightInPoints(45);
        String[] spanning = {"Ref.", "Indicator", "Disaggregation", "Unit of measure", "Baseline (year)",
                "End-of-project target (year)"};
        for (int c = 0; c < spanning.length; c++) {
            headerDown(sheet, top, bottom, c, spanning[c], s);
        }
        fiscalYear(sheet, top, bottom, 6, "FY2025", s);
        fiscalYear(sheet, top, bottom, 10, "FY2026", s);
        headerDown(sheet, top, bottom, 14, "Achieved to date (% of EOP target)", s);
        headerDown(sheet, top, bottom, 15, "On target (Y/N)", s);
        headerDown(sheet, top, bottom, 16, "Notes / deviation narrative", s);

        r = section(sheet, r, last, "IMPACT", s);
        r = lines(sheet, r, s, List.of(
                new Line("IMP_1", "Median days from outbreak emergence to detection (7-1-7 timeliness target)", "",
                        "days", "19 (2023)", "7 (2028)", q(NA, 18, NA, NA, NA, 15, NA, null), NA, "Y",
                        "7-1-7 reviews of 2024 and 2025 outbreaks (WHO regional office). Milestone: 14 days by 2026.")));
        r++;
        r = section(sheet, r, last, "LONG-TERM OUTCOMES (the network contributes; above the ceiling of accountability)", s);
        r = lines(sheet, r, s, List.of(
                new Line("LT1_1", "Government expenditure on health emergency preparedness per capita", "", "USD",
                        "0.35 (2024)", "0.80 (2028)", q(NA, NA, NA, NA, NA, NA, NA, null), NIL, "",
                        "No data yet: budget execution reports for 2024/25 are not published (expected in FY2027 Q1)."),
                new Line("LT1_2", "Ratio of preparedness to emergency-response spending in national health budgets", "",
                        "ratio", "0.15 (2024)", "0.40 (2028)", q(NIL, NIL, 0.17, NIL, NIL, NIL, 0.21, null),
                        new Pct(0.525), "N", "From approved 2025/26 and 2026/27 budgets. Response spending rose with"
                        + " the 2025 cholera outbreaks."),
                new Line("LT2_1", "Mean SPAR capacity score across the five member countries", "", "%", "51% (2023)",
                        "62% (2028)", q(NA, "52%", NA, NA, NA, new Pct(0.53), NA, null), new Pct(0.855), "N",
                        "SPAR 2024 and 2025 (e-SPAR). Only three of five countries reported in 2025; mean of those."),
                new Line("LT3_1", "Member countries whose latest NAPHS review included a formal civil-society"
                        + " consultation", "", "countries", "1 (2024)", "4 (2028)",
                        q(NA, NA, NA, NA, NA, NA, NA, null), NIL, "",
                        "No NAPHS review held since baseline; reviews planned in Kenya and Zambia for 2027.")));
        r++;
        r = section(sheet, r, last, "MEDIUM-TERM OUTCOMES (the ceiling of accountability)", s);
        r = lines(sheet, r, s, List.of(
                new Line("MT1_1", "Member countries with a funded budget line for health emergency preparedness", "",
                        "countries", "1 (2024)", "4 (2027)", q(NIL, NIL, 2, NIL, NIL, NIL, 2, null), new Pct(0.50), "N",
                        "Uganda joined Kenya in 2025/26, funded below request. Zambia's line was cut from the 2026"
                        + " budget at the last stage (debt service; assumption AS2)."),
                new Line("MT2_1", "Stage reached by the national action plan for health security", "",
                        "stage (scale)", "Drafted (2024)", "Validated (2027)",
                        q(NIL, "Drafted", NIL, "Drafted", NIL, "Drafted", NIL, null), NA, "N",
                        "Costing workshop postponed twice; ministries wait for the SPAR follow-up (see ST6_1)."),
                new Line("MT3_1", "Parliamentary questions, motions and committee hearings on preparedness financing",
                        "", "actions (cumulative)", "0 (2024)", "45 (2028)", q(NIL, 2, 5, 1, 3, 2, 6, null),
                        new Pct(19.0 / 45), "Y", "Budget-hearing peaks in Q3. Most questions asked by the remaining"
                        + " Kenyan champions."),
                new Line("MT4_1", "Regional preparedness financing commitment adopted by the health ministers'"
                        + " conference", "", "yes/no", "No (2024)", "Yes (2027)",
                        q(NA, NA, NA, "No", NA, NA, NA, null), NA, "Y",
                        "Draft commitment tabled for the September 2026 conference."),
                new Line("MT5_1", "Share of national One Health coordination platforms with a civil-society seat", "",
                        "%", "20% (2024)", "80% (2028)", q(NA, NA, NA, new Pct(0.25), NA, NA, NA, null),
                        new Pct(0.25 / 0.80), "N", "3 of 12 platforms; two seats are observer seats without a vote.")));
        r++;
        r = section(sheet, r, last, "SHORT-TERM OUTCOMES", s);
        r = lines(sheet, r, s, List.of(
                new Line("ST1_1", "Median budget-advocacy capacity of member organisations (annual self-assessment)",
                        "", "level (scale)", "Emerging (2024)", "Established (2026)",
                        q(NIL, "Emerging", NIL, NIL, NIL, "Established", NIL, null), NA, "Y",
                        "Self-assessment validated by the secretariat, February 2026."),
                new Line("ST2_1", "Senior officials interviewed who cite a network financing estimate unprompted", "",
                        "%", "10% (2024)", "60% (2026)", q(NA, NA, "27.5%", NA, NA, NA, "47.5 %", null),
                        new Pct(47.5 / 60), "Y", "Key informant interviews, n = 40 (11 and 19 officials)."),
                new Line("ST3_1", "Members of parliament publicly championing preparedness financing", "", "MPs",
                        "3 (2024)", "20 (2026)", q(NIL, 6, NIL, 11, NIL, 7, NIL, null), new Pct(0.35), "N",
                        "Six champions lost their seats in the January 2026 Ugandan elections; new committees not"
                        + " yet briefed."),
                new Line("ST4_1", "How members describe the coherence of the network's regional advocacy", "",
                        "narrative", "Members act nationally; joint statements ad hoc (2024)",
                        "Joint agenda endorsed by every member (2026)",
                        q(NA, NA, NA, "Joint advocacy agenda for 2026 agreed at the AGM; endorsed by four of five"
                                + " members (Zambia awaits board approval)", NA, NA, NA, null), NA, "",
                        "Focus group at the annual general meeting, September 2025."),
                new Line("ST5_1", "Accurate news items on preparedness financing in monitored national outlets", "",
                        "items (cumulative)", "4 (2024)", "60 (2027)", q(NIL, 3, 5, 4, 6, 5, 4, null),
                        new Pct(31.0 / 60), "Y", "Media monitoring of 15 outlets per country; fellows wrote 14 of 27."),
                new Line("ST6_1", "Shadow-report recommendations formally discussed with IHR focal points", "",
                        "recommendations (cumulative)", "0 (2024)", "20 (2027)", q(NIL, 0, 1, 0, 2, 0, 0, null),
                        new Pct(0.15), "N", "Follow-up meetings postponed: Uganda and Zambia have not published their"
                        + " SPAR report (assumption AS4).")));
        r++;
        r = section(sheet, r, last, "OUTPUTS", s);
        r = lines(sheet, r, s, List.of(
                new Line("OP1_1", "Country budget briefs published", "", "briefs (cumulative)", "0 (2024)",
                        "20 (2028)", q(NIL, 3, 2, 1, 0, 3, 2, null), new Pct(0.55), "Y", "Briefs follow the budget"
                        + " calendar of each country."),
                new Line("OP2_1", "Member staff completing the budget-advocacy course", "", "people (cumulative)",
                        "0 (2024)", "75 (2027)", q(NIL, 14, NIL, 11, NIL, 6, NIL, null), new Pct(31.0 / 75), "N",
                        "Cohort 3 shrank to 6 after two members withdrew their staff."),
                new Line("OP2_1", "Member staff completing the budget-advocacy course", "Women", "people", "", "",
                        q(NIL, 8, NIL, 6, NIL, 4, NIL, null), null, "", ""),
                new Line("OP2_1", "Member staff completing the budget-advocacy course", "Men", "people", "", "",
                        q(NIL, 6, NIL, 5, NIL, 2, NIL, null), null, "", ""),
                new Line("OP9_1", "Value of advocacy small grants disbursed to members", "Kenya", "USD", "0 (2024)",
                        "400,000 (2028)", q(NIL, new Usd(15000), new Usd(10000), new Usd(15000), NIL, new Usd(10000),
                        new Usd(10000), null), null, "", ""),
                new Line("OP9_1", "Value of advocacy small grants disbursed to members", "Uganda", "USD", "", "",
                        q(NIL, new Usd(10000), new Usd(15000), new Usd(10000), NIL, new Usd(10000), new Usd(5000), null),
                        null, "", ""),
                new Line("OP9_1", "Value of advocacy small grants disbursed to members", "Zambia", "USD", "", "",
                        q(NIL, new Usd(10000), new Usd(10000), new Usd(10000), NIL, new Usd(5000), new Usd(10000), null),
                        null, "", ""),
                new Line("OP9_1", "Value of advocacy small grants disbursed to members", "Regional platform", "USD",
                        "", "", q(NIL, new Usd(5000), NIL, new Usd(10000), NIL, new Usd(5000), NIL, null), null, "",
                        "Disbursements paused October–December 2025 during the funder's compliance review.")));
        int firstGrant = r - 3;
        int lastGrant = r;
        Row total = sheet.createRow(r++);
        put(total, 0, null, s, s.totalText);
        put(total, 1, "Total, all countries", s, s.totalText);
        for (int c = 2; c < 6; c++) {
            put(total, c, null, s, s.totalText);
        }
        for (int c = 6; c < 14; c++) {
            String col = CellReference.convertNumToColString(c);
            put(total, c, c == 13 ? null : new Formula("SUM(" + col + firstGrant + ":" + col + lastGrant + ")"), s,
                    s.totalText);
        }
        put(total, 14, new Pct(175000.0 / 400000), s, s.text);
        put(total, 15, "Y", s, s.centre);
        put(total, 16, null, s, s.text);
        r++;
        r = section(sheet, r, last, "ASSUMPTIONS MONITORED", s);
        r = lines(sheet, r, s, List.of(
                new Line("AS4_1", "Member countries that published their latest SPAR report", "", "countries",
                        "3 (2024)", "5 (2026)", q(NIL, NIL, 2, NIL, NIL, NIL, 2, null), new Pct(0.40), "N",
                        "Uganda and Zambia did not publish in 2025 or 2026; a third report was withdrawn for"
                        + " revision.")));
        r++;
        String[] notes = {
            "Notes:",
            "n/a = not measured this quarter (annual or biannual indicator); - = nothing to report; blank = not yet due.",
            "Achieved to date = the actual to date (for cumulative indicators, the baseline plus the quarters) as a share"
                    + " of the end-of-project target; n/a for stages, yes/no, narrative and decreasing indicators.",
            "Source: secretariat MEL database; member quarterly reports. Deviation narratives on the next sheet."};
        for (String note : notes) {
            Row row = sheet.createRow(r++);
            put(row, 0, note, s, note.equals("Notes:") ? s.subtitle : s.note);
        }
        int[] widths = {8, 46, 14, 14, 14, 14, 9, 9, 9, 9, 9, 9, 9, 9, 13, 9, 52};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(2, 6);

        XSSFSheet deviations = wb.createSheet("Deviation narrative");
        String[][] narrative = {
            {"Ref.", "Quarter", "Deviation", "Explanation", "Corrective action"},
            {"ST3_1", "FY2026 Q2", "7 champions against a milestone of 10 by 2025",
                "Six champions lost their seats in the January 2026 Ugandan general election.",
                "Brief the new budget and health committees before the 2026/27 budget hearings."},
            {"ST6_1", "FY2026 Q3", "3 recommendations discussed against 8 expected by 2025",
                "IHR focal points in Uganda and Zambia postponed follow-up meetings until their SPAR reports are"
                    + " published.", "Regional platform to raise SPAR publication at the ministers' conference."},
            {"MT2_1", "FY2026 Q2", "Plans still at the drafted stage",
                "Costing depends on the SPAR follow-up; no country has scheduled its costing workshop.",
                "Academic partners offer to co-facilitate costing in Kenya as a pilot."},
            {"OP2_1", "FY2026 Q2", "Cohort 3: 6 participants instead of 15",
                "Two members withdrew staff after funding cuts.", "Open cohort 4 to partner organisations."}};
        int n = 0;
        for (String[] line : narrative) {
            Row row = deviations.createRow(n++);
            for (int c = 0; c < line.length; c++) {
                put(row, c, line[c], s, n == 1 ? s.header : s.text);
            }
        }
        int[] narrativeWidths = {8, 11, 40, 60, 50};
        for (int c = 0; c < narrativeWidths.length; c++) {
            deviations.setColumnWidth(c, narrativeWidths[c] * 256);
        }
        return finish(wb, "Summary of Results to Date, FY2026 Q3", "Network secretariat MEL officer",
                LocalDateTime.of(2026, 7, 15, 9, 30));
    }

    private static void headerDown(XSSFSheet sheet, Row top, Row bottom, int column, String text, Styles s) {
        put(top, column, text, s, s.header);
        put(bottom, column, null, s, s.header);
        sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), bottom.getRowNum(), column, column));
    }

    private static void fiscalYear(XSSFSheet sheet, Row top, Row bottom, int first, String year, Styles s) {
        merged(sheet, top, first, first + 3, year, s.header);
        for (int i = 0; i < 4; i++) {
            put(bottom, first + i, "Q" + (i + 1), s, s.header);
        }
    }

    private static int section(XSSFSheet sheet, int r, int last, String title, Styles s) {
        merged(sheet, sheet.createRow(r), 0, last, title, s.section);
        return r + 1;
    }

    private static int lines(XSSFSheet sheet, int r, Styles s, List<Line> lines) {
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            put(row, 0, line.ref(), s, s.text);
            put(row, 1, line.title(), s, s.text);
            put(row, 2, line.group(), s, s.text);
            put(row, 3, line.unit(), s, s.text);
            put(row, 4, line.baseline(), s, s.text);
            put(row, 5, line.target(), s, s.text);
            for (int i = 0; i < 8; i++) {
                put(row, 6 + i, line.quarters()[i], s, s.centre);
            }
            put(row, 14, line.achieved(), s, s.centre);
            put(row, 15, line.onTarget(), s, s.centre);
            put(row, 16, line.notes(), s, s.text);
        }
        return r;
    }

    // ------------------------------------------------------------------ humanitarian: long export

    private static final Map<String, String> CEA_TITLES = Map.ofEntries(
            Map.entry("IMP_1", "Affected people who say aid goes to those who need it most"),
            Map.entry("LT1_1", "Programme changes documented as a result of community feedback"),
            Map.entry("LT2_1", "Respondents who trust information from humanitarian organisations"),
            Map.entry("LT3_1", "How cluster coordinators describe the place of community feedback in their decisions"),
            Map.entry("MT1_1", "Clusters citing the feedback analysis in their quarterly plan revision"),
            Map.entry("MT2_1", "Feedback cases closed with the person informed of the outcome"),
            Map.entry("MT3_1", "Median hours from first report of a harmful rumour to a published response"),
            Map.entry("MT4_1", "Ratio of women's to men's feedback cases, relative to their share of the population"),
            Map.entry("MT5_1", "Stage of community engagement in the Humanitarian Response Plan"),
            Map.entry("MT5_2", "Funding requested for collective feedback services in the response plan"),
            Map.entry("ST1_1", "Respondents who know at least one way to give feedback or complain"),
            Map.entry("ST2_1", "Respondents who say they have the information they need to access aid"),
            Map.entry("ST3_1", "Weekly bulletins delivered to clusters within five days of the reporting week"),
            Map.entry("ST4_1", "Stations broadcasting at least one weekly call-in programme on the response"),
            Map.entry("ST5_1", "Trained staff and volunteers passing the feedback-handling knowledge test"),
            Map.entry("OP1_1", "Calls and messages handled by the feedback line"),
            Map.entry("OP3_1", "Rumour and feedback bulletins issued"),
            Map.entry("OP5_1", "Key messages translated into four languages and pre-tested with speakers"),
            Map.entry("OP6_1", "Frontline staff and volunteers trained"),
            Map.entry("OP10_1", "Referral protocol signed by every member agency"),
            Map.entry("AS1_1", "Respondents who would complain without fear of losing assistance"));

    /** Rows of the export, in the order the database wrote them. */
    private static final class Export {
        final List<Object[]> rows = new ArrayList<>();

        void add(String code, Object period, String group, Object value, String unit, String by, String comment) {
            String title = CEA_TITLES.getOrDefault(code, "");
            rows.add(new Object[] {code, title, period, group, value, unit, by, comment});
        }

        void titled(String code, String title, Object period, String group, Object value, String unit, String by,
                    String comment) {
            rows.add(new Object[] {code, title, period, group, value, unit, by, comment});
        }
    }

    private static String quarter(int year, int q) {
        return year + "Q" + q;
    }

    static byte[] humanitarian() {
        Export x = new Export();
        // Quarterly community perception survey (n = 1,200 households): total and by sex.
        int[][] imp = {{38, 35, 41}, {39, 36, 42}, {41, 38, 44}, {42, 39, 45}, {44, 41, 47}, {46, 43, 49}};
        int[][] st1 = {{35, 30, 40}, {41, 36, 46}, {47, 41, 53}, {52, 46, 58}, {55, 49, 61}, {58, 52, 64}};
        int[] lt2 = {41, 42, 44, 45, 47, 49};
        int[][] as1 = {{52, 45, 59}, {54, 47, 61}, {55, 48, 62}, {58, 52, 64}, {57, 50, 63}, {58, 51, 65}};
        for (int i = 0; i < 6; i++) {
            String p = i == 0 ? quarter(2024, 4) : quarter(2025 + (i - 1) / 4, (i - 1) % 4 + 1);
            String round = "Perception survey round " + (i + 4);
            x.add("IMP_1", p, "Total", imp[i][0], "%", "HUB", i == 0 ? round + " (baseline)" : round);
            x.add("IMP_1", p, "Female", imp[i][1], "%", "HUB", "");
            x.add("IMP_1", p, "Male", imp[i][2], "%", "HUB", "");
            x.add("LT2_1", p, "Total", lt2[i], "%", "HUB", "");
            x.add("ST1_1", p, "Total", st1[i][0], "%", "HUB", "");
            x.add("ST1_1", p, "Female", st1[i][1], "%", "HUB", "");
            x.add("ST1_1", p, "Male", st1[i][2], "%", "HUB", i == 3 ? "Toll-free number painted on water points" : "");
            x.add("AS1_1", p, "Total", as1[i][0], "%", "HUB", i == 3 ? "31% of women fear losing assistance" : "");
            x.add("AS1_1", p, "Female", as1[i][1], "%", "HUB", "");
            x.add("AS1_1", p, "Male", as1[i][2], "%", "HUB", "");
        }
        int[] st2 = {36, 40, 44, 48, 51};
        for (int i = 0; i < 5; i++) {
            x.add("ST2_1", quarter(2025 + i / 4, i % 4 + 1), "Total", st2[i], "%", "HUB", "");
        }
        String[] languages = {"Lakes Swahili", "Kifuliiru", "Mashi", "French"};
        int[] st2Languages = {55, 47, 44, 58};
        for (int l = 0; l < 4; l++) {
            x.add("ST2_1", quarter(2026, 1), languages[l], st2Languages[l], "%", "HUB",
                    l == 2 ? "Mashi speakers in host communities least informed" : "");
        }
        // Programme adaptations by cluster: groups only, no total rows.
        String[][] adaptations = {
            {"Health:1", "WASH:2"}, {"Health:2", "Food security:1", "Protection:1"}, {"WASH:1", "Shelter:1"},
            {"Health:1", "WASH:1", "Food security:1"}, {"Protection:1", "WASH:1"}};
        for (int i = 0; i < adaptations.length; i++) {
            for (String entry : adaptations[i]) {
                String[] parts = entry.split(":");
                x.add("LT1_1", quarter(2025 + i / 4, i % 4 + 1), parts[0], Integer.parseInt(parts[1]), "changes",
                        "HUB", parts[0].equals("Shelter") ? "Plastic sheeting replaced by tarpaulins after complaints"
                                : "");
            }
        }
        x.add("LT3_1", 2025, "", "Health and WASH clusters review the feedback dashboard monthly; the other seven"
                + " discuss feedback only when the HCT does", "text", "HUB", "Key informant interviews, 9 coordinators");
        int[] mt1 = {3, 4, 4, 4, 5};
        for (int i = 0; i < 5; i++) {
            x.add("MT1_1", quarter(2025 + i / 4, i % 4 + 1), "Total", mt1[i], "clusters", "HUB", "");
        }
        // Monthly case-management and rumour-tracker figures, by calendar month (date cells).
        int[] mt2 = {31, 33, 36, 38, 40, 42, 44, 45, 47, 48, 50, 51, 52, 54, 55};
        int[] mt3 = {118, 110, 112, 104, 100, 98, 96, 95, 92, 90, 88, 86, 85, 86, 84};
        int[] st3 = {82, 85, 88, 90, 86, 92, 94, 91, 89, 84, 87, 92, 93, 90, 94};
        for (int i = 0; i < 15; i++) {
            Month m = new Month(2025 + i / 12, i % 12 + 1);
            x.add("MT2_1", m, "Total", mt2[i], "%", "NNGO", "");
            x.add("MT3_1", m, "Total", mt3[i], "hours", "HUB", i == 8 ? "Cholera vaccine rumour answered in 20 hours" : "");
            x.add("ST3_1", m, "Total", st3[i], "%", "HUB", i == 9 ? "Analyst post vacant for five weeks" : "");
        }
        double[] mt4 = {0.56, 0.57, 0.58, 0.57, 0.59};
        for (int i = 0; i < 5; i++) {
            x.add("MT4_1", quarter(2025 + i / 4, i % 4 + 1), "Total", mt4[i], "ratio", "WLO", i == 3
                    ? "Women's calls fell after a rumour that complaints are passed to camp management" : "");
        }
        x.add("MT5_1", 2024, "", "mentioned", "stage", "HUB", "HRP 2024");
        x.add("MT5_1", 2025, "", "objectives set", "stage", "HUB", "HRP 2025: CEA objectives in every cluster chapter;"
                + " not costed");
        x.add("MT5_2", 2025, "", null, "USD", "HUB", "HRP 2025 project sheets do not separate collective feedback"
                + " services; hub to recode them in Q2 2026");
        int[] st4 = {6, 7, 8};
        for (int i = 0; i < 3; i++) {
            x.add("ST4_1", quarter(2025, i + 1), "Total", st4[i], "stations", "RAD", "");
        }
        x.add("ST4_1", "Q4", "Total", 5, "stations", "RAD", "Quarter as submitted by the radio association");
        x.add("ST4_1", quarter(2026, 1), "Total", 5, "stations", "RAD", "Four stations dropped call-in shows when"
                + " pooled-fund airtime support ended in October 2025");
        int[][] st5 = {{55, 53, 57}, {62, 58, 66}};
        for (int i = 0; i < 2; i++) {
            String p = "2025S" + (i + 1);
            x.add("ST5_1", p, "Total", st5[i][0], "%", "INGO", "");
            x.add("ST5_1", p, "Female", st5[i][1], "%", "INGO", "");
            x.add("ST5_1", p, "Male", st5[i][2], "%", "INGO", "");
        }
        // Feedback line: monthly totals since the launch on 5 February 2024.
        int[] calls = {300, 450, 520, 600, 640, 700, 720, 760, 800, 830, 850,
            870, 900, 880, 950, 920, 960, 1010, 980, 940, 1000, 1030, 990,
            1040, 1010, 1070};
        for (int i = 0; i < calls.length; i++) {
            int month = i + 1;
            x.add("OP1_1", new Month(2024 + month / 12, month % 12 + 1), "Total", calls[i], "contacts", "HUB",
                    i == 0 ? "Line launched 5 February 2024" : "");
        }
        // Bulletins: one row per ISO week with a bulletin (DHIS2 weekly codes); missed weeks have no row.
        List<String> missed = List.of("2024W31", "2024W32", "2024W52", "2025W1", "2025W41", "2025W42", "2025W43",
                "2025W44", "2025W45", "2025W52", "2026W1");
        for (int year = 2024; year <= 2026; year++) {
            int from = year == 2024 ? 6 : 1;
            int to = year == 2026 ? 13 : 52;
            for (int week = from; week <= to; week++) {
                String code = year + "W" + week;
                if (!missed.contains(code)) {
                    x.add("OP3_1", code, "", 1, "bulletins", "HUB", "");
                }
            }
        }
        int[][] messages = {{6, 4, 3, 6}, {5, 3, 3, 5}, {4, 3, 2, 4}, {3, 3, 3, 3}, {3, 2, 2, 3}};
        for (int i = 0; i < messages.length; i++) {
            for (int l = 0; l < 4; l++) {
                x.add("OP5_1", quarter(2025 + i / 4, i % 4 + 1), languages[l], messages[i][l], "messages", "LANG", "");
            }
        }
        int[][] trained = {{28, 32}, {33, 37}, {41, 39}, {27, 33}, {38, 37}};
        List<Integer> totalRows = new ArrayList<>();
        for (int i = 0; i < trained.length; i++) {
            String p = quarter(2025 + i / 4, i % 4 + 1);
            x.add("OP6_1", p, "Female", trained[i][0], "people", "INGO", "");
            x.add("OP6_1", p, "Male", trained[i][1], "people", "INGO", "");
            totalRows.add(x.rows.size());
            x.add("OP6_1", p, "Total", null, "people", "INGO", "");
        }
        x.titled("OP6_11", "Frontline staff and volunteers trained (refresher course)", quarter(2026, 1), "Total", 42,
                "people", "INGO", "Refresher for staff trained in 2025");
        x.add("OP10_1", quarter(2025, 2), "", "No", "yes/no", "HUB", "Signed by 9 of 14 agencies");
        x.add("OP10_1", quarter(2025, 4), "", "No", "yes/no", "HUB", "Two INGOs and the PSEA network still in legal"
                + " review");

        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        XSSFSheet sheet = wb.createSheet("Indicator results");
        put(sheet.createRow(0), 0, "Lakes Region CEA Network — indicator results (database export)", s, s.title);
        put(sheet.createRow(1), 0, "Database: CEA results 2024–2027 · exported 09/04/2026 08:12 by the hub information"
                + " manager · filter: reporting periods January 2024 to March 2026", s, s.subtitle);
        Row header = sheet.createRow(3);
        String[] columns = {"Indicator code", "Indicator", "Reporting period", "Disaggregation", "Value", "Unit",
            "Reported by", "Comment", "Last updated"};
        for (int c = 0; c < columns.length; c++) {
            put(header, c, columns[c], s, s.header);
        }
        int r = 4;
        for (int i = 0; i < x.rows.size(); i++) {
            Object[] values = x.rows.get(i);
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (c == 4 && totalRows.contains(i)) {
                    v = new Formula("SUM(E" + (r - 2) + ":E" + (r - 1) + ")");
                }
                put(row, c, v, s, s.plain);
                if (c == 4 && v instanceof Formula) {
                    row.getCell(c).setCellStyle(s.number);
                }
            }
            put(row, 8, updated(values[2], i), s, s.plain);
        }
        int[] widths = {14, 60, 15, 16, 10, 10, 11, 60, 17};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 4);
        sheet.setAutoFilter(new CellRangeAddress(3, r - 1, 0, columns.length - 1));

        XSSFSheet about = wb.createSheet("Export notes");
        String[] notes = {
            "Reporting period: DHIS2 period codes (2025Q1 quarter, 2025S1 half-year, 2025W10 ISO week, 2025 year) or"
                + " the month as a date.",
            "Disaggregation: Total for the whole population; otherwise the group (sex, language, cluster).",
            "Percentages are written as numbers (45 = 45%); the unit column says so.",
            "Partners: HUB coordination hub, NNGO national NGO forum, INGO international NGO members, RAD radio"
                + " association, WLO women-led organisations, LANG translation partner."};
        for (int i = 0; i < notes.length; i++) {
            put(about.createRow(i), 0, notes[i], s, s.plain);
        }
        about.setColumnWidth(0, 110 * 256);
        return finish(wb, "CEA indicator results export", "CEA hub information manager",
                LocalDateTime.of(2026, 4, 9, 8, 12));
    }

    /** When the row was last edited, as the database stamps it: a few days after the period closed. */
    private static LocalDateTime updated(Object period, int index) {
        LocalDate end;
        if (period instanceof Month) {
            Month m = (Month) period;
            end = LocalDate.of(m.year(), m.month(), 1).plusMonths(1);
        } else if (period instanceof Integer) {
            end = LocalDate.of((Integer) period + 1, 2, 1);
        } else {
            String p = (String) period;
            if (p.contains("W")) {
                end = LocalDate.of(Integer.parseInt(p.substring(0, 4)), 1, 4)
                        .plusWeeks(Integer.parseInt(p.substring(5)));
            } else if (p.contains("S")) {
                end = LocalDate.of(Integer.parseInt(p.substring(0, 4)), p.endsWith("1") ? 7 : 12, 1).plusMonths(1);
            } else if (p.length() == 6) {
                end = LocalDate.of(Integer.parseInt(p.substring(0, 4)), Integer.parseInt(p.substring(5)) * 3, 1)
                        .plusMonths(1);
            } else {
                end = LocalDate.of(2026, 1, 20);
            }
        }
        LocalDate day = end.plusDays(3 + index % 9);
        if (day.isAfter(LocalDate.of(2026, 4, 8))) {
            day = LocalDate.of(2026, 4, 8);
        }
        return day.atTime(9 + index % 8, (index * 7) % 60);
    }

    // ------------------------------------------------------------------ learning: the template, filled in

    /** A value for the template's data sheet: the period as the template writes it, a group ("" for the total). */
    private record Entry(String id, Object period, String group, Object value, String comment) {
    }

    private static List<Entry> learningData() {
        List<Entry> e = new ArrayList<>();
        e.add(new Entry("IMP_1", "2025", "", 52, "Lean-season surveys of four members, harmonised by the hub"));
        String[] countries = {"Niger", "Mali", "Burkina Faso", "Chad"};
        int[] fcs = {50, 47, 49, 58};
        for (int i = 0; i < 4; i++) {
            e.add(new Entry("IMP_1", "2025", countries[i], fcs[i], i == 1 ? "Access limited in central Mali" : ""));
        }
        e.add(new Entry("LT1_1", "2025", "", 3, "Third programme: BCR savings groups with FFT's women's credit rules"));
        e.add(new Entry("LT3_1", "2025", "", 0.19, "Ratio up mainly because the main external learning grant was cut"
                + " by 40%; member co-funding grew little (see MT5_1)"));
        e.add(new Entry("MT1_1", "2025S1", "", 1, ""));
        e.add(new Entry("MT1_1", "2025S2", "", 2, "Two adoptions abandoned: river-valley practices did not transfer to"
                + " pastoral zones"));
        e.add(new Entry("MT1_1", "2026S1", "", 0, "No new adoption harvested; exchange visits cancelled"));
        e.add(new Entry("MT2_1", "2025", "", 27, "Review of 41 designs and proposals"));
        e.add(new Entry("MT3_1", "2025", "", "functional", "MEL maturity assessment with UNI"));
        int[] requests = {1, 2, 1, 2, 1, 2};
        String[] quarters = {"2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"};
        for (int i = 0; i < 6; i++) {
            e.add(new Entry("MT4_1", quarters[i], "", requests[i], i == 3 ? "Both from the new planning unit of"
                    + " Niger's resilience agency" : ""));
        }
        e.add(new Entry("MT5_1", "2025", "", 4_500_000, "In kind: staff time of focal points and venues"));
        e.add(new Entry("PC1_1", "2025", "", 5, "All five directors signed by March 2025"));
        int[] sharing = {38, 42, 44, 47, 50, 52};
        for (int i = 0; i < 6; i++) {
            e.add(new Entry("ST1_1", quarters[i], "", sharing[i], i == 5 ? "Pulse survey, n = 118" : ""));
        }
        e.add(new Entry("ST1_1", "2026-Q2", "women", 44, ""));
        e.add(new Entry("ST1_1", "2026-Q2", "men", 57, ""));
        e.add(new Entry("ST2_1", "2025S1", "", 45, ""));
        e.add(new Entry("ST2_1", "2025S2", "", 60, ""));
        e.add(new Entry("ST2_1", "2026S1", "", 70, "7 of 10 syntheses on time"));
        int[][] certified = {{3, 4}, {3, 3}, {4, 4}};
        String[] halves = {"2025S1", "2025S2", "2026S1"};
        for (int i = 0; i < 3; i++) {
            e.add(new Entry("ST3_1", halves[i], "", certified[i][0] + certified[i][1], ""));
            e.add(new Entry("ST3_1", halves[i], "women", certified[i][0], ""));
            e.add(new Entry("ST3_1", halves[i], "men", certified[i][1], ""));
        }
        e.add(new Entry("ST4_1", "2025", "", 0.31, "Social network analysis, 29 of 30 focal points; fewer joint visits"
                + " than planned"));
        e.add(new Entry("ST4_2", "2025", "", "Members call each other for advice on cash programming; joint proposals"
                + " still go through the hub", "Most significant change stories, learning forum 2025"));
        e.add(new Entry("ST5_1", "2025", "", 14, "Most officials met at the 2025 forum were moved in the government"
                + " reshuffle"));
        String[] themes = {"Water and land", "Livestock mobility", "Cash and savings"};
        int[][] sessions = {{2, 1, 2}, {2, 2, 1}, {1, 1, 2}, {2, 2, 2}, {2, 1, 2}, {1, 2, 2}};
        int[] participants = {14, 15, 16, 16, 17, 17};
        int[] visits = {1, 0, 1, 0, 1, 0};
        String[] visitNotes = {"", "Visit to Mopti cancelled: road closed after attacks near Sévaré", "",
            "Two visits moved online", "", "Visit to Tillabéri postponed (security)"};
        for (int i = 0; i < 6; i++) {
            for (int t = 0; t < 3; t++) {
                e.add(new Entry("OP1_1", quarters[i], themes[t], sessions[i][t], ""));
            }
            e.add(new Entry("OP1_2", quarters[i], "", participants[i], ""));
            e.add(new Entry("OP2_1", quarters[i], "", visits[i], visitNotes[i]));
            e.add(new Entry("OP3_1", quarters[i], "", 1, ""));
        }
        e.add(new Entry("OP5_1", new Day(LocalDate.of(2025, 5, 15)), "", Boolean.TRUE,
                "Adopted by the general assembly in Ouagadougou"));
        int[] users = {62, 66, 71, 75, 80, 78, 84, 88, 93, 97, 102, 99, 105, 110, -1, 118, 124, 131};
        for (int i = 0; i < users.length; i++) {
            if (users[i] >= 0) {
                e.add(new Entry("OP6_1", String.format("%d-%02d", 2025 + i / 12, i % 12 + 1), "", users[i], ""));
            }
        }
        e.add(new Entry("OP9_1", "2025S1", "", 9_000_000, ""));
        e.add(new Entry("OP9_1", "2025S2", "", 10_500_000, ""));
        e.add(new Entry("OP9_1", "2026S1", "", 2_500_000, "Round 3 delayed: selection committee met in June"));
        return e;
    }

    static byte[] learning(Theory theory) {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(new MonitoringTemplateWriter().toBytes(theory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        XSSFSheet data = wb.getSheet(MonitoringTemplateWriter.DATA_SHEET);
        CellStyle text = data.getRow(1).getCell(0).getCellStyle();
        CellStyle day = wb.createCellStyle();
        day.cloneStyleFrom(text);
        day.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Map<String, List<String[]>> template = new LinkedHashMap<>();
        for (int r = 1; r <= data.getLastRowNum(); r++) {
            Row row = data.getRow(r);
            String id = row.getCell(0).getStringCellValue();
            template.computeIfAbsent(id, k -> new ArrayList<>()).add(new String[] {row.getCell(1)
                    .getStringCellValue(), row.getCell(2).getStringCellValue()});
        }
        for (int r = data.getLastRowNum(); r >= 1; r--) {
            data.removeRow(data.getRow(r));
        }
        List<Entry> entries = learningData();
        int r = 1;
        for (String id : theory.indicators().keySet()) {
            String title = theory.indicators().get(id).title();
            List<Entry> mine = new ArrayList<>();
            for (Entry entry : entries) {
                if (entry.id().equals(id)) {
                    mine.add(entry);
                }
            }
            for (String[] ready : template.getOrDefault(id, List.of())) {
                r = learningRow(data, r, id, title, ready[1], "", find(mine, ready[1], ""), text, day);
                for (Entry entry : List.copyOf(mine)) {
                    if (entry.period().equals(ready[1]) && !entry.group().isEmpty()) {
                        r = learningRow(data, r, id, title, entry.period(), entry.group(), entry, text, day);
                    }
                }
                mine.removeIf(entry -> entry.period().equals(ready[1]));
            }
            for (Entry entry : mine) {
                r = learningRow(data, r, id, title, entry.period(), entry.group(), entry, text, day);
            }
        }
        return finish(wb, "Sahel Resilience Learning Network: monitoring data", "Learning hub MEL officer",
                LocalDateTime.of(2026, 7, 8, 16, 45));
    }

    private static Entry find(List<Entry> entries, String period, String group) {
        for (Entry entry : entries) {
            if (entry.period().equals(period) && entry.group().equals(group)) {
                return entry;
            }
        }
        return null;
    }

    private static int learningRow(XSSFSheet data, int r, String id, String title, Object period, String group,
                                   Entry entry, CellStyle text, CellStyle day) {
        Row row = data.createRow(r);
        textCell(row, 0, id, text);
        textCell(row, 1, title, text);
        if (period instanceof Day) {
            Cell cell = row.createCell(2);
            cell.setCellValue(((Day) period).date());
            cell.setCellStyle(day);
        } else {
            textCell(row, 2, (String) period, text);
        }
        if (!group.isEmpty()) {
            textCell(row, 3, group, text);
        }
        if (entry != null) {
            Object v = entry.value();
            Cell cell = row.createCell(4);
            if (v instanceof Boolean) {
                cell.setCellValue((Boolean) v);
            } else if (v instanceof String) {
                cell.setCellValue((String) v);
            } else {
                cell.setCellValue(((Number) v).doubleValue());
            }
            if (!entry.comment().isEmpty()) {
                textCell(row, 5, entry.comment(), text);
            }
        }
        return r + 1;
    }

    private static void textCell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    // ------------------------------------------------------------------ deterministic output

    /** Saves formula values, sets fixed document properties and writes the workbook with fixed zip entry times. */
    private static byte[] finish(XSSFWorkbook wb, String title, String author, LocalDateTime saved) {
        try {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            POIXMLProperties properties = wb.getProperties();
            POIXMLProperties.CoreProperties core = properties.getCoreProperties();
            Date stamp = Date.from(saved.toInstant(ZoneOffset.UTC));
            core.setTitle(title);
            core.setCreator(author);
            core.setLastModifiedByUser(author);
            core.setCreated(Optional.of(stamp));
            core.setModified(Optional.of(stamp));
            core.setDescription("Fictional monitoring data for a ToC Workbench sample; written by"
                    + " org.tocworkbench.evaluator.samples.SampleWorkbooks.");
            properties.getExtendedProperties().setApplication("ToC Workbench sample generator");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.close();
            return stableZip(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip entries, in the same order, with a fixed time. */
    static byte[] stableZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ZIP_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The entries of a zip file, name → uncompressed bytes, for comparing workbooks by content. */
    public static Map<String, byte[]> entries(InputStream zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
