package org.tocworkbench.lsp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.compiler.syntax.Ast;

/**
 * Every place an identifier is declared or used, across a theory's files, read from their syntax
 * trees. Nodes, indicators, assumptions, actors and pathways share one namespace, so a use is
 * resolved by its name alone.
 */
final class SymbolIndex {
    /** What an identifier names. */
    enum Kind { NODE, INDICATOR, ASSUMPTION, ACTOR, PATHWAY, POINT, RECORDS }

    record Declaration(String id, Kind kind, Span idSpan, Span span) {
    }

    /** One mention of an identifier; {@code declaration} when it is where the identifier is declared. */
    record Occurrence(String id, Span span, boolean declaration) {
    }

    /** Properties whose arguments name declared things. */
    private static final Set<String> REFERENCE_PROPS = Set.of("by", "owner", "assumes", "responsible", "members",
            "ceiling");
    /** Properties whose dates may name an evaluation point ({@code milestone 50% by midterm}). */
    private static final Set<String> DATED_PROPS = Set.of("baseline", "target", "milestone", "evidence", "as of");

    private final Map<String, Declaration> declarations = new LinkedHashMap<>();
    private final List<Occurrence> occurrences = new ArrayList<>();

    static SymbolIndex of(Collection<Ast.File> files) {
        SymbolIndex index = new SymbolIndex();
        for (Ast.File file : files) {
            for (Ast.Statement statement : file.statements()) {
                index.visit(statement);
            }
        }
        return index;
    }

    private void visit(Ast.Statement statement) {
        if (statement instanceof Ast.NodeDecl node) {
            declare(node.id(), Kind.NODE, node.span());
            props(node.props());
            node.indicators().forEach(this::visit);
            node.assumptions().forEach(this::visit);
        } else if (statement instanceof Ast.IndicatorDecl indicator) {
            declare(indicator.id(), Kind.INDICATOR, indicator.span());
            use(indicator.target());
            props(indicator.props());
            // A part's name is not an identifier of its own (its id is `INDICATOR.PART`): not indexed for
            // renaming; the references in its properties are.
            indicator.parts().forEach(part -> props(part.props()));
        } else if (statement instanceof Ast.AssumptionDecl assumption) {
            declare(assumption.id(), Kind.ASSUMPTION, assumption.span());
            props(assumption.props());
            assumption.indicators().forEach(this::visit);
        } else if (statement instanceof Ast.ActorDecl actor) {
            declare(actor.id(), Kind.ACTOR, actor.span());
        } else if (statement instanceof Ast.LinkStmt link) {
            link.stages().forEach(stage -> stage.forEach(this::use));
            props(link.props());
        } else if (statement instanceof Ast.PathwayDecl pathway) {
            declare(pathway.id(), Kind.PATHWAY, pathway.span());
            pathway.chains().forEach(chain -> chain.forEach(this::use));
            props(pathway.props());
        } else if (statement instanceof Ast.TheoryDecl theory) {
            for (Ast.Prop prop : theory.props()) {
                if (prop.key().equals("point") && !prop.args().isEmpty() && prop.args().get(0) instanceof Ast.Name name) {
                    declare(name, Kind.POINT, prop.span());
                }
            }
            props(theory.props());
        } else if (statement instanceof Ast.RecordsDecl records) {
            declare(records.id(), Kind.RECORDS, records.span());
        } else if (statement instanceof Ast.TransitionStmt transition) {
            transition.from().names().forEach(this::use);
            transition.to().names().forEach(this::use);
            transition.assumptions().forEach(this::use);
        } else if (statement instanceof Ast.DataDecl data) {
            // `code "IND-7" is OC1_2`: the code table names indicators (an indicator's own `code ... in`
            // has the word `in` as a name, which names nothing).
            data.props().stream().filter(p -> p.key().equals("code"))
                    .forEach(p -> p.args().stream().filter(Ast.Name.class::isInstance).map(Ast.Name.class::cast)
                            .forEach(this::use));
        }
    }

    private void declare(Ast.Name id, Kind kind, Span span) {
        if (id == null) {
            return;
        }
        declarations.putIfAbsent(id.text(), new Declaration(id.text(), kind, id.span(), span));
        occurrences.add(new Occurrence(id.text(), id.span(), true));
    }

    private void use(Ast.Name name) {
        if (name != null) {
            occurrences.add(new Occurrence(name.text(), name.span(), false));
        }
    }

    private void props(List<Ast.Prop> props) {
        for (Ast.Prop prop : props) {
            if (prop.key().equals("compute")) {
                // compute MEASURE [distinct] [COLUMN] from RECORDS [at DATE]: the records name is the last name
                prop.args().stream().filter(a -> a instanceof Ast.Name).reduce((a, b) -> b)
                        .ifPresent(a -> use((Ast.Name) a));
            }
            if (DATED_PROPS.contains(prop.key())) {
                for (Ast.Arg arg : prop.args()) {
                    if (arg instanceof Ast.DateLit date && namesAPoint(date.text())) {
                        use(new Ast.Name(date.text(), date.span()));
                    }
                }
            }
            if (REFERENCE_PROPS.contains(prop.key())) {
                for (Ast.Arg arg : prop.args()) {
                    if (arg instanceof Ast.Name name) {
                        use(name);
                    }
                }
            }
        }
    }

    /** A date written as a word other than {@code start}, {@code end} and {@code year N}: a point's name. */
    private static boolean namesAPoint(String date) {
        return !date.isEmpty() && !Character.isDigit(date.charAt(0)) && !date.equals("start") && !date.equals("end")
                && !date.startsWith("year ");
    }

    Optional<Declaration> declaration(String id) {
        return Optional.ofNullable(declarations.get(id));
    }

    Map<String, Declaration> declarations() {
        return declarations;
    }

    /** The mention of a declared identifier at an offset of a file, if any. */
    Optional<Occurrence> at(SourceFile file, int offset) {
        return occurrences.stream()
                .filter(o -> o.span().source() == file && Positions.contains(o.span(), offset))
                .filter(o -> declarations.containsKey(o.id()))
                .findFirst();
    }

    /** Every mention of an identifier, declarations included, in file order then source order. */
    List<Occurrence> occurrences(String id) {
        return occurrences.stream().filter(o -> o.id().equals(id)).toList();
    }
}
