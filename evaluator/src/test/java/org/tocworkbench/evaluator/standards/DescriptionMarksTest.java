package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Indicator;
import org.tocworkbench.compiler.source.SourceFile;

/**
 * The sentences that carry what IATI has no field for (a unit's label or currency, an aggregation,
 * a running total, a scale) at the end of an indicator's description, and toc import reading
 * them back; and a cumulative indicator's running totals read back as what each period added.
 */
class DescriptionMarksTest {
    private static Indicator indicator(String body) {
        Compilation compilation = new TocCompiler().compile(new SourceFile("t.toc", """
                theory "Marks" {}
                outcome OC "Something changes" {
                    indicator OC_1 "A measure" {
                %s
                    }
                }
                """.formatted(body)), CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        return compilation.theory().indicators().get("OC_1");
    }

    @Test
    void eachMarkIsAShortSentenceInTheOrderWrittenAndReadBack() {
        Indicator people = indicator("description \"Counted at the door.\"\nunit count \"people\"\ncumulative\n"
                + "aggregation max");
        String written = DescriptionMarks.write(people);
        assertEquals("Counted at the door. Unit: people. To date: the highest period value. Cumulative: targets and"
                + " actuals are running totals.", written);
        DescriptionMarks.Read read = DescriptionMarks.read(written, false);
        assertEquals(new DescriptionMarks.Read("Counted at the door.", List.of(), false, false, "people",
                Optional.of(Aggregation.MAX), true), read);

        assertEquals("Currency: USD.", DescriptionMarks.write(indicator("unit currency \"USD\"")));
        assertEquals("Currency: not stated. To date: the sum of the period values.",
                DescriptionMarks.write(indicator("unit money\naggregation sum")));
        DescriptionMarks.Read money = DescriptionMarks.read("Currency: not stated.", false);
        assertTrue(money.currency());
        assertEquals("", money.unitLabel());
        assertEquals("Scale: low < high. To date: the mean of the period values.",
                DescriptionMarks.write(indicator("unit scale \"low\", \"high\"\naggregation mean")));
        assertEquals(List.of("low", "high"), DescriptionMarks.read("Scale: low < high.", true).scale());
    }

    @Test
    void whatTheCompilerDerivesIsNotMarked() {
        assertEquals("", DescriptionMarks.write(indicator("unit count")));
        assertEquals("", DescriptionMarks.write(indicator("unit percent\nsnapshot\naggregation latest")));
        assertEquals("Cumulative: targets and actuals are running totals.",
                DescriptionMarks.write(indicator("unit count\ncumulative\naggregation sum")));
        assertEquals("To date: the latest period value. Cumulative: targets and actuals are running totals.",
                DescriptionMarks.write(indicator("unit count\ncumulative\naggregation latest")));
        assertEquals("", DescriptionMarks.write(indicator("unit text\naggregation mean")), "text is not aggregated");
    }

    @Test
    void aThirdPartysDescriptionIsLeftAsItIs() {
        for (String description : List.of("", "Unit: households, counted by the registry. Reported yearly",
                "The scale: poor < good is used in the survey", "Percentage of schools.")) {
            DescriptionMarks.Read read = DescriptionMarks.read(description, true);
            assertEquals(description, read.description());
            assertEquals(new DescriptionMarks.Read(description, List.of(), false, false, "", Optional.empty(), false), read);
        }
        assertEquals("Scale: poor < good.", DescriptionMarks.read("Scale: poor < good.", false).description(),
                "a scale's labels are read only for an ordinal measure");
    }

    @Test
    void runningTotalsAreReadBackAsWhatEachPeriodAddedPerGroupFromTheBaseline(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("cumulative.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                  <iati-activity>
                    <iati-identifier>XM-1-C</iati-identifier>
                    <reporting-org ref="XM-1" type="21"><narrative>X</narrative></reporting-org>
                    <title><narrative>Running totals</narrative></title>
                    <result type="1" aggregation-status="true">
                      <title><narrative>People trained</narrative></title>
                      <reference code="OP1" vocabulary="99" />
                      <indicator measure="1" ascending="1" aggregation-status="true">
                        <title><narrative>People trained</narrative></title>
                        <description><narrative>Unit: people. Cumulative: targets and actuals are running totals.</narrative></description>
                        <reference vocabulary="99" code="OP1_1" />
                        <baseline year="2024" iso-date="2024-12-31" value="20" />
                        <period>
                          <period-start iso-date="2024-10-01" /><period-end iso-date="2024-12-31" />
                          <actual value="7" />
                        </period>
                        <period>
                          <period-start iso-date="2025-01-01" /><period-end iso-date="2025-06-30" />
                          <actual value="41" />
                          <actual value="12"><dimension name="sex" value="female" /></actual>
                          <actual value="9"><dimension name="sex" value="male" /></actual>
                        </period>
                        <period>
                          <period-start iso-date="2025-07-01" /><period-end iso-date="2025-12-31" />
                          <target value="100" />
                          <actual value="76.5" />
                          <actual value="32"><dimension name="sex" value="female" /></actual>
                          <actual value="24.5"><dimension name="sex" value="male" /></actual>
                        </period>
                      </indicator>
                      <indicator measure="2" ascending="1" aggregation-status="false">
                        <title><narrative>Curriculum delivered</narrative></title>
                        <description><narrative>Cumulative: targets and actuals are running totals.</narrative></description>
                        <reference vocabulary="99" code="OP1_2" />
                        <baseline year="2024" iso-date="2024-12-31" value="10" />
                        <period>
                          <period-start iso-date="2025-01-01" /><period-end iso-date="2025-12-31" />
                          <target value="100" />
                          <actual value="35"><dimension name="region" value="north" /></actual>
                        </period>
                      </indicator>
                      <indicator measure="1" ascending="1" aggregation-status="true">
                        <title><narrative>Without our mark</narrative></title>
                        <reference vocabulary="99" code="OP1_3" />
                        <baseline year="2024" iso-date="2024-12-31" value="20" />
                        <period>
                          <period-start iso-date="2025-01-01" /><period-end iso-date="2025-12-31" />
                          <target value="100" />
                          <actual value="41" />
                        </period>
                      </indicator>
                    </result>
                  </iati-activity>
                </iati-activities>
                """);
        ImportedTheory imported = StandardsFixtures.read(xml);
        assertEquals(List.of(
                "OP1_1 2024-12-31 7 line 17", "OP1_1 2025-06-30 21 line 21 (running total 41)",
                "OP1_1 2025-06-30 female 12 line 22 (running total 12)", "OP1_1 2025-06-30 male 9 line 23 (running total 9)",
                "OP1_1 2025-12-31 35.5 line 28 (running total 76.5)", "OP1_1 2025-12-31 female 20 line 29 (running total 32)",
                "OP1_1 2025-12-31 male 15.5 line 30 (running total 24.5)",
                "OP1_2 2025-12-31 north 25 line 41 (running total 35)",
                "OP1_3 2025-12-31 41 line 51"),
                imported.actuals().stream().map(a -> a.indicatorId() + " " + a.end() + " " + (a.group().isEmpty() ? ""
                        : a.group() + " ") + a.value() + " " + a.where()).toList());
        assertTrue(imported.summary().contains("running totals read back as what each period added (cumulative"
                + " indicators, from their baselines): OP1_1 (6 of 7 values), OP1_2 (1 value)"), imported.summary()
                .toString());
        var indicators = imported.draft().results().get(0).indicators();
        assertTrue(indicators.get(0).cumulative());
        assertEquals("people", indicators.get(0).unitLabel());
        assertEquals("", indicators.get(0).description());
        assertFalse(indicators.get(2).cumulative(), "a third party's file without the mark is read as before");
    }

    @Test
    void aCountsGroupsStartFromZeroWhenTheFileStatesNoAggregationStatus(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("cum.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                 <iati-activity>
                  <iati-identifier>XM-X-1</iati-identifier>
                  <reporting-org ref="XM-X" type="21"><narrative>X</narrative></reporting-org>
                  <title><narrative>Cum test</narrative></title>
                  <result type="1"><title><narrative>Trained</narrative></title>
                   <indicator measure="1" ascending="1">
                    <title><narrative>People trained</narrative></title>
                    <description><narrative>Unit: people. Cumulative: targets and actuals are running totals.</narrative></description>
                    <baseline year="2023" iso-date="2023-12-31" value="100"/>
                    <period><period-start iso-date="2024-01-01"/><period-end iso-date="2024-06-30"/><target value="150"/>
                      <actual value="140"/><actual value="80"><dimension name="sex" value="female"/></actual></period>
                    <period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-06-30"/><target value="300"/>
                      <actual value="200"/><actual value="110"><dimension name="sex" value="female"/></actual></period>
                   </indicator>
                  </result>
                 </iati-activity>
                </iati-activities>
                """);
        ImportedTheory imported = StandardsFixtures.read(xml);
        assertEquals(List.of("2024-06-30 40", "2024-06-30 female 80", "2025-06-30 60", "2025-06-30 female 30"),
                imported.actuals().stream().map(a -> a.end() + " " + (a.group().isEmpty() ? "" : a.group() + " ")
                        + a.value()).toList(), "the total starts from the baseline 100, the group of a count from 0");
        assertTrue(imported.summary().get(0).endsWith(": activity XM-X-1, 1 result, 1 indicator, 4 actual values"),
                imported.summary().get(0));
        assertEquals(Optional.of(org.tocworkbench.compiler.model.Frequency.BIANNUAL),
                imported.draft().results().get(0).indicators().get(0).frequency(), "periods all half years");
    }

    @Test
    void aPercentagesLabelReadsAsASentenceAndIsReadBack() {
        String written = DescriptionMarks.write(indicator("unit percent \"of households\""));
        assertEquals("Unit: percent of households.", written);
        assertEquals("percent of households", DescriptionMarks.read(written, false).unitLabel());
        assertEquals("Unit: people.", DescriptionMarks.write(indicator("unit count \"people\"")));
        String ratio = DescriptionMarks.write(indicator("unit ratio \"points\""));
        assertEquals("Ratio: points.", ratio, "a ratio says so: its values may be whole numbers");
        assertTrue(DescriptionMarks.read(ratio, false).ratio());
        assertEquals("points", DescriptionMarks.read(ratio, false).unitLabel());
        String plain = DescriptionMarks.write(indicator("unit ratio"));
        assertEquals("Unit: ratio.", plain);
        assertTrue(DescriptionMarks.read(plain, false).ratio());
        assertEquals("", DescriptionMarks.read(plain, false).unitLabel());
    }

    @Test
    void onlyValuesThatAddUpAreMarkedAggregatable() throws Exception {
        Compilation compilation = new TocCompiler().compile(new SourceFile("t.toc", """
                theory "Aggregation" {}
                outcome OC "Something changes" {
                    indicator OC_1 "Median days" { unit count "days"\n aggregation latest }
                    indicator OC_2 "Mean clinics" { unit count "clinics"\n aggregation mean }
                    indicator OC_3 "Kits" { unit count "kits"\n aggregation sum }
                    indicator OC_4 "People trained" { unit count "people"\n cumulative }
                    indicator OC_5 "Spent" { unit money\n aggregation max }
                }
                """), CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        IatiActivity activity = StandardsFixtures.export(compilation, java.time.LocalDate.of(2026, 6, 30));
        assertEquals(List.of("OC_1 false", "OC_2 false", "OC_3 true", "OC_4 true", "OC_5 false"),
                activity.results().get(0).indicators().stream().map(i -> i.references().get(0) + " "
                        + i.aggregation()).toList());
        assertFalse(activity.results().get(0).aggregation());
    }

    @Test
    void aThirdPartysCountWithRisingTargetsIsReadAsASnapshotAndFlagged(@TempDir Path dir) throws Exception {
        Path xml = Files.writeString(dir.resolve("third.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                 <iati-activity>
                  <iati-identifier>GB-CHC-123456-PRJ01</iati-identifier>
                  <reporting-org ref="GB-CHC-123456" type="21"><narrative>Example Charity</narrative></reporting-org>
                  <title><narrative>Water project</narrative></title>
                  <result type="1" aggregation-status="1">
                   <title><narrative>Wells built</narrative></title>
                   <indicator measure="1" ascending="1">
                    <title><narrative>Number of wells built</narrative></title>
                    <description><narrative>Wells completed and handed over. Unit: wells.</narrative></description>
                    <baseline year="2023" value="0"/>
                    <period><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
                      <target value="10"/><actual value="8"/></period>
                    <period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/>
                      <target value="20"/><actual value="15"/></period>
                   </indicator>
                   <indicator measure="1" ascending="1">
                    <title><narrative>Pumps working</narrative></title>
                    <period><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
                      <target value="10"/><actual value="8"/></period>
                    <period><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/>
                      <target value="10"/><actual value="9"/></period>
                   </indicator>
                  </result>
                 </iati-activity>
                </iati-activities>
                """);
        ImportedTheory imported = StandardsFixtures.read(xml);
        var indicators = imported.draft().results().get(0).indicators();
        assertFalse(indicators.get(0).cumulative(), "read as before");
        assertEquals(List.of("8", "15"), imported.actuals().stream().filter(a -> a.indicatorId().equals(indicators.get(0)
                .id())).map(ActualValue::value).toList());
        assertTrue(indicators.get(0).notes().stream().anyMatch(n -> n.contains("the targets rise (10, 20)")
                && n.contains("add `cumulative` if each period's value is what it added")), indicators.get(0).notes().toString());
        assertTrue(indicators.get(1).notes().stream().noneMatch(n -> n.contains("targets rise")), "level targets");
        List<String> flagged = imported.summary().stream().filter(l -> l.contains("(snapshot)")).toList();
        assertEquals(1, flagged.size(), "one line on stderr: " + flagged);
        assertTrue(flagged.get(0).startsWith("to check: " + indicators.get(0).id() + ": the targets rise (10, 20)")
                && flagged.get(0).endsWith("read as running totals (snapshot); add `cumulative` if each period's value is"
                + " what it added"), flagged.get(0));
    }
}
