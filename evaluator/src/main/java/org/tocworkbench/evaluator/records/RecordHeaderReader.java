package org.tocworkbench.evaluator.records;

import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.model.RecordFormat;
import org.tocworkbench.compiler.model.RecordSource;
import org.tocworkbench.compiler.rules.RecordHeaders;
import org.tocworkbench.evaluator.ingest.ImportException;

/**
 * Gives {@code toc check} the header of a records file (registered through
 * {@code META-INF/services}), so that a misspelt column is a compile-time error. A database is
 * not asked at check time.
 */
public final class RecordHeaderReader implements RecordHeaders {
    @Override
    public Optional<List<String>> headers(RecordSource source) {
        if (source.format() == RecordFormat.DATABASE || source.resolvedPath().isEmpty()
                || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(source.resolvedPath().get()))) {
            return Optional.empty();
        }
        try (SheetRecordTable table = SheetRecordTable.open(source)) {
            return Optional.of(table.columns().headers());
        } catch (ImportException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<List<String>> sheets(RecordSource source) {
        if (source.format() != RecordFormat.XLSX || source.resolvedPath().isEmpty()
                || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(source.resolvedPath().get()))) {
            return Optional.empty();
        }
        try {
            org.tocworkbench.evaluator.ingest.SheetSource workbook = org.tocworkbench.evaluator.ingest.Workbooks.open(
                    java.nio.file.Path.of(source.resolvedPath().get()), source.location());
            try {
                return Optional.of(List.copyOf(workbook.sheetNames()));
            } finally {
                workbook.close();
            }
        } catch (ImportException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean has(List<String> headers, String column) {
        return new RecordColumns(headers).find(column).isPresent();
    }
}
