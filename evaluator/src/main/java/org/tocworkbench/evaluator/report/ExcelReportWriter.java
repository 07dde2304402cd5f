package org.tocworkbench.evaluator.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.tocworkbench.compiler.model.Assumption;
import org.tocworkbench.compiler.model.Evidence;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.excel.PrintLayout;
import org.tocworkbench.evaluator.excel.SheetWriter;
import org.tocworkbench.evaluator.excel.WorkbookStyles;
import org.tocworkbench.evaluator.ingest.DataIssue;
import org.tocworkbench.evaluator.progress.AssumptionProgress;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.series.Derivation;
import org.tocworkbench.evaluator.progress.IndicatorProgress;
import org.tocworkbench.evaluator.progress.NodeProgress;
import org.tocworkbench.evaluator.progress.PathwayProgress;
import org.tocworkbench.evaluator.progress.Rollup;
import org.tocworkbench.evaluator.progress.Status;

/**
 * The evaluation as an Excel workbook, written with SXSSF (streaming, bounded memory): sheets
 * Summary, Indicators, IPTT (one sheet per reporting frequency when there are several: {@link ExcelIptt}), Pathways, Assumptions, Roll-ups and Data issues. Status columns carry
 * red/amber/green conditional formatting keyed on the status text, so the colours follow if a
 * reader edits a status. User text never becomes a formula ({@link SheetWriter}). Percentages are
 * shares in a percent format (51% is stored as 0.51); values of scales and yes/no indicators are
 * their labels. Every sheet prints on A4 landscape pages fitted to the width ({@link PrintLayout}).
 */
public final class ExcelReportWriter implements ReportWriter {
    /** Colours of the status column: fill and font, as Excel's own good/neutral/bad styles. */
    private static final byte[][] GREEN = {{(byte) 0xC6, (byte) 0xEF, (byte) 0xCE}, {0x00, 0x61, 0x00}};
    private static final byte[][] AMBER = {{(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, {(byte) 0x9C, 0x57, 0x00}};
    private static final byte[][] RED = {{(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, {(byte) 0x9C, 0x00, 0x06}};

    @Override
    public List<String> extensions() {
        return List.of("xlsx");
    }

    @Override
    public void write(Evaluation evaluation, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            String title = title(evaluation.theory());
            List<SheetWriter> sheets = new ArrayList<>();
            sheets.add(summary(new SheetWriter(workbook.createSheet("Summary"), styles), evaluation));
            sheets.add(indicators(new SheetWriter(workbook.createSheet("Indicators"), styles), evaluation));
            ExcelIptt.write(workbook, evaluation, styles, title);
            sheets.add(pathways(new SheetWriter(workbook.createSheet("Pathways"), styles), evaluation));
            sheets.add(assumptions(new SheetWriter(workbook.createSheet("Assumptions"), styles), evaluation));
            sheets.add(rollups(new SheetWriter(workbook.createSheet("Roll-ups"), styles), evaluation));
            List<NetworkSection.Block> network = NetworkSection.of(evaluation);
            if (!network.isEmpty()) {
                SheetWriter networkSheet = new SheetWriter(workbook.createSheet("Network"), styles);
                network(networkSheet, network, styles);
                sheets.add(networkSheet);
            }
            if (!evaluation.derivations().isEmpty()) {
                sheets.add(computed(new SheetWriter(workbook.createSheet("Computed values"), styles), evaluation));
            }
            sheets.add(issues(new SheetWriter(workbook.createSheet("Data issues"), styles), evaluation));
            sheets.forEach(sheet -> PrintLayout.apply(sheet, title));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** The title of the report, at the top of the summary and of every printed page. */
    private static String title(Theory theory) {
        return "Progress report: " + (theory.metadata().title().isEmpty() ? "Theory of change" : theory.metadata().title());
    }

    private static SheetWriter summary(SheetWriter w, Evaluation e) {
        Theory theory = e.theory();
        w.widths(30, 12, 12, 36, 16, 12, 12, 12);
        w.title(w.row(), 0, title(theory));
        Row asOf = w.row();
        w.text(asOf, 0, "As of");
        w.paragraph(asOf, 1, 4, e.settings().asOf() + " (" + e.asOfSource() + ")");
        Row bands = w.row();
        w.text(bands, 0, "Status bands");
        w.paragraph(bands, 1, 4, "on track within " + Format.number(e.settings().bands().onTrack())
                + " points of the expected progress, at risk within " + Format.number(e.settings().bands().atRisk())
                + ", off track beyond");
        w.skip();
        List<String> header = new ArrayList<>(List.of(""));
        for (Status s : Status.values()) {
            header.add(s.label());
        }
        w.header(header.toArray(new String[0]));
        countRow(w, "Pathways", e.pathways().stream().map(PathwayProgress::status).toList());
        countRow(w, "Results", e.nodes().values().stream().map(NodeProgress::status).toList());
        countRow(w, "Indicators", e.indicators().values().stream().map(IndicatorProgress::status).toList());
        Row observations = w.row();
        w.text(observations, 0, "Observations read");
        w.number(observations, 1, e.observationCount());
        Row issues = w.row();
        w.text(issues, 0, "Data issues");
        w.number(issues, 1, e.issues().total());
        w.skip();
        int first = w.rowIndex() + 1;
        w.header("Pathway", "Status", "Progress", "Bottleneck", "Holds up");
        for (PathwayProgress p : e.pathways()) {
            Row row = w.row();
            w.text(row, 0, p.title());
            w.text(row, 1, p.status().label());
            w.percent(row, 2, p.progress());
            if (p.bottleneck() != null) {
                w.text(row, 3, p.bottleneck() + " " + theory.nodes().get(p.bottleneck()).title());
                w.text(row, 4, String.join(", ", p.heldUp()));
            }
        }
        statusColours(w.sheet(), 1, first, w.rowIndex());
        w.skip();
        for (String method : Evaluation.methods()) {
            w.paragraph(w.row(), 0, 7, method);
        }
        return w;
    }

    private static void countRow(SheetWriter w, String label, List<Status> statuses) {
        Row row = w.row();
        w.text(row, 0, label);
        int column = 1;
        for (Status s : Status.values()) {
            w.number(row, column++, statuses.stream().filter(x -> x == s).count());
        }
    }

    private static SheetWriter indicators(SheetWriter w, Evaluation e) {
        w.widths(10, 32, 8, 14, 10, 10, 11, 10, 11, 10, 16, 12, 9, 9, 10, 30, 30);
        w.header("ID", "Indicator", "Result", "Unit", "Direction", "Baseline", "Baseline date", "Target", "Target date",
                "Actual", "Actual (as reported)", "Period", "Progress", "Expected", "Status", "Notes",
                "Comment on the actual");
        for (IndicatorProgress p : e.indicators().values()) {
            Indicator i = e.theory().indicators().get(p.indicatorId());
            Row row = w.row();
            w.text(row, 0, i.id());
            w.text(row, 1, i.title());
            w.text(row, 2, i.subject());
            w.text(row, 3, i.composite() ? "composite of " + String.join(", ", i.parts()) : i.unit().describe()
                    + i.population().map(pop -> ", population " + Format.number(pop.count())).orElse(""));
            w.text(row, 4, p.direction() == null ? "" : p.direction().word());
            value(w, row, 5, p.baseline(), i.baseline(), i);
            w.text(row, 6, Format.when(i.baseline(), p.baselineDate()));
            value(w, row, 7, p.target(), i.target(), i);
            w.text(row, 8, Format.when(i.target(), p.targetDate()));
            value(w, row, 9, p.actual(), null, i);
            w.text(row, 10, Double.isNaN(p.actual()) && p.actualText() == null ? "" : Format.actual(p, i));
            w.text(row, 11, Format.actualPeriod(p, i));
            w.percent(row, 12, p.progress());
            w.percent(row, 13, p.expected());
            w.text(row, 14, p.status().label());
            w.text(row, 15, String.join("; ", p.notes()));
            w.text(row, 16, e.iptt().comment(p.indicatorId(), p.actualPeriod(), null));
        }
        statusColours(w.sheet(), 14, 2, w.rowIndex());
        w.sheet().createFreezePane(2, 1);
        return w;
    }

    private static SheetWriter pathways(SheetWriter w, Evaluation e) {
        w.widths(24, 12, 11, 6, 10, 50, 18, 12, 10, 12);
        w.header("Pathway", "Pathway status", "Pathway progress", "Step", "Node", "Result", "Kind", "Status",
                "Progress", "Bottleneck");
        for (PathwayProgress p : e.pathways()) {
            int step = 1;
            for (PathwayProgress.Step s : p.steps()) {
                Node node = e.theory().nodes().get(s.nodeId());
                Row row = w.row();
                w.text(row, 0, p.title());
                w.text(row, 1, p.status().label());
                w.percent(row, 2, p.progress());
                w.number(row, 3, step++);
                w.text(row, 4, s.nodeId());
                w.text(row, 5, node.title());
                w.text(row, 6, node.kind().word() + (node.horizon() == null ? "" : " (" + node.horizon().word() + ")"));
                w.text(row, 7, s.status().label());
                w.percent(row, 8, s.progress());
                w.text(row, 9, s.nodeId().equals(p.bottleneck()) ? "bottleneck" : "");
            }
        }
        statusColours(w.sheet(), 1, 2, w.rowIndex());
        statusColours(w.sheet(), 7, 2, w.rowIndex());
        w.sheet().createFreezePane(1, 1);
        return w;
    }

    private static SheetWriter assumptions(SheetWriter w, Evaluation e) {
        w.widths(8, 40, 8, 12, 12, 10, 30, 20, 50);
        w.header("ID", "Assumption", "Risk", "Evidence status", "Monitoring", "Outlook", "Why", "Rests under",
                "Evidence");
        for (AssumptionProgress a : e.assumptions()) {
            Assumption assumption = e.theory().assumptions().get(a.assumptionId());
            Row row = w.row();
            w.text(row, 0, a.assumptionId());
            w.wrapped(row, 1, assumption.text());
            w.text(row, 2, a.risk() == null ? "" : a.risk().word());
            w.text(row, 3, a.evidence().word());
            w.text(row, 4, a.indicators().isEmpty() ? "" : a.monitoring().label());
            w.text(row, 5, a.outlook().label());
            w.text(row, 6, a.reason());
            List<String> under = new ArrayList<>(a.links());
            under.addAll(a.nodes());
            w.text(row, 7, String.join(", ", under));
            List<String> evidence = new ArrayList<>();
            for (Evidence ev : assumption.evidence()) {
                evidence.add(ev.source() + (ev.date() == null ? "" : " (" + ev.date().text() + ")")
                        + (ev.note().isEmpty() ? "" : ": " + ev.note()));
            }
            w.wrapped(row, 8, String.join("\n", evidence));
        }
        w.sheet().createFreezePane(0, 1);
        return w;
    }

    private static SheetWriter rollups(SheetWriter w, Evaluation e) {
        w.widths(16, 36, 8, 12, 10, 9, 9, 9, 9, 7, 12, 12, 12);
        w.header("By", "Name", "Results", "Status (median result)", "Progress", "achieved", "on track", "at risk",
                "off track", "other", "Indicators responsible for", "Indicators without data", "Worst status");
        for (Rollup r : e.byActor()) {
            rollupRow(w, "actor", r, true);
        }
        for (Rollup r : e.byFunction()) {
            rollupRow(w, "network function", r, false);
        }
        statusColours(w.sheet(), 3, 2, w.rowIndex());
        w.sheet().createFreezePane(0, 1);
        return w;
    }

    private static void rollupRow(SheetWriter w, String by, Rollup r, boolean actor) {
        Row row = w.row();
        w.text(row, 0, by);
        w.text(row, 1, r.label());
        w.number(row, 2, r.nodes().size());
        w.text(row, 3, r.status().label());
        w.percent(row, 4, r.progress());
        w.number(row, 5, r.counts().get(Status.ACHIEVED));
        w.number(row, 6, r.counts().get(Status.ON_TRACK));
        w.number(row, 7, r.counts().get(Status.AT_RISK));
        w.number(row, 8, r.counts().get(Status.OFF_TRACK));
        w.number(row, 9, r.counts().get(Status.NO_DATA) + r.counts().get(Status.NOT_STARTED)
                + r.counts().get(Status.NOT_RATED));
        if (actor) {
            w.number(row, 10, r.indicators().size());
            w.number(row, 11, r.indicatorsWithoutData());
        }
        w.text(row, 12, r.worst().label());
    }

    /** How each value computed from records was made (docs/records.md). */
    private static SheetWriter computed(SheetWriter w, Evaluation e) {
        w.widths(10, 36, 24, 36, 10, 14, 10, 11, 13, 30);
        w.header("Indicator", "Definition", "Records", "Records read, left out, counted", "Period", "Group", "Value",
                "Numerator", "Denominator", "How it was made");
        for (Derivation d : e.derivations().values()) {
            Indicator indicator = e.theory().indicators().get(d.indicatorId());
            boolean percent = indicator != null && indicator.unit().kind() == UnitKind.PERCENT;
            if (d.values().isEmpty()) {
                Row row = w.row();
                w.text(row, 0, d.indicatorId());
                w.text(row, 1, d.definition());
                w.text(row, 2, d.source());
                w.text(row, 3, d.recordsLine());
                w.text(row, 9, "no value");
            }
            for (Derivation.DerivedValue v : d.values()) {
                Row row = w.row();
                w.text(row, 0, d.indicatorId());
                w.text(row, 1, d.definition());
                w.text(row, 2, d.source());
                w.text(row, 3, d.recordsLine());
                w.text(row, 4, v.period().label());
                w.text(row, 5, v.group().isEmpty() ? "total" : v.group());
                if (percent) {
                    w.percent(row, 6, v.value());
                } else {
                    w.amount(row, 6, v.value());
                }
                w.amount(row, 7, v.numerator());
                w.amount(row, 8, v.denominator());
                w.text(row, 9, v.how());
            }
        }
        w.sheet().createFreezePane(0, 1);
        return w;
    }

    private static SheetWriter issues(SheetWriter w, Evaluation e) {
        w.widths(24, 12, 18, 8, 80);
        w.header("File", "Cell", "Kind", "Value used", "Message");
        for (DataIssue issue : e.issues().kept()) {
            Row row = w.row();
            w.text(row, 0, IssueLocation.file(issue.where()));
            w.text(row, 1, IssueLocation.cell(issue.where()));
            w.text(row, 2, JsonReportWriter.kind(issue.kind()));
            w.text(row, 3, issue.kind().valueUsed() ? "yes" : "no");
            w.text(row, 4, issue.message());
        }
        if (e.issues().notKept() > 0) {
            w.text(w.row(), 0, String.format(java.util.Locale.ROOT, "%,d more issues are not listed",
                    e.issues().notKept()));
        }
        w.sheet().createFreezePane(0, 1);
        return w;
    }

    /**
     * The network section (docs/network.md) on a sheet of its own: each heading on a row in the title
     * style, findings one to a row, tables with a bold header; cells that start with a status are
     * coloured like the status columns of the other sheets.
     */
    private static void network(SheetWriter w, List<NetworkSection.Block> blocks, WorkbookStyles styles) {
        // widths first: the rows' heights are worked out from them as the cells are written
        int widest = Math.max(2, blocks.stream().filter(NetworkSection.Table.class::isInstance)
                .mapToInt(block -> ((NetworkSection.Table) block).header().size()).max().orElse(2));
        int[] widths = new int[widest];
        java.util.Arrays.fill(widths, 24);
        widths[0] = 44;
        w.widths(widths);
        Row title = w.row();
        w.text(title, 0, NetworkSection.TITLE);
        title.getCell(0).setCellStyle(styles.title());
        for (NetworkSection.Block block : blocks) {
            if (block instanceof NetworkSection.Heading heading) {
                w.skip();
                Row row = w.row();
                w.text(row, 0, heading.text());
                row.getCell(0).setCellStyle(styles.header());
            } else if (block instanceof NetworkSection.Findings findings) {
                // a finding is a sentence: over the width of the widest table, not down one column
                for (String sentence : findings.sentences()) {
                    w.paragraph(w.row(), 0, widest - 1, sentence);
                }
            } else if (block instanceof NetworkSection.Table table) {
                w.header(table.header().toArray(String[]::new));
                int first = w.rowIndex() + 1;
                for (List<NetworkSection.Cell> cells : table.rows()) {
                    Row row = w.row();
                    for (int c = 0; c < cells.size(); c++) {
                        w.text(row, c, cells.get(c).text());
                    }
                }
                statusPrefixColours(w.sheet(), first, w.rowIndex(), table.header().size());
            }
        }
    }

    /** Colours the cells of a block whose text starts with a rated status ("on track · 3 results"). */
    private static void statusPrefixColours(SXSSFSheet sheet, int firstRow, int lastRow, int columns) {
        if (lastRow < firstRow) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(firstRow - 1, lastRow - 1, 0, columns - 1)};
        String topLeft = "A" + firstRow;
        for (Status status : List.of(Status.OFF_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.ACHIEVED)) {
            byte[][] colours = status == Status.OFF_TRACK ? RED : status == Status.AT_RISK ? AMBER : GREEN;
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                    "LEFT(" + topLeft + "," + status.label().length() + ")=\"" + status.label() + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(colours[0], null));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            FontFormatting font = rule.createFontFormatting();
            font.setFontColor(new XSSFColor(colours[1], null));
            formatting.addConditionalFormatting(range, rule);
        }
    }

    /** Red/amber/green on a status column, rows {@code firstRow..lastRow} (1-based, inclusive). */
    static void statusColours(SXSSFSheet sheet, int column, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(firstRow - 1, lastRow - 1, column, column)};
        formatting.addConditionalFormatting(range, rule(formatting, Status.OFF_TRACK, RED));
        formatting.addConditionalFormatting(range, rule(formatting, Status.AT_RISK, AMBER));
        formatting.addConditionalFormatting(range, rule(formatting, Status.ON_TRACK, GREEN));
        formatting.addConditionalFormatting(range, rule(formatting, Status.ACHIEVED, GREEN));
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, Status status, byte[][] colours) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + status.label() + "\"", null);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(colours[0], null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        FontFormatting font = rule.createFontFormatting();
        font.setFontColor(new XSSFColor(colours[1], null));
        return rule;
    }

    /**
     * A baseline, target or actual in the indicator's unit: a percent cell for percentages, the
     * label for a scale or yes/no value ("drafted", not 2), the theory's words for a qualitative
     * baseline or target, a number cell otherwise.
     */
    private static void value(SheetWriter w, Row row, int column, double value, Measurement declared, Indicator i) {
        String words = Format.words(value, declared);
        if (words != null) {
            w.text(row, column, words);
            return;
        }
        switch (i.unit().kind()) {
            case PERCENT -> w.percent(row, column, value);
            case SCALE, BOOLEAN -> {
                if (Double.isFinite(value)) {
                    w.text(row, column, Format.value(value, i.unit()));
                }
            }
            default -> w.amount(row, column, value);
        }
    }
}
