package org.tocworkbench.compiler.binding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Diagnostics;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.model.OrganisationType;
import org.tocworkbench.compiler.model.ReportingOrganisation;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Reads the theory block's IATI publishing words: {@code identifier "GB-GOV-1-300123"} and
 * {@code reporting org "GB-GOV-1" "FCDO" type government} (docs/language.md#iati-publishing).
 * An activity has one identifier and one publisher, so a second of either is an error (TOC138:
 * which one would the export use?); an organisation type the IATI codelist does not have is
 * reported with the closest one (TOC135).
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
