package org.tocworkbench.evaluator.standards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tocworkbench.compiler.draft.DraftAssumption;
import org.tocworkbench.compiler.draft.DraftIndicator;
import org.tocworkbench.compiler.draft.DraftLink;
import org.tocworkbench.compiler.draft.DraftResult;
import org.tocworkbench.compiler.draft.DraftValue;
import org.tocworkbench.compiler.draft.TheoryDraft;
import org.tocworkbench.compiler.model.Aggregation;
import org.tocworkbench.compiler.model.Direction;
import org.tocworkbench.compiler.model.NodeKind;
import org.tocworkbench.compiler.model.UnitKind;

/**
 * Collects the results, indicators and assumptions a source reader finds, in source order, and
 * what it could not place; then adds the links a logframe's levels imply and makes the draft.
 */
final class DraftBuilder {
    final Identifiers ids = new Identifiers();
    final List<String> summary = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<ActualValue> actuals = new ArrayList<>();
    private final Map<String, ResultBuilder> results = new LinkedHashMap<>();
    private final List<DraftAssumption> assumptions = new ArrayList<>();
    private final List<DraftLink> links = new ArrayList<>();

    /** A result being read. */
    static final class ResultBuilder {
        final String id;
        final NodeKind kind;
        final String number;
        String title;
        String description = "";
        Optional<String> label = Optional.empty();
        Optional<String> horizon = Optional.empty();
        final List<IndicatorBuilder> indicators = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        ResultBuilder(String id, NodeKind kind, String number, String title) {
            this.id = id;
            this.kind = kind;
            this.number = number;
            this.title = title;
        }
    }

    /** An indicator being read. */
    static final class IndicatorBuilder {
        final String id;
        String title;
        String description = "";
        final List<String> codes = new ArrayList<>();
        UnitKind unit;
        String unitLabel = "";
        Optional<Direction> direction = Optional.empty();
        Optional<DraftValue> baseline = Optional.empty();
        final List<DraftValue> planned = new ArrayList<>();
        final List<String> disaggregations = new ArrayList<>();
        String source = "";
        final List<String> notes = new ArrayList<>();
        final List<String> scale = new ArrayList<>();
        /** The source says the values add up (IATI aggregation-status): decimals are money, not a ratio. */
        boolean summable;
        /** How the periods combine, when the source states one the compiler would not derive. */
        Optional<Aggregation> aggregation = Optional.empty();
        /** The source's targets and values are running totals. */
        boolean cumulative;
        /** How often the source reports, when all its periods have one length. */
        Optional<org.tocworkbench.compiler.model.Frequency> frequency = Optional.empty();

        IndicatorBuilder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** The unit the values imply when the source names none: a percentage, text, or a count. */
        UnitKind unitFromValues() {
            if (unit != null) {
                return unit;
            }
            List<DraftValue> values = new ArrayList<>(planned);
            baseline.ifPresent(values::add);
            if (values.stream().anyMatch(DraftValue::percent)) {
                return UnitKind.PERCENT;
            }
            if (!values.isEmpty() && values.stream().noneMatch(DraftValue::numeric)) {
                return UnitKind.TEXT;
            }
            return wholeNumbers(values) ? UnitKind.COUNT : summable ? UnitKind.CURRENCY : UnitKind.RATIO;
        }

        private static boolean wholeNumbers(List<DraftValue> values) {
            return values.stream().filter(DraftValue::numeric).allMatch(v -> v.value().matches("-?\\d+(\\.0+)?"));
        }

        DraftIndicator build() {
            List<DraftValue> all = new ArrayList<>(planned);
            baseline.ifPresent(all::add);
            UnitKind kind = unitFromValues() == UnitKind.COUNT && unitLabel.isEmpty() && !wholeNumbers(all)
                    ? (summable ? UnitKind.CURRENCY : UnitKind.RATIO) : unitFromValues();
            List<DraftValue> milestones = new ArrayList<>(planned);
            Optional<DraftValue> target = milestones.isEmpty() ? Optional.empty()
                    : Optional.of(milestones.remove(milestones.size() - 1));
            List<DraftValue> fitting = new ArrayList<>();
            for (DraftValue value : milestones) {
                if (fits(kind, value)) {
                    fitting.add(value);
                } else {
                    notes.add("the source plans \"" + value.value() + "\", which is not a " + kind.words().get(0)
                            + " value; it is left out");
                }
            }
            return new DraftIndicator(id, title, description, codes, kind, unitLabel, direction,
                    baseline.filter(v -> fits(kind, v)), fitting, target.filter(v -> fits(kind, v)),
                    disaggregations, source, notes, kind == UnitKind.SCALE ? scale : List.of(), aggregation,
                    cumulative, frequency);
        }

        /** Whether a planned value can be written with the unit: a scale takes its ranks and its labels. */
        private boolean fits(UnitKind kind, DraftValue value) {
            return switch (kind) {
                case TEXT -> !value.numeric();
                case SCALE -> value.numeric() || scale.contains(value.value());
                case BOOLEAN -> value.value().matches("(?i)0|1|true|false|yes|no");
                default -> value.numeric();
            };
        }
    }

    ResultBuilder result(NodeKind kind, String number, String wantedId, String title) {
        String sequence = number.isEmpty() && kind != NodeKind.IMPACT
                ? String.valueOf(results.values().stream().filter(r -> r.kind == kind).count() + 1) : number;
        String id = ids.allocate(wantedId.isEmpty() ? ResultLevels.prefix(kind) + sequence : wantedId,
                ResultLevels.prefix(kind));
        ResultBuilder result = new ResultBuilder(id, kind, number, title);
        results.put(id, result);
        return result;
    }

    IndicatorBuilder indicator(ResultBuilder result, String wantedId, String title) {
        IndicatorBuilder indicator = new IndicatorBuilder(ids.allocate(wantedId, result.id + "_"), title);
        result.indicators.add(indicator);
        return indicator;
    }

    void assumption(String text, Optional<String> resultId) {
        if (text.strip().matches("(?i)(not applicable|n/?a|none|-+|–)\\.?")) {
            return;
        }
        assumptions.add(new DraftAssumption(ids.allocate("AS" + (assumptions.size() + 1), "AS"), text, resultId));
    }

    void link(String from, String to, Optional<String> inferred) {
        links.add(new DraftLink(from, to, inferred));
    }

    List<ResultBuilder> results() {
        return List.copyOf(results.values());
    }

    /**
     * Links a logframe's levels imply: each result to the one result of the next level up, marked
     * inferred; where the next level up has several results, a note instead, since the source does
     * not say which one a result serves.
     */
    void inferLevelLinks(String why) {
        List<NodeKind> order = List.of(NodeKind.ACTIVITY, NodeKind.OUTPUT, NodeKind.OUTCOME, NodeKind.IMPACT);
        for (int i = 0; i < order.size() - 1; i++) {
            NodeKind lower = order.get(i);
            List<ResultBuilder> from = results.values().stream().filter(r -> r.kind == lower).toList();
            List<ResultBuilder> to = List.of();
            for (int j = i + 1; j < order.size() && to.isEmpty(); j++) {
                NodeKind upper = order.get(j);
                to = results.values().stream().filter(r -> r.kind == upper).toList();
            }
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            for (ResultBuilder result : from) {
                Optional<ResultBuilder> parent = to.size() == 1 ? Optional.of(to.get(0)) : numbered(result, to);
                if (parent.isPresent()) {
                    link(result.id, parent.get().id, Optional.of(to.size() == 1 ? why
                            : why + "; the source numbers " + result.id + " under " + parent.get().id));
                } else {
                    String names = String.join(", ", to.stream().map(r -> r.id).toList());
                    notes.add("the source gives no link from " + result.id + " to " + names + "; write `" + result.id
                            + " -> ...` for the one(s) it serves");
                    summary.add("no link: " + result.id + ": the source does not say which of " + names + " it leads to");
                }
            }
        }
    }

    /**
     * A code names one indicator (TOC110): a code the source gives two indicators (logframes number
     * impact and outcome indicators alike), or one that is another indicator's id, stays with the
     * first and becomes a note on the others.
     */
    private void uniqueCodes() {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        List<IndicatorBuilder> all = results.values().stream().flatMap(r -> r.indicators.stream()).toList();
        all.forEach(i -> owners.put(i.id.toLowerCase(java.util.Locale.ROOT), i.id));
        for (IndicatorBuilder indicator : all) {
            for (java.util.Iterator<String> codes = indicator.codes.iterator(); codes.hasNext(); ) {
                String code = codes.next();
                String owner = owners.putIfAbsent(code.strip().toLowerCase(java.util.Locale.ROOT), indicator.id);
                if (owner != null && !owner.equals(indicator.id)) {
                    codes.remove();
                    indicator.notes.add("the source's code \"" + code + "\" also names " + owner
                            + "; it is kept there only (a code names one indicator)");
                }
            }
        }
    }

    /** The result of the level above whose number starts this one's ({@code 1.2} under {@code 1}). */
    private static Optional<ResultBuilder> numbered(ResultBuilder result, List<ResultBuilder> candidates) {
        if (!result.number.contains(".")) {
            return Optional.empty();
        }
        String head = result.number.substring(0, result.number.lastIndexOf('.'));
        return candidates.stream().filter(c -> c.number.equals(head)).findFirst();
    }

    TheoryDraft build(List<String> header, String title, Optional<String> start, Optional<String> end) {
        uniqueCodes();
        List<DraftResult> built = results.values().stream().map(r -> new DraftResult(r.id, r.kind, r.title,
                r.description, r.indicators.stream().map(IndicatorBuilder::build).toList(), r.notes, r.label, r.horizon))
                .toList();
        for (DraftResult result : built) {
            result.notes().forEach(n -> summary.add("to check: " + result.id() + ": " + n));
            for (DraftIndicator indicator : result.indicators()) {
                indicator.notes().forEach(n -> summary.add("to check: " + indicator.id() + ": " + n));
                if (indicator.baseline().isPresent() && indicator.baseline().get().date().isEmpty()) {
                    summary.add("to check: " + indicator.id() + ": the baseline has no date");
                }
            }
        }
        return new TheoryDraft(header, title, start, end, built, links, assumptions, notes, List.of(), "");
    }
}
