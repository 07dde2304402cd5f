package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** `toc --help` and every command's help read as paragraphs at 80 and 60 columns (issue 15.11). */
class HelpLayoutTest {
    private static final Pattern FILE_NAME = Pattern.compile("[\\w./-]+\\.(md|json|toc|xlsx|svg|png|pdf|html)\\b");

    static Stream<String> commands() {
        List<String> names = new ArrayList<>(List.of(""));
        names.addAll(TocCommand.commandLine().getSubcommands().keySet());
        return names.stream();
    }

    private static CommandLine command(String name, int width) {
        CommandLine root = TocCommand.commandLine();
        CommandLine cli = name.isEmpty() ? root : root.getSubcommands().get(name);
        cli.setUsageHelpAutoWidth(false);
        cli.setUsageHelpWidth(width);
        return cli;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void descriptionsAreWholeParagraphsWithoutStrandedFragments(String name) {
        for (int width : new int[] {80, 60}) {
            CommandSpec spec = command(name, width).getCommandSpec();
            String description = HelpLayout.description(spec);
            for (String paragraph : HelpLayout.paragraphs(spec.usageMessage().description())) {
                assertTrue(description.replaceAll("\\s+", " ").contains(paragraph.replaceAll("\\s+", " ")),
                        "paragraph kept whole: " + paragraph + "\n" + description);
            }
            String[] lines = description.split("\n");
            for (int i = 0; i < lines.length; i++) {
                assertTrue(lines[i].length() <= width, "line within " + width + " columns: " + lines[i]);
                boolean lastOfParagraph = i == lines.length - 1 || lines[i].strip().endsWith(".") && i + 1 < lines.length
                        && !lines[i + 1].isEmpty() && Character.isUpperCase(lines[i + 1].charAt(0))
                        || isParagraphEnd(spec, lines[i]);
                if (!lastOfParagraph) {
                    String next = lines[i + 1].strip();
                    String firstWord = next.split(" ")[0];
                    assertTrue(lines[i].length() + 1 + firstWord.length() > width,
                            "`" + lines[i] + "` is broken before `" + firstWord + "`, which would have fitted (" + name + ")");
                }
            }
        }
    }

    private static String summary(CommandSpec spec) {
        String[] lines = spec.usageMessage().header().length > 0 ? spec.usageMessage().header() : spec.usageMessage().description();
        return lines.length == 0 ? "" : lines[0];
    }

    private static boolean isParagraphEnd(CommandSpec spec, String line) {
        return HelpLayout.paragraphs(spec.usageMessage().description()).stream()
                .anyMatch(p -> p.replaceAll("\\s+", " ").endsWith(line.strip()));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void fileNamesAreNeverBrokenAcrossLines(String name) {
        for (int width : new int[] {80, 60}) {
            CommandLine cli = command(name, width);
            String help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
            CommandSpec spec = cli.getCommandSpec();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            texts.addAll(List.of(spec.usageMessage().footer()));
            spec.subcommands().values().forEach(sub -> texts.add(summary(sub.getCommandSpec())));
            for (String text : texts) {
                Matcher file = FILE_NAME.matcher(text);
                while (file.find()) {
                    assertTrue(help.contains(file.group()), "`" + file.group() + "` whole in the help of `toc " + name
                            + "` at " + width + " columns:\n" + help);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theCommandListAndExamplesStayWithinTheWidth(String name) {
        CommandLine cli = command(name, 80);
        String help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (String line : help.split("\n")) {
            assertTrue(line.length() <= 80 || !line.strip().contains(" "), "within 80 columns: " + line);
        }
    }

    @org.junit.jupiter.api.Test
    void wrappingBreaksAtSpacesOnlyAndKeepsALongWordWhole() {
        assertEquals("aa bb\ncc\ndocs/export-json.md\ndd\n", HelpLayout.wrap("aa bb cc docs/export-json.md dd", 6, "", ""));
        assertEquals("  x   aa\n      bb\n", HelpLayout.wrap("aa bb", 9, "  x   ", "      "));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void optionDescriptionsBreakAtSpacesOnlySoExtensionsStayWhole(String name) {
        for (int width : new int[] {80, 60}) {
            CommandLine cli = command(name, width);
            String help = cli.getUsageMessage(CommandLine.Help.Ansi.OFF);
            List<String> descriptions = new ArrayList<>();
            cli.getCommandSpec().options().forEach(o -> descriptions.addAll(List.of(o.description())));
            cli.getCommandSpec().positionalParameters().forEach(p -> descriptions.addAll(List.of(p.description())));
            String flat = help.replaceAll("\\s+", " ");
            for (String description : descriptions) {
                for (String word : description.split(" +")) {
                    assertTrue(help.contains(word), "`" + word + "` whole in the help of `toc " + name + "` at " + width
                            + " columns:\n" + help);
                }
                assertTrue(flat.contains(description.replaceAll("\\s+", " ")), "kept in order: " + description);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theOverviewShowsAnExampleOfEveryCommandAndEachSummaryIsASentence() {
        CommandLine root = TocCommand.commandLine();
        String help = root.getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (var sub : root.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            assertTrue(help.contains("\n  toc " + sub.getKey() + " "), "an example of `toc " + sub.getKey() + "`:\n" + help);
            String summary = summary(sub.getValue().getCommandSpec()).strip();
            assertTrue(summary.endsWith(".") || summary.endsWith(")"), "the summary of `toc " + sub.getKey()
                    + "` in the command list is a whole sentence: " + summary);
        }
    }
}
