package org.tocworkbench.compiler.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Suggestions;
import org.tocworkbench.compiler.source.Span;
import org.tocworkbench.grammar.TocLexer;
import org.tocworkbench.grammar.TocParser;

/**
 * Turns ANTLR's syntax errors into plain words: what was expected, after what, and what was
 * found ("expected a node title in double quotes after `outcome O1`, found `horizon`"). Never
 * shows token names or ANTLR's own messages.
 */
final class SyntaxErrorReporter extends BaseErrorListener {
    private static final List<String> DECLARATION_KEYWORDS = List.of("impact", "goal", "outcome", "output",
            "activity", "intervention", "precondition", "indicator", "assumption", "actor", "pathway", "theory",
            "data", "import");

    private final PositionMap positions;
    private final List<Diagnostic> diagnostics;
    private int lastReportedLine = -1;

    SyntaxErrorReporter(PositionMap positions, List<Diagnostic> diagnostics) {
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        Span span = positions.span(offending);
        if (span.line() == lastReportedLine) {
            return; // the rest of a line after a syntax error is usually a consequence of it
        }
        lastReportedLine = span.line();
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        ParserRuleContext context = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        TokenStream tokens = parser.getInputStream();
        Token startOfStatement = e instanceof NoViableAltException nva ? nva.getStartToken() : null;
        diagnostics.add(describe(offending, expected, context, tokens, startOfStatement, span));
    }

    private Diagnostic describe(Token offending, IntervalSet expected, ParserRuleContext context, TokenStream tokens,
                                Token startOfStatement, Span span) {
        String found = found(offending);
        String after = precedingWords(context, tokens, offending);
        int rule = context == null ? -1 : context.getRuleIndex();

        // A word at the start of a statement that was meant as a keyword: `outcom O1 "..."`.
        Token statementStart = statementStart(context, startOfStatement);
        if (statementStart != null && statementStart.getType() == TocLexer.IDENT
                && statementStart != offending && (rule == TocParser.RULE_linkStmt || rule == TocParser.RULE_nameList
                || rule == TocParser.RULE_statement || rule == TocParser.RULE_file)) {
            String word = statementStart.getText();
            var suggestion = Suggestions.closest(word, DECLARATION_KEYWORDS);
            Span wordSpan = positions.span(statementStart);
            if (suggestion.isPresent()) {
                return Diagnostic.of(Code.SYNTAX_ERROR, wordSpan, "unknown keyword `" + word + "`")
                        .label("not a keyword of the language")
                        .suggest(suggestion.get())
                        .build();
            }
            if (offending.getType() != TocLexer.ARROW && offending.getType() != TocLexer.COMMA) {
                return Diagnostic.of(Code.SYNTAX_ERROR, wordSpan, "unknown keyword `" + word + "`")
                        .label("a statement starts with a keyword or is a link `A -> B`")
                        .help("declarations start with " + keywordList(DECLARATION_KEYWORDS))
                        .build();
            }
        }
        if (offending.getType() == TocLexer.RBRACE && (rule == TocParser.RULE_file || rule == TocParser.RULE_statement)) {
            return Diagnostic.of(Code.SYNTAX_ERROR, span, "unexpected `}` with no open block")
                    .label("nothing to close here")
                    .help("remove it, or check the `{` it was meant to close")
                    .build();
        }
        String wanted = expectedInWords(expected, rule);
        String message = "expected " + wanted + (after.isEmpty() ? "" : " after `" + after + "`") + ", found " + found;
        Diagnostic.Builder builder = Diagnostic.of(Code.SYNTAX_ERROR, span, message).label("unexpected here");
        if (offending.getType() == TocLexer.IDENT && expected.contains(TocLexer.STRING)) {
            builder.help("titles and other text go in double quotes: \"" + offending.getText() + " ...\"");
        } else if (expected.contains(TocLexer.RBRACE) && offending.getType() == Token.EOF) {
            builder.help("a block opened with `{` is not closed; add `}`");
        } else if (offending.getType() == TocLexer.IDENT && expected.contains(TocLexer.RBRACE)) {
            List<String> properties = propertyKeywords(expected);
            Suggestions.closest(offending.getText(), properties).ifPresent(builder::suggest);
        }
        return builder.build();
    }

    private static Token statementStart(ParserRuleContext context, Token startOfStatement) {
        if (startOfStatement != null) {
            return startOfStatement;
        }
        ParserRuleContext c = context;
        while (c != null && c.getRuleIndex() != TocParser.RULE_linkStmt) {
            c = c.getParent();
        }
        return c == null ? null : c.getStart();
    }

    private static String found(Token token) {
        if (token.getType() == Token.EOF) {
            return "the end of the file";
        }
        String text = token.getText();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return "`" + text.replace("\n", "\\n").replace("\r", "\\r") + "`";
    }

    /** The words of the current statement before the offending token, at most four, e.g. `outcome O1`. */
    private static String precedingWords(ParserRuleContext context, TokenStream tokens, Token offending) {
        ParserRuleContext statement = context;
        while (statement != null && statement.getParent() != null
                && statement.getParent().getRuleIndex() != TocParser.RULE_statement
                && statement.getParent().getRuleIndex() != TocParser.RULE_file) {
            statement = statement.getParent();
        }
        if (statement == null || statement.getStart() == null) {
            return "";
        }
        int from = statement.getStart().getTokenIndex();
        int to = offending.getTokenIndex() - 1;
        List<String> words = new ArrayList<>();
        for (int i = to; i >= from && i >= 0 && words.size() < 4; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                words.add(0, t.getText().length() > 30 ? t.getText().substring(0, 27) + "...\"" : t.getText());
            }
        }
        return String.join(" ", words).replace("\n", " ");
    }

    private static String expectedInWords(IntervalSet expected, int rule) {
        Set<String> words = new LinkedHashSet<>();
        if (expected.contains(TocLexer.STRING)) {
            words.add(switch (rule) {
                case TocParser.RULE_nodeDecl -> "a node title in double quotes";
                case TocParser.RULE_actorDecl -> "the actor's name in double quotes";
                case TocParser.RULE_indicatorDecl -> "an indicator title in double quotes";
                case TocParser.RULE_assumptionDecl -> "the assumption's text in double quotes";
                case TocParser.RULE_pathwayDecl -> "a pathway title in double quotes";
                case TocParser.RULE_theoryDecl -> "the theory's title in double quotes";
                case TocParser.RULE_importStmt -> "a file name in double quotes";
                default -> "text in double quotes";
            });
        }
        if (expected.contains(TocLexer.DATE_LITERAL)) {
            words.add("a date such as `2026`, `2026-06`, `2026-06-30` or `2026-Q2`");
        } else if (expected.contains(TocLexer.NUMBER)) {
            words.add("a number");
        }
        if (expected.contains(TocLexer.IDENT)) {
            words.add(rule == TocParser.RULE_nodeDecl || rule == TocParser.RULE_indicatorDecl
                    || rule == TocParser.RULE_assumptionDecl || rule == TocParser.RULE_actorDecl
                    ? "an identifier such as `O1`" : "a name");
        }
        if (expected.contains(TocLexer.ARROW)) {
            words.add("`->`");
        }
        List<String> properties = propertyKeywords(expected);
        if (!properties.isEmpty() && expected.contains(TocLexer.RBRACE)) {
            words.add("a property (" + keywordList(properties) + ") or `}`");
        } else if (expected.contains(TocLexer.RBRACE)) {
            words.add("`}`");
        }
        if (expected.contains(TocLexer.LBRACE) && words.isEmpty()) {
            words.add("`{`");
        }
        if (expected.contains(TocLexer.IMPACT) || expected.contains(TocLexer.OUTCOME)) {
            words.add("a declaration (" + keywordList(DECLARATION_KEYWORDS) + ") or a link `A -> B`");
        }
        if (words.isEmpty()) {
            List<String> literal = new ArrayList<>();
            for (int type : expected.toList()) {
                literal.add(type == Token.EOF ? "the end of the file" : "`" + literalName(type) + "`");
            }
            words.addAll(literal.subList(0, Math.min(6, literal.size())));
        }
        List<String> list = new ArrayList<>(words);
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    private static List<String> propertyKeywords(IntervalSet expected) {
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            if (type >= TocLexer.VERSION && type <= TocLexer.DECIMAL || type == TocLexer.INDICATOR
                    || type == TocLexer.ASSUMPTION) {
                names.add(literalName(type));
            }
        }
        return names;
    }

    private static String literalName(int type) {
        String literal = TocLexer.VOCABULARY.getLiteralName(type);
        if (literal != null) {
            return literal.substring(1, literal.length() - 1);
        }
        return TocLexer.VOCABULARY.getDisplayName(type).toLowerCase(java.util.Locale.ROOT);
    }

    private static String keywordList(List<String> keywords) {
        List<String> shown = keywords.subList(0, Math.min(8, keywords.size()));
        String joined = "`" + String.join("`, `", shown) + "`";
        return keywords.size() > shown.size() ? joined + ", ..." : joined;
    }
}
