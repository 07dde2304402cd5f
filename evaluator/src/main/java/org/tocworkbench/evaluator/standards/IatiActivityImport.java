package org.tocworkbench.evaluator.standards;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.draft.DraftReportingOrg;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.IatiIdentifiers;
import org.tocworkbench.compiler.draft.DraftValue;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.UnitKind;
import org.tocworkbench.evaluator.series.PlainPeriod;

/**
 * The results of an IATI activity file (versions 2.01 to 2.03; SPREADSHEET-LAYOUTS.md section 8)
 * as a theory: each {@code result} a node of its type's kind (1 output, 2 outcome, 3 impact), each
 * {@code indicator} an indicator with its measure as unit, {@code ascending} as direction, its
 * reference codes, its baseline, the targets of its periods as milestones and target, and the
 * dimension names as disaggregations; the actuals are returned to be written as a monitoring
 * workbook. The activity named by its identifier is read, else the first with results; the others
 * with results are named in the summary.
 */
final class IatiActivityImport {
    private IatiActivityImport() {
    }

    static ImportedTheory read(Path file, Optional<String> wanted) throws StandardsException {
        String fileName = file.getFileName().toString();
        XmlElement root = XmlElement.read(file);
        List<XmlElement> activities = root.name.equals("iati-activities") ? root.all("iati-activity")
                : root.name.equals("iati-activity") ? List.of(root) : List.of();
        if (activities.isEmpty()) {
            throw new StandardsException(fileName + ": looked for an IATI activity file (<iati-activities> or"
                    + " <iati-activity>), found <" + root.name + "> at line " + rootLine(file, root), false);
        }
        XmlElement activity = wanted.isPresent() ? named(activities, wanted.get(), fileName)
                : activities.stream().filter(a -> !a.all("result").isEmpty()).findFirst()
                .orElseThrow(() -> new StandardsException(fileName + ": looked for <result> elements in "
                        + activities.size() + (activities.size() == 1 ? " activity" : " activities")
                        + ", found none: the file publishes no results to import", false));
        DraftBuilder draft = new DraftBuilder();
        String identifier = activity.first("iati-identifier").map(e -> e.text.toString().strip()).orElse("");
        String version = root.attribute("version");
        List<String> converted = new ArrayList<>();
        for (XmlElement result : activity.all("result")) {
            result(draft, result, converted);
        }
        if (!converted.isEmpty()) {
            draft.summary.add("running totals read back as what each period added (cumulative indicators, from"
                    + " their baselines): " + String.join(", ", converted));
        }
        for (XmlElement other : activities) {
            if (other != activity && !other.all("result").isEmpty()) {
                draft.summary.add("not read: activity " + other.first("iati-identifier").map(e -> e.text.toString()
                        .strip()).orElse("at line " + other.line) + " (line " + other.line + "); import one activity"
                        + " per theory" + other.first("iati-identifier").map(e -> ", e.g. with --activity "
                        + e.text.toString().strip()).orElse(""));
            }
        }
        Optional<String> start = activityDate(activity, "1", "2");
        Optional<String> end = activityDate(activity, "3", "4");
        String title = activity.narrative("title");
        if (title.isEmpty()) {
            title = identifier.isEmpty() ? fileName.replaceFirst("\\.[^.]+$", "") : identifier;
        }
        draft.inferLevelLinks("the IATI result types: output, outcome, impact");
        draft.summary.add(0, "read " + fileName + " as an " + SourceLayout.IATI.description()
                + (version.isEmpty() ? "" : " (version " + version + ")") + ": activity " + identifier + ", "
                + plural(draft.results().size(), "result") + ", " + plural(draft.results().stream()
                .mapToInt(x -> x.indicators.size()).sum(), "indicator") + ", " + plural(draft.actuals.size(), "actual value"));
        List<String> header = new ArrayList<>();
        header.add("Imported with `toc import` from " + fileName + " (" + SourceLayout.IATI.description()
                + (version.isEmpty() ? "" : " " + version) + ").");
        header.add("Links marked `inferred` follow the result types; IATI results carry no links.");
        Optional<String> publishedAs = publishable(identifier, "activity identifier", draft);
        Optional<DraftReportingOrg> publisher = activity.first("reporting-org").flatMap(org -> reportingOrg(org, draft));
        return new ImportedTheory(SourceLayout.IATI, draft.build(header, title, start.filter(s -> end.isPresent()),
                end.filter(e -> start.isPresent())).withDescription(activity.narrative("description").equals(title) ? ""
                : activity.narrative("description")).withPublishing(publishedAs, publisher), draft.actuals,
                draft.summary);
    }

    /** {@code 1 result}, {@code 2 results}. */
    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * The {@code reporting-org} as the theory's {@code reporting org}: its ref, the name of its first
     * narrative, its type when the OrganisationType codelist has it (else a note to write it).
     */
    private static Optional<DraftReportingOrg> reportingOrg(XmlElement org, DraftBuilder draft) {
        Optional<String> ref = publishable(org.attribute("ref"), "reporting organisation's identifier", draft);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        String type = org.attribute("type");
        Optional<OrganisationType> known = OrganisationType.of(type);
        if (known.isEmpty()) {
            String why = type.isEmpty() ? "gives the reporting organisation no type"
                    : "gives the reporting organisation the type \"" + type + "\", which the IATI codelist does not have";
            draft.notes.add("the source " + why + "; add `type` and its IATI organisation type to `reporting org`");
            draft.summary.add("to check: the source " + why);
        }
        String name = org.first("narrative").map(n -> n.text.toString().strip()).orElse("");
        return Optional.of(new DraftReportingOrg(ref.get(), Optional.of(name), known));
    }

    /** An identifier the theory can hold; one IATI forbids (white space, `/&|?`) is a note instead (TOC136). */
    private static Optional<String> publishable(String id, String what, DraftBuilder draft) {
        if (id.isBlank()) {
            return Optional.empty();
        }
        if (IatiIdentifiers.forbiddenCharacter(id).isPresent()) {
            draft.notes.add("the source's " + what + " \"" + id + "\" has characters IATI forbids (white space,"
                    + " /, &, | or ?); write the one the publisher registered with `"
                    + (what.startsWith("activity") ? "identifier" : "reporting org") + "`");
            draft.summary.add("to check: the " + what + " \"" + id + "\" has characters IATI forbids; left out");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** The activity whose {@code iati-identifier} is {@code id}; a usage error with the closest one when none is. */
    private static XmlElement named(List<XmlElement> activities, String id, String fileName) throws StandardsException {
        List<String> ids = new ArrayList<>();
        for (XmlElement activity : activities) {
            String identifier = activity.first("iati-identifier").map(e -> e.text.toString().strip()).orElse("");
            if (identifier.equals(id.strip())) {
                if (activity.all("result").isEmpty()) {
                    throw new StandardsException(fileName + ": activity " + identifier + " (line " + activity.line
                            + ") publishes no <result> elements to import", false);
                }
                return activity;
            }
            if (!identifier.isEmpty()) {
                ids.add(identifier);
            }
        }
        Optional<String> closest = org.tocworkbench.compiler.diagnostics.Suggestions.closest(id, ids);
        throw StandardsException.usage("--activity " + id + ": " + fileName + " has no activity of that identifier"
                + closest.map(c -> "; did you mean " + c + "?").orElse("") + " (its activities: "
                + (ids.isEmpty() ? "none with an identifier" : String.join(", ", ids.size() > 10 ? ids.subList(0, 10)
                : ids) + (ids.size() > 10 ? ", and " + (ids.size() - 10) + " more" : "")) + ")");
    }

    /** The line of the root element's start tag (the parser's location in the prolog lags behind it). */
    private static int rootLine(Path file, XmlElement root) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            String head = new String(in.readNBytes(65536), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<(\\w+:)?" + java.util.regex.Pattern.quote(root.name)
                    + "[\\s>/]").matcher(head);
            return tag.find() ? (int) head.substring(0, tag.start()).chars().filter(c -> c == '\n').count() + 1 : root.line;
        } catch (java.io.IOException e) {
            return root.line;
        }
    }

    private static Optional<String> activityDate(XmlElement activity, String planned, String actual) {
        Optional<String> found = Optional.empty();
        for (XmlElement date : activity.all("activity-date")) {
            String type = date.attribute("type");
            if (type.equals(actual) || type.equals(planned) && found.isEmpty()) {
                found = Optional.of(date.attribute("iso-date")).filter(d -> !d.isEmpty());
            }
        }
        return found;
    }

    private static void result(DraftBuilder draft, XmlElement result, List<String> converted) {
        NodeKind kind = switch (result.attribute("type")) {
            case "1" -> NodeKind.OUTPUT;
            case "3" -> NodeKind.IMPACT;
            default -> NodeKind.OUTCOME;
        };
        String reference = result.first("reference").map(r -> r.attribute("code")).orElse("");
        String title = result.narrative("title");
        DraftBuilder.ResultBuilder node = draft.result(kind, "", Identifiers.usable(reference) ? reference : "",
                title.isEmpty() ? "Result at line " + result.line : title);
        if (!Identifiers.usable(reference) && !reference.isEmpty()) {
            node.notes.add("the source's result reference is \"" + reference + "\"");
        }
        if (!result.attribute("type").matches("[123]")) {
            node.notes.add("the source's result type is \"" + result.attribute("type") + "\" (not output 1, outcome 2,"
                    + " impact 3); read as an outcome");
        }
        node.description = result.narrative("description");
        for (XmlElement indicator : result.all("indicator")) {
            indicator(draft, node, indicator, converted);
        }
        if (result.all("indicator").isEmpty()) {
            node.notes.add("the source gives this result no indicator");
        }
    }

    private static void indicator(DraftBuilder draft, DraftBuilder.ResultBuilder node, XmlElement element,
                                  List<String> converted) {
        List<String> references = new ArrayList<>();
        element.all("reference").forEach(r -> references.add(r.attribute("code")));
        if (!element.attribute("ref").isEmpty()) {
            references.add(element.attribute("ref"));
        }
        references.removeIf(String::isEmpty);
        String wanted = references.stream().filter(Identifiers::usable).findFirst().orElse("");
        String title = element.narrative("title");
        DraftBuilder.IndicatorBuilder indicator = draft.indicator(node, wanted.isEmpty() ? node.id + "_"
                + (node.indicators.size() + 1) : wanted, title.isEmpty() ? "Indicator at line " + element.line : title);
        references.stream().filter(r -> !r.equals(indicator.id)).forEach(indicator.codes::add);
        String measure = element.attribute("measure");
        // What IATI has no field for ends the description in sentences our export writes.
        DescriptionMarks.Read marks = DescriptionMarks.read(element.narrative("description"), measure.equals("4"));
        indicator.description = marks.description();
        indicator.unit = switch (measure) {
            case "2" -> UnitKind.PERCENT;
            case "3" -> UnitKind.BOOLEAN;
            case "5" -> UnitKind.TEXT;
            default -> null;
        };
        String aggregation = element.attribute("aggregation-status");
        if (measure.equals("1") && marks.currency()) {
            indicator.unit = UnitKind.CURRENCY;
        } else if (measure.equals("1") && marks.ratio()) {
            indicator.unit = UnitKind.RATIO;
        }
        // aggregation-status 0/false says the values do not add up: a ratio, but also a snapshot,
        // mean, maximum or minimum of a count, so the values decide (whole numbers: a count).
        indicator.summable = aggregation.equals("1") || aggregation.equals("true");
        if (measure.equals("4") && !marks.scale().isEmpty()) {
            indicator.unit = UnitKind.SCALE;
            indicator.scale.addAll(marks.scale());
        } else if (measure.equals("4")) {
            indicator.notes.add("the source's measure is ordinal (4); the scale's labels are not in IATI, so it is"
                    + " read as a count: write `unit scale \"LOWEST\", ..., \"HIGHEST\"` if the values are positions on a scale");
        }
        indicator.unitLabel = indicator.unit == UnitKind.PERCENT ? marks.unitLabel().replaceFirst("^percent\\s+", "")
                : marks.unitLabel();
        boolean text = indicator.unit == UnitKind.TEXT;
        indicator.aggregation = marks.aggregation();
        indicator.cumulative = marks.cumulative() && !text;
        String ascending = measure.equals("5") ? "" : element.attribute("ascending");
        if (ascending.equals("0") || ascending.equals("false")) {
            indicator.direction = Optional.of(Direction.DECREASE);
        } else if (ascending.equals("1") || ascending.equals("true")) {
            indicator.direction = Optional.of(Direction.INCREASE);
        }
        BigDecimal base = BigDecimal.ZERO;
        Optional<LocalDate> baselineDay = Optional.empty();
        for (XmlElement baseline : element.all("baseline")) {
            if (!baseline.all("dimension").isEmpty() || !baseline.all("location").isEmpty()) {
                continue;
            }
            String date = baseline.attribute("iso-date").isEmpty() ? baseline.attribute("year") : baseline.attribute("iso-date");
            String value = text ? baseline.narrative("comment") : baseline.attribute("value");
            if (!value.isEmpty()) {
                indicator.baseline = Optional.of(value(value, indicator.unit, date));
                base = decimal(value).orElse(BigDecimal.ZERO);
                baselineDay = PlannedValues.span(date).map(span -> span[1]);
            }
            break;
        }
        List<ActualValue> actuals = new ArrayList<>();
        java.util.Set<Optional<org.tocworkbench.compiler.model.Frequency>> lengths = new java.util.HashSet<>();
        java.util.Set<Optional<org.tocworkbench.compiler.model.Frequency>> reported = new java.util.HashSet<>();
        for (XmlElement period : element.all("period")) {
            String end = period.first("period-end").map(p -> p.attribute("iso-date")).orElse("");
            String start = period.first("period-start").map(p -> p.attribute("iso-date")).orElse("");
            lengths.add(frequency(start, end));
            if (!period.all("actual").isEmpty()) {
                reported.add(frequency(start, end));
            }
            for (XmlElement target : period.all("target")) {
                if (target.all("dimension").isEmpty() && target.all("location").isEmpty()) {
                    String value = text ? target.narrative("comment") : target.attribute("value");
                    if (!value.isEmpty()) {
                        indicator.planned.add(value(value, indicator.unit, end));
                    }
                }
            }
            for (XmlElement actual : period.all("actual")) {
                actual(draft, indicator, actual, start, end, text).ifPresent(actuals::add);
            }
        }
        // A group of a count or an amount is a part of the total, whether or not the file states
        // aggregation-status (optional in IATI); a group of a ratio or a percentage is not.
        UnitKind kind = indicator.unitFromValues();
        boolean parts = measure.equals("1") && (kind == UnitKind.COUNT || kind == UnitKind.CURRENCY);
        // Periods all of one calendar length (years, halves, quarters, months, ISO weeks) are a
        // frequency, so the IPTT lists the indicator's periods by it: the periods with actuals, else
        // all (a target's period of its own, from the plan before it, is not a reporting period).
        java.util.Set<Optional<org.tocworkbench.compiler.model.Frequency>> periods = reported.isEmpty() ? lengths : reported;
        if (periods.size() == 1) {
            indicator.frequency = periods.iterator().next();
        }
        if (!indicator.cumulative && parts && !actuals.isEmpty() && marks.aggregation().isEmpty()
                && rising(indicator.planned)) {
            // A third party's count whose targets rise may report running totals or what each period
            // added; IATI does not say which, so it is read as before (running totals) and flagged: a
            // note at the indicator, and its line in the summary on stderr.
            indicator.notes.add("the targets rise (" + String.join(", ", indicator.planned.stream().map(DraftValue::value)
                    .toList()) + ") and the source does not say whether a period's value is a running total or what"
                    + " the period added: read as running totals (snapshot); add `cumulative` if each period's value is"
                    + " what it added");
        }
        if (indicator.cumulative && !actuals.isEmpty()) {
            int before = actuals.size();
            actuals = added(actuals, base, baselineDay, parts);
            long changed = actuals.stream().filter(a -> a.where().contains(RUNNING_TOTAL)).count();
            if (changed > 0) {
                converted.add(indicator.id + " (" + (changed == before ? "" : changed + " of ") + before
                        + (before == 1 ? " value)" : " values)"));
            }
        }
        draft.actuals.addAll(actuals);
        for (XmlElement dimensioned : dimensioned(element)) {
            for (XmlElement dimension : dimensioned.all("dimension")) {
                String name = dimension.attribute("name");
                if (!name.isEmpty() && !indicator.disaggregations.contains(name)) {
                    indicator.disaggregations.add(name);
                }
            }
        }
    }

    /** Marks a value read back from a running total, in the actuals workbook's Source column. */
    private static final String RUNNING_TOTAL = "running total ";

    /**
     * The actuals of a cumulative indicator as what each period added: our export writes running
     * totals (the baseline plus the values after it, as {@code toc evaluate} counts them), and
     * {@code toc evaluate} adds up a cumulative indicator's values, so each value of a period after
     * the baseline becomes its running total less the one before, per group. A total starts from
     * the baseline, and so does a group of a percentage or ratio; a group of a count or an amount
     * (a part of the total) starts from 0. Values on or before the baseline's day, and values that
     * are not numbers, are kept as they are.
     */
    private static List<ActualValue> added(List<ActualValue> totals, BigDecimal base, Optional<LocalDate> baselineDay,
                                           boolean parts) {
        java.util.Map<ActualValue, ActualValue> replaced = new java.util.IdentityHashMap<>();
        java.util.Map<String, List<ActualValue>> groups = new java.util.LinkedHashMap<>();
        totals.forEach(a -> groups.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a));
        for (List<ActualValue> group : groups.values()) {
            List<ActualValue> ordered = new ArrayList<>(group);
            ordered.sort(java.util.Comparator.comparing(ActualValue::end).thenComparing(ActualValue::start));
            BigDecimal previous = ordered.get(0).group().isEmpty() || !parts ? base : BigDecimal.ZERO;
            for (ActualValue actual : ordered) {
                Optional<BigDecimal> running = decimal(actual.value());
                if (running.isEmpty() || baselineDay.isPresent() && !actual.end().isAfter(baselineDay.get())) {
                    continue;
                }
                String added = running.get().subtract(previous).stripTrailingZeros().toPlainString();
                previous = running.get();
                replaced.put(actual, new ActualValue(actual.indicatorId(), actual.start(), actual.end(), added,
                        actual.group(), actual.comment(), actual.where() + " (" + RUNNING_TOTAL + actual.value() + ")"));
            }
        }
        return totals.stream().map(a -> replaced.getOrDefault(a, a)).toList();
    }

    private static Optional<BigDecimal> decimal(String value) {
        try {
            return Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The frequency of a period of exactly one calendar year, half, quarter, month or ISO week. */
    private static Optional<org.tocworkbench.compiler.model.Frequency> frequency(String start, String end) {
        try {
            return PlainPeriod.of(LocalDate.parse(start), LocalDate.parse(end)).map(PlainPeriod::frequency);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Two or more numeric targets, none lower than the one before, the last higher than the first. */
    private static boolean rising(List<DraftValue> planned) {
        List<BigDecimal> values = new ArrayList<>();
        for (DraftValue value : planned) {
            Optional<BigDecimal> number = value.numeric() ? decimal(value.value()) : Optional.empty();
            if (number.isEmpty()) {
                return false;
            }
            values.add(number.get());
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).compareTo(values.get(i - 1)) < 0) {
                return false;
            }
        }
        return values.size() >= 2 && values.get(values.size() - 1).compareTo(values.get(0)) > 0;
    }

    private static List<XmlElement> dimensioned(XmlElement indicator) {
        List<XmlElement> all = new ArrayList<>(indicator.all("baseline"));
        for (XmlElement period : indicator.all("period")) {
            all.addAll(period.all("target"));
            all.addAll(period.all("actual"));
        }
        return all;
    }

    private static Optional<ActualValue> actual(DraftBuilder draft, DraftBuilder.IndicatorBuilder indicator,
                                                XmlElement actual, String start, String end, boolean text) {
        String value = text ? actual.narrative("comment") : actual.attribute("value");
        if (value.isEmpty() || value.equalsIgnoreCase("N/A")) {
            return Optional.empty();
        }
        try {
            LocalDate from = LocalDate.parse(start);
            LocalDate to = LocalDate.parse(end);
            List<String> groups = actual.all("dimension").stream().map(d -> d.attribute("value")).toList();
            return Optional.of(new ActualValue(indicator.id, from, to, value, String.join(", ", groups),
                    text ? "" : actual.narrative("comment"), "line " + actual.line));
        } catch (DateTimeParseException e) {
            draft.summary.add("not read: the actual at line " + actual.line + " has no period dates (period-start \""
                    + start + "\", period-end \"" + end + "\")");
            return Optional.empty();
        }
    }

    private static DraftValue value(String value, UnitKind unit, String date) {
        Optional<String> when = date.isEmpty() ? Optional.empty() : Optional.of(date);
        Optional<DraftValue> parsed = PlannedValues.parse(value, when);
        DraftValue read = parsed.orElse(new DraftValue(value, false, when));
        return unit == UnitKind.PERCENT && read.numeric() ? new DraftValue(read.value(), true, read.date()) : read;
    }
}
