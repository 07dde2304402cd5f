package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tocworkbench.evaluator.progress.StatusBands;
import picocli.CommandLine;

/** The options every command that rates progress shares (docs/import.md#on-the-command-line). */
class MonitoringOptionsTest {
    @Test
    void withoutBandOptionsTheBandsAreTheEvaluatorsDefaults() {
        MonitoringOptions options = new MonitoringOptions();
        CommandLine cli = new CommandLine(options);
        cli.parseArgs();
        assertEquals(StatusBands.DEFAULT, options.bands(cli));
    }

    @Test
    void everyCommandThatRatesProgressTakesTheSameOptions() {
        CommandLine root = TocCommand.commandLine();
        List<String> names = new CommandLine(new MonitoringOptions()).getCommandSpec().options().stream()
                .map(CommandLine.Model.OptionSpec::longestName).toList();
        for (String command : List.of("evaluate", "render", "watch", "what-if")) {
            CommandLine.Model.CommandSpec spec = root.getSubcommands().get(command).getCommandSpec();
            for (String name : names) {
                assertEquals(name, spec.findOption(name) == null ? null : name, "`toc " + command + "` takes " + name);
            }
        }
        assertEquals(15, names.size(), "data, as-of, the eleven mapping options, two bands: " + names);
    }
}
