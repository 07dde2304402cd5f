package org.tocworkbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which monitoring data to read and at which date to report; part of {@link MonitoringOptions}. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "WORKBOOK", description = "Monitoring data (.xlsx, .xls, .csv, IATI activity .xml, DHIS2 data value set .json); repeatable. Replaces the theory's data blocks.")
    List<Path> workbooks = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Reporting date (2026, 2026-Q2, 2026-06, 2026-06-30). Default: the theory's `as of`, else the latest period in the data.")
    String asOf;

    /** The {@code --as-of} date (the end of the period it names), or null when not given. */
    LocalDate asOfDate(CommandLine commandLine) {
        if (asOf == null) {
            return null;
        }
        return PeriodDate.parse(asOf.strip()).map(PeriodDate::end).orElseThrow(() -> new CommandLine.ParameterException(
                commandLine, "--as-of `" + asOf + "` is not a date (write 2026, 2026-Q2, 2026-06 or 2026-06-30)"));
    }

    /**
     * What to read: each --data workbook (matched to the theory's indicators), else the theory's
     * own {@code data} blocks; each request passed through {@code mapping} (command-line overrides).
     */
    List<ImportRequest> requests(Theory theory, UnaryOperator<ImportRequest> mapping) {
        List<ImportRequest> requests = new ArrayList<>();
        if (!workbooks.isEmpty()) {
            for (Path workbook : workbooks) {
                requests.add(mapping.apply(MonitoringEvaluation.unboundRequest(theory, workbook)));
            }
            return requests;
        }
        for (ImportRequest bound : MonitoringEvaluation.boundRequests(theory)) {
            requests.add(mapping.apply(bound));
        }
        return requests;
    }
}
