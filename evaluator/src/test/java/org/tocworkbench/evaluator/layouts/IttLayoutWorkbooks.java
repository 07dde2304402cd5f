package org.tocworkbench.evaluator.layouts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tocworkbench.evaluator.ingest.SheetWriter;

/**
 * Writes the workbooks of layouts 1 to 7 of the layout corpus ({@code src/test/resources/layouts/0N-...}),
 * each in the shape its source in SPREADSHEET-LAYOUTS.md describes, traps included. Run once and
 * commit the files; they are never regenerated to make a test pass:
 *
 * <pre>./toc --version; java -cp evaluator/target/test-classes:cli/target/toc.jar org.tocworkbench.evaluator.layouts.IttLayoutWorkbooks evaluator/src/test/resources/layouts</pre>
 *
 * The figures are made up for the corpus; the indicators are those of the published theories.
 */
public final class IttLayoutWorkbooks {
    /** A percent-formatted number (Excel stores 0.45 for 45%). */
    record Pct(double value) {
    }

    private IttLayoutWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "evaluator/src/test/resources/layouts");
        usaidQuarterly(root.resolve("01-usaid-quarterly/summary-of-results.xlsx"));
        ffpIptt(root.resolve("02-ffp-iptt/iptt-fy2016.xlsx"));
        textbookItt(root.resolve("03-textbook-itt/indicator-tracking-table.xlsx"));
        activityInfoItt(root.resolve("04-activityinfo-itt/indicator-tracking-table.xlsx"));
        yearBlocks(root.resolve("05-logframe-year-blocks/program-log-frame.xlsx"));
        meFramework(root.resolve("06-gsheets-me-framework/me-framework.xlsx"));
        dfidLogframe(root.resolve("07-dfid-logframe/pesp2-logframe.xlsx"));
    }

    /** §1: title rows naming the fiscal year, US fiscal quarters, no-data markers in the later quarters. */
    static void usaidQuarterly(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Writer s = new Writer(wb, "Summary of Results to Date");
            s.row(1, "HORTICULTURE AND LIVESTOCK PROJECT - QUARTERLY PERFORMANCE REPORT");
            s.merge(0, 0, 0, 8);
            s.row(2, "Summary of Results to Date");
            s.row(3, "Reporting period: third quarter of FY 2011. The fiscal year runs from October to September.");
            s.row(5, "Indicators", "Baseline FY 2010", "Annual Target", "Q1 FY11", "Q2 FY11", "Q3 FY11", "Q4 FY11",
                    "Annual Performance Achieved to the End of Reporting Period (%)", "On Target Y/N");
            s.row(6, "Increase in productivity in target farmers' orchards", 0, 5, "2.5", 3.1, "—", "", "62%", "Y");
            s.row(7, "Target farmers who adopt at least two best suitable practices in focus districts", 12, 30, 14, 19,
                    26, null, "87%", "Y");
            s.row(8, "New orchards established with at least 60% of saplings surviving", 0, 800, 120, 260, 410, "n/a",
                    "51%", "N");
            s.row(9, "Reduction in mortality among large ruminants", 0, 2, "1.2%", "1.8%", "N/A", "", "90%", "Y");
            s.row(10, "Reduction in mortality among small ruminants", 0, 4, 2, 3.5, 4.4, "—", "110%", "Y");
            s.row(11, "Target producer households that adopt improved poultry raising practices", 8, 25, 11, 15, 21,
                    null, "84%", "Y");
            s.row(12, "Incremental production of eggs per year", 0, 3000000, 650000, "1,310,000", 1875000, "-", "63%",
                    "N");
            s.row(13, "Incremental production of meat per year", 0, 90, 18, 41, "", "", "46%", "N");
            s.row(15, "Note: Annual performance is actual versus planned, in percent.");
            write(wb, file);
        }
    }

    /** §2: seven sheets with a Version Date, FY blocks of Target / Actual / %, sex rows under a merged indicator cell. */
    static void ffpIptt(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            String[] sheets = {"Baseline-Final Indicators", "Annual Monitoring Indicators", "Base Value Data Source",
                "Target Comment", "Deviation Narrative", "Archived Baseline-Final", "Archived Annual Monitoring"};
            for (String name : sheets) {
                Writer s = new Writer(wb, name);
                s.row(1, "Version Date", LocalDate.of(2016, 11, 14));
                if (!name.equals("Annual Monitoring Indicators")) {
                    s.row(3, "No.", "Indicator", "Comment");
                    continue;
                }
                s.row(2, "Awardee: Ghana Supply Chain Development Program. Applicable Fiscal Year: FY 2016");
                s.row(4, "No.", "Indicator", "Disaggregation", "Baseline", "FY2014", null, null, "FY2015", null, null,
                        "FY2016", null, null, "LOA Target");
                s.row(5, null, null, null, null, "Target", "Actual", "% of target achieved", "Target", "Actual",
                        "% of target achieved", "Target", "Actual", "% of target achieved");
                s.merge(3, 3, 4, 6);
                s.merge(3, 3, 7, 9);
                s.merge(3, 3, 10, 12);
                s.row(6, "1", "Number of individuals from BSPs that have received USG-supported training", "Total", 0,
                        150, 172, new Pct(1.147), 200, 236, new Pct(1.18), 250, 251, new Pct(1.004), 600);
                s.row(7, null, null, "Male", 0, 90, 104, new Pct(1.156), 120, 141, new Pct(1.175), 150, 150,
                        new Pct(1.0));
                s.row(8, null, null, "Female", 0, 60, 68, new Pct(1.133), 80, 95, new Pct(1.188), 100, "DNA", null);
                s.merge(5, 7, 0, 0);
                s.merge(5, 7, 1, 1);
                s.merge(5, 7, 13, 13);
                s.row(10, "DNA = disaggregates not available");
            }
            write(wb, file);
        }
    }

    /**
     * §3: "Year 1 Year 2 Year 2 Year 4 Year 5" over Q1-Q4, section rows per level, text baselines,
     * percentages as text. The third block is printed "Year 2" but is the third year.
     */
    static void textbookItt(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Writer s = new Writer(wb, "ITT");
            s.row(1, "INDICATOR TRACKING TABLE");
            s.row(2, "Fill in as data are collected at each project milestone; update every quarter.");
            Object[] years = new Object[28];
            years[0] = "Indicator";
            years[1] = "Indicator direction (-/+)";
            years[2] = "Baseline / benchmark";
            years[3] = "Project Milestone";
            String[] labels = {"Year 1", "Year 2", "Year 2", "Year 4", "Year 5"};
            for (int y = 0; y < 5; y++) {
                years[4 + 4 * y] = labels[y];
            }
            years[24] = "Difference to target";
            years[25] = "Target";
            years[26] = "Indicator timeline";
            years[27] = "Comment";
            s.row(4, years);
            Object[] quarters = new Object[24];
            for (int y = 0; y < 5; y++) {
                for (int q = 0; q < 4; q++) {
                    quarters[4 + 4 * y + q] = "Q" + (q + 1);
                }
                s.merge(3, 3, 4 + 4 * y, 7 + 4 * y);
            }
            s.row(5, quarters);
            s.row(6, "Impact (goal) indicator tracking at baseline, annual, mid-term and end evaluation");
            s.row(7, grid("Target farmers adopting regular livestock inoculation", "+", "not measured", "Mid-term",
                    new Object[][] {{null, null, "12%", null}, {"18%", null, "25%", null}, {"31%", null, null, null}},
                    "19%", "50%", "End of project", "inoculation registers"));
            s.row(8, "Objective (outcomes) indicator tracking at baseline, annual, mid-term and end evaluation");
            s.row(9, grid("Target farmers exposed to a horticulture production practice and understand it and its benefits",
                    "+", "0 farmers", "Annual",
                    new Object[][] {{null, 4200, null, 11800}, {null, 23500, null, 38900}, {null, 52300, "—", null}},
                    45200, 97500, "Project life span", null));
            s.row(10, "Outputs (monthly or quarterly)");
            s.row(11, grid("Orchards rehabilitated directly and indirectly", "+", "0 ha", "Annual",
                    new Object[][] {{}, {null, null, null, 850}, {null, null, null, 2300}}, 3700, 6000,
                    "Project life span", "ha"));
            s.row(12, grid("New orchards (including vineyards) established with at least 70% survival rate", "+", "0",
                    "Annual", new Object[][] {{null, null, null, 300}, {null, null, null, 1250}, {null, null, null, "n/a"}},
                    6750, 8000, "Project life span", "survival checked at 12 months"));
            s.row(13, grid("Target farmers exposed to a practice and understand it and its benefits", "+", "0 farmers",
                    "Annual", new Object[][] {{}, {}, {40100, 44000, "", null}, {61500, null, null, null}}, 71500, 133000,
                    "Project life span", "livestock extension"));
            write(wb, file);
        }
    }

    private static Object[] grid(String indicator, String direction, Object baseline, String milestone,
                                 Object[][] quarters, Object difference, Object target, String timeline, String comment) {
        Object[] row = new Object[28];
        row[0] = indicator;
        row[1] = direction;
        row[2] = baseline;
        row[3] = milestone;
        for (int y = 0; y < quarters.length; y++) {
            for (int q = 0; q < quarters[y].length; q++) {
                row[4 + 4 * y + q] = quarters[y][q];
            }
        }
        row[24] = difference;
        row[25] = target;
        row[26] = timeline;
        row[27] = comment;
        return row;
    }

    /** §4: one actual per row, no period columns; the reporting period is written above the table. */
    static void activityInfoItt(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Writer s = new Writer(wb, "ITT");
            s.row(1, "Indicator Tracking Table - girls' and women's leadership programme");
            s.row(2, "Reporting period: January 2015 to December 2015");
            s.row(4, "Indicator Name", "Definition / Description", "Unit of Measurement", "Baseline", "Target (Year-End)",
                    "Actual Achievement", "Variance / Gap", "Data Source", "Frequency of Reporting", "Responsible Person");
            s.row(5, "Proportion of females in Kenya, Nigeria and Uganda who find it easy or very easy to access medical"
                    + " treatment at a public clinic or hospital", "Share of female respondents answering easy or very easy",
                    "%", 54, 59, 57, -2, "Afrobarometer Round 6", "Every survey round", "MEL lead");
            s.row(6, "Proportion of females in Kenya, Nigeria and Uganda who find it easy or very easy to obtain an"
                    + " identity document, such as birth certificate, driver's license, passport or voters card",
                    "Share of female respondents answering easy or very easy", "%", 30, 35, 31, -4,
                    "Afrobarometer Round 6", "Every survey round", "MEL lead");
            s.row(7, "% of participants who grow their services or businesses", "Participants reporting growth",
                    "%", 0, 60, 48, -12, "Participant survey", "Annual", "Vital Voices");
            s.row(8, "% of program participants engaged in new efforts to create cultural or policy change",
                    "Participants engaged in advocacy or policy action", "%", 0, 40, null, null, "Participant survey",
                    "Annual", "Vital Voices");
            s.row(9, "# of people directly benefiting from the participants' services or businesses (secondary"
                    + " beneficiaries)", "Clients and constituents served", "number", 0, 15000, 12480, -2520,
                    "Participant records", "Annual", "Vital Voices");
            s.row(10, "Proportion of adolescent girls and young women participating in the Women Win programme who"
                    + " report an improved perception as leaders at community and household level where the programme"
                    + " is active", "Participants reporting an improved perception", "%", 0, 70, "n/a", null,
                    "Exit survey", "Annual", "Women Win");
            write(wb, file);
        }
    }

    /** §5: Index | hierarchy | Group | Indicator | Baseline | Mid Term | End Target | 5 columns per project year. */
    static void yearBlocks(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Writer s = new Writer(wb, "Log Frame");
            Object[] header = new Object[7 + 12 * 5];
            String[] fixed = {"Index", "hierarchy", "Group", "Indicator", "Baseline", "Mid Term", "End Target"};
            System.arraycopy(fixed, 0, header, 0, fixed.length);
            String[] parts = {"ID", "Name", "Target", "Results", "Cumulative"};
            for (int y = 1; y <= 12; y++) {
                for (int p = 0; p < 5; p++) {
                    header[7 + (y - 1) * 5 + p] = String.format("Year %02d %s", y, parts[p]);
                }
            }
            s.row(1, header);
            s.row(2, block("2", "Output", "Centre-based early learning",
                    "Number of children issued with birth certificates in ECD centers disaggregated by sex",
                    new Object[][] {{2000, 1840, 1840}, {4000, 3925, 5765}, {6000, null, null}}));
            s.row(3, block("3", "Output", "Centre-based early learning",
                    "Number of children accessing ECD services disaggregated by sex",
                    new Object[][] {{20000, 21500, 21500}, {40000, 38750, 38750}, {55000, 52900, 52900}}));
            s.row(4, block("7", "Output", "Centre-based early learning", "Number of CBCC",
                    new Object[][] {{50, 40, 40}, {100, 95, 95}, {150, 150, 150}}));
            s.row(5, block("7", "Output", "Centre-based early learning", "Number of classrooms",
                    new Object[][] {{null, null, null}, {60, 60, 60}, {150, null, 60}}));
            s.row(6, block("13", "Output", "Centre-based early learning",
                    "Caregiver to pupil ratio - Number of pupils per caregiver",
                    new Object[][] {{45, 48, null}, {40, 41.5, null}, {35, null, null}}));
            s.row(7, block("14", "Output", "Centre-based early learning",
                    "Number of remunerated caregivers recruited in CBCC and Nursery schools",
                    new Object[][] {{300, 310, 310}, {600, "-", 310}, {900, "", null}}));
            write(wb, file);
        }
    }

    private static Object[] block(String index, String level, String group, String indicator, Object[][] years) {
        Object[] row = new Object[7 + 12 * 5];
        row[0] = index;
        row[1] = level;
        row[2] = group;
        row[3] = indicator;
        for (int y = 0; y < years.length; y++) {
            int at = 7 + y * 5;
            row[at + 2] = years[y][0];
            row[at + 3] = years[y][1];
            row[at + 4] = years[y][2];
        }
        return row;
    }

    /** §6: result statement beside several indicators, one column per data source, rates under long dated headers. */
    static void meFramework(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Writer s = new Writer(wb, "M&E Framework");
            s.row(1, "HLP monitoring and evaluation framework (shared sheet)");
            s.row(3, "Relevant Project", "Definition of Key indicators", "Household survey in the focus districts",
                    "Farmer field school registers", "Veterinary field unit records",
                    "Interviews with producer households", "Field reports", "Others", "Frequency", "Responsible",
                    "Sampling",
                    "Baseline rate: household survey of the eleven focus districts, June 2010 - August 2010",
                    "Follow-up rate: household survey of the same districts, June 2011 to August 2011");
            s.row(4, "Long-term impact", "Indicators");
            s.row(5, "Horticulture development: productivity and practices in target farmers' orchards",
                    "Increase in productivity in target farmers' orchards", "X", null, null, "X", null, null, "Annual",
                    "M&E officer", "Random sample of 600 orchards", "0%", "6.5%");
            s.row(6, null, "Target farmers who adopt at least two best suitable practices in focus districts", "X", "X",
                    null, null, "X", null, "Annual", "M&E officer", "Random sample of 600 farmers", "9%", "27%");
            s.row(7, "Livestock development: health and husbandry of producer households' animals",
                    "Reduction in mortality among large ruminants", "X", null, "X", null, null, null, "Annual",
                    "Livestock officer", "Herd records of 300 households", "0%", "2.6%");
            s.row(8, null, "Reduction in mortality among small ruminants", "X", null, "X", null, null, null, "Annual",
                    "Livestock officer", "Herd records of 300 households", "0%", "—");
            s.row(9, null, "Target producer households that adopt improved poultry raising practices", "X", null, null,
                    "X", "X", null, "Annual", "Livestock officer", "Random sample of 450 households", "14%", "33%");
            write(wb, file);
        }
    }

    /** §7: DFID logframe blocks: a header row per indicator, Planned and Achieved rows, a Source row. */
    static void dfidLogframe(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            Writer s = new Writer(wb, "RESULTS FRAMEWORK");
            s.row(1, "PROGRAMME TITLE:", "Punjab Education Sector Programme 2 (PESP 2)");
            s.merge(0, 0, 1, 5);
            String[] head = {"Baseline (2012-13)", "Milestone 1 (March 2014)", "Milestone 2 (March 2015)",
                "Target (March 2016)"};
            int r = 3;
            r = dfidBlock(s, r, "IMPACT", "Impact Indicator 1", head, "Literacy rate, Punjab",
                    new Object[] {"60%", "61%", "62%", "64%"}, new Object[] {"60%", "61.5%", null, null},
                    "PSLM Survey");
            r = dfidBlock(s, r, null, "Impact Indicator 2", head, "Impact Indicator 2",
                    new Object[] {"38%", "39%", "40.2%", "42%"}, new Object[] {"38%", "38.6%", "39.9%", null},
                    "MICS");
            s.row(r++, "OUTCOME WEIGHTING (%)", "100%");
            r = dfidBlock(s, r, "OUTCOME", "Outcome Indicator 4", head, "Student attendance",
                    new Object[] {"85%", "88%", "90%", "92%"}, new Object[] {"84%", "86%", "—", null},
                    "PMIU monthly data");
            s.row(r++, "OUTPUT WEIGHTING (%)", "30%");
            dfidBlock(s, r, "OUTPUT 2", "Output Indicator 2.5", head, "Output Indicator 2.5",
                    new Object[] {"14%", "13%", "11%", "10%"}, new Object[] {"16%", "15%", "12.5%", null}, "PMIU");
            s.row(40, "PRIMARY THEME", "Education");
            write(wb, file);
        }
    }

    private static int dfidBlock(Writer s, int r, String level, String label, String[] head, String indicator,
                                 Object[] planned, Object[] achieved, String source) {
        s.row(r, level, label, null, head[0], head[1], head[2], head[3]);
        s.row(r + 1, null, indicator, "Planned", planned[0], planned[1], planned[2], planned[3]);
        s.row(r + 2, null, null, "Achieved", achieved[0], achieved[1], achieved[2], achieved[3]);
        s.merge(r, r + 2, 0, 0);
        s.row(r + 3, null, "Source");
        s.row(r + 4, null, null, null, source + ", Punjab Bureau of Statistics");
        s.merge(r + 4, r + 4, 3, 6);
        return r + 6;
    }

    private static void write(Workbook wb, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** A sheet writer that also merges cells. */
    private static final class Writer {
        private final SheetWriter sheet;

        Writer(Workbook workbook, String name) {
            this.sheet = new SheetWriter(workbook, name);
        }

        void row(int number, Object... cells) {
            Object[] written = cells.clone();
            for (int i = 0; i < written.length; i++) {
                if (written[i] instanceof LocalDate d) {
                    written[i] = new SheetWriter.Formatted(DateUtil.getExcelDate(d), "d mmm yyyy");
                } else if (written[i] instanceof Pct p) {
                    written[i] = new SheetWriter.Formatted(p.value(), "0%");
                }
            }
            sheet.row(number, written);
        }

        void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            sheet.sheet().addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }
}
