package org.tocworkbench.evaluator.records;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes samples/training-followup: a network's training follow-up survey as a KoboToolbox export
 * (.xlsx with the main sheet and the repeat group "sessions", and the main sheet as a {@code ;}
 * CSV file), with the cleaning traps of real exports: submissions not approved or on hold, test
 * submissions, participants who submitted twice, submissions dated before the project, group
 * paths in headers, select-multiple answers both as a summary column and one 0/1 column per
 * option, and post-test scores that are not numbers. Deterministic (fixed seed): run
 * {@code main} to write the sample again. Column layout: SPREADSHEET-LAYOUTS.md §11.
 */
public final class TrainingFollowupSample {
    public static final String MAIN_SHEET = "Training follow-up";
    public static final String REPEAT_SHEET = "sessions";
    static final int SUBMISSIONS = 420;
    private static final String[] ORGS = {"kenya_wash_network", "uganda_youth_forum", "tanzania_women_coop",
        "rwanda_health_alliance"};
    private static final String[] DISTRICTS = {"north_east", "central", "coast", "western"};
    private static final String[] SKILLS = {"fundraising", "advocacy", "financial_management", "mel"};
    private static final String[] TOPICS = {"fundraising", "advocacy", "finance", "monitoring"};
    static final List<String> MAIN_HEADERS = List.of("start", "end", "today", "deviceid",
            "respondent/participant_id", "respondent/sex", "respondent/member_org", "respondent/district",
            "training/completed", "training/post_score", "followup/applied", "followup/skills",
            "followup/skills/fundraising", "followup/skills/advocacy", "followup/skills/financial_management",
            "followup/skills/mel", "followup/confidence", "is_test", "_id", "_uuid", "_submission_time",
            "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index");
    static final List<String> REPEAT_HEADERS = List.of("sessions/session_topic", "sessions/session_date",
            "sessions/hours", "_index", "_parent_table_name", "_parent_index", "_submission__id",
            "_submission__submission_time");

    private TrainingFollowupSample() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "samples/training-followup"));
    }

    /** The main sheet's rows and the repeat group's rows, as text cells (blank as ""). */
    record Export(List<List<String>> main, List<List<String>> sessions) {
    }

    static Export generate() {
        Random random = new Random(14);
        List<List<String>> main = new ArrayList<>();
        List<List<String>> sessions = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2025, 1, 6, 8, 0);
        int participants = 0;
        List<String> earlier = new ArrayList<>();
        int sessionIndex = 0;
        for (int i = 1; i <= SUBMISSIONS; i++) {
            boolean test = i % 41 == 7;
            boolean duplicate = !test && !earlier.isEmpty() && random.nextInt(100) < 6;
            String pid = test ? "TEST-" + i : duplicate ? earlier.get(random.nextInt(earlier.size()))
                    : String.format("P%04d", ++participants);
            if (!test && !duplicate) {
                earlier.add(pid);
            }
            LocalDateTime submitted = first.plusMinutes((long) i * 1_800 + random.nextInt(600));
            if (i % 97 == 3) {
                submitted = LocalDateTime.of(2024, 12, 10 + random.nextInt(15), 9, 30);
            }
            boolean completed = random.nextInt(100) < 86;
            boolean applied = completed && random.nextInt(100) < 40 + (int) (30.0 * i / SUBMISSIONS);
            boolean[] skills = new boolean[SKILLS.length];
            List<String> chosen = new ArrayList<>();
            for (int s = 0; s < SKILLS.length && applied; s++) {
                skills[s] = random.nextInt(100) < (s == 0 ? 55 : 35);
                if (skills[s]) {
                    chosen.add(SKILLS[s]);
                }
            }
            String score = completed ? String.valueOf(50 + random.nextInt(46)) : "";
            if (completed && i % 89 == 11) {
                score = "eighty-five";
            }
            int status = random.nextInt(100);
            String validation = status < 84 ? "Approved" : status < 90 ? "Not Approved" : status < 95 ? "On Hold" : "";
            LocalDate today = submitted.toLocalDate();
            List<String> row = new ArrayList<>(List.of(
                    submitted.minusMinutes(14).toString() + ":00.000+03:00", submitted.minusMinutes(2) + ":00.000+03:00",
                    today.toString(), "ee.kobotoolbox.org:" + Long.toHexString(random.nextLong() & 0xffffffL), pid,
                    random.nextInt(100) < 58 ? "female" : "male", ORGS[random.nextInt(ORGS.length)],
                    DISTRICTS[random.nextInt(DISTRICTS.length)], completed ? "yes" : "no", score,
                    completed ? (applied ? "yes" : "no") : "", String.join(" ", chosen)));
            for (int s = 0; s < SKILLS.length; s++) {
                row.add(applied ? (skills[s] ? "1" : "0") : "");
            }
            row.add(completed ? String.valueOf(1 + random.nextInt(4)) : "");
            row.add(test ? "yes" : "no");
            row.add(String.valueOf(180_000_000 + i));
            row.add(new UUID(random.nextLong(), random.nextLong()).toString());
            row.add(submitted.toString() + ":00");
            row.add(validation);
            row.addAll(List.of("", "submitted_via_web", "", "vGqk6fN8tWxYx3bLm2", "", String.valueOf(i)));
            main.add(row);
            int count = completed ? 1 + random.nextInt(3) : 0;
            for (int s = 0; s < count; s++) {
                sessionIndex++;
                LocalDate date = today.minusDays(7L * (count - s) + random.nextInt(5));
                sessions.add(List.of(TOPICS[random.nextInt(TOPICS.length)], date.toString(),
                        String.valueOf(2 + random.nextInt(5)), String.valueOf(sessionIndex), "training_followup",
                        String.valueOf(i), String.valueOf(180_000_000 + i), submitted + ":00"));
            }
        }
        return new Export(main, sessions);
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Export export = generate();
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(dir.resolve("training-followup.xlsx"))) {
            sheet(workbook.createSheet(MAIN_SHEET), MAIN_HEADERS, export.main());
            sheet(workbook.createSheet(REPEAT_SHEET), REPEAT_HEADERS, export.sessions());
            workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
            workbook.write(out);
        }
        Files.writeString(dir.resolve("training-followup.csv"), csv(MAIN_HEADERS, export.main()), StandardCharsets.UTF_8);
    }

    private static void sheet(Sheet sheet, List<String> headers, List<List<String>> rows) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String v = cells.get(c);
                if (v.isEmpty()) {
                    continue;
                }
                if (v.matches("-?\\d{1,9}")) {
                    row.createCell(c).setCellValue(Double.parseDouble(v));
                } else {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
    }

    /** KoboToolbox's CSV export: {@code ;} between fields, every field quoted. */
    static String csv(List<String> headers, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, headers);
        rows.forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            out.append(c == 0 ? "" : ";").append('"').append(cells.get(c).replace("\"", "\"\"")).append('"');
        }
        out.append('\n');
    }
}
