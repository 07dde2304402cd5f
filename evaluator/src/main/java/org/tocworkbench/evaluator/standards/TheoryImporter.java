package org.tocworkbench.evaluator.standards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code toc import}: reads a theory from a donor logframe workbook (DFID results framework, EU
 * logical framework matrix, generic results framework), an IATI activity file or a toc JSON model.
 * The kind of file is told by its content (a workbook package, XML, JSON); the workbook layout is
 * detected, or named.
 */
public final class TheoryImporter {
    private TheoryImporter() {
    }

    public static ImportedTheory read(Path file, Optional<SourceLayout> layout) throws StandardsException {
        return read(file, layout, Optional.empty());
    }

    /** {@code activity}: the {@code iati-identifier} of the activity to read from an IATI file of several. */
    public static ImportedTheory read(Path file, Optional<SourceLayout> layout, Optional<String> activity)
            throws StandardsException {
        String fileName = file.getFileName().toString();
        byte[] head = head(file);
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        boolean workbook = head.length >= 4 && (head[0] == 'P' && head[1] == 'K'
                || (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF);
        SourceLayout found = workbook ? null : text.startsWith("<") ? SourceLayout.IATI
                : text.startsWith("{") ? SourceLayout.JSON : null;
        if (layout.isPresent() && layout.get().workbook() != workbook
                || layout.isPresent() && !layout.get().workbook() && layout.get() != found) {
            throw new StandardsException(fileName + ": looked for " + article(layout.get()) + ", found "
                    + describe(workbook, found, text), false);
        }
        if (activity.isPresent() && found != SourceLayout.IATI) {
            throw StandardsException.usage("--activity " + activity.get() + ": names an activity of an IATI activity"
                    + " file; " + fileName + " is " + describe(workbook, found, text));
        }
        if (found == SourceLayout.IATI) {
            return IatiActivityImport.read(file, activity);
        }
        if (found == SourceLayout.JSON) {
            return ModelJsonImport.read(file);
        }
        if (!workbook) {
            throw new StandardsException(fileName + ": looked for a logframe workbook (.xlsx, .xls), an IATI activity"
                    + " file (XML) or a toc JSON model, found " + describe(false, null, text), false);
        }
        WorkbookGrid grid = WorkbookGrid.read(file);
        if (layout.isEmpty() || layout.get() == SourceLayout.DFID) {
            Optional<String> sheet = DfidResultsFramework.find(grid);
            if (sheet.isPresent()) {
                return DfidResultsFramework.read(grid, sheet.get(), fileName);
            }
        }
        for (SourceLayout matrix : new SourceLayout[] {SourceLayout.EU, SourceLayout.RESULTS_FRAMEWORK}) {
            if (layout.isEmpty() || layout.get() == matrix) {
                Optional<ResultsMatrix.Header> header = ResultsMatrix.find(grid, matrix);
                if (header.isPresent()) {
                    return ResultsMatrix.read(grid, header.get(), matrix, fileName);
                }
            }
        }
        String wanted = layout.map(TheoryImporter::lookedFor).orElse(lookedFor(SourceLayout.DFID) + "; or "
                + lookedFor(SourceLayout.EU) + "; or " + lookedFor(SourceLayout.RESULTS_FRAMEWORK));
        throw new StandardsException(fileName + ": looked for " + wanted + "; found " + grid.firstCells(), false);
    }

    private static String lookedFor(SourceLayout layout) {
        return switch (layout) {
            case DFID -> "a DFID results framework (a row with IMPACT, OUTCOME or OUTPUT in column A and Baseline"
                    + " and Target headers)";
            case EU -> "an EU logical framework matrix (a header with Results chain or Intervention logic,"
                    + " Indicators, Baseline and Target)";
            case RESULTS_FRAMEWORK -> "a results framework (a header with Level, Result, Indicator, Baseline and"
                    + " Target)";
            default -> article(layout);
        };
    }

    private static String article(SourceLayout layout) {
        return switch (layout) {
            case IATI, EU -> "an " + layout.description();
            default -> "a " + layout.description();
        } + (layout.workbook() ? " workbook" : "");
    }

    private static String describe(boolean workbook, SourceLayout found, String text) {
        if (workbook) {
            return "a workbook";
        }
        if (found != null) {
            return found == SourceLayout.IATI ? "an XML file" : "a JSON file";
        }
        String start = text.lines().findFirst().orElse("").strip();
        return "a text file starting \"" + (start.length() > 40 ? start.substring(0, 40) + "…" : start) + "\"";
    }

    private static byte[] head(Path file) throws StandardsException {
        String fileName = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            if (head.length == 0) {
                throw new StandardsException(fileName + ": the file is empty", true);
            }
            return head;
        } catch (NoSuchFileException e) {
            throw new StandardsException(fileName + ": no such file", true);
        } catch (IOException e) {
            throw new StandardsException(fileName + ": cannot be read: " + e.getMessage(), true);
        }
    }
}
