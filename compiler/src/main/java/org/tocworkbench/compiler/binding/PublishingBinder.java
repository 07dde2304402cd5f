package org.tocworkbench.compiler.binding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.IatiIdentifiers;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.ReportingOrganisation;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Reads the theory block's IATI publishing words: {@code identifier "GB-GOV-1-300123"} and
 * {@code reporting org "GB-GOV-1" "FCDO" type government} (docs/language.md#iati-publishing).
 * An activity has one identifier and one publisher, so a second of either is an error (TOC138:
 * which one would the export use?); an organisation type the IATI codelist does not have is
 * reported with the closest one (TOC135). {@link #check} then applies IATI's rules for
 * identifiers (TOC136, TOC137) and says what an IATI file still needs (TOC139).
 */
final class PublishingBinder {
    private final Diagnostics diagnostics;

    PublishingBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The identifier written first, with where it is written; a repeat reported. */
    Optional<Ast.Prop> identifier(PropertyReader p) {
        return once(p.all("identifier"), "identifier", "an IATI activity has one identifier");
    }

    static Optional<String> identifierText(Optional<Ast.Prop> prop) {
        return prop.filter(x -> !x.args().isEmpty()).map(x -> PropertyReader.argText(x.args().get(0)));
    }

    static Span identifierSpan(Optional<Ast.Prop> prop) {
        return prop.filter(x -> !x.args().isEmpty()).map(x -> x.args().get(0).span()).orElse(Span.none());
    }

    /** The reporting organisation written first: the ref, the name (a second text), the type (a word or code). */
    Optional<ReportingOrganisation> reportingOrg(PropertyReader p) {
        Optional<Ast.Prop> written = once(p.all("reporting org"), "reporting org",
                "an IATI activity has one reporting organisation");
        if (written.isEmpty() || written.get().args().isEmpty()) {
            return Optional.empty();
        }
        Ast.Prop prop = written.get();
        Ast.Arg ref = prop.args().get(0);
        Optional<String> name = Optional.empty();
        Optional<OrganisationType> type = Optional.empty();
        Span typeSpan = Span.none();
        for (Ast.Arg arg : prop.args().subList(1, prop.args().size())) {
            if (arg instanceof Ast.Text text) {
                name = Optional.of(text.value());
            } else {
                typeSpan = arg.span();
                type = type(arg);
            }
        }
        return Optional.of(new ReportingOrganisation(PropertyReader.argText(ref), name, type, prop.span(), ref.span(),
                typeSpan));
    }

    /**
     * IATI's rules for the words, once read: no forbidden characters in either identifier (TOC136),
     * the activity identifier starting with the organisation's (TOC137), and, once either word is
     * written, the other one and the organisation's type (TOC139). A theory with neither word is not
     * meant for IATI and is left alone.
     */
    void check(Optional<String> identifier, Span identifierSpan, Optional<ReportingOrganisation> org) {
        boolean identifierClean = identifier.map(id -> characters(id, identifierSpan, "activity identifier"))
                .orElse(false);
        boolean refClean = org.map(o -> characters(o.ref(), o.refSpan(), "reporting organisation's identifier"))
                .orElse(false);
        if (identifierClean && refClean && !IatiIdentifiers.publishedBy(identifier.get(), org.get().ref())) {
            diagnostics.add(Diagnostic.of(Code.IDENTIFIER_WITHOUT_ORG_PREFIX, identifierSpan, "the activity identifier `"
                            + identifier.get() + "` does not start with the reporting organisation's identifier `"
                            + org.get().ref() + "-`")
                    .label("IATI expects `" + org.get().ref() + "-` first")
                    .note("the reporting organisation is named at " + org.get().span())
                    .note("an IATI activity identifier is its publisher's identifier, a hyphen and the activity's own"
                            + " id, e.g. `" + org.get().ref() + "-P12`")
                    .help("correct the identifier or the `reporting org`, whichever has the slip")
                    .build());
        }
        if (identifier.isPresent() && org.isEmpty()) {
            int dash = identifier.get().lastIndexOf('-');
            String ref = dash > 0 ? identifier.get().substring(0, dash) : "REF";
            diagnostics.add(Diagnostic.of(Code.IATI_PUBLISHER_INCOMPLETE, identifierSpan, "the theory names its IATI"
                            + " activity but not the organisation that publishes it")
                    .label("no `reporting org` in the theory")
                    .help("add `reporting org \"" + ref + "\" \"NAME\" type TYPE` to the theory block (or give"
                            + " --reporting-org and --reporting-org-type at every export)")
                    .build());
        }
        if (org.isEmpty()) {
            return;
        }
        if (identifier.isEmpty()) {
            diagnostics.add(Diagnostic.of(Code.IATI_PUBLISHER_INCOMPLETE, org.get().span(), "the theory names its IATI"
                            + " publisher but not the activity's identifier")
                    .label("no `identifier` in the theory")
                    .help("add `identifier \"" + org.get().ref() + "-...\"` (the organisation's identifier, a hyphen,"
                            + " the activity's own id) to the theory block, or give --identifier at every export")
                    .build());
        }
        if (org.get().type().isEmpty() && org.get().typeSpan().isNone()) {
            diagnostics.add(Diagnostic.of(Code.IATI_PUBLISHER_INCOMPLETE, org.get().span(), "`reporting org` without a"
                            + " type: an IATI file gives its publisher's organisation type")
                    .label("no `type`")
                    .help("end the line with `type` and the IATI organisation type, e.g. `type international-ngo`"
                            + " (21) or `type government` (10)")
                    .build());
        }
    }

    /** True when the identifier is one IATI accepts; else reported (TOC136). */
    private boolean characters(String id, Span span, String what) {
        if (id.isBlank()) {
            diagnostics.add(Diagnostic.of(Code.IATI_IDENTIFIER_CHARACTERS, span, "the " + what + " is empty")
                    .label("an IATI identifier cannot be empty")
                    .help("write the identifier IATI knows it by, e.g. `GB-CHC-1234567`")
                    .build());
            return false;
        }
        Optional<Character> forbidden = IatiIdentifiers.forbiddenCharacter(id);
        forbidden.ifPresent(c -> diagnostics.add(Diagnostic.of(Code.IATI_IDENTIFIER_CHARACTERS, span, "the " + what
                        + " `" + id + "` contains " + describe(c) + ", which IATI identifiers cannot contain")
                .label(describe(c) + " is not allowed here")
                .note("IATI identifiers cannot contain white space, `/`, `&`, `|` or `?`")
                .help(Character.isWhitespace(c) ? "remove the spaces, or write a hyphen in their place"
                        : "write a hyphen in its place, as the publisher registered it")
                .build()));
        return forbidden.isEmpty();
    }

    private static String describe(char c) {
        return switch (c) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            default -> Character.isWhitespace(c) ? "white space" : "`" + c + "`";
        };
    }

    private Optional<OrganisationType> type(Ast.Arg arg) {
        String written = PropertyReader.argText(arg);
        Optional<OrganisationType> type = OrganisationType.of(written);
        if (type.isPresent()) {
            return type;
        }
        boolean code = arg instanceof Ast.Num;
        Diagnostic.Builder builder = Diagnostic.of(Code.UNKNOWN_ORGANISATION_TYPE, arg.span(),
                        "unknown IATI organisation type `" + written + "`")
                .label(code ? "not a code of the IATI OrganisationType codelist" : "not an organisation type")
                .note("the types: " + String.join(", ", Arrays.stream(OrganisationType.values())
                        .map(t -> t.code() + " " + t.word()).toList()));
        List<String> candidates = Arrays.stream(OrganisationType.values())
                .map(t -> code ? t.code() : t.word()).toList();
        Suggestions.closest(written, candidates).ifPresent(builder::suggest);
        diagnostics.add(builder.build());
        return Optional.empty();
    }

    private Optional<Ast.Prop> once(List<Ast.Prop> props, String key, String why) {
        for (int i = 1; i < props.size(); i++) {
            diagnostics.add(Diagnostic.of(Code.IATI_PUBLISHER_REPEATED, props.get(i).keySpan(),
                            "`" + key + "` is given twice in the theory")
                    .label("a second `" + key + "`")
                    .note(why + "; the first is at " + props.get(0).span())
                    .help("keep one `" + key + "`; an activity published under another identifier is a theory of its own")
                    .build());
        }
        return props.isEmpty() ? Optional.empty() : Optional.of(props.get(0));
    }
}
