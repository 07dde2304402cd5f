package org.tocworkbench.compiler.syntax;

import java.util.List;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;

/**
 * The abstract syntax of a .toc file: what was written, with a span on everything, and nothing
 * resolved yet. Properties are kept generic ({@link Prop}: a keyword and its arguments) so that
 * the binder reads every block the same way; the grammar still decides which properties are
 * allowed where.
 */
public final class Ast {
    private Ast() {
    }

    /** A parsed file. */
    public record File(SourceFile source, List<Statement> statements) {
        public File {
            statements = List.copyOf(statements);
        }
    }

    /** An argument of a property. */
    public sealed interface Arg permits Name, Text, DateLit, Num, Cond {
        Span span();

        /** The argument as written, for messages. */
        String display();
    }

    /** An identifier or bare word (also enumerated values like {@code short}). */
    public record Name(String text, Span span) implements Arg {
        @Override
        public String display() {
            return text;
        }
    }

    /** A string literal, unescaped. */
    public record Text(String value, Span span) implements Arg {
        @Override
        public String display() {
            return "\"" + value + "\"";
        }
    }

    /** A date literal as written: {@code 2026}, {@code 2026-06}, {@code 2026-06-30}, {@code 2026-Q2}. */
    public record DateLit(String text, Span span) implements Arg {
        @Override
        public String display() {
            return text;
        }
    }

    /** A number; {@code percent} when written with a % sign. */
    public record Num(String text, boolean percent, Span span) implements Arg {
        @Override
        public String display() {
            return percent ? text + "%" : text;
        }
    }

    /**
     * A condition on records ({@code where}, {@code among}, {@code exclude ... where}; docs/records.md).
     * Columns are {@link Name}s or {@link Text}s as written; values are {@link Text}, {@link Num},
     * {@link DateLit}, or the {@link Name} {@code empty}.
     */
    public sealed interface Cond extends Arg permits AllOf, AnyOf, NotCond, Compare, OneOf, Contains {
    }

    /** {@code a and b}. */
    public record AllOf(Cond left, Cond right, Span span) implements Cond {
        @Override
        public String display() {
            return left.display() + " and " + right.display();
        }
    }

    /** {@code a or b}. */
    public record AnyOf(Cond left, Cond right, Span span) implements Cond {
        @Override
        public String display() {
            return left.display() + " or " + right.display();
        }
    }

    /** {@code not a}. */
    public record NotCond(Cond operand, Span span) implements Cond {
        @Override
        public String display() {
            return "not " + operand.display();
        }
    }

    /** {@code column OP value} with OP one of {@code = != < <= > >=}. */
    public record Compare(Arg column, String operator, Arg value, Span span) implements Cond {
        @Override
        public String display() {
            return column.display() + " " + operator + " " + value.display();
        }
    }

    /** {@code column one of v1, v2, ...}. */
    public record OneOf(Arg column, List<Arg> values, Span span) implements Cond {
        public OneOf {
            values = List.copyOf(values);
        }

        @Override
        public String display() {
            return column.display() + " one of "
                    + String.join(", ", values.stream().map(Arg::display).toList());
        }
    }

    /** {@code column contains value}: a select-multiple answer includes an option. */
    public record Contains(Arg column, Arg value, Span span) implements Cond {
        @Override
        public String display() {
            return column.display() + " contains " + value.display();
        }
    }

    /**
     * A property: its keyword (e.g. {@code horizon}, {@code baseline}), the keyword's span, and arguments.
     * An indicator's {@code code "a", "b" in "file"} has the codes, then the name {@code in} and the file.
     */
    public record Prop(String key, Span keySpan, List<Arg> args, Span span) {
        public Prop {
            args = List.copyOf(args);
        }
    }

    /** A top-level statement. */
    public sealed interface Statement permits Import, TheoryDecl, ActorDecl, NodeDecl, IndicatorDecl,
            AssumptionDecl, LinkStmt, PathwayDecl, DataDecl, TransitionStmt, RecordsDecl {
        Span span();
    }

    public record Import(Text path, Span span) implements Statement {
    }

    public record TheoryDecl(Text title, List<Prop> props, Span span) implements Statement {
        public TheoryDecl {
            props = List.copyOf(props);
        }
    }

    /**
     * {@code actor A "name" ...} or {@code structure WG "name" ...} (a working group, fund, community of
     * practice or platform: an actor of its own kind, docs/network.md); {@code keyword} is the word as written.
     */
    public record ActorDecl(Name id, Text title, List<Prop> props, Span span, Name keyword) implements Statement {
        public ActorDecl {
            props = List.copyOf(props);
            keyword = keyword == null ? new Name("actor", span) : keyword;
        }

        public ActorDecl(Name id, Text title, List<Prop> props, Span span) {
            this(id, title, props, span, null);
        }

        /** Declared with {@code structure}. */
        public boolean structure() {
            return keyword.text().equals("structure");
        }
    }

    /** {@code outcome O1 "title" ... { ... }}; {@code kindWord} is the keyword as written. */
    public record NodeDecl(Name kindWord, Name id, Text title, List<Prop> props, List<IndicatorDecl> indicators,
                           List<AssumptionDecl> assumptions, Span span) implements Statement {
        public NodeDecl {
            props = List.copyOf(props);
            indicators = List.copyOf(indicators);
            assumptions = List.copyOf(assumptions);
        }
    }

    /**
     * An indicator, nested in a node or assumption, or top level with {@code for X} ({@code target} may be null).
     * {@code parts} are the {@code part NAME "title" { ... }} blocks of a composite indicator, each read
     * like an indicator of its own (their {@code target} is null and they have no parts).
     */
    public record IndicatorDecl(Name id, Text title, Name target, List<Prop> props, List<IndicatorDecl> parts,
                                Span span) implements Statement {
        public IndicatorDecl {
            props = List.copyOf(props);
            parts = List.copyOf(parts);
        }

        public IndicatorDecl(Name id, Text title, Name target, List<Prop> props, Span span) {
            this(id, title, target, props, List.of(), span);
        }
    }

    public record AssumptionDecl(Name id, Text title, List<Prop> props, List<IndicatorDecl> indicators, Span span)
            implements Statement {
        public AssumptionDecl {
            props = List.copyOf(props);
            indicators = List.copyOf(indicators);
        }
    }

    /** {@code A, B -> C -> D}: each stage is a list of names; every name of a stage links to every name of the next. */
    public record LinkStmt(List<List<Name>> stages, List<Prop> props, Span span) implements Statement {
        public LinkStmt {
            stages = stages.stream().map(List::copyOf).toList();
            props = List.copyOf(props);
        }
    }

    /** {@code pathway [id] "title" { chains, members, ... }}; {@code id} may be null. */
    public record PathwayDecl(Name id, Text title, List<List<Name>> chains, List<Prop> props, Span span)
            implements Statement {
        public PathwayDecl {
            chains = chains.stream().map(List::copyOf).toList();
            props = List.copyOf(props);
        }
    }

    /** {@code data ["file"] { ... }}; {@code file} may be null (then a {@code file} property names it). */
    public record DataDecl(Text file, List<Prop> props, Span span) implements Statement {
        public DataDecl {
            props = List.copyOf(props);
        }
    }

    /**
     * {@code transition FROM -> TO assumes A, B}: each end is a node kind ({@code kind} set,
     * {@code names} empty) or a list of nodes ({@code kind} empty).
     */
    public record TransitionStmt(TransitionEnd from, TransitionEnd to, List<Name> assumptions, Span span)
            implements Statement {
        public TransitionStmt {
            assumptions = List.copyOf(assumptions);
        }
    }

    /** One end of a transition: a node kind as written ({@code output}, {@code goal}), or node names. */
    public record TransitionEnd(java.util.Optional<Name> kind, List<Name> names, Span span) {
        public TransitionEnd {
            names = List.copyOf(names);
        }
    }

    /** {@code records NAME ["file or jdbc url"] { ... }} (docs/records.md); {@code location} may be null. */
    public record RecordsDecl(Name id, Text location, List<Prop> props, Span span) implements Statement {
        public RecordsDecl {
            props = List.copyOf(props);
        }
    }
}
