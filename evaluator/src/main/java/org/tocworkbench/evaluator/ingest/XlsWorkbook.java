package org.tocworkbench.evaluator.ingest;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An Excel 97–2003 {@code .xls} workbook, read with POI's HSSF user model: the format caps a
 * sheet at 65,536 rows, so the whole workbook fits in memory. A password-protected file (an
 * encrypted .xlsx is an OLE2 container too) is refused with a message saying so.
 */
final class XlsWorkbook implements SheetSource {
    private final String fileName;
    private final POIFSFileSystem fileSystem;
    private final HSSFWorkbook workbook;

    private XlsWorkbook(String fileName, POIFSFileSystem fileSystem, HSSFWorkbook workbook) {
        this.fileName = fileName;
        this.fileSystem = fileSystem;
        this.workbook = workbook;
    }

    static XlsWorkbook open(File file, String fileName) throws ImportException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file, true);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(fileName + ": the workbook is damaged: " + Failures.describe(e), false);
        }
        try {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new ImportException(fileName + ": the workbook is password-protected; save a copy without a"
                        + " password (File › Info › Protect Workbook › Encrypt with Password, cleared)", false);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                throw new ImportException(fileName + ": an OLE2 file that holds no Excel workbook (a Word or other"
                        + " Office document?)", false);
            }
            return new XlsWorkbook(fileName, fs, new HSSFWorkbook(fs.getRoot(), false));
        } catch (ImportException e) {
            close(fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            close(fs);
            throw new ImportException(fileName + ": the workbook is password-protected; save a copy without a"
                    + " password", false);
        } catch (OldExcelFormatException e) {
            close(fs);
            throw new ImportException(fileName + ": an Excel 5/95 workbook, too old to read; save it as .xlsx", false);
        } catch (IOException | RuntimeException e) {
            close(fs);
            throw new ImportException(fileName + ": the workbook is damaged: " + Failures.describe(e), false);
        }
    }

    private static void close(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException e) {
            // nothing more to do
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public void read(String sheetName, RowHandler handler) throws ImportException {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            throw new ImportException(fileName + ": no sheet \"" + sheetName + "\"; the sheets are "
                    + Failures.quoteAll(sheetNames()), false);
        }
        Map<Short, Byte> flagsByStyle = new HashMap<>();
        SheetRow out = new SheetRow();
        try {
            for (Row row : sheet) {
                out.reset(row.getRowNum() + 1);
                for (Cell cell : row) {
                    store(out, cell, flagsByStyle);
                }
                if (!handler.row(out)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            throw new ImportException(fileName + ": sheet \"" + sheetName + "\" cannot be read: "
                    + Failures.describe(e), false);
        }
    }

    private static void store(SheetRow out, Cell cell, Map<Short, Byte> flagsByStyle) {
        int column = cell.getColumnIndex();
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC: {
                short styleIndex = cell.getCellStyle().getIndex();
                Byte flags = flagsByStyle.get(styleIndex);
                if (flags == null) {
                    flags = NumberFormats.flags(cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
                    flagsByStyle.put(styleIndex, flags);
                }
                double value = cell.getNumericCellValue();
                out.setNumber(column, value, CellValues.formatNumber(value), flags, formula);
                break;
            }
            case STRING:
                out.setText(column, CellValues.capText(cell.getStringCellValue()), formula);
                break;
            case BOOLEAN:
                out.setBoolean(column, cell.getBooleanCellValue(), formula);
                break;
            case ERROR:
                out.setError(column, FormulaError.forInt(cell.getErrorCellValue()).getString(), formula);
                break;
            default:
                break;
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
        close(fileSystem);
    }
}
