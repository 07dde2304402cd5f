package org.tocworkbench.compiler.diagnostics;

import static org.tocworkbench.compiler.diagnostics.Severity.ERROR;
import static org.tocworkbench.compiler.diagnostics.Severity.INFO;
import static org.tocworkbench.compiler.diagnostics.Severity.WARNING;

import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic the compiler can report, with a stable code and a default severity.
 * TOC0xx syntax, TOC1xx names, TOC2xx logic, TOC3xx data binding, TOC4xx input/output.
 * Each code is documented with an example in docs/diagnostics.md; a test fails when one is not.
 */
public enum Code {
    SYNTAX_ERROR("TOC001", ERROR, "syntax error"),
    UNTERMINATED_STRING("TOC002", ERROR, "unterminated string or comment"),
    UNEXPECTED_CHARACTER("TOC003", ERROR, "unexpected character"),
    INVALID_DATE("TOC004", ERROR, "invalid date"),
    INVALID_VALUE("TOC005", ERROR, "invalid value for a property"),
    REPEATED_PROPERTY("TOC006", WARNING, "property given more than once"),
    EMPTY_THEORY("TOC007", ERROR, "nothing declared"),
    MISPLACED_PROPERTY("TOC008", ERROR, "property not allowed here"),
    HIDDEN_CHARACTER("TOC009", WARNING, "invisible or bidirectional control character"),

    UNDEFINED_NAME("TOC101", ERROR, "undefined identifier"),
    DUPLICATE_NAME("TOC102", ERROR, "identifier declared twice"),
    WRONG_KIND_OF_NAME("TOC103", ERROR, "identifier of the wrong kind"),
    UNKNOWN_FUNCTION("TOC104", WARNING, "unknown network or organisational function"),
    DUPLICATE_PATHWAY("TOC105", ERROR, "pathway declared twice"),
    DUPLICATE_LINK("TOC106", WARNING, "link declared twice"),
    SELF_LINK("TOC107", ERROR, "node linked to itself"),
    LINK_ONLY_IN_PATHWAY("TOC108", INFO, "link declared only in a pathway"),
    CODE_FOR_UNKNOWN_INDICATOR("TOC109", ERROR, "code table names no indicator"),
    DUPLICATE_CODE("TOC110", ERROR, "one code for two indicators"),
    UNKNOWN_POINT("TOC115", ERROR, "unknown evaluation point"),
    DATE_NEEDS_PERIOD("TOC116", WARNING, "relative date without a period"),
    DUPLICATE_POINT("TOC117", ERROR, "evaluation point declared twice or named as a built-in"),
    COMPUTATION_INVALID("TOC120", ERROR, "computed indicator incomplete or contradictory"),
    RECORDS_INVALID("TOC121", ERROR, "records declaration incomplete or contradictory"),
    CONDITION_INVALID("TOC122", ERROR, "condition on records cannot be read"),
    UNKNOWN_BACKBONE_ROLE("TOC125", WARNING, "unknown backbone role"),
    NETWORK_WORD_OFF_BACKBONE("TOC126", ERROR, "backbone role or network functions on an actor that is not the backbone"),
    ROLE_AS_POSITION("TOC127", WARNING, "backbone role written as a staff position"),
    NETWORK_FUNCTIONS_CONFLICT("TOC128", WARNING, "primary and secondary functions contradict each other"),
    STRUCTURE_INCOMPLETE("TOC129", WARNING, "structure incomplete or contradictory"),
    UNKNOWN_ORGANISATION_TYPE("TOC135", ERROR, "unknown IATI organisation type"),
    IATI_IDENTIFIER_CHARACTERS("TOC136", ERROR, "IATI identifier with a character IATI forbids"),
    IDENTIFIER_WITHOUT_ORG_PREFIX("TOC137", WARNING, "activity identifier does not start with its publisher's identifier"),
    IATI_PUBLISHER_REPEATED("TOC138", ERROR, "IATI identifier or reporting organisation given twice"),
    IATI_PUBLISHER_INCOMPLETE("TOC139", WARNING, "IATI publishing words incomplete"),

    CYCLE("TOC201", ERROR, "cycle in the results chain"),
    NO_PATH_TO_IMPACT("TOC202", WARNING, "no path to the impact"),
    IMPACT_UNREACHED("TOC203", WARNING, "nothing leads to the impact"),
    NO_IMPACT("TOC204", INFO, "no impact declared"),
    BACKWARD_LINK("TOC205", WARNING, "link runs backwards in the results chain"),
    ACTIVITY_REACHES_NO_OUTCOME("TOC206", WARNING, "activity reaches no outcome"),
    OUTCOME_WITHOUT_INDICATOR("TOC207", WARNING, "outcome without indicator"),
    INDICATOR_WITHOUT_BASELINE("TOC208", WARNING, "indicator without baseline"),
    INDICATOR_WITHOUT_TARGET("TOC209", WARNING, "indicator without target"),
    TARGET_AGAINST_DIRECTION("TOC210", ERROR, "target in the wrong direction"),
    DATES_OUT_OF_ORDER("TOC211", ERROR, "dates out of order"),
    VALUE_UNFIT_FOR_UNIT("TOC212", ERROR, "value does not fit the unit"),
    UNUSED_ASSUMPTION("TOC213", WARNING, "assumption referenced nowhere"),
    DISCONNECTED_PATHWAY("TOC214", WARNING, "pathway is not a connected chain"),
    CLAIM_ABOVE_CEILING("TOC215", WARNING, "claim above the ceiling of accountability"),
    SINGLE_POINT_OF_FAILURE("TOC216", INFO, "every path to the impact runs through one node"),
    SINGLE_ACTOR_PATHWAY("TOC217", WARNING, "pathway rests on a single actor"),
    PATHWAYS_TRUNCATED("TOC218", INFO, "too many paths to derive every pathway"),
    MILESTONE_OUTSIDE_RANGE("TOC219", WARNING, "milestone outside the baseline-target range"),
    HIGH_RISK_UNTESTED("TOC220", WARNING, "high-risk assumption with no evidence"),
    ACTOR_WITHOUT_CONTRIBUTION("TOC221", INFO, "actor contributes to nothing"),
    DATES_OUTSIDE_PERIOD("TOC222", WARNING, "date outside the theory's period"),
    TRANSITION_WITHOUT_LINKS("TOC223", WARNING, "transition covers no link"),
    POINT_OUTSIDE_PERIOD("TOC230", WARNING, "evaluation point outside the theory's period"),
    GROWTH_AGAINST_DIRECTION("TOC231", WARNING, "growth against the indicator's direction"),
    COUNT_ABOVE_POPULATION("TOC232", WARNING, "count above the indicator's population"),
    GROWTH_WITHOUT_START("TOC233", WARNING, "growth with nothing to grow from"),
    COMPOSITE_OWN_VALUES("TOC234", WARNING, "composite indicator with values of its own"),
    COMPUTATION_UNIT_MISMATCH("TOC240", WARNING, "computed measure does not fit the indicator's unit"),
    PRIMARY_FUNCTION_UNSERVED("TOC250", WARNING, "primary function that no pathway or result serves"),
    STRUCTURE_SERVES_NO_RESULT("TOC251", WARNING, "structure that serves no result"),
    UNDECLARED_FUNCTION("TOC252", WARNING, "function the network does not declare"),
    BACKBONE_ONLY_RESULT("TOC253", INFO, "network-function result only the backbone delivers"),
    ORGANISATIONAL_FUNCTION_UNLINKED("TOC254", WARNING, "organisational function that enables no network function"),
    RECORD_OF_CHANGES_OUT_OF_ORDER("TOC260", WARNING, "record of changes out of order"),

    DATA_FILE_NOT_FOUND("TOC301", WARNING, "data file not found"),
    DATA_BINDING_INCOMPLETE("TOC302", ERROR, "data binding incomplete or contradictory"),
    CODE_FILE_NOT_BOUND("TOC303", WARNING, "code limited to a file no data block reads"),
    RECORDS_FILE_NOT_FOUND("TOC305", WARNING, "records file not found"),
    RECORDS_UNKNOWN_COLUMN("TOC306", ERROR, "column not in the records"),

    FILE_UNREADABLE("TOC401", ERROR, "file cannot be read"),
    NOT_TEXT("TOC402", ERROR, "file is not text"),
    IMPORT_CYCLE("TOC403", ERROR, "import cycle"),
    FILE_TOO_LARGE("TOC404", ERROR, "file too large");

    private final String id;
    private final Severity defaultSeverity;
    private final String title;

    Code(String id, Severity defaultSeverity, String title) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    /** The stable code, e.g. {@code TOC201}. */
    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String title() {
        return title;
    }

    public static Optional<Code> byId(String id) {
        String wanted = id.trim().toUpperCase(Locale.ROOT);
        for (Code code : values()) {
            if (code.id.equals(wanted)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
