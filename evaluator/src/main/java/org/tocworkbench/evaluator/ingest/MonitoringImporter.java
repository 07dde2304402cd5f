package org.tocworkbench.evaluator.ingest;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.Theory;

/**
 * Reads one monitoring file (.xlsx, .xls or .csv, told apart by their content) into observations
 * of the theory's indicators. The entry point of the ingest package:
 *
 * <pre>{@code
 * ImportResult result = new MonitoringImporter().read(ImportRequest.from(binding), theory, sink);
 * }</pre>
 *
 * Observations and data issues go to the sink as they are read; nothing holds the sheet. A file
 * that cannot be read at all (missing, corrupt, encrypted, no such sheet or column) throws an
 * {@link ImportException} naming the file, and the sheet or cell when known.
 */
public final class MonitoringImporter {

    public ImportResult read(ImportRequest request, Theory theory, ObservationSink sink) throws ImportException {
        String fileName = request.fileName();
        if (!Files.exists(request.file())) {
            throw new ImportException(fileName + ": file not found (" + request.file().toAbsolutePath() + ")", true);
        }
        if (Files.isDirectory(request.file())) {
            throw new ImportException(fileName + ": is a folder, not a spreadsheet", true);
        }
        if (!Files.isReadable(request.file())) {
            throw new ImportException(fileName + ": cannot be read (permission denied)", true);
        }
        try (SheetSource source = Workbooks.open(request.file(), fileName)) {
            boolean date1904 = source.date1904();
            String sheet = chooseSheet(request, theory, source, date1904);
            IssueLimiter issues = new IssueLimiter(sink, request.issueLimit());
            SheetInterpreter interpreter = new SheetInterpreter(request, context(request, theory, source, sheet,
                    issues, sink, date1904), false);
            source.read(sheet, interpreter);
            interpreter.finish();
            if (!interpreter.found()) {
                throw new ImportException(interpreter.whyNoHeader(), false);
            }
            return interpreter.result(fileName, sheet, issues);
        }
    }

    private static ReadContext context(ImportRequest request, Theory theory, SheetSource source, String sheet,
                                       IssueLimiter issues, ObservationSink sink, boolean date1904) {
        Metadata metadata = theory.metadata();
        LocalDate start = metadata.periodStart() == null ? null : metadata.periodStart().start();
        LocalDate end = metadata.periodEnd() == null ? null : metadata.periodEnd().end();
        PeriodParser periods = new PeriodParser(request.fiscalYearStart(), start);
        return new ReadContext(source.fileName(), sheet, new IndicatorMatcher(theory, request), periods, issues, sink,
                request.decimalComma(), date1904, start, end, source.linesAsRows());
    }

    /** The sheet the request names, or the first (the template's data sheet first) with a usable header. */
    private String chooseSheet(ImportRequest request, Theory theory, SheetSource source, boolean date1904)
            throws ImportException {
        List<String> names = source.sheetNames();
        if (names.isEmpty()) {
            throw new ImportException(source.fileName() + ": the workbook has no sheets", false);
        }
        if (!request.sheet().isEmpty()) {
            for (String name : names) {
                if (name.equals(request.sheet())) {
                    return name;
                }
            }
            for (String name : names) {
                if (name.strip().equalsIgnoreCase(request.sheet().strip())) {
                    return name;
                }
            }
            throw new ImportException(source.fileName() + ": no sheet \"" + request.sheet() + "\"; the sheets are "
                    + Failures.quoteAll(names), false);
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        List<String> order = new ArrayList<>(names);
        for (String name : names) {
            if (name.strip().toLowerCase(Locale.ROOT).equals(TemplateContract.DATA_SHEET.toLowerCase(Locale.ROOT))) {
                order.remove(name);
                order.add(0, name);
            }
        }
        List<List<HeaderDetector.Rejection>> tried = new ArrayList<>();
        for (String name : order) {
            IssueLimiter silent = new IssueLimiter(new DiscardingSink(), 1);
            SheetInterpreter probe = new SheetInterpreter(request, context(request, theory, source, name, silent,
                    new DiscardingSink(), date1904), true);
            source.read(name, probe);
            probe.finish();
            if (probe.found()) {
                return name;
            }
            tried.add(probe.rejections());
        }
        throw new ImportException(HeaderProblem.noSheet(source.fileName(), order, tried, request), false);
    }

    private static final class DiscardingSink implements ObservationSink {
        @Override
        public void observation(Observation observation) {
        }

        @Override
        public void issue(DataIssue issue) {
        }
    }
}
