package org.tocworkbench.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.grammar.TocLexer;
import org.tocworkbench.grammar.TocParser;

/**
 * The one visitor from parse tree to AST. Incomplete subtrees left by error recovery are skipped
 * (their syntax error is already reported), so the AST only holds what was written in full.
 */
final class AstBuilder {
    private final SourceFile source;
    private final PositionMap positions;

    AstBuilder(SourceFile source, PositionMap positions, List<Diagnostic> diagnostics) {
        this.source = source;
        this.positions = positions;
    }

    Ast.File build(TocParser.FileContext tree) {
        List<Ast.Statement> statements = new ArrayList<>();
        for (TocParser.StatementContext statement : tree.statement()) {
            Ast.Statement built = statement(statement);
            if (built != null) {
                statements.add(built);
            }
        }
        return new Ast.File(source, statements);
    }

    /** One statement, or null when error recovery left it incomplete. */
    Ast.Statement statement(TocParser.StatementContext c) {
        try {
            if (c.importStmt() != null) {
                return c.importStmt().text() == null ? null
                        : new Ast.Import(text(c.importStmt().text()), span(c.importStmt()));
            }
            if (c.theoryDecl() != null) {
                var t = c.theoryDecl();
                return new Ast.TheoryDecl(text(t.text()), theoryProps(t.theoryProp()), span(t));
            }
            if (c.actorDecl() != null) {
                return actor(c.actorDecl());
            }
            if (c.nodeDecl() != null) {
                return node(c.nodeDecl());
            }
            if (c.indicatorDecl() != null) {
                return indicator(c.indicatorDecl());
            }
            if (c.assumptionDecl() != null) {
                return assumption(c.assumptionDecl());
            }
            if (c.pathwayDecl() != null) {
                return pathway(c.pathwayDecl());
            }
            if (c.dataDecl() != null) {
                var d = c.dataDecl();
                return new Ast.DataDecl(d.text() == null ? null : text(d.text()), props(d.dataProp()), span(d));
            }
            if (c.recordsDecl() != null) {
                var r = c.recordsDecl();
                return new Ast.RecordsDecl(name(r.name()), r.text() == null ? null : text(r.text()),
                        props(r.recordsProp()), span(r));
            }
            if (c.linkStmt() != null) {
                return link(c.linkStmt());
            }
            if (c.transitionStmt() != null) {
                return transition(c.transitionStmt());
            }
        } catch (IncompleteException e) {
            return null;
        }
        return null;
    }

    private Ast.ActorDecl actor(TocParser.ActorDeclContext c) {
        List<Ast.Prop> props = new ArrayList<>();
        TerminalNode declaration = c.STRUCTURE() != null ? c.STRUCTURE() : c.ACTOR();
        if (declaration == null) {
            throw new IncompleteException();
        }
        TerminalNode inline = c.ROLE() != null ? c.ROLE() : c.KIND();
        if (inline != null && c.name().size() < 2) {
            throw new IncompleteException();
        }
        if (inline != null) {
            props.add(prop(inline.getText(), inline.getSymbol(), List.of(name(c.name(1))), inline.getSymbol(),
                    c.name(1).getStop()));
        }
        props.addAll(props(c.actorProp()));
        Token keyword = declaration.getSymbol();
        return new Ast.ActorDecl(name(c.name(0)), text(c.text()), props, span(c),
                new Ast.Name(textOf(keyword), positions.span(keyword)));
    }

    private Ast.NodeDecl node(TocParser.NodeDeclContext c) {
        List<Ast.Prop> props = new ArrayList<>(props(c.nodeInline()));
        List<Ast.IndicatorDecl> indicators = new ArrayList<>();
        List<Ast.AssumptionDecl> assumptions = new ArrayList<>();
        for (TocParser.NodePropContext p : c.nodeProp()) {
            if (p instanceof TocParser.NodeIndicatorContext ni) {
                addIfComplete(indicators, () -> indicator(ni.indicatorDecl()));
            } else if (p instanceof TocParser.NodeAssumptionContext na) {
                addIfComplete(assumptions, () -> assumption(na.assumptionDecl()));
            } else {
                addIfComplete(props, () -> prop(p));
            }
        }
        Ast.Name kind = new Ast.Name(textOf(c.nodeKind()), span(c.nodeKind()));
        return new Ast.NodeDecl(kind, name(c.name()), text(c.text()), props, indicators, assumptions, span(c));
    }

    private Ast.IndicatorDecl indicator(TocParser.IndicatorDeclContext c) {
        Ast.Name target = c.FOR() != null ? name(c.name(1)) : null;
        List<Ast.Prop> props = new ArrayList<>();
        List<Ast.IndicatorDecl> parts = new ArrayList<>();
        indicatorProps(c.indicatorProp(), props, parts);
        return new Ast.IndicatorDecl(name(c.name(0)), text(c.text()), target, props, parts, span(c));
    }

    /** An indicator's properties, with its {@code part} blocks apart (a part inside a part is kept, and reported by the binder). */
    private void indicatorProps(List<TocParser.IndicatorPropContext> contexts, List<Ast.Prop> props,
                                List<Ast.IndicatorDecl> parts) {
        for (TocParser.IndicatorPropContext p : contexts) {
            if (p instanceof TocParser.IndicatorPartContext part) {
                addIfComplete(parts, () -> part(part));
            } else {
                addIfComplete(props, () -> prop(p));
            }
        }
    }

    private Ast.IndicatorDecl part(TocParser.IndicatorPartContext c) {
        if (c.exception != null || c.RBRACE() == null || c.RBRACE().getSymbol().getTokenIndex() < 0) {
            throw new IncompleteException();
        }
        List<Ast.Prop> props = new ArrayList<>();
        List<Ast.IndicatorDecl> parts = new ArrayList<>();
        indicatorProps(c.indicatorProp(), props, parts);
        return new Ast.IndicatorDecl(name(c.name()), text(c.text()), null, props, parts, span(c));
    }

    private Ast.AssumptionDecl assumption(TocParser.AssumptionDeclContext c) {
        List<Ast.Prop> props = new ArrayList<>();
        List<Ast.IndicatorDecl> indicators = new ArrayList<>();
        for (TocParser.AssumptionPropContext p : c.assumptionProp()) {
            if (p instanceof TocParser.AssumptionIndicatorContext ai) {
                addIfComplete(indicators, () -> indicator(ai.indicatorDecl()));
            } else {
                addIfComplete(props, () -> prop(p));
            }
        }
        return new Ast.AssumptionDecl(name(c.name()), text(c.text()), props, indicators, span(c));
    }

    private Ast.LinkStmt link(TocParser.LinkStmtContext c) {
        List<List<Ast.Name>> stages = new ArrayList<>();
        for (TocParser.NameListContext list : c.nameList()) {
            stages.add(names(list));
        }
        if (stages.size() < 2) {
            throw new IncompleteException();
        }
        List<Ast.Prop> props = new ArrayList<>();
        if (c.FEEDBACK() != null) {
            Token t = c.FEEDBACK().getSymbol();
            props.add(prop("feedback", t, List.of(), t, t));
        }
        props.addAll(props(c.linkProp()));
        return new Ast.LinkStmt(stages, props, span(c));
    }

    private Ast.TransitionStmt transition(TocParser.TransitionStmtContext c) {
        if (c.exception != null || c.transitionEnd().size() < 2 || c.nameList() == null) {
            throw new IncompleteException();
        }
        return new Ast.TransitionStmt(transitionEnd(c.transitionEnd(0)), transitionEnd(c.transitionEnd(1)),
                names(c.nameList()), span(c));
    }

    private Ast.TransitionEnd transitionEnd(TocParser.TransitionEndContext c) {
        if (c == null || c.exception != null) {
            throw new IncompleteException();
        }
        if (c.nodeKind() != null) {
            if (c.nodeKind().getStart() == null || c.nodeKind().getStart().getTokenIndex() < 0) {
                throw new IncompleteException();
            }
            Ast.Name kind = new Ast.Name(textOf(c.nodeKind()), span(c.nodeKind()));
            return new Ast.TransitionEnd(java.util.Optional.of(kind), List.of(), span(c));
        }
        return new Ast.TransitionEnd(java.util.Optional.empty(), names(c.nameList()), span(c));
    }

    private Ast.PathwayDecl pathway(TocParser.PathwayDeclContext c) {
        List<List<Ast.Name>> chains = new ArrayList<>();
        List<Ast.Prop> props = new ArrayList<>();
        for (TocParser.PathwayItemContext item : c.pathwayItem()) {
            if (item instanceof TocParser.PathwayChainContext chain) {
                List<Ast.Name> names = new ArrayList<>();
                for (TocParser.NameContext n : chain.name()) {
                    names.add(name(n));
                }
                if (names.size() >= 2) {
                    chains.add(names);
                }
            } else {
                addIfComplete(props, () -> prop(item));
            }
        }
        Ast.Name id = c.name() == null ? null : name(c.name());
        return new Ast.PathwayDecl(id, text(c.text()), chains, props, span(c));
    }

    /**
     * The theory block's properties; a {@code changes} block gives one {@code change} property per
     * entry. A version stamp's arguments are the version, then each part it gives as the name of
     * its keyword followed by its value: {@code at} and a date, {@code level} and a name,
     * {@code because} and a text (docs/diff.md).
     */
    private List<Ast.Prop> theoryProps(List<TocParser.TheoryPropContext> contexts) {
        List<Ast.Prop> props = new ArrayList<>();
        for (TocParser.TheoryPropContext c : contexts) {
            if (c instanceof TocParser.TheoryVersionContext v) {
                addIfComplete(props, () -> stamp("version", v.VERSION() == null ? null : v.VERSION().getSymbol(),
                        v.versionStamp(), v));
            } else if (c instanceof TocParser.TheoryChangesContext changes) {
                if (changes.exception != null) {
                    continue;
                }
                for (TocParser.ChangeEntryContext entry : changes.changeEntry()) {
                    addIfComplete(props, () -> stamp("change", entry.getStart(), entry, entry));
                }
            } else {
                addIfComplete(props, () -> prop(c));
            }
        }
        return props;
    }

    private Ast.Prop stamp(String key, Token keyToken, ParserRuleContext stamp, ParserRuleContext whole) {
        if (keyToken == null || keyToken.getTokenIndex() < 0 || stamp == null || stamp.exception != null
                || whole.exception != null) {
            throw new IncompleteException();
        }
        List<Ast.Arg> args = new ArrayList<>();
        for (ParseTree child : childrenOf(stamp)) {
            if (isLeftover(child)) {
                throw new IncompleteException();
            }
            if (child instanceof TerminalNode terminal) {
                Token t = terminal.getSymbol();
                if (t.getType() == TocLexer.NUMBER) {
                    args.add(number(t));
                } else if (t.getTokenIndex() >= 0) {
                    args.add(new Ast.Name(textOf(t), positions.span(t)));
                }
            } else if (child instanceof TocParser.TextContext text && !args.isEmpty()
                    && !(args.get(args.size() - 1) instanceof Ast.Name n && n.text().equals("because"))) {
                args.add(new Ast.Name("because", span(text)));
                args.add(text(text));
            } else {
                addArgs((ParserRuleContext) child, args);
            }
        }
        if (args.isEmpty()) {
            throw new IncompleteException();
        }
        return new Ast.Prop(key, positions.span(keyToken), args, span(whole));
    }

    private <T extends ParserRuleContext> List<Ast.Prop> props(List<T> contexts) {
        List<Ast.Prop> props = new ArrayList<>();
        for (T c : contexts) {
            addIfComplete(props, () -> prop(c));
        }
        return props;
    }

    /**
     * A property: the leading keywords form its key ({@code as of}, {@code header rows} → {@code header});
     * names, texts, dates and numbers after them are its arguments, in order.
     */
    private Ast.Prop prop(ParserRuleContext c) {
        if (c.exception != null) {
            throw new IncompleteException();
        }
        if (c instanceof TocParser.DataColumnContext column) {
            var role = column.columnRole();
            Ast.Name roleName = new Ast.Name(role.getText(), span(role));
            return new Ast.Prop("column", span(role), List.of(roleName, text(column.text())), span(c));
        }
        if (c instanceof TocParser.IndicatorCodeContext code) {
            return indicatorCode(code);
        }
        String firstWord = null;
        StringBuilder key = null;
        Token keyStart = null;
        Token keyEnd = null;
        List<Ast.Arg> args = new ArrayList<>();
        for (ParseTree child : childrenOf(c)) {
            if (isLeftover(child)) {
                throw new IncompleteException();
            }
            if (child instanceof TerminalNode terminal) {
                Token t = terminal.getSymbol();
                if (t.getType() == TocLexer.COMMA || t.getTokenIndex() < 0) {
                    continue;
                }
                if (t.getType() == TocLexer.NUMBER || t.getType() == TocLexer.PERCENT) {
                    args.add(number(t));
                } else if (t.getType() == TocLexer.DISTINCT && !args.isEmpty()) {
                    args.add(new Ast.Name(textOf(t), positions.span(t)));
                } else if (args.isEmpty()) {
                    String word = textOf(t);
                    if (firstWord == null) {
                        firstWord = word;
                    } else {
                        key = (key == null ? new StringBuilder(firstWord) : key).append(' ').append(word);
                    }
                    keyStart = keyStart == null ? t : keyStart;
                    keyEnd = t;
                }
            } else {
                addArgs((ParserRuleContext) child, args);
            }
        }
        if (keyStart == null) {
            throw new IncompleteException();
        }
        String written = key == null ? firstWord : key.toString();
        String normalised = switch (written) {
            case "header row", "header rows" -> "header";
            case "disaggregate by" -> "disaggregate";
            case "accountability ceiling" -> "ceiling";
            case "fiscal year starts" -> "fiscal year";
            default -> written;
        };
        return new Ast.Prop(normalised, positions.span(keyStart, keyEnd), args, span(c));
    }

    /**
     * {@code code "1.2", "IND-1" in "file.csv"}: the codes, then, when the codes are limited to one
     * data file, the word {@code in} as a name and the file's text, so that the file is never taken
     * for one more code.
     */
    private Ast.Prop indicatorCode(TocParser.IndicatorCodeContext c) {
        List<Ast.Arg> args = new ArrayList<>();
        for (ParseTree child : childrenOf(c)) {
            if (isLeftover(child)) {
                throw new IncompleteException();
            }
            if (child instanceof TocParser.TextContext t) {
                args.add(text(t));
            } else if (child instanceof TerminalNode terminal && terminal.getSymbol().getType() == TocLexer.IN) {
                if (terminal.getSymbol().getTokenIndex() < 0) {
                    throw new IncompleteException();
                }
                args.add(new Ast.Name(textOf(terminal.getSymbol()), positions.span(terminal.getSymbol())));
            }
        }
        if (args.isEmpty() || args.get(args.size() - 1) instanceof Ast.Name) {
            throw new IncompleteException();
        }
        Token keyword = c.CODE().getSymbol();
        return new Ast.Prop("code", positions.span(keyword), args, span(c));
    }

    private Ast.Prop prop(String key, Token keyToken, List<Ast.Arg> args, Token first, Token last) {
        return new Ast.Prop(key, positions.span(keyToken), args, positions.span(first, last));
    }

    private void addArgs(ParserRuleContext c, List<Ast.Arg> args) {
        if (c.exception != null) {
            throw new IncompleteException();
        }
        if (c instanceof TocParser.ConditionContext condition) {
            args.add(condition(condition));
        } else if (c instanceof TocParser.NameContext n) {
            args.add(name(n));
        } else if (c instanceof TocParser.TextContext t) {
            args.add(text(t));
        } else if (c instanceof TocParser.DateContext d) {
            args.add(date(d));
        } else if (c instanceof TocParser.ValueContext v) {
            if (v.NUMBER() != null || v.PERCENT() != null) {
                args.add(number(v.getStart()));
            } else {
                for (ParseTree child : childrenOf(v)) {
                    if (isLeftover(child)) {
                        throw new IncompleteException();
                    }
                    if (child instanceof ParserRuleContext rule) {
                        addArgs(rule, args);
                    }
                }
            }
        } else {
            for (ParseTree child : childrenOf(c)) {
                if (isLeftover(child)) {
                    throw new IncompleteException();
                }
                if (child instanceof ParserRuleContext rule) {
                    addArgs(rule, args);
                }
            }
        }
    }

    private Ast.Cond condition(TocParser.ConditionContext c) {
        if (c == null || c.exception != null) {
            throw new IncompleteException();
        }
        for (ParseTree child : childrenOf(c)) {
            if (isLeftover(child)) {
                throw new IncompleteException();
            }
        }
        if (c instanceof TocParser.ConditionNotContext n) {
            return new Ast.NotCond(condition(n.condition()), span(c));
        }
        if (c instanceof TocParser.ConditionAndContext a) {
            return new Ast.AllOf(condition(a.condition(0)), condition(a.condition(1)), span(c));
        }
        if (c instanceof TocParser.ConditionOrContext o) {
            return new Ast.AnyOf(condition(o.condition(0)), condition(o.condition(1)), span(c));
        }
        if (c instanceof TocParser.ConditionGroupContext g) {
            return condition(g.condition());
        }
        if (c instanceof TocParser.ConditionCompareContext cmp) {
            if (cmp.comparison() == null || cmp.comparison().getStart() == null) {
                throw new IncompleteException();
            }
            return new Ast.Compare(column(cmp.column()), cmp.comparison().getText(),
                    conditionValue(cmp.conditionValue()), span(c));
        }
        if (c instanceof TocParser.ConditionOneOfContext one) {
            List<Ast.Arg> values = new ArrayList<>();
            for (TocParser.ConditionValueContext v : one.conditionValue()) {
                values.add(conditionValue(v));
            }
            return new Ast.OneOf(column(one.column()), values, span(c));
        }
        if (c instanceof TocParser.ConditionContainsContext has) {
            return new Ast.Contains(column(has.column()), conditionValue(has.conditionValue()), span(c));
        }
        throw new IncompleteException();
    }

    private Ast.Arg column(TocParser.ColumnContext c) {
        if (c == null || c.exception != null) {
            throw new IncompleteException();
        }
        return c.text() != null ? text(c.text()) : name(c.name());
    }

    private Ast.Arg conditionValue(TocParser.ConditionValueContext c) {
        if (c == null || c.exception != null || c.getStart() == null || c.getStart().getTokenIndex() < 0) {
            throw new IncompleteException();
        }
        if (c.text() != null) {
            return text(c.text());
        }
        Token t = c.getStart();
        return switch (t.getType()) {
            case TocLexer.NUMBER, TocLexer.PERCENT -> number(t);
            case TocLexer.DATE_LITERAL -> new Ast.DateLit(t.getText(), positions.span(t));
            case TocLexer.EMPTY -> new Ast.Name(textOf(t), positions.span(t));
            default -> throw new IncompleteException();
        };
    }

    /**
     * A date as written: a literal, {@code year N} (one space, however it was spaced), or a word
     * ({@code start}, {@code end}, an evaluation point's name) that the binder resolves.
     */
    private Ast.DateLit date(TocParser.DateContext d) {
        if (d.exception != null) {
            throw new IncompleteException();
        }
        if (d.DATE_LITERAL() != null || d.NUMBER() != null && d.YEAR() == null) {
            return new Ast.DateLit(d.getText(), span(d));
        }
        if (d.YEAR() != null && d.NUMBER() != null && d.NUMBER().getSymbol().getTokenIndex() >= 0) {
            return new Ast.DateLit("year " + d.NUMBER().getText(), span(d));
        }
        if (d.name() != null) {
            return new Ast.DateLit(name(d.name()).text(), span(d));
        }
        throw new IncompleteException();
    }

    /**
     * A real token that error recovery left in a rule where it does not belong (e.g. `outcome` in
     * `target outcome by 2027`): the rule is incomplete. Tokens that recovery conjured for a missing
     * one (`baseline 10% 2024`, missing `at`) are not leftovers: their absence is reported and the
     * rest of the rule stands.
     */
    private static boolean isLeftover(ParseTree child) {
        return child instanceof ErrorNode error && error.getSymbol().getTokenIndex() >= 0;
    }

    private static List<ParseTree> childrenOf(ParserRuleContext c) {
        return c.children == null ? List.of() : c.children;
    }

    private Ast.Num number(Token t) {
        String text = t.getText();
        boolean percent = t.getType() == TocLexer.PERCENT;
        if (percent) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return new Ast.Num(text, percent, positions.span(t));
    }

    private List<Ast.Name> names(TocParser.NameListContext c) {
        if (c == null || c.exception != null) {
            throw new IncompleteException();
        }
        List<Ast.Name> names = new ArrayList<>();
        for (TocParser.NameContext n : c.name()) {
            names.add(name(n));
        }
        return names;
    }

    private Ast.Name name(TocParser.NameContext c) {
        if (c == null || c.exception != null || c.getStart() == null || c.getStart().getTokenIndex() < 0) {
            throw new IncompleteException();
        }
        return new Ast.Name(textOf(c), span(c));
    }

    private Ast.Text text(TocParser.TextContext c) {
        if (c == null || c.exception != null || c.getStart() == null || c.getStart().getTokenIndex() < 0) {
            throw new IncompleteException();
        }
        Token t = c.getStart();
        return new Ast.Text(StringLiterals.unquote(t.getText(), t.getType() == TocLexer.LONG_STRING), span(c));
    }

    /** The text of each token type that is a fixed word, by type; null for the others. */
    private static final String[] FIXED_WORDS = fixedWords();

    private static String[] fixedWords() {
        String[] words = new String[TocLexer.VOCABULARY.getMaxTokenType() + 1];
        for (int type = 1; type < words.length; type++) {
            String literal = TocLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2 && literal.startsWith("'") && literal.endsWith("'")) {
                words[type] = literal.substring(1, literal.length() - 1).intern();
            }
        }
        return words;
    }

    /**
     * A token's text; for a keyword, the one shared string of that word rather than a new copy
     * of the input, so that property keys and names are not allocated and hashed anew each time.
     */
    private static String textOf(Token t) {
        int type = t.getType();
        if (t.getTokenIndex() >= 0 && type > 0 && type < FIXED_WORDS.length && FIXED_WORDS[type] != null) {
            return FIXED_WORDS[type];
        }
        return t.getText();
    }

    /** The text of a rule, as {@code getText()} gives it, without building it when the rule is one token. */
    private static String textOf(ParserRuleContext c) {
        ParserRuleContext rule = c;
        while (rule.getChildCount() == 1) {
            ParseTree only = rule.getChild(0);
            if (only instanceof TerminalNode terminal && !(only instanceof ErrorNode)) {
                return textOf(terminal.getSymbol());
            }
            if (!(only instanceof ParserRuleContext inner)) {
                break;
            }
            rule = inner;
        }
        return c.getText();
    }

    private Span span(ParserRuleContext c) {
        return positions.span(c);
    }

    private static <T> void addIfComplete(List<? super T> list, java.util.function.Supplier<T> build) {
        try {
            T value = build.get();
            if (value != null) {
                list.add(value);
            }
        } catch (IncompleteException e) {
            // error recovery left this part incomplete; its syntax error is already reported
        }
    }

    /** Thrown inside the builder only, when error recovery left a subtree incomplete. */
    private static final class IncompleteException extends RuntimeException {
        IncompleteException() {
            super(null, null, false, false);
        }
    }
}
