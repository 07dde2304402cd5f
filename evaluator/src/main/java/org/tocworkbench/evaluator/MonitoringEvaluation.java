package org.tocworkbench.evaluator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tocworkbench.compiler.model.CodeMapping;
import org.tocworkbench.compiler.model.DataBinding;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.ingest.ImportResult;
import org.tocworkbench.evaluator.ingest.MonitoringImporter;
import org.tocworkbench.evaluator.iptt.IpttPeriods;
import org.tocworkbench.evaluator.progress.Evaluation;
import org.tocworkbench.evaluator.progress.Evaluator;
import org.tocworkbench.evaluator.progress.StatusBands;
import org.tocworkbench.evaluator.records.RecordsEvaluator;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.series.SeriesStore;

/**
 * From a compiled theory and its monitoring workbooks to an {@link Evaluation}: read every
 * workbook into one store, then evaluate. The one path that {@code toc evaluate}, the live
 * preview and the language server share, so that they all say the same thing about the same data.
 */
public final class MonitoringEvaluation {
    private MonitoringEvaluation() {
    }

    /** The workbooks the theory's own {@code data} blocks name, with their mapping. */
    public static List<ImportRequest> boundRequests(Theory theory) {
        return theory.data().stream().map(ImportRequest::from).toList();
    }

    /**
     * A workbook given on the command line, read with the code tables of the theory's data blocks
     * that name the same file (the mapping options may replace the rest of a block, not its codes).
     */
    public static ImportRequest unboundRequest(Theory theory, Path workbook) {
        Path wanted = workbook.toAbsolutePath().normalize();
        List<CodeMapping> codes = new ArrayList<>();
        for (DataBinding binding : theory.data()) {
            if (Path.of(binding.resolvedPath()).toAbsolutePath().normalize().equals(wanted)) {
                codes.addAll(binding.codes());
            }
        }
        return ImportRequest.of(workbook).withCodes(codes);
    }

    /**
     * Reads each request in order and evaluates the theory at {@code asOf}.
     *
     * @param asOf the reporting date given by the user, or null for the theory's own or the data's latest
     * @param onRead told about each workbook once it has been read (for a "read N rows" line)
     * @throws ImportException when a workbook cannot be read at all (data issues are not exceptions:
     *     they are in the evaluation)
     */
    public static Evaluation evaluate(Theory theory, List<ImportRequest> requests, LocalDate asOf,
                                      StatusBands bands, Consumer<ImportResult> onRead) throws ImportException {
        return evaluate(theory, requests, asOf, bands, IpttPeriods.MONTHS, onRead);
    }

    /** As above, with the IPTT in the periods chosen ({@code toc evaluate --iptt-periods}). */
    public static Evaluation evaluate(Theory theory, List<ImportRequest> requests, LocalDate asOf, StatusBands bands,
                                      IpttPeriods ipttPeriods, Consumer<ImportResult> onRead) throws ImportException {
        return Evaluator.evaluate(theory, observe(theory, requests, onRead), asOf, bands, ipttPeriods);
    }

    /**
     * The observations of the theory's data, per indicator, group and period (values computed
     * from records included), for exports that publish the values themselves rather than progress.
     */
    public static ObservedData observe(Theory theory, List<ImportRequest> requests, Consumer<ImportResult> onRead)
            throws ImportException {
        SeriesStore store = new SeriesStore();
        MonitoringImporter importer = new MonitoringImporter();
        for (ImportRequest request : requests) {
            onRead.accept(importer.read(request, theory, store));
        }
        RecordsEvaluator.evaluate(theory, store);
        return store.finish();
    }
}
