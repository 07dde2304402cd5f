package org.tocworkbench.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How {@code toc --help} and every command's help are laid out: the description as whole
 * paragraphs wrapped at spaces only (picocli wraps each source line on its own, which left
 * fragments such as "four-space indentation, one" on a line of their own, and its line breaker
 * split file names such as {@code docs/export-json.md} at the dot), the command list with the
 * summary wrapped under itself, footers whose examples stay whole where they fit, and the lists
 * of parameters and options in picocli's columns with their descriptions wrapped at spaces only
 * (picocli's breaker cut {@code .png} and {@code .xml} from their dot). The width is the
 * terminal's when picocli can tell it, 80 columns otherwise.
 */
final class HelpLayout {
    private static final int NAME_COLUMN = 12;

    private HelpLayout() {
    }

    /** Installs the layout on the command line and all its subcommands. */
    static void install(CommandLine cli) {
        cli.setUsageHelpAutoWidth(true);
        Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> description(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commandList(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> footer(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> argumentList(help, true));
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> argumentList(help, false));
        cli.setHelpSectionMap(sections);
        for (CommandLine sub : cli.getSubcommands().values()) {
            install(sub);
        }
    }

    private static int width(CommandSpec spec) {
        return Math.max(40, spec.usageMessage().width());
    }

    static String description(CommandSpec spec) {
        String[] lines = spec.usageMessage().description();
        if (lines.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : paragraphs(lines)) {
            out.append(wrap(paragraph, width(spec), "", ""));
        }
        return out.toString();
    }

    /**
     * The positional parameters ({@code positionals}) or the options, one entry each: picocli's
     * name columns (required marker, short name, comma, long name with its label), then the
     * description from the column picocli would use, wrapped at spaces. A name longer than its
     * column puts the description on the next line, as picocli does.
     */
    static String argumentList(CommandLine.Help help, boolean positionals) {
        CommandSpec spec = help.commandSpec();
        List<OptionSpec> options = new ArrayList<>(spec.options().stream().filter(o -> !o.hidden()).toList());
        Comparator<OptionSpec> sort = help.createDefaultOptionSort();
        if (sort != null) {
            options.sort(sort);
        }
        List<PositionalParamSpec> parameters = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        int longColumn = help.calcLongOptionColumnWidth(options, parameters, help.colorScheme());
        int descriptionColumn = 2 + 2 + 1 + longColumn;
        StringBuilder out = new StringBuilder();
        if (positionals) {
            CommandLine.Help.IParameterRenderer renderer = help.createDefaultParameterRenderer();
            List<Text[][]> entries = new ArrayList<>();
            parameters.forEach(p -> entries.add(renderer.render(p, help.parameterLabelRenderer(), help.colorScheme())));
            entries(out, entries, descriptionColumn, spec);
            return out.toString();
        }
        CommandLine.Help.IOptionRenderer renderer = help.createDefaultOptionRenderer();
        Map<String, String> headings = headings(spec);
        Map<String, List<Text[][]>> sections = new LinkedHashMap<>();
        sections.put("", new ArrayList<>());
        for (OptionSpec option : options) {
            sections.computeIfAbsent(headings.getOrDefault(option.longestName(), ""), h -> new ArrayList<>())
                    .add(renderer.render(option, help.parameterLabelRenderer(), help.colorScheme()));
        }
        for (Map.Entry<String, List<Text[][]>> section : sections.entrySet()) {
            if (!section.getKey().isEmpty()) {
                out.append('\n').append(section.getKey()).append(":\n");
            }
            entries(out, section.getValue(), descriptionColumn, spec);
        }
        return out.toString();
    }

    /** The heading of each option (by its longest name) that a mixin marked with {@link OptionHeading} declares. */
    private static Map<String, String> headings(CommandSpec spec) {
        Map<String, String> headings = new HashMap<>();
        for (CommandSpec mixin : spec.mixins().values()) {
            OptionHeading heading = mixin.userObject() == null ? null
                    : mixin.userObject().getClass().getAnnotation(OptionHeading.class);
            if (heading != null) {
                mixin.options().forEach(o -> headings.put(o.longestName(), heading.value()));
            }
        }
        return headings;
    }

    private static void entries(StringBuilder out, List<Text[][]> entries, int descriptionColumn, CommandSpec spec) {
        String hanging = " ".repeat(descriptionColumn + 1);
        for (Text[][] rows : entries) {
            String names = pad(plain(rows[0], 0), 2) + pad(plain(rows[0], 1), 2) + pad(plain(rows[0], 2), 1)
                    + " " + plain(rows[0], 3);
            String first = names.length() <= descriptionColumn ? pad(names, descriptionColumn + 1) : null;
            if (first == null) {
                out.append(names.stripTrailing()).append('\n');
                first = hanging;
            }
            boolean any = false;
            for (Text[] row : rows) {
                String description = plain(row, 4).strip();
                if (description.isEmpty()) {
                    continue;
                }
                out.append(wrap(description, width(spec), any ? hanging : first, hanging + "  "));
                any = true;
            }
            if (!any && !first.equals(hanging)) {
                out.append(first.stripTrailing()).append('\n');
            }
        }
    }

    private static String plain(Text[] row, int column) {
        return column < row.length && row[column] != null ? row[column].plainString() : "";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    static String commandList(CommandSpec spec) {
        if (spec.subcommands().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String hanging = " ".repeat(2 + NAME_COLUMN);
        for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
            if (!sub.getValue().getCommandName().equals(sub.getKey())) {
                continue;
            }
            UsageMessageSpec usage = sub.getValue().getCommandSpec().usageMessage();
            String[] summaryLines = usage.header().length > 0 ? usage.header() : usage.description();
            String summary = summaryLines.length == 0 ? "" : format(summaryLines[0]).strip();
            String name = "  " + sub.getKey();
            String first = name.length() < hanging.length() ? name + " ".repeat(hanging.length() - name.length()) : name + " ";
            out.append(wrap(summary, width(spec), first, hanging));
        }
        return out.toString();
    }

    static String footer(CommandSpec spec) {
        String[] lines = spec.usageMessage().footer();
        StringBuilder out = new StringBuilder();
        List<String> prose = new ArrayList<>();
        for (String raw : lines) {
            String line = format(raw);
            if (line.isBlank() || line.startsWith(" ")) {
                flush(prose, out, width(spec));
                if (line.isBlank()) {
                    out.append('\n');
                } else if (line.length() <= width(spec)) {
                    out.append(line).append('\n');
                } else {
                    String indent = line.substring(0, line.length() - line.stripLeading().length());
                    out.append(wrap(line.stripLeading(), width(spec), indent, indent + "    "));
                }
            } else {
                prose.add(line);
            }
        }
        flush(prose, out, width(spec));
        return out.toString();
    }

    private static void flush(List<String> prose, StringBuilder out, int width) {
        if (!prose.isEmpty()) {
            out.append(wrap(String.join(" ", prose), width, "", ""));
            prose.clear();
        }
    }

    /**
     * The description as paragraphs: the first line (the summary in the command list) on its own,
     * the rest joined; an empty line starts a new paragraph.
     */
    static List<String> paragraphs(String[] lines) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(format(lines[0]).strip());
        StringBuilder current = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = format(lines[i]).strip();
            if (line.isEmpty()) {
                if (current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            current.append(current.length() == 0 ? "" : " ").append(line);
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /** {@code %n} as picocli writes it; other format specifiers are not used in our texts. */
    private static String format(String text) {
        return text.replace("%n", "\n").replace("%%", "%");
    }

    /**
     * The text wrapped at spaces to {@code width} columns, the first line after {@code first},
     * the others after {@code hanging}; a word longer than a line stands alone on its line, whole.
     */
    static String wrap(String text, int width, String first, String hanging) {
        StringBuilder out = new StringBuilder();
        for (String hardLine : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder(out.length() == 0 ? first : hanging);
            int start = line.length();
            for (String word : hardLine.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                if (line.length() > start && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(hanging);
                    start = line.length();
                }
                line.append(line.length() > start ? " " : "").append(word);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
