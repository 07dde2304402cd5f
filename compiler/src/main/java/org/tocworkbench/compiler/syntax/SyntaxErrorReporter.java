package org.tocworkbench.compiler.syntax;

import java.util.ArrayList;
import java.util.HashSet;
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
    private final Set<Integer> linesWithLexicalErrors = new HashSet<>();
    private final int quietFrom;
    private final Set<Integer> reportedLines = new HashSet<>();

    /**
     * @param lexical              the lexical problems already reported; parse errors on their lines are
     *                             their consequences and are not reported
     * @param unclosedCommentStart where a comment that never closes starts (it runs to the end of
     *                             the file, so nothing after it is reported), or -1
     */
    SyntaxErrorReporter(PositionMap positions, List<Diagnostic> diagnostics, List<Diagnostic> lexical,
                        int unclosedCommentStart) {
        this.positions = positions;
        this.diagnostics = diagnostics;
        lexical.forEach(d -> linesWithLexicalErrors.add(d.span().line()));
        this.quietFrom = unclosedCommentStart < 0 ? Integer.MAX_VALUE : unclosedCommentStart;
    }

    /** Comparison operators and brackets: the language has them only in conditions on records. */
    private static final java.util.Set<Integer> CONDITION_SYMBOLS = java.util.Set.of(TocLexer.EQ, TocLexer.NE,
            TocLexer.LT, TocLexer.LE, TocLexer.GT, TocLexer.GE, TocLexer.LPAREN, TocLexer.RPAREN);

    private static boolean inCondition(ParserRuleContext context) {
        for (ParserRuleContext c = context; c != null; c = c.getParent()) {
            int rule = c.getRuleIndex();
            if (rule == TocParser.RULE_condition || rule == TocParser.RULE_conditionValue
                    || rule == TocParser.RULE_comparison || rule == TocParser.RULE_column) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        Parser parser = (Parser) recognizer;
        Token offending = (Token) offendingSymbol;
        TokenStream tokens = parser.getInputStream();
        Span span = offending.getType() == Token.EOF ? endOfLastToken(tokens, offending) : positions.span(offending);
        boolean afterOpenComment = span.start() >= quietFrom || (offending.getType() == Token.EOF && quietFrom < Integer.MAX_VALUE);
        if (reportedLines.contains(span.line()) || linesWithLexicalErrors.contains(span.line()) || afterOpenComment) {
            return; // the rest of a line after a syntax error is usually a consequence of it
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        ParserRuleContext context = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
        Token startOfStatement = e instanceof NoViableAltException nva ? nva.getStartToken() : null;
        Diagnostic diagnostic = describe(offending, expected, context, tokens, startOfStatement, span);
        if (!reportedLines.add(diagnostic.span().line())) {
            return; // reported where an earlier error already is, e.g. the rest of a line taken for a statement
        }
        reportedLines.add(span.line());
        diagnostics.add(diagnostic);
    }

    private Diagnostic describe(Token offending, IntervalSet expected, ParserRuleContext context, TokenStream tokens,
                                Token startOfStatement, Span span) {
        String found = found(offending);
        int rule = context == null ? -1 : context.getRuleIndex();
        if (CONDITION_SYMBOLS.contains(offending.getType()) && !inCondition(context)) {
            // `A1 > I`, `horizon = short`: the symbols of conditions on records, outside one, are
            // stray characters as they were before conditions existed
            return Diagnostic.of(Code.UNEXPECTED_CHARACTER, span, "unexpected character `" + offending.getText() + "`")
                    .label("not part of the language here")
                    .help(SyntaxParser.strayCharacterHelp(offending.getText()))
                    .build();
        }
        boolean betweenStatements = rule == TocParser.RULE_file || rule == TocParser.RULE_statement;
        String after = betweenStatements ? "" : precedingWords(context, tokens, offending);

        if ((offending.getType() == Token.EOF || startsStatement(tokens, offending)) && expected.contains(TocLexer.RBRACE)) {
            Token open = unclosedBrace(tokens, offending.getTokenIndex());
            if (open != null) {
                return Diagnostic.of(Code.SYNTAX_ERROR, positions.span(open),
                                "the block opened on line " + positions.span(open).line() + " is never closed")
                        .label("this `{` has no matching `}`")
                        .help(offending.getType() == Token.EOF ? "add `}` where the block ends"
                                : "add `}` where the block ends, before `" + offending.getText() + "` on line "
                                        + positions.span(offending).line())
                        .build();
            }
        }

        Token statementStart = statementStart(context, startOfStatement);
        boolean atStatementLevel = rule == TocParser.RULE_linkStmt || rule == TocParser.RULE_nameList
                || rule == TocParser.RULE_statement || rule == TocParser.RULE_file;
        if (statementStart != null && atStatementLevel && statementStart != offending
                && statementStart.getType() != Token.EOF) {
            Token before = previousOnChannel(tokens, statementStart);
            if (!positions.startsLine(before, statementStart)) {
                // A word after a complete declaration on the same line: `outcome O1 "..." horizn short`.
                String word = statementStart.getText();
                Diagnostic.Builder builder = Diagnostic.of(Code.SYNTAX_ERROR, positions.span(statementStart),
                                "unexpected `" + word + "` after `" + wordsOfLineBefore(tokens, statementStart) + "`")
                        .label("not expected here");
                Suggestions.closest(word, allKeywords()).ifPresentOrElse(builder::suggest,
                        () -> builder.help("start each declaration on its own line; text goes in double quotes"));
                return builder.build();
            }
            if (statementStart.getType() == TocLexer.IDENT && nextOnChannel(tokens, statementStart) == offending) {
                // A word at the start of a statement that was meant as a keyword: `outcom O1 "..."`.
                String word = statementStart.getText();
                var suggestion = Suggestions.closest(word, DECLARATION_KEYWORDS);
                if (suggestion.isPresent()) {
                    return Diagnostic.of(Code.SYNTAX_ERROR, positions.span(statementStart),
                                    "unknown keyword `" + word + "`")
                            .label("not a keyword of the language")
                            .suggest(suggestion.get())
                            .build();
                }
                if (offending.getType() != TocLexer.ARROW && offending.getType() != TocLexer.COMMA) {
                    return Diagnostic.of(Code.SYNTAX_ERROR, span,
                                    "expected `->` after `" + word + "`, found " + found)
                            .label("a declaration starts with a keyword; a link is written `A -> B`")
                            .help("declarations start with " + keywordList(DECLARATION_KEYWORDS))
                            .build();
                }
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
        Diagnostic.Builder builder = Diagnostic.of(Code.SYNTAX_ERROR, span, message)
                .label(offending.getType() == Token.EOF ? "the file ends here" : "unexpected here");
        Token previous = previousOnChannel(tokens, offending);
        Token next = nextOnChannel(tokens, offending);
        if (betweenStatements && isText(offending) && next != null && next.getType() == TocLexer.ARROW) {
            builder.label("a link joins identifiers, not titles");
            String id = identifierTitled(tokens, offending.getText());
            if (id != null) {
                builder.suggest(id);
            } else {
                builder.help("write the identifier of the node: `A1 -> O1`");
            }
        } else if (offending.getType() == TocLexer.IDENT && expected.contains(TocLexer.STRING)) {
            builder.help("titles and other text go in double quotes: \"" + offending.getText() + " ...\"");
        } else if (isNameLike(offending) && previous != null && isNameLike(previous)
                && !positions.startsLine(previous, offending)) {
            builder.help("separate the names of a list with commas: `" + previous.getText() + ", " + offending.getText() + "`");
        } else if (offending.getType() == TocLexer.IDENT && expected.contains(TocLexer.RBRACE)) {
            List<String> properties = propertyKeywords(expected);
            Suggestions.closest(offending.getText(), properties).ifPresent(builder::suggest);
        }
        return builder.build();
    }

    private static boolean isText(Token token) {
        return token.getType() == TocLexer.STRING || token.getType() == TocLexer.LONG_STRING;
    }

    /** The identifier of the node declared with this title (`outcome O1 "Title"`), or null. */
    private static String identifierTitled(TokenStream tokens, String title) {
        for (int i = 2; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isText(t) || !t.getText().equals(title)) {
                continue;
            }
            Token id = previousOnChannel(tokens, t);
            Token kind = id == null ? null : previousOnChannel(tokens, id);
            if (kind != null && isNameLike(id) && kind.getType() >= TocLexer.IMPACT && kind.getType() <= TocLexer.PRECONDITION) {
                return id.getText();
            }
        }
        return null;
    }

    private static boolean isNameLike(Token token) {
        int type = token.getType();
        return type == TocLexer.IDENT || (type >= TocLexer.VERSION && type <= TocLexer.DECIMAL);
    }

    /** A line that plainly starts a new statement: a declaration keyword, or a name followed by `->` or `,`. */
    private boolean startsStatement(TokenStream tokens, Token token) {
        if (token.getType() == Token.EOF || !positions.startsLine(previousOnChannel(tokens, token), token)) {
            return false;
        }
        if (token.getType() >= TocLexer.IMPORT && token.getType() <= TocLexer.DATA) {
            return true;
        }
        Token next = nextOnChannel(tokens, token);
        return isNameLike(token) && next != null
                && (next.getType() == TocLexer.ARROW || next.getType() == TocLexer.COMMA);
    }

    /** A zero-width span just after the last token, where something was expected but the file ended. */
    private Span endOfLastToken(TokenStream tokens, Token eof) {
        Token last = previousOnChannel(tokens, eof);
        if (last == null) {
            return positions.span(eof);
        }
        Span lastSpan = positions.span(last);
        return lastSpan.source().span(lastSpan.end(), lastSpan.end());
    }

    /** The innermost `{` without a matching `}` before a token, or null. */
    private static Token unclosedBrace(TokenStream tokens, int before) {
        java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < before && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (t.getType() == TocLexer.LBRACE) {
                open.push(t);
            } else if (t.getType() == TocLexer.RBRACE && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.peek();
    }

    private static Token previousOnChannel(TokenStream tokens, Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    private static Token nextOnChannel(TokenStream tokens, Token token) {
        for (int i = token.getTokenIndex() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    /** The last few words on the line before a token, e.g. `outcome O1 "Health workers..."`. */
    private String wordsOfLineBefore(TokenStream tokens, Token token) {
        List<String> words = new ArrayList<>();
        Token current = token;
        Token previous = previousOnChannel(tokens, current);
        while (previous != null && !positions.startsLine(previous, current) && words.size() < 4) {
            words.add(0, shorten(previous.getText()));
            current = previous;
            previous = previousOnChannel(tokens, current);
        }
        if (previous != null && !positions.startsLine(previous, current)) {
            words.add(0, "...");
        }
        return String.join(" ", words);
    }

    static String shorten(String text) {
        String oneLine = text.replace("\r", " ").replace("\n", " ");
        return oneLine.length() > 30 ? oneLine.substring(0, 27) + "...\"" : oneLine;
    }

    private static List<String> allKeywords() {
        List<String> words = new ArrayList<>();
        for (int type = 1; type <= TocLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = TocLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return words;
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

    /**
     * The words before the offending token, at most four and from one line, e.g. `outcome O1`:
     * the same line when something precedes it there, else the end of the line before.
     */
    private String precedingWords(ParserRuleContext context, TokenStream tokens, Token offending) {
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
        List<String> words = new ArrayList<>();
        Token later = null;
        for (int i = offending.getTokenIndex() - 1; i >= from && i >= 0 && words.size() < 4; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if (later != null && positions.startsLine(t, later)) {
                break;
            }
            words.add(0, shorten(t.getText()));
            later = t;
        }
        return String.join(" ", words);
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
        boolean declarationExpected = expected.contains(TocLexer.IMPACT) || expected.contains(TocLexer.OUTCOME);
        if (expected.contains(TocLexer.IDENT) && !declarationExpected) {
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
        if (rule == TocParser.RULE_transitionEnd || rule == TocParser.RULE_transitionStmt) {
            if (expected.contains(TocLexer.OUTCOME)) {
                words.clear();
                words.add("a kind of result (`activity`, `output`, `outcome`, `precondition`, `impact`) or the names of nodes");
            }
        } else if (expected.contains(TocLexer.IMPACT) || expected.contains(TocLexer.OUTCOME)) {
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
