package org.tocworkbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.ingest.ImportRequest;
import org.tocworkbench.evaluator.progress.StatusBands;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Which monitoring data to read, how its sheets map to indicators, and how far behind the
 * expected progress a result may be before it is at risk or off track: one declaration for every
 * command that shows progress ({@code evaluate}, {@code render --progress}, {@code watch},
 * {@code what-if}), so that a diagram, the live preview and the report give the same statuses for
 * the same data and options.
 * Each command's help lists these options under their own heading.
 */
@OptionHeading("Monitoring data (the files read, how they are laid out, how progress is judged)")
public final class MonitoringOptions {
    @Mixin
    DataOptions data;

    @Mixin
    MappingOptions mapping;

    @Option(names = "--on-track", paramLabel = "POINTS", defaultValue = "10",
            description = "On track within this many points of the expected progress (default ${DEFAULT-VALUE}).")
    double onTrack;

    @Option(names = "--at-risk", paramLabel = "POINTS", defaultValue = "25",
            description = "At risk within this many points (default ${DEFAULT-VALUE}); beyond: off track.")
    double atRisk;

    /** The {@code --as-of} date (the end of the period it names), or null when not given. */
    LocalDate asOfDate(CommandLine commandLine) {
        return data.asOfDate(commandLine);
    }

    /** The workbooks named with {@code --data} (empty: the theory's own data blocks are read). */
    List<Path> workbooks() {
        return List.copyOf(data.workbooks);
    }

    /** The status bands of {@code --on-track} and {@code --at-risk}; a usage error when they are out of order. */
    StatusBands bands(CommandLine commandLine) {
        if (!(onTrack >= 0) || !(atRisk >= 0)) {
            throw new CommandLine.ParameterException(commandLine, "--on-track and --at-risk are points behind the"
                    + " expected progress, 0 or more (given " + points(onTrack) + " and " + points(atRisk) + ")");
        }
        if (atRisk < onTrack) {
            throw new CommandLine.ParameterException(commandLine, "--at-risk must be at least --on-track: on track within "
                    + points(onTrack) + " points but at risk only within " + points(atRisk) + " (defaults 10 and 25;"
                    + " give both to widen the bands)");
        }
        return new StatusBands(onTrack, atRisk, StatusBands.DEFAULT.maintainTolerance());
    }

    private static String points(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A request with the mapping options applied; a usage error when one of them is malformed. */
    ImportRequest map(ImportRequest request, CommandLine commandLine) {
        return mapping.apply(request, commandLine);
    }

    /** What to read: each --data workbook, else the theory's data blocks, with the mapping options applied. */
    List<ImportRequest> requests(Theory theory, CommandLine commandLine) {
        return data.requests(theory, request -> mapping.apply(request, commandLine));
    }

    /** The names of these options given on the command line, in the order given (for "… go with --progress"). */
    static List<String> given(CommandLine commandLine) {
        Set<String> ours = new HashSet<>();
        for (CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
            if (mixin.userObject() instanceof MonitoringOptions) {
                mixin.options().forEach(option -> ours.addAll(List.of(option.names())));
            }
        }
        return commandLine.getParseResult().matchedOptions().stream().map(OptionSpec::longestName)
                .filter(ours::contains).distinct().toList();
    }
}
