package org.tocworkbench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.IatiIdentifiers;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.ReportingOrganisation;
import org.tocworkbench.compiler.model.PeriodDate;
import org.tocworkbench.compiler.model.Theory;
import org.tocworkbench.evaluator.MonitoringEvaluation;
import org.tocworkbench.evaluator.ingest.ImportException;
import org.tocworkbench.evaluator.series.ObservedData;
import org.tocworkbench.evaluator.standards.IatiActivity;
import org.tocworkbench.evaluator.standards.IatiCsvWriter;
import org.tocworkbench.evaluator.standards.IatiResultsWorkbook;
import org.tocworkbench.evaluator.standards.IatiResultsBuilder;
import org.tocworkbench.evaluator.standards.IatiXmlWriter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of {@code toc export --format iati|iati-csv}: who publishes, for which activity, at
 * which date. The theory's {@code identifier} and {@code reporting org} give the first two; the
 * options replace them (docs/standards.md).
 */
public final class IatiOptions {
    @Option(names = "--identifier", paramLabel = "ID",
            description = "IATI activity identifier (the reporting organisation's ref, a hyphen, the activity's own id);"
                    + " replaces the theory's `identifier`.")
    String identifier;

    @Option(names = "--reporting-org", paramLabel = "REF",
            description = "The reporting organisation's IATI identifier; replaces the theory's `reporting org`.")
    String reportingOrg;

    @Option(names = "--reporting-org-type", paramLabel = "TYPE",
            description = "Its IATI organisation type, a code or a word: 10 government, 21 international-ngo,"
                    + " 22 national-ngo, 23 regional-ngo, 40 multilateral, 60 foundation, 80 academic, 90 other, ...")
    String reportingOrgType;

    @Option(names = "--reporting-org-name", paramLabel = "NAME", description = "Its name (default: the theory's, else the REF).")
    String reportingOrgName;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Values up to this date, and the activity status at it (default: the theory's `as of`, else today).")
    String asOf;

    /** Refuses options that are not what they should be, before the theory is read. */
    void check(CommandLine commandLine) {
        if (reportingOrgType != null && OrganisationType.of(reportingOrgType).isEmpty()) {
            List<String> all = Arrays.stream(OrganisationType.values()).flatMap(t -> Stream.of(t.code(), t.word())).toList();
            throw new CommandLine.ParameterException(commandLine, "--reporting-org-type `" + reportingOrgType
                    + "` is not an IATI organisation type code or word"
                    + Suggestions.closest(reportingOrgType, all).map(c -> " (did you mean " + c + "?)").orElse("")
                    + "; the types: " + String.join(", ", Arrays.stream(OrganisationType.values())
                            .map(t -> t.code() + " " + t.word()).toList()));
        }
        for (String[] option : new String[][] {{"--identifier", identifier}, {"--reporting-org", reportingOrg}}) {
            if (option[1] != null) {
                String id = option[1].strip();
                Optional<Character> forbidden = IatiIdentifiers.forbiddenCharacter(id);
                if (id.isEmpty() || forbidden.isPresent()) {
                    throw new CommandLine.ParameterException(commandLine, option[0] + " `" + option[1] + "` "
                            + (id.isEmpty() ? "is empty" : "contains " + (Character.isWhitespace(forbidden.get())
                            ? "white space" : "`" + forbidden.get() + "`")) + ": IATI identifiers cannot be empty or"
                            + " contain white space, `/`, `&`, `|` or `?`");
                }
            }
        }
        if (asOf != null && PeriodDate.parse(asOf.strip()).isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "--as-of `" + asOf + "` is not a date (write 2026,"
                    + " 2026-Q2, 2026-06 or 2026-06-30)");
        }
    }

    /** The activity to publish: its identifier and its reporting organisation. */
    record Publisher(String identifier, IatiActivity.ReportingOrg reportingOrg) {
    }

    /**
     * The identifier and reporting organisation from the options, else from the theory's
     * {@code identifier} and {@code reporting org}; an option that replaces a different value of the
     * theory is said on {@code err}. The theory's organisation name and type are used only for the
     * organisation it names. A usage error names what is missing and both ways to give it.
     */
    Publisher publisher(Theory theory, CommandLine commandLine, PrintWriter err) {
        Metadata metadata = theory.metadata();
        Optional<ReportingOrganisation> written = metadata.reportingOrg();
        String id = chosen("--identifier", identifier, metadata.identifier(), "activity identifier", err);
        String ref = chosen("--reporting-org", reportingOrg, written.map(ReportingOrganisation::ref),
                "reporting organisation", err);
        Optional<ReportingOrganisation> same = written.filter(org -> org.ref().equals(ref));
        String type = chosen("--reporting-org-type", reportingOrgType == null ? null
                        : OrganisationType.of(reportingOrgType).get().code(),
                same.flatMap(ReportingOrganisation::type).map(OrganisationType::code), "organisation type", err);
        List<String> missing = new java.util.ArrayList<>();
        if (id == null) {
            missing.add("the activity identifier (--identifier, or `identifier \"REF-ID\"` in the theory block)");
        }
        if (ref == null) {
            missing.add("the reporting organisation (--reporting-org, or `reporting org \"REF\" \"NAME\" type TYPE`"
                    + " in the theory block)");
        }
        Optional<ReportingOrganisation> other = written.filter(org -> !org.ref().equals(ref) && org.type().isPresent());
        if (type == null && other.isPresent()) {
            // The theory's type belongs to the organisation it names, not to the one the option gives.
            missing.add("the organisation type of " + ref + " (--reporting-org-type TYPE): the theory's `type "
                    + other.get().type().get().words().get(0) + "` belongs to its own reporting organisation "
                    + other.get().ref() + ", not to " + ref);
        } else if (type == null) {
            missing.add("its organisation type (--reporting-org-type, or `type TYPE` at the end of the theory's"
                    + " `reporting org`)");
        }
        if (!missing.isEmpty()) {
            throw new CommandLine.ParameterException(commandLine, "an IATI file names its activity and publisher;"
                    + " missing: " + String.join("; ", missing));
        }
        if ((identifier != null || reportingOrg != null) && !IatiIdentifiers.publishedBy(id, ref)) {
            err.println("note: the activity identifier " + id + " does not start with the reporting organisation's"
                    + " identifier " + ref + "- (IATI's rule for activity identifiers)");
        }
        String name = chosen("--reporting-org-name", reportingOrgName, same.flatMap(ReportingOrganisation::name),
                "organisation name", err);
        err.flush();
        return new Publisher(id, new IatiActivity.ReportingOrg(ref, type, name == null ? ref : name));
    }

    /** The option's value, else the theory's; says so when the option replaces a different one. */
    private static String chosen(String option, String given, Optional<String> theory, String word, PrintWriter err) {
        if (given == null) {
            return theory.orElse(null);
        }
        if (theory.isPresent() && !theory.get().equals(given.strip())) {
            err.println(option + " " + given.strip() + " replaces the theory's " + word + " \"" + theory.get() + "\"");
        }
        return given.strip();
    }

    /** The theory's results with its data's values, as IATI XML or the IATI results sheet (CSV, or a workbook). */
    byte[] export(Theory theory, Publisher publisher, ExportFormat format, PrintWriter err, boolean workbook)
            throws ImportException {
        ObservedData data = MonitoringEvaluation.observe(theory, MonitoringEvaluation.boundRequests(theory),
                result -> err.println("read " + result.summary()));
        LocalDate date = asOf != null ? PeriodDate.parse(asOf.strip()).get().end()
                : theory.metadata().asOf() != null && theory.metadata().asOf().dated() ? theory.metadata().asOf().end()
                : LocalDate.now();
        IatiResultsBuilder builder = new IatiResultsBuilder();
        IatiActivity activity = builder.build(theory, data, publisher.identifier(), publisher.reportingOrg(), date);
        if (!builder.left().isEmpty()) {
            err.println(builder.leftOut());
        }
        err.flush();
        if (format == ExportFormat.IATI) {
            return IatiXmlWriter.write(activity).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return workbook ? IatiResultsWorkbook.toBytes(activity)
                : IatiCsvWriter.write(activity).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
