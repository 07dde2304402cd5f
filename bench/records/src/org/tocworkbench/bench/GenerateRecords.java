package org.tocworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a KoboToolbox-like export of N records x 40 columns as .xlsx (sheet XML written directly,
 * inline strings, so that generating a million rows takes seconds) and as a {@code ;} CSV file,
 * and the theory with 12 computed indicators that the records benchmark evaluates.
 *
 *   java -cp ... org.tocworkbench.bench.GenerateRecords OUT_DIR N
 */
public final class GenerateRecords {
    static final int COLUMNS = 40;
    private static final String[] ORGS = {"org_a", "org_b", "org_c", "org_d", "org_e", "org_f"};

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        String label = n >= 1_000_000 ? n / 1_000_000 + "m" : n / 1000 + "k";
        String[] headers = headers();
        try (Writer csv = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(dir.resolve("records-" + label + ".csv")), StandardCharsets.UTF_8), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("records-" + label + ".xlsx")))) {
            zip.setLevel(1);
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"records\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            part(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"0\" uniqueCount=\"0\"/>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            row(xml, csv, 1, headers);
            Random random = new Random(1);
            LocalDateTime start = LocalDateTime.of(2025, 1, 1, 8, 0);
            String[] cells = new String[COLUMNS];
            for (int i = 1; i <= n; i++) {
                long pid = random.nextInt(Math.max(1, n * 4 / 5));
                cells[0] = "P" + pid;
                cells[1] = random.nextBoolean() ? "female" : "male";
                cells[2] = ORGS[random.nextInt(ORGS.length)];
                cells[3] = "district_" + random.nextInt(40);
                cells[4] = random.nextInt(100) < 85 ? "yes" : "no";
                cells[5] = random.nextInt(100) < 55 ? "yes" : "no";
                cells[6] = String.valueOf(40 + random.nextInt(60));
                cells[7] = String.valueOf(1 + random.nextInt(4));
                cells[8] = String.valueOf(random.nextInt(500));
                cells[9] = random.nextInt(100) < 40 ? "fundraising advocacy" : "mel";
                for (int c = 10; c < 36; c++) {
                    cells[c] = (c % 3 == 0) ? String.valueOf(random.nextInt(1000)) : "answer " + random.nextInt(50);
                }
                cells[36] = start.plusSeconds(i * 60L).toString() + ":00";
                cells[37] = random.nextInt(100) < 90 ? "Approved" : "Not Approved";
                cells[38] = random.nextInt(1000) == 0 ? "yes" : "no";
                cells[39] = String.valueOf(i);
                row(xml, csv, i + 1, cells);
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        }
        Files.writeString(dir.resolve("records-" + label + ".toc"), theory("records-" + label + ".xlsx"));
        Files.writeString(dir.resolve("records-" + label + "-csv.toc"), theory("records-" + label + ".csv"));
    }

    static String[] headers() {
        String[] h = new String[COLUMNS];
        String[] named = {"respondent/participant_id", "respondent/sex", "respondent/member_org", "respondent/district",
            "training/completed", "followup/applied", "training/post_score", "followup/confidence", "grant/amount",
            "followup/skills"};
        System.arraycopy(named, 0, h, 0, named.length);
        for (int c = 10; c < 36; c++) {
            h[c] = "group_" + (c / 5) + "/question_" + c;
        }
        h[36] = "_submission_time";
        h[37] = "_validation_status";
        h[38] = "is_test";
        h[39] = "_index";
        return h;
    }

    private static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void row(Writer xml, Writer csv, int r, String[] cells) throws IOException {
        xml.write("<row r=\"");
        xml.write(Integer.toString(r));
        xml.write("\">");
        for (int c = 0; c < cells.length; c++) {
            String v = cells[c];
            boolean number = r > 1 && !v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() < 10;
            if (number) {
                xml.write("<c><v>");
                xml.write(v);
                xml.write("</v></c>");
            } else {
                xml.write("<c t=\"inlineStr\"><is><t>");
                xml.write(v);
                xml.write("</t></is></c>");
            }
            csv.write(c == 0 ? "\"" : ";\"");
            csv.write(v);
            csv.write('"');
        }
        xml.write("</row>");
        csv.write('\n');
    }

    /** The theory: 12 indicators computed from the records, two of them distinct counts. */
    static String theory(String file) {
        return "theory \"Records benchmark\" {\n    period 2025-01 to 2028-12\n}\n"
                + "impact I \"Better services\"\noutcome O \"Staff apply skills\" {\n"
                + ind("C1", "unit count", "compute count from r\n        each month")
                + ind("C2", "unit count", "compute count from r\n        where completed = \"yes\"\n        each quarter\n        disaggregate by sex")
                + ind("C3", "unit count", "compute distinct participant_id from r\n        where completed = \"yes\"")
                + ind("C4", "unit count", "compute distinct participant_id from r\n        each year\n        disaggregate by member_org")
                + ind("C5", "unit count", "compute sum amount from r\n        each quarter")
                + ind("C6", "unit number", "compute mean post_score from r\n        where completed = \"yes\"")
                + ind("C7", "unit number", "compute median post_score from r\n        each year")
                + ind("C8", "unit number", "compute min post_score from r")
                + ind("C9", "unit number", "compute max confidence from r\n        where district one of \"district_1\", \"district_2\"")
                + ind("C10", "unit percent", "compute share from r\n        where applied = \"yes\"\n        among completed = \"yes\"\n        each half")
                + ind("C11", "unit percent", "compute share from r\n        where skills contains \"fundraising\"\n        among applied = \"yes\" and post_score >= 50")
                + ind("C12", "unit count", "compute count from r\n        where not sex = \"female\" or confidence > 3\n        each quarter")
                + "}\nO -> I\nrecords r \"" + file + "\" {\n    exclude unapproved\n"
                + "    exclude \"test submission\" where is_test = \"yes\"\n}\n";
    }

    private static String ind(String id, String unit, String body) {
        return "    indicator " + id + " \"" + id + "\" {\n        " + unit + "\n        " + body + "\n    }\n";
    }
}
