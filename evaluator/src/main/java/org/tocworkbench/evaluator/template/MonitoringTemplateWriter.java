package org.tocworkbench.evaluator.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tocworkbench.compiler.io.OutputFile;
import org.tocworkbench.compiler.model.Frequency;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.model.Measurement;
import org.tocworkbench.compiler.model.Node;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.excel.PrintLayout;
import org.tocworkbench.evaluator.excel.SheetWriter;
import org.tocworkbench.evaluator.excel.WorkbookStyles;
import org.tocworkbench.evaluator.ingest.TemplateContract;
import org.tocworkbench.evaluator.report.Format;

/**
 * {@code toc template}: a monitoring workbook for a theory that {@code toc evaluate} reads back
 * with no mapping. Sheet {@value #DATA_SHEET} has the header {@link #DATA_HEADER} in row 1 — the
 * contract with the importer — a drop-down of the indicator ids on its first column, and one
 * ready row per indicator and expected reporting period (value left empty): at the indicator's
 * {@code frequency}, or yearly ({@link #DEFAULT_FREQUENCY}) when the theory states none; an
 * indicator computed from records has none. Sheet {@value #INDICATORS_SHEET} describes each
 * indicator; sheet {@value #HELP_SHEET} says how to fill the workbook in and which rows are
 * ready, at which frequency, and which are not and why. Every sheet prints on A4 landscape
 * pages fitted to the width ({@link PrintLayout}).
 */
public final class MonitoringTemplateWriter {
    public static final String DATA_SHEET = TemplateContract.DATA_SHEET;
    public static final String INDICATORS_SHEET = TemplateContract.INDICATOR_SHEET;
    public static final String HELP_SHEET = TemplateContract.HELP_SHEET;
    /** Row 1 of the data sheet, exactly: the importer recognises it with no mapping. */
    public static final List<String> DATA_HEADER = TemplateContract.DATA_HEADER;
    /** The named range of indicator ids that the drop-down lists. */
    public static final String IDS_NAME = "IndicatorIds";
    /** Rows of the data sheet that carry the drop-down (Excel's last row). */
    static final int VALIDATED_ROWS = 1_048_576;
    /** At most this many ready rows per indicator, and in all. */
    static final int PERIODS_PER_INDICATOR = 260;
    static final int READY_ROWS = 50_000;
    /** The data sheet's code column: after the columns people fill in, for reference. */
    private static final int CODE_COLUMN = DATA_HEADER.indexOf(TemplateContract.CODE_HEADER);
    /** The reporting frequency of the ready rows of an indicator whose theory states none. */
    public static final Frequency DEFAULT_FREQUENCY = Frequency.ANNUAL;

    /** The workbook in memory. */
    public byte[] toBytes(Theory theory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(theory, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook to a file atomically, never over one of the inputs (e.g. the .toc file). */
    public void write(Theory theory, Path output, Collection<Path> inputs) throws OutputFile.OutputException {
        OutputFile.checkWritable(output, inputs);
        OutputFile.write(output, toBytes(theory), inputs);
    }

    public void write(Theory theory, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SXSSFSheet data = workbook.createSheet(DATA_SHEET);
            SXSSFSheet indicators = workbook.createSheet(INDICATORS_SHEET);
            SXSSFSheet help = workbook.createSheet(HELP_SHEET);
            String title = "Monitoring workbook: " + (theory.metadata().title().isEmpty() ? "theory of change"
                    : theory.metadata().title());
            SheetWriter indicatorSheet = new SheetWriter(indicators, styles);
            int count = indicators(indicatorSheet, theory);
            SheetWriter dataSheet = new SheetWriter(data, styles);
            ReadyRows ready = data(dataSheet, theory, workbook);
            if (count > 0) {
                Name ids = workbook.createName();
                ids.setNameName(IDS_NAME);
                ids.setRefersToFormula(INDICATORS_SHEET + "!$A$2:$A$" + (count + 1));
                dropDown(data);
            }
            SheetWriter helpSheet = new SheetWriter(help, styles);
            help(helpSheet, theory, ready);
            for (SheetWriter w : List.of(dataSheet, indicatorSheet, helpSheet)) {
                PrintLayout.apply(w, title);
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /**
     * What the data sheet holds ready: the rows written, the indicators given yearly rows because
     * the theory states no frequency, and those without rows: computed from records, reported ad
     * hoc, or without dates to place periods between.
     */
    record ReadyRows(int rows, List<String> defaulted, List<String> computed, List<String> adHoc,
                     List<String> undated) {
    }

    private static ReadyRows data(SheetWriter w, Theory theory, SXSSFWorkbook workbook) {
        w.widths(14, 56, 12, 16, 10, 30, 16);
        w.header(DATA_HEADER.toArray(new String[0]));
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        for (int column : new int[] {0, 1, 2, 3, 5, 6}) {
            w.sheet().setDefaultColumnStyle(column, text);
        }
        int rows = 0;
        List<String> defaulted = new ArrayList<>();
        List<String> computed = new ArrayList<>();
        List<String> adHoc = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (Indicator indicator : theory.indicators().values()) {
            if (indicator.composite()) {
                continue; // reported through its parts, which have rows of their own
            }
            if (theory.computation(indicator.id()).isPresent()) {
                computed.add(indicator.id());
                continue; // toc evaluate computes it from its records
            }
            List<String> periods = periods(indicator, theory);
            if (periods.isEmpty()) {
                (indicator.frequency() == Frequency.AD_HOC ? adHoc : undated).add(indicator.id());
            } else if (indicator.frequency() == null) {
                defaulted.add(indicator.id());
            }
            for (String period : periods) {
                if (rows++ >= READY_ROWS) {
                    break;
                }
                Row row = w.row();
                w.text(row, 0, indicator.id());
                w.text(row, 1, indicator.title());
                w.text(row, 2, period);
                w.text(row, CODE_COLUMN, codes(indicator));
            }
        }
        w.sheet().createFreezePane(0, 1);
        return new ReadyRows(Math.min(rows, READY_ROWS), defaulted, computed, adHoc, undated);
    }

    /** An indicator's codes for every data source, as the code column holds them. */
    static String codes(Indicator indicator) {
        return String.join(TemplateContract.CODE_SEPARATOR, indicator.unscopedCodes());
    }

    /**
     * The periods an indicator is expected to report, after its baseline and up to its target, at
     * its frequency or, when the theory states none, at {@link #DEFAULT_FREQUENCY}.
     */
    static List<String> periods(Indicator indicator, Theory theory) {
        LocalDate after = indicator.baseline() != null && indicator.baseline().date().dated()
                ? indicator.baseline().date().end()
                : theory.metadata().periodStart() != null ? theory.metadata().periodStart().start().minusDays(1) : null;
        LocalDate until = indicator.target() != null && indicator.target().date().dated()
                ? indicator.target().date().end()
                : theory.metadata().periodEnd() != null ? theory.metadata().periodEnd().end() : null;
        if (indicator.frequency() == Frequency.BASELINE_ENDLINE) {
            return indicator.target() == null || !indicator.target().date().dated() ? List.of()
                    : List.of(indicator.target().date().text());
        }
        Frequency frequency = indicator.frequency() == null ? DEFAULT_FREQUENCY : indicator.frequency();
        return TemplatePeriods.between(frequency, after, until, PERIODS_PER_INDICATOR);
    }

    private static void dropDown(SXSSFSheet data) {
        DataValidationHelper helper = data.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createFormulaListConstraint(IDS_NAME);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, VALIDATED_ROWS - 1, 0, 0));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.createErrorBox("Unknown indicator", "Choose an indicator id from the list (sheet Indicators).");
        validation.setShowPromptBox(false);
        data.addValidationData(validation);
    }

    private static int indicators(SheetWriter w, Theory theory) {
        w.widths(12, 36, 14, 9, 32, 16, 11, 10, 12, 10, 12, 22, 18, 16, 11, 26, 20, 34, 16, 28);
        boolean plans = theory.indicators().values().stream().anyMatch(i -> !i.plan().definition().isBlank()
                || i.plan().threshold().isPresent() || !i.plan().method().isBlank());
        List<String> header = new ArrayList<>(TemplateContract.INDICATOR_HEADER);
        if (plans) {
            header.addAll(TemplateContract.INDICATOR_PLAN_HEADER);
        }
        w.header(header.toArray(new String[0]));
        int count = 0;
        for (Indicator i : theory.indicators().values()) {
            Row row = w.row();
            w.text(row, 0, i.id());
            w.text(row, 1, i.title());
            w.text(row, 2, codes(i));
            w.text(row, 3, i.subject());
            Node node = theory.nodes().get(i.subject());
            w.text(row, 4, node != null ? node.title()
                    : theory.assumptions().containsKey(i.subject()) ? "Assumption: "
                    + theory.assumptions().get(i.subject()).text() : "");
            w.text(row, 5, i.composite() ? "composite of " + String.join(", ", i.parts()) + " (report the parts)"
                    : i.unit().describe() + i.population().map(p -> "; population " + Format.number(p.count())
                    + (p.label().isEmpty() ? "" : " " + p.label())).orElse(""));
            w.text(row, 6, i.direction() == null ? "" : i.direction().word() + (i.directionInferred() ? " (inferred)" : ""));
            value(w, row, 7, i, i.baseline());
            w.text(row, 8, i.baseline() == null ? "" : i.baseline().date().describe());
            value(w, row, 9, i, i.target());
            w.text(row, 10, i.target() == null ? "" : i.target().date().describe());
            List<String> milestones = new ArrayList<>();
            for (Measurement m : i.milestones()) {
                milestones.add(m.value() + " by " + m.date().describe());
            }
            i.growth().ifPresent(g -> milestones.add("growth " + g));
            w.text(row, 11, String.join("; ", milestones));
            w.text(row, 12, i.cumulative() ? "cumulative (each period adds to the total)" : i.aggregation().word());
            w.text(row, 13, String.join(", ", i.disaggregations()));
            w.text(row, 14, i.frequency() == null ? i.plan().frequencyText() : i.frequency().word());
            w.text(row, 15, i.source());
            String responsible = i.responsible() == null ? i.plan().responsibleText()
                    : theory.actors().containsKey(i.responsible()) ? theory.actors().get(i.responsible()).name()
                    : i.responsible();
            w.text(row, 16, responsible);
            if (plans) {
                w.text(row, 17, i.plan().definition());
                w.text(row, 18, i.plan().threshold().map(Object::toString).orElse(""));
                w.text(row, 19, i.plan().method());
            }
            count++;
        }
        w.sheet().createFreezePane(1, 1);
        return count;
    }

    /**
     * A number cell for numeric units (a percent cell for percentages: 45% is 0.45), the label of
     * a scale or yes/no value ({@code baseline 2} of a scale is its second label), the value as
     * written otherwise.
     */
    private static void value(SheetWriter w, Row row, int column, Indicator indicator, Measurement m) {
        if (m == null) {
            return;
        }
        OptionalDouble number = indicator.numeric(m.value());
        if (indicator.unit().kind() == UnitKind.PERCENT && number.isPresent()) {
            w.percent(row, column, number.getAsDouble());
        } else if (indicator.unit().kind().isNumeric() && number.isPresent()) {
            w.amount(row, column, number.getAsDouble());
        } else if ((indicator.unit().kind() == UnitKind.SCALE || indicator.unit().kind() == UnitKind.BOOLEAN)
                && number.isPresent()) {
            w.text(row, column, Format.value(number.getAsDouble(), indicator.unit()));
        } else {
            w.text(row, column, indicator.unit().kind() == UnitKind.PERCENT ? m.value().toString() : m.value().raw());
        }
    }

    private static void help(SheetWriter w, Theory theory, ReadyRows ready) {
        w.widths(120);
        String title = theory.metadata().title().isEmpty() ? "this theory of change" : theory.metadata().title();
        List<String> lines = List.of(
                "Monitoring workbook for " + title,
                "",
                "Enter one row per indicator, period and (optionally) group on the sheet \"" + DATA_SHEET + "\".",
                "Indicator ID: choose from the drop-down; the ids and their targets are on the sheet \""
                        + INDICATORS_SHEET + "\".",
                "Period: a year (2025), a half-year (2025S1), a quarter (2025-Q1), a month (2025-03), a week (2025W10)"
                        + " or a date.",
                "Disaggregation: leave empty for the total; otherwise the group (e.g. female, North)."
                        + " Give the total too when you have it.",
                "Value: a number (45 or 45% for percentages), yes/no for yes-no indicators, the label for scales,"
                        + " text for qualitative indicators. Leave it empty when there is no value yet: empty is"
                        + " not zero.",
                "Comment: anything a reader should know; it is not read.",
                "Code: the indicator's codes in other sources (an ITT number, a DHIS2 data element), for reference."
                        + " An Indicator ID cell may hold one of them instead of the id; a row with no Indicator ID is"
                        + " matched by its Code.",
                "",
                "Keep row 1 of \"" + DATA_SHEET + "\" as it is: `toc evaluate` recognises it and needs no mapping.");
        for (String line : lines) {
            w.text(w.row(), 0, line);
        }
        for (String line : readyLines(theory, ready)) {
            w.text(w.row(), 0, line);
        }
    }

    /** What the help says of the ready rows: exactly which there are, at which frequency, and which not. */
    static List<String> readyLines(Theory theory, ReadyRows ready) {
        List<String> lines = new ArrayList<>();
        if (theory.indicators().isEmpty()) {
            lines.add("The theory has no indicators yet, so \"" + DATA_SHEET + "\" has no rows: declare indicators"
                    + " in the theory and write the template again.");
            return lines;
        }
        if (ready.rows() > 0) {
            lines.add(String.format(java.util.Locale.ROOT, "%,d %s ready, one per indicator and expected reporting"
                    + " period from its baseline (or the theory's period start) to its target (or the period end),"
                    + " at the indicator's frequency; add rows for groups or extra periods.", ready.rows(),
                    ready.rows() == 1 ? "row is" : "rows are"));
        } else {
            lines.add("No rows are ready on \"" + DATA_SHEET + "\": add a row for each indicator and period you"
                    + " report (see below why there are none).");
        }
        if (!ready.defaulted().isEmpty()) {
            lines.add("The theory states no frequency for " + String.join(", ", ready.defaulted()) + ": "
                    + (ready.defaulted().size() == 1 ? "its rows are" : "their rows are") + " yearly ("
                    + DEFAULT_FREQUENCY.word() + "). If " + (ready.defaulted().size() == 1 ? "it reports" : "they report")
                    + " more often, add rows (2025-Q1, 2025-03, …) or state `frequency quarterly` in the theory and write"
                    + " the template again.");
        }
        if (!ready.computed().isEmpty()) {
            lines.add("No rows for " + String.join(", ", ready.computed()) + ": `toc evaluate` computes "
                    + (ready.computed().size() == 1 ? "it" : "them") + " from the records the theory names.");
        }
        if (!ready.adHoc().isEmpty()) {
            lines.add("No rows for " + String.join(", ", ready.adHoc()) + ": "
                    + (ready.adHoc().size() == 1 ? "it reports" : "they report") + " when there is something to"
                    + " report (ad hoc); add a row, with the date as its period, for each value.");
        }
        if (!ready.undated().isEmpty()) {
            lines.add("No rows for " + String.join(", ", ready.undated()) + ": neither the indicator nor the theory"
                    + " gives the dates its periods fall between (a dated baseline or target, or the theory's"
                    + " `period`); add its rows yourself.");
        }
        return lines;
    }
}
