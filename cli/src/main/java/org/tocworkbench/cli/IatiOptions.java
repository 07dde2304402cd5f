package org.tocworkbench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.standards.IatiActivity;
import org.tocworkbench.evaluator.standards.IatiCsvWriter;
import org.tocworkbench.evaluator.standards.IatiResultsWorkbook;
import org.tocworkbench.evaluator.standards.IatiResultsBuilder;
import org.tocworkbench.evaluator.standards.IatiXmlWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of {@code toc export --format iati|iati-csv}: who publishes, for which activity, at which date. */
public final class IatiOptions {
    @Option(names = "--identifier", paramLabel = "ID",
            description = "IATI activity identifier (the reporting organisation's ref, a hyphen, the activity's own id).")
    String identifier;

    @Option(names = "--reporting-org", paramLabel = "REF", description = "The reporting organisation's IATI identifier.")
    String reportingOrg;

    @Option(names = "--reporting-org-type", paramLabel = "CODE",
            description = "Its IATI organisation type: 10 government, 21 international NGO, 22 national NGO, 40 multilateral, 60 foundation, 80 academic, 90 other.")
    String reportingOrgType;

    @Option(names = "--reporting-org-name", paramLabel = "NAME", description = "Its name (default: the REF).")
    String reportingOrgName;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Values up to this date, and the activity status at it (default: the theory's `as of`, else today).")
    String asOf;

    /** Refuses an IATI export that would lack what the schema requires. */
    void check(CommandLine commandLine) {
        if (identifier == null || reportingOrg == null || reportingOrgType == null) {
            throw new CommandLine.ParameterException(commandLine, "an IATI file names its activity and publisher:"
                    + " give --identifier, --reporting-org and --reporting-org-type (missing: "
                    + String.join(", ", missing()) + ")");
        }
        if (!reportingOrgType.matches("\\d{2}")) {
            throw new CommandLine.ParameterException(commandLine, "--reporting-org-type `" + reportingOrgType
                    + "` is not an IATI organisation type code (two digits, e.g. 21 for an international NGO)");
        }
        if (asOf != null && PeriodDate.parse(asOf.strip()).isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "--as-of `" + asOf + "` is not a date (write 2026,"
                    + " 2026-Q2, 2026-06 or 2026-06-30)");
        }
    }

    private List<String> missing() {
        List<String> missing = new java.util.ArrayList<>();
        if (identifier == null) {
            missing.add("--identifier");
        }
        if (reportingOrg == null) {
            missing.add("--reporting-org");
        }
        if (reportingOrgType == null) {
            missing.add("--reporting-org-type");
        }
        return missing;
    }

    /** The theory's results with its data's values, as IATI XML or the IATI results sheet (CSV, or a workbook). */
    byte[] export(Theory theory, ExportFormat format, PrintWriter err, boolean workbook) throws ImportException {
        ObservedData data = MonitoringEvaluation.observe(theory, MonitoringEvaluation.boundRequests(theory),
                result -> err.println("read " + result.summary()));
        LocalDate date = asOf != null ? PeriodDate.parse(asOf.strip()).get().end()
                : theory.metadata().asOf() != null && theory.metadata().asOf().dated() ? theory.metadata().asOf().end()
                : LocalDate.now();
        IatiResultsBuilder builder = new IatiResultsBuilder();
        IatiActivity activity = builder.build(theory, data, identifier, new IatiActivity.ReportingOrg(reportingOrg,
                reportingOrgType, reportingOrgName == null ? reportingOrg : reportingOrgName), date);
        if (!builder.left().isEmpty()) {
            err.println(builder.leftOut());
        }
        err.flush();
        if (format == ExportFormat.IATI) {
            return IatiXmlWriter.write(activity).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return workbook ? IatiResultsWorkbook.toBytes(activity)
                : IatiCsvWriter.write(activity).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
