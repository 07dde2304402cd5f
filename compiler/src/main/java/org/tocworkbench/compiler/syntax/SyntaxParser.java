package org.tocworkbench.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tocworkbench.compiler.diagnostics.Code;
import org.tocworkbench.compiler.diagnostics.Diagnostic;
import org.tocworkbench.compiler.diagnostics.Severity;
import org.tocworkbench.compiler.diagnostics.VisibleText;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.grammar.TocLexer;
import org.tocworkbench.grammar.TocParser;

/**
 * Source text to AST. Lexical problems (unterminated strings, stray characters) are reported and
 * patched so that parsing goes on; the parse runs in fast SLL mode and falls back to full LL with
 * error recovery only when that fails. The parse tree never leaves this package.
 */
public final class SyntaxParser {
    /** Beyond this many syntax problems in one file the rest are summarised in one note. */
    static final int MAX_SYNTAX_DIAGNOSTICS = 50;

    /** The AST and the syntax diagnostics of one file. */
    public record Result(Ast.File file, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result parse(SourceFile source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        PositionMap positions = new PositionMap(source);
        AstBuilder builder = new AstBuilder(source, positions, diagnostics);
        // The fastest path, for text with no lexical problem: tokens streamed from the lexer and
        // dropped once parsed, spaces and comments never reach the parser, SLL prediction, AST
        // built statement by statement. Any token the patching below would touch sends the file
        // down the full path instead, so both give the same result.
        StatementByStatement fast = new StatementByStatement(builder);
        boolean syntaxError;
        try {
            // The stream reads its first token as it is made: inside the try, as every later read.
            TocParser parser = new TocParser(new UnbufferedTokenStream<>(new CleanTokens(lexer(source))));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            parser.addParseListener(fast);
            parser.file();
            return new Result(new Ast.File(source, fast.statements), capped(diagnostics));
        } catch (LexicalProblem e) {
            syntaxError = false;
        } catch (ParseCancellationException e) {
            syntaxError = true;
        }
        diagnostics.clear();
        return parseWholeTokenList(source, positions, builder, diagnostics, syntaxError);
    }

    /** The full path alone, for tests that check the streamed path against it. */
    Result parseWithoutStreaming(SourceFile source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        PositionMap positions = new PositionMap(source);
        return parseWholeTokenList(source, positions, new AstBuilder(source, positions, diagnostics), diagnostics, false);
    }

    private static TocLexer lexer(SourceFile source) {
        TocLexer lexer = new TocLexer(CharStreams.fromString(source.text(), source.displayPath()));
        lexer.removeErrorListeners();
        return lexer;
    }

    /**
     * The full path: every token lexed and kept, lexical problems reported and patched, then the
     * SLL parse (unless the streamed one already failed on the same tokens), and on a syntax error
     * the full LL parse with error recovery.
     */
    private Result parseWholeTokenList(SourceFile source, PositionMap positions, AstBuilder builder,
                                       List<Diagnostic> diagnostics, boolean knownSyntaxError) {
        CommonTokenStream tokens = new CommonTokenStream(lexer(source));
        tokens.fill();
        List<Diagnostic> lexical = new ArrayList<>();
        patchLexicalErrors(tokens.getTokens(), positions, lexical);
        diagnostics.addAll(lexical);

        TocParser parser = new TocParser(tokens);
        parser.removeErrorListeners();
        if (!knownSyntaxError) {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            StatementByStatement fast = new StatementByStatement(builder);
            parser.addParseListener(fast);
            try {
                parser.file();
                return new Result(new Ast.File(source, fast.statements), capped(diagnostics));
            } catch (ParseCancellationException e) {
                // A syntax error: what the fast path built is dropped, and the file is parsed
                // again with full LL prediction and error recovery.
                diagnostics.clear();
                diagnostics.addAll(lexical);
                tokens.seek(0);
                parser.reset();
                parser.removeParseListeners();
            }
        }
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new LineRecoveryStrategy(positions));
        SyntaxErrorReporter reporter = new SyntaxErrorReporter(positions, diagnostics, lexical,
                unclosedCommentStart(tokens.getTokens(), positions));
        parser.addErrorListener(reporter);
        return new Result(builder.build(parser.file()), capped(diagnostics));
    }

    /** Thrown by {@link CleanTokens} at a token that {@link #patchLexicalErrors} would change or report. */
    private static final class LexicalProblem extends RuntimeException {
        LexicalProblem() {
            super(null, null, false, false);
        }
    }

    /**
     * The lexer's default-channel tokens, one at a time, as long as the text has no lexical
     * problem: at a token that {@link #patchLexicalErrors} would report or change (a stray
     * character, an unterminated string or comment, a date the lexer split, which starts with a
     * number followed at once by a negative number) it throws {@link LexicalProblem}.
     */
    private static final class CleanTokens implements TokenSource {
        private final TocLexer lexer;
        private Token previous;

        CleanTokens(TocLexer lexer) {
            this.lexer = lexer;
        }

        @Override
        public Token nextToken() {
            while (true) {
                Token token = lexer.nextToken();
                int type = token.getType();
                if (type == TocLexer.ERROR_CHAR || type == TocLexer.UNTERMINATED_STRING
                        || type == TocLexer.UNTERMINATED_COMMENT) {
                    throw new LexicalProblem();
                }
                if (type == TocLexer.NUMBER && previous != null && adjacent(previous, token) && startsDate(previous)
                        && token.getText().startsWith("-")) {
                    throw new LexicalProblem();
                }
                if ((type == TocLexer.STRING || type == TocLexer.LINE_COMMENT || type == TocLexer.BLOCK_COMMENT)
                        && firstSuspect(token.getText()) >= 0) {
                    throw new LexicalProblem();
                }
                previous = token;
                if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                    return token;
                }
            }
        }

        @Override
        public int getLine() {
            return lexer.getLine();
        }

        @Override
        public int getCharPositionInLine() {
            return lexer.getCharPositionInLine();
        }

        @Override
        public CharStream getInputStream() {
            return lexer.getInputStream();
        }

        @Override
        public String getSourceName() {
            return lexer.getSourceName();
        }

        @Override
        public void setTokenFactory(TokenFactory<?> factory) {
            lexer.setTokenFactory(factory);
        }

        @Override
        public TokenFactory<?> getTokenFactory() {
            return lexer.getTokenFactory();
        }
    }

    /**
     * On the fast path (no syntax error), turns each statement into AST as soon as it is parsed
     * and drops its parse tree, so that the tree of a large file is never held whole. A syntax
     * error abandons the fast path and the file is parsed again with full error recovery.
     */
    private static final class StatementByStatement implements ParseTreeListener {
        private final AstBuilder builder;
        private final List<Ast.Statement> statements = new ArrayList<>();

        StatementByStatement(AstBuilder builder) {
            this.builder = builder;
        }

        @Override
        public void exitEveryRule(ParserRuleContext context) {
            if (!(context instanceof TocParser.StatementContext statement)) {
                return;
            }
            Ast.Statement built = builder.statement(statement);
            if (built != null) {
                statements.add(built);
            }
            statement.getParent().removeLastChild();
        }

        @Override
        public void enterEveryRule(ParserRuleContext context) {
        }

        @Override
        public void visitTerminal(TerminalNode node) {
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
        }
    }

    static void patchLexicalErrors(List<Token> tokens, PositionMap positions, List<Diagnostic> diagnostics) {
        mergeOtherQuotedText(tokens, positions, diagnostics);
        mergeMalformedDates(tokens);
        Token runStart = null;
        Token runEnd = null;
        for (Token token : tokens) {
            if (token.getType() == TocLexer.ERROR_CHAR) {
                ((CommonToken) token).setChannel(Token.HIDDEN_CHANNEL);
                if (runStart == null) {
                    runStart = token;
                }
                runEnd = token;
                continue;
            }
            if (runStart != null) {
                reportStrayCharacters(runStart, runEnd, positions, diagnostics);
                runStart = null;
            }
            reportHiddenCharacters(token, positions, diagnostics);
            if (token.getType() == TocLexer.UNTERMINATED_STRING) {
                String text = token.getText().stripTrailing();
                char last = text.charAt(text.length() - 1);
                if (text.length() > 1 && (last == '\u201d' || last == '\u201c')) {
                    String fixed = text.substring(0, text.length() - 1) + "\"";
                    diagnostics.add(Diagnostic.of(Code.UNTERMINATED_STRING, positions.span(token), "unterminated string")
                            .label("closed with a curly quote `" + last + "`")
                            .suggest(fixed)
                            .build());
                    ((CommonToken) token).setText(fixed);
                } else {
                    diagnostics.add(Diagnostic.of(Code.UNTERMINATED_STRING, positions.span(token), "unterminated string")
                            .label("this string has no closing `\"` on its line")
                            .help("add a `\"` at the end of the text; for text over several lines use `\"\"\"...\"\"\"`")
                            .build());
                }
                ((CommonToken) token).setType(TocLexer.STRING);
            } else if (token.getType() == TocLexer.UNTERMINATED_COMMENT) {
                diagnostics.add(Diagnostic.of(Code.UNTERMINATED_STRING, positions.span(token).source()
                                .span(positions.span(token).start(), positions.span(token).start() + 2),
                                "unterminated block comment")
                        .label("this comment is never closed")
                        .help("close it with `*/`, or use `#` for a one-line comment")
                        .build());
                ((CommonToken) token).setChannel(Token.HIDDEN_CHANNEL);
            }
        }
        if (runStart != null) {
            reportStrayCharacters(runStart, runEnd, positions, diagnostics);
        }
    }

    /**
     * Trojan source: a bidirectional control or another invisible character in a text or a comment
     * makes the line read differently from what it is. One warning per text, at the first one.
     */
    private static void reportHiddenCharacters(Token token, PositionMap positions, List<Diagnostic> diagnostics) {
        int type = token.getType();
        if (type != TocLexer.STRING && type != TocLexer.UNTERMINATED_STRING && type != TocLexer.LINE_COMMENT
                && type != TocLexer.BLOCK_COMMENT) {
            return;
        }
        String text = token.getText();
        int i = firstSuspect(text);
        if (i < 0) {
            return;
        }
        int cp = text.codePointAt(i);
        var span = positions.span(token);
        boolean string = type == TocLexer.STRING || type == TocLexer.UNTERMINATED_STRING;
        diagnostics.add(Diagnostic.of(Code.HIDDEN_CHARACTER,
                        span.source().span(span.start() + i, span.start() + i + Character.charCount(cp)),
                        "invisible character " + describe(cp) + " in " + (string ? "a text" : "a comment"))
                .label(VisibleText.isBidiControl(cp) ? "changes the order in which the line is shown"
                        : "not visible when the line is shown")
                .help("remove it: what is shown is not what the file says")
                .build());
    }

    /** Where the first hidden character of a text is, or -1. */
    private static int firstSuspect(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0x80 && isSuspect(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Invisible characters that have no place in a theory: format characters (bidirectional
     * controls, zero-width spaces) and separators; a zero-width joiner (emoji) and a soft hyphen
     * do. Control characters are TOC003 among the words of the language, and other checks' concern
     * in texts.
     */
    private static boolean isSuspect(int cp) {
        return Character.getType(cp) != Character.CONTROL && VisibleText.isHidden(cp) && cp != 0x200D && cp != 0x00AD;
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
    private static String describe(int cp) {
        String name = Character.getName(cp);
        return VisibleText.codePoint(cp) + (name == null ? "" : " (" + name.toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private static void reportStrayCharacters(Token first, Token last, PositionMap positions,
                                              List<Diagnostic> diagnostics) {
        var span = positions.span(first).to(positions.span(last));
        String text = first.getText();
        if (isSuspect(text.codePointAt(0))) {
            diagnostics.add(Diagnostic.of(Code.HIDDEN_CHARACTER, positions.span(first),
                            "invisible character " + describe(text.codePointAt(0)) + " among the names and keywords")
                    .severity(Severity.ERROR)
                    .label("not part of the language, and not visible when the line is shown")
                    .help("remove it: what is shown is not what the file says")
                    .build());
            if (first == last) {
                return;
            }
        }
        String run = span.text();
        boolean one = first == last;
        String shown = one || run.length() > 12 || !printable(run) ? shown(text) : shown(run);
        diagnostics.add(Diagnostic.of(Code.UNEXPECTED_CHARACTER, span,
                        (one ? "unexpected character " : "unexpected characters ") + shown)
                .label(first == last ? "not part of the language" : "these characters are not part of the language")
                .help(strayCharacterHelp(text))
                .build());
    }

    /** `@` as `@`; a backtick in quotes, so that it is not taken for the quoting; invisible characters by code point. */
    private static String shown(String text) {
        if (!printable(text)) {
            return String.format(java.util.Locale.ROOT, "U+%04X", text.codePointAt(0));
        }
        return text.contains("`") ? "'" + text + "'" : "`" + text + "`";
    }

    private static boolean printable(String text) {
        return text.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7f && !Character.isWhitespace(cp)
                && !VisibleText.isHidden(cp));
    }

    static String strayCharacterHelp(String character) {
        return switch (character) {
            case ";" -> "a declaration ends with its line; remove the `;`";
            case "=", ":" -> "properties take no `" + character + "`: write `horizon short`, `risk high`";
            case "\u201c", "\u201d", "\u201e", "\u2018", "\u2019", "'" -> "text goes in straight double quotes: \"...\"";
            case ">" -> "a link is written with `->`";
            default -> "text belongs in double quotes; `#` or `//` start a comment";
        };
    }

    /** Quotes people write text in that the language does not take, each with the ones that close it. */
    private static final java.util.Map<String, String> OTHER_QUOTES = java.util.Map.of(
            "\u201c", "\u201d\u201c", "\u201e", "\u201c\u201d", "'", "'", "\u2018", "\u2019");

    private static boolean isOtherOpening(Token t) {
        return t.getType() == TocLexer.ERROR_CHAR && OTHER_QUOTES.containsKey(t.getText());
    }

    private static boolean closes(Token open, Token t) {
        return t.getType() == TocLexer.ERROR_CHAR && OTHER_QUOTES.get(open.getText()).contains(t.getText());
    }

    /**
     * Text pasted from a word processor comes in curly quotes ({@code “...”}), and people used to
     * other languages write {@code '...'}: reported once, with the fix, and read as the string it
     * was meant to be so that the rest of the line parses.
     */
    private static void mergeOtherQuotedText(List<Token> tokens, PositionMap positions, List<Diagnostic> diagnostics) {
        for (int i = 0; i < tokens.size(); i++) {
            Token open = tokens.get(i);
            if (!isOtherOpening(open)) {
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < tokens.size(); j++) {
                Token t = tokens.get(j);
                if (closes(open, t)) {
                    close = j;
                    break;
                }
                if (t.getText() == null || t.getText().contains("\"") || t.getText().contains("\n")
                        || t.getText().contains("\r") || t.getType() == Token.EOF) {
                    break;
                }
            }
            if (close < 0) {
                continue;
            }
            Token closing = tokens.get(close);
            var span = positions.span(open).to(positions.span(closing));
            String inner = positions.source().text().substring(span.start() + 1, span.end() - 1);
            String fixed = "\"" + inner + "\"";
            boolean single = open.getText().equals("'");
            diagnostics.add(Diagnostic.of(Code.UNEXPECTED_CHARACTER, span, single ? "text in single quotes" : "text in curly quotes")
                    .label("these quotes are not understood")
                    .suggest(fixed)
                    .note(single ? "text goes in double quotes (\")"
                            : "text goes in straight double quotes (\"); word processors often replace them with curly ones")
                    .build());
            CommonToken merged = (CommonToken) open;
            merged.setType(TocLexer.STRING);
            merged.setStopIndex(closing.getStopIndex());
            merged.setText(fixed);
            for (int k = i + 1; k <= close; k++) {
                hide(tokens.get(k));
            }
            i = close;
        }
    }

    /**
     * A date written in a form the lexer splits into pieces ({@code 2026-6}, {@code 2026-Q5},
     * {@code 30/06/2026}) is glued back into one date token, so that it is reported once as a
     * date that is not one (TOC004) instead of as stray pieces.
     */
    private static void mergeMalformedDates(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!startsDate(first)) {
                continue;
            }
            int last = i;
            boolean afterSeparator = false;
            while (last + 1 < tokens.size() && adjacent(tokens.get(last), tokens.get(last + 1))) {
                Token next = tokens.get(last + 1);
                boolean separator = next.getType() == TocLexer.ERROR_CHAR && "-/.".contains(next.getText());
                boolean negative = next.getType() == TocLexer.NUMBER && next.getText().startsWith("-");
                boolean piece = afterSeparator && (next.getType() == TocLexer.IDENT
                        || next.getType() == TocLexer.NUMBER || next.getType() == TocLexer.DATE_LITERAL);
                if (!separator && !negative && !piece) {
                    break;
                }
                afterSeparator = separator;
                last++;
            }
            if (last == i) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int k = i; k <= last; k++) {
                text.append(tokens.get(k).getText());
            }
            CommonToken merged = (CommonToken) first;
            merged.setType(TocLexer.DATE_LITERAL);
            merged.setStopIndex(tokens.get(last).getStopIndex());
            merged.setText(text.toString());
            for (int k = i + 1; k <= last; k++) {
                hide(tokens.get(k));
            }
            i = last;
        }
    }

    /** A date literal, or a number of digits only: what a date the lexer split into pieces starts with. */
    private static boolean startsDate(Token token) {
        return token.getType() == TocLexer.DATE_LITERAL
                || token.getType() == TocLexer.NUMBER && token.getText().chars().allMatch(Character::isDigit);
    }

    private static boolean adjacent(Token a, Token b) {
        return b.getType() != Token.EOF && a.getStopIndex() + 1 == b.getStartIndex();
    }

    /** Takes a token out of the parse: whitespace on the hidden channel. */
    private static void hide(Token token) {
        ((CommonToken) token).setType(TocLexer.WS);
        ((CommonToken) token).setChannel(Token.HIDDEN_CHANNEL);
    }

    private static int unclosedCommentStart(List<Token> tokens, PositionMap positions) {
        for (Token token : tokens) {
            if (token.getType() == TocLexer.UNTERMINATED_COMMENT) {
                return positions.span(token).start();
            }
        }
        return -1;
    }

    private static List<Diagnostic> capped(List<Diagnostic> diagnostics) {
        if (diagnostics.size() <= MAX_SYNTAX_DIAGNOSTICS) {
            return diagnostics;
        }
        List<Diagnostic> kept = new ArrayList<>(diagnostics.subList(0, MAX_SYNTAX_DIAGNOSTICS));
        Diagnostic last = kept.remove(kept.size() - 1);
        kept.add(new Diagnostic(last.code(), last.severity(), last.span(), last.message(), last.label(), last.help(),
                List.of((diagnostics.size() - MAX_SYNTAX_DIAGNOSTICS + 1)
                        + " more syntax problems in this file are not shown; fix these first"),
                last.replacement()));
        return kept;
    }
}
