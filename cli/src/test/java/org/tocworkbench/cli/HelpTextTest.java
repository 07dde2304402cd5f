package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review 3, items 8 and 9: the help lists every output a command can write, says that the data
 * options are about reading the data, keeps them apart from the drawing options, and says why
 * {@code toc export} needs no {@code --force}.
 */
class HelpTextTest {
    private static final String PANDEMIC = "samples/pandemic-preparedness/pandemic.toc";

    @TempDir
    Path dir;

    /** The help of one option, its lines joined (the layout wraps them at the terminal's width). */
    private static String optionHelp(String help, String option) {
        int start = listedAt(help, option);
        assertTrue(start >= 0, help);
        Matcher next = Pattern.compile("\n\\s{0,6}-").matcher(help);
        int end = next.find(start + 1) ? next.start() : help.length();
        return help.substring(start, end).replaceAll("\\s+", " ");
    }

    /** Where the option's entry starts in the list of options (not in the synopsis); -1 when absent. */
    private static int listedAt(String help, String option) {
        Matcher entry = Pattern.compile("(?m)^\\s+(?:-\\w, )?" + Pattern.quote(option)).matcher(help);
        return entry.find() ? entry.start() : -1;
    }

    /** The extensions an error message lists after "use one of" (".html, .md" or "html, md"). */
    private static List<String> listed(String message) {
        int at = message.indexOf("use one of");
        assertTrue(at >= 0, message);
        String line = message.substring(at, message.indexOf('\n', at) < 0 ? message.length() : message.indexOf('\n', at));
        List<String> extensions = new ArrayList<>();
        Matcher word = Pattern.compile("\\b([a-z]{2,8})\\b").matcher(line.substring("use one of".length()));
        while (word.find()) {
            if (!List.of("or", "and", "one", "use").contains(word.group(1))) {
                extensions.add(word.group(1));
            }
        }
        assertFalse(extensions.isEmpty(), message);
        return extensions;
    }

    @Test
    void evaluateHelpListsEveryReportFormatItsErrorNames() {
        CliRunner.Run wrong = CliRunner.run("evaluate", PANDEMIC, "-o", dir.resolve("report.docx").toString());
        assertEquals(ExitCode.USAGE.code(), wrong.exitCode(), wrong.err());
        String help = CliRunner.run("evaluate", "--help").out();
        String output = optionHelp(help, "--output=OUT");
        for (String extension : listed(wrong.err())) {
            assertTrue(output.contains("." + extension), extension + " missing from: " + output);
        }
        assertTrue(output.contains(".pdf"), output);
        String example = help.lines().filter(l -> l.contains("-o progress.json")).findFirst().orElseThrow();
        assertTrue(example.contains(".pdf") && example.contains(".html") && example.contains(".xlsx"), example);
    }

    @Test
    void whatIfHelpListsEveryFormatItTakes() {
        String output = optionHelp(CliRunner.run("what-if", "--help").out(), "--output=OUT");
        for (String word : List.of("txt", "md", "json", "svg", "png", "pdf", "dot", "gv")) {
            assertTrue(output.contains(word), word + " missing from: " + output);
        }
    }

    @Test
    void decimalCommaSaysItIsAboutReadingTheData() {
        for (String command : List.of("evaluate", "render", "what-if")) {
            String help = optionHelp(CliRunner.run(command, "--help").out(), "--decimal-comma");
            assertTrue(help.contains("Read the data's numbers") && help.contains("what toc writes is unchanged"), help);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "evaluate", "what-if"})
    void theMonitoringDataOptionsHaveTheirOwnHeadingAfterTheOthers(String command) {
        String help = CliRunner.run(command, "--help").out();
        int heading = help.indexOf("\nMonitoring data (the files read, how they are laid out, how progress is judged):\n");
        assertTrue(heading > 0, help);
        for (String option : List.of("--layout=LAYOUT", "--decimal-comma", "--data=WORKBOOK", "--sheet=NAME", "--on-track")) {
            assertTrue(listedAt(help, option) > heading, option + " is not under the heading:\n" + help);
        }
        assertTrue(optionHelp(help, "--layout=LAYOUT").contains("How the data sheet is laid out"), help);
        if (command.equals("render")) {
            for (String option : List.of("--direction=DIR", "--engine=ENGINE", "--group-by=GROUP", "--dpi=N")) {
                int at = listedAt(help, option);
                assertTrue(at > 0 && at < heading, option + " should stay with the drawing options:\n" + help);
            }
        }
    }

    @Test
    void exportReplacesItsOutputAndSaysWhyItHasNoForce() throws IOException {
        Path out = dir.resolve("model.json");
        Files.writeString(out, "an older export", StandardCharsets.UTF_8);
        CliRunner.Run run = CliRunner.run("export", PANDEMIC, "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("{"), "OUT was not replaced");

        CliRunner.Run force = CliRunner.run("export", PANDEMIC, "-o", out.toString(), "--force");
        assertEquals(ExitCode.USAGE.code(), force.exitCode());
        assertTrue(force.err().contains("help: `toc export` needs no --force: it replaces OUT when it exists,"
                + " and never writes over the theory or a file it reads (exit 3)"), force.err());
        CliRunner.Run other = CliRunner.run("export", PANDEMIC, "--frobnicate");
        assertFalse(other.err().contains("needs no --force"), other.err());

        String help = CliRunner.run("export", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("There is no --force: an export is made again from the theory, so OUT is replaced"
                + " when it exists"), help);
        assertTrue(optionHelp(CliRunner.run("export", "--help").out(), "--output=OUT").contains("An existing OUT is replaced"), help);
        assertTrue(help.contains("with -o OUT.xlsx: the same sheet as a workbook"), help);
    }

    @Test
    void importAndTemplateKeepTheirForce() {
        assertTrue(CliRunner.run("import", "--help").out().contains("--force"));
        assertTrue(CliRunner.run("template", "--help").out().contains("--force"));
    }

    /** Review 3 item 9 (a newcomer's reading): every example fits 80 columns, so none is cut mid-option. */
    @Test
    void everyExampleFitsEightyColumns() {
        picocli.CommandLine toc = TocCommand.commandLine();
        List<String> tooLong = new ArrayList<>();
        List<picocli.CommandLine> commands = new ArrayList<>(toc.getSubcommands().values());
        commands.add(toc);
        for (picocli.CommandLine command : commands) {
            for (String line : command.getCommandSpec().usageMessage().footer()) {
                if (line.startsWith(" ") && line.length() > 80) {
                    tooLong.add(command.getCommandName() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void everyWritingCommandSaysWhatItsOutputReplaces() {
        assertTrue(optionHelp(CliRunner.run("render", "--help").out(), "--output=OUT").contains("An existing OUT is replaced"));
        String diff = optionHelp(CliRunner.run("diff", "--help").out(), "--output=OUT");
        assertTrue(diff.contains("its extension picks the format") && diff.contains("An existing OUT is replaced"), diff);
        String imported = optionHelp(CliRunner.run("import", "--help").out(), "--output=OUT");
        assertTrue(imported.contains("replaced only with --force"), imported);
        assertTrue(optionHelp(CliRunner.run("import", "--help").out(), "--layout=LAYOUT").contains("What FILE is"));
    }

    /** Review 3 item 10: "(1 values" and "(1 indicators)" in what import and template say they wrote. */
    @Test
    void whatWasWrittenIsCountedInTheSingular() throws IOException {
        Path toc = Files.writeString(dir.resolve("one.toc"), """
                theory "One indicator" { period 2024 to 2027 }
                impact I "Communities are prepared"
                outcome O1 "Clinics apply the protocols" {
                  indicator O1_1 "Clinics applying the protocols" { unit count  baseline 0 at 2024  target 40 by 2027 }
                }
                O1 -> I
                """);
        CliRunner.Run template = CliRunner.run("template", toc.toString(), "-o", dir.resolve("m.xlsx").toString());
        assertEquals(0, template.exitCode(), template.err());
        assertTrue(template.err().contains("(1 indicator)"), template.err());

        Path xml = Files.writeString(dir.resolve("one.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                  <iati-activity>
                    <iati-identifier>XM-EXAMPLE-1-ONE</iati-identifier>
                    <reporting-org ref="XM-EXAMPLE-1" type="21"><narrative>Example NGO</narrative></reporting-org>
                    <title><narrative>One well</narrative></title>
                    <activity-date type="1" iso-date="2017-01-01" />
                    <activity-date type="3" iso-date="2018-12-31" />
                    <result type="1" aggregation-status="1">
                      <title><narrative>Schools have water</narrative></title>
                      <indicator measure="1" ascending="1">
                        <title><narrative>Schools with a working water point</narrative></title>
                        <baseline year="2016" iso-date="2016-12-31" value="12" />
                        <period>
                          <period-start iso-date="2017-01-01" />
                          <period-end iso-date="2017-12-31" />
                          <target value="40" />
                          <actual value="37" />
                        </period>
                      </indicator>
                    </result>
                  </iati-activity>
                </iati-activities>
                """);
        CliRunner.Run imported = CliRunner.run("import", xml.toString(), "-o", dir.resolve("well.toc").toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("-actuals.xlsx (1 value, bound in the theory)"), imported.err());
    }
}
