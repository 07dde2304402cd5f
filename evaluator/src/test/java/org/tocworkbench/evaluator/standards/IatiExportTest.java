package org.tocworkbench.evaluator.standards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocworkbench.compiler.Compilation;
import org.tocworkbench.compiler.CompileOptions;
import org.tocworkbench.compiler.TocCompiler;
import org.tocworkbench.evaluator.testing.Golden;

/**
 * {@code toc export --format iati}: every sample's results, with its monitoring data, are valid
 * against the official IATI 2.03 schema (../shared/standards/iati-2.03/, found beside the
 * repository; the test is skipped with a message only when that folder is absent), and the codes
 * follow the IATI codelists.
 */
class IatiExportTest {
    static Stream<Path> samples() throws Exception {
        return StandardsFixtures.samples().stream();
    }

    private static Validator validator() throws Exception {
        assumeTrue(Files.isRegularFile(StandardsFixtures.SCHEMA), "the IATI 2.03 schema is not at "
                + StandardsFixtures.SCHEMA.toAbsolutePath().normalize() + " (../shared/standards/iati-2.03 beside the"
                + " repository); schema validation skipped");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        return factory.newSchema(StandardsFixtures.SCHEMA.toFile()).newValidator();
    }

    static void assertValid(String xml) throws Exception {
        Validator validator = validator();
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (org.xml.sax.SAXParseException e) {
            throw new AssertionError("line " + e.getLineNumber() + ": " + e.getMessage() + "\n" + xml, e);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySamplesExportIsValidAgainstTheIati203Schema(Path sample) throws Exception {
        Compilation compilation = new TocCompiler().compile(sample, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        IatiActivity activity = StandardsFixtures.export(compilation, LocalDate.of(2026, 6, 30));
        String xml = IatiXmlWriter.write(activity);
        assertValid(xml);
        if (!compilation.theory().data().isEmpty()) {
            assertTrue(xml.contains("<actual value="), sample + ": the evaluated data's actuals are exported");
        }
        String name = sample.getFileName().toString().replace(".toc", "");
        Golden.check("standards/export/" + name + ".xml", xml);
        Golden.check("standards/export/" + name + ".csv", IatiCsvWriter.write(activity));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void publishedValuesAreRoundedAsTheReportsPrintThem(Path sample) throws Exception {
        Compilation compilation = new TocCompiler().compile(sample, CompileOptions.DEFAULT);
        IatiActivity activity = StandardsFixtures.export(compilation, LocalDate.of(2026, 6, 30));
        String published = IatiXmlWriter.write(activity) + IatiCsvWriter.write(activity);
        java.util.regex.Matcher longer = java.util.regex.Pattern.compile("\\d+\\.\\d{3,}").matcher(
                IatiXmlWriter.write(activity).replaceAll("(?:generated|last-updated)-datetime=\"[^\"]*\"", ""));
        boolean found = longer.find();
        assertFalse(found, sample + ": a value with more than two decimals: " + (found ? longer.group() : ""));
        assertFalse(IatiCsvWriter.write(activity).matches("(?s).*,-?\\d+\\.\\d{3,}(,|\\n).*"), sample + ": iati-csv");
        if (sample.toString().contains("training")) {
            assertTrue(published.contains("\"45.68\""), "45.67901234567901 is published as the reports print it");
        }
        assertEquals("45.68", IatiResultsBuilder.format(45.67901234567901));
        assertEquals("61.02", IatiResultsBuilder.format(61.016949152542374));
        assertEquals("1200", IatiResultsBuilder.format(1200.0));
        assertEquals("0", IatiResultsBuilder.format(-0.001));
    }

    @Test
    void aSchemaViolationIsCaught() throws Exception {
        String xml = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X</iati-identifier>"
                + "</iati-activity></iati-activities>";
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertValid(xml));
        assertTrue(e.getMessage().contains("reporting-org"), e.getMessage());
    }

    @Test
    void resultTypeMeasureAscendingBaselinePeriodsAndDimensionsFollowTheTheory(@TempDir Path dir) throws Exception {
        Path toc = Files.writeString(dir.resolve("t.toc"), """
                theory "Codes" {
                    period 2024 to 2026
                }
                impact IMP "Lives improve" {
                    indicator IMP_1 "Stunting" { unit percent  direction decrease  baseline 30% at 2024  target 20% by 2026 }
                }
                outcome OC "Services are used" {
                    indicator OC_1 "Clinic visits" {
                        unit count  baseline 100 at 2024-06-30  milestone 150 by 2025  target 200 by 2026
                        disaggregate by sex
                    }
                    indicator OC_2 "Quality" { unit scale "poor", "fair", "good"  baseline "poor" at 2024  target "good" by 2026 }
                    indicator OC_3 "What users say" { unit text }
                }
                output OP "Clinics open" {
                    indicator OP_1 "Clinics open" { unit yes-no  baseline no at 2024  target yes by 2025 }
                }
                activity A "Build clinics"
                A -> OP -> OC -> IMP
                """);
        Compilation compilation = new TocCompiler().compile(toc, CompileOptions.DEFAULT);
        assertFalse(compilation.hasErrors(), compilation.diagnostics().toString());
        IatiResultsBuilder builder = new IatiResultsBuilder();
        IatiActivity activity = builder.build(compilation.theory(),
                org.tocworkbench.evaluator.series.ObservedData.EMPTY, "XM-1-A", StandardsFixtures.ORG,
                LocalDate.of(2025, 6, 30));
        assertEquals(List.of(3, 2, 1), activity.results().stream().map(IatiActivity.Result::type).toList());
        IatiActivity.Indicator stunting = activity.results().get(0).indicators().get(0);
        assertEquals(2, stunting.measure());
        assertEquals(Optional.of(false), stunting.ascending());
        assertEquals("30", stunting.baseline().orElseThrow().value());
        assertEquals(2024, stunting.baseline().orElseThrow().year());
        List<IatiActivity.Indicator> outcome = activity.results().get(1).indicators();
        assertEquals(List.of(1, 4, 5), outcome.stream().map(IatiActivity.Indicator::measure).toList());
        assertEquals(LocalDate.of(2024, 6, 30), outcome.get(0).baseline().orElseThrow().date().orElseThrow());
        assertEquals(List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)),
                outcome.get(0).periods().stream().map(IatiActivity.Period::end).toList());
        assertEquals(LocalDate.of(2024, 7, 1), outcome.get(0).periods().get(0).start(),
                "the first planned period starts the day after the baseline");
        assertEquals("1", outcome.get(1).baseline().orElseThrow().value(), "a scale's value is its position");
        assertEquals(3, activity.results().get(2).indicators().get(0).measure(), "yes/no is nominal");
        assertTrue(activity.results().get(1).aggregation() == false && activity.results().get(2).aggregation() == false);
        assertEquals(2, activity.status(), "implementation at the as-of date");
        assertEquals(List.of("1 result without an indicator (IATI results need one): A"), builder.left());
        assertValid(IatiXmlWriter.write(activity));
    }
}
