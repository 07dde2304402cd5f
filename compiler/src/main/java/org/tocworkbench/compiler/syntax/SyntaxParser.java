package org.tocworkbench.compiler.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
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
        // The fast path: tokens streamed and not kept, SLL prediction, AST built statement by statement.
        TocParser parser = new TocParser(new UnbufferedTokenStream<>(new VisibleTokens(lexer(source), positions, diagnostics)));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        StatementByStatement fast = new StatementByStatement(builder);
        parser.addParseListener(fast);
        Ast.File file;
        try {
            parser.file();
            file = new Ast.File(source, fast.statements);
        } catch (ParseCancellationException e) {
            // A syntax error: lex the whole file again (its lexical problems are reported again, in
            // full, before any syntax error) and parse it with full LL and error recovery.
            diagnostics.clear();
            CommonTokenStream tokens = new CommonTokenStream(new VisibleTokens(lexer(source), positions, diagnostics));
            tokens.fill();
            parser.removeParseListeners();
            parser.setTokenStream(tokens);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            SyntaxErrorReporter reporter = new SyntaxErrorReporter(positions, diagnostics);
            parser.addErrorListener(reporter);
            file = builder.build(parser.file());
        }
        return new Result(file, capped(diagnostics));
    }

    private static TocLexer lexer(SourceFile source) {
        TocLexer lexer = new TocLexer(CharStreams.fromString(source.text(), source.displayPath()));
        lexer.removeErrorListeners();
        return lexer;
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

    /**
     * The lexer's tokens as the parser sees them: lexical problems are reported and patched as they
     * come, and tokens off the default channel (spaces, comments, stray characters) are left out,
     * so that a large file's token list holds only the tokens the parser reads.
     */
    private static final class VisibleTokens implements TokenSource {
        private final TocLexer lexer;
        private final PositionMap positions;
        private final List<Diagnostic> diagnostics;
        private Token runStart;
        private Token runEnd;

        VisibleTokens(TocLexer lexer, PositionMap positions, List<Diagnostic> diagnostics) {
            this.lexer = lexer;
            this.positions = positions;
            this.diagnostics = diagnostics;
        }

        @Override
        public Token nextToken() {
            while (true) {
                Token token = lexer.nextToken();
                if (token.getType() == TocLexer.ERROR_CHAR) {
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
                if (token.getType() == TocLexer.UNTERMINATED_STRING) {
                    diagnostics.add(Diagnostic.of(Code.UNTERMINATED_STRING, positions.span(token), "unterminated string")
                            .label("this string has no closing `\"` on its line")
                            .help("add a `\"` at the end of the text; for text over several lines use `\"\"\"...\"\"\"`")
                            .build());
                    ((CommonToken) token).setType(TocLexer.STRING);
                } else if (token.getType() == TocLexer.UNTERMINATED_COMMENT) {
                    diagnostics.add(Diagnostic.of(Code.UNTERMINATED_STRING, positions.span(token).source()
                                    .span(positions.span(token).start(), positions.span(token).start() + 2),
                                    "unterminated block comment")
                            .label("this comment is never closed")
                            .help("close it with `*/`, or use `#` for a one-line comment")
                            .build());
                    continue;
                }
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

    private static void reportStrayCharacters(Token first, Token last, PositionMap positions,
                                              List<Diagnostic> diagnostics) {
        var span = positions.span(first).to(positions.span(last));
        String text = first.getText();
        String shown = text.codePoints().allMatch(cp -> cp >= 0x20 && cp != 0x7f)
                ? "`" + text + "`" : String.format("U+%04X", text.codePointAt(0));
        diagnostics.add(Diagnostic.of(Code.UNEXPECTED_CHARACTER, span,
                        "unexpected character " + shown)
                .label(first == last ? "not part of the language" : "these characters are not part of the language")
                .help("text belongs in double quotes; `#` or `//` start a comment")
                .build());
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
