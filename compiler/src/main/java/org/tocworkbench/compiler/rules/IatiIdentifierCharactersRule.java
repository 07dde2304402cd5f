package org.tocworkbench.compiler.rules;

import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.model.Metadata;
import org.tocworkbench.compiler.source.Span;

/**
 * IATI identifiers (the activity's {@code identifier}, the {@code reporting org}'s ref) become
 * parts of web addresses and file names in the IATI registry and datastore, so IATI's rules
 * forbid {@code /}, {@code &}, {@code |} and {@code ?} in them, and white space: an export with
 * one would be refused by the registry's validator, not by the schema.
 */
public final class IatiIdentifierCharactersRule implements Rule {
    /** The characters IATI's identifier rules forbid, besides white space. */
    static final String FORBIDDEN = "/&|?";

    @Override
    public Code code() {
        return Code.IATI_IDENTIFIER_CHARACTERS;
    }

    @Override
    public void check(RuleContext context) {
        Metadata metadata = context.theory().metadata();
        metadata.identifier().ifPresent(id -> check(context, id, metadata.identifierSpan(), "activity identifier"));
        metadata.reportingOrg().ifPresent(org -> check(context, org.ref(), org.refSpan(),
                "reporting organisation's identifier"));
    }

    private void check(RuleContext context, String id, Span span, String what) {
        if (id.isBlank()) {
            context.report(Diagnostic.of(code(), span, "the " + what + " is empty")
                    .label("an IATI identifier cannot be empty")
                    .help("write the identifier IATI knows it by, e.g. `GB-CHC-1234567`"));
            return;
        }
        offending(id).ifPresent(c -> context.report(Diagnostic.of(code(), span, "the " + what + " `" + id
                        + "` contains " + describe(c) + ", which IATI identifiers cannot contain")
                .label(describe(c) + " is not allowed here")
                .note("IATI identifiers cannot contain white space, `/`, `&`, `|` or `?`")
                .help(Character.isWhitespace(c) ? "remove the spaces, or write a hyphen in their place"
                        : "write a hyphen in its place, as the publisher registered it")));
    }

    /** The first character IATI forbids in an identifier, if any (also used where identifiers are imported). */
    public static Optional<Character> offending(String id) {
        for (char c : id.toCharArray()) {
            if (Character.isWhitespace(c) || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String describe(char c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            default -> Character.isWhitespace(c) ? "white space" : "`" + c + "`";
        };
    }
}
