package org.tocworkbench.compiler.syntax;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.grammar.TocLexer;
import org.tocworkbench.grammar.TocParser;

/**
 * The tokens of a file that parses, comments included, with what a layout tool needs and the
 * parse tree does not leave behind: where each statement and each block item (a property, a
 * nested indicator or assumption, a pathway chain) begins, and how many line ends separated
 * each token from the one before. The language itself ignores line ends, so only the grammar
 * can say where one property stops and the next starts ({@code frequency annual responsible HUB}).
 *
 * <p>Lexing is the compiler's own, lexical repairs included (a date written {@code 2026-6} is
 * one token, as {@code toc check} reads it), so the tokens are exactly those the compiler saw.
 */
public final class LayoutTokens {
    private LayoutTokens() {
    }

    /** What a piece is, as far as layout goes. */
    public enum Kind {
        /** A keyword, name, string, number, date or percentage. */
        WORD,
        /** A {@code """...""" } string, which may span lines. */
        LONG_STRING,
        /** A percentage ({@code 45%}, {@code 45 %}). */
        PERCENT,
        COMMA,
        ARROW,
        /** {@code (} in a condition on records. */
        OPEN_PAREN,
        /** {@code )} in a condition on records. */
        CLOSE_PAREN,
        OPEN_BRACE,
        CLOSE_BRACE,
        /** {@code # ...} or {@code // ...} up to the end of the line. */
        LINE_COMMENT,
        /** {@code /* ... *}{@code /}, which may span lines. */
        BLOCK_COMMENT
    }

    /**
     * One token or comment.
     *
     * @param text           as written in the source
     * @param startsItem     true for the first token of a statement, a property, a nested declaration
     *                       or a pathway chain
     * @param lineEndsBefore line ends (CRLF counted once) in the whitespace between this piece and the
     *                       previous one, or the start of the file
     */
    public record Piece(Kind kind, String text, boolean startsItem, int lineEndsBefore) {
    }

    /**
     * The pieces of {@code source}, in order, or null when the file has a syntax error (a lexical
     * one or a parse error); {@link SyntaxParser} then says what the errors are.
     */
    public static List<Piece> of(SourceFile source) {
        TocLexer lexer = new TocLexer(CharStreams.fromString(source.text(), source.displayPath()));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> tokens = stream.getTokens();
        List<org.tocworkbench.compiler.diagnostics.Diagnostic> lexical = new ArrayList<>();
        SyntaxParser.patchLexicalErrors(tokens, new PositionMap(source), lexical);
        if (!lexical.isEmpty()) {
            return null;
        }
        BitSet itemStarts = itemStarts(stream);
        if (itemStarts == null) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        int lineEnds = 0;
        for (Token token : tokens) {
            int type = token.getType();
            if (type == Token.EOF) {
                break;
            }
            Kind kind = kind(type);
            if (kind == null) {
                lineEnds += lineEnds(token.getText());
                continue;
            }
            pieces.add(new Piece(kind, token.getText(), itemStarts.get(token.getTokenIndex()), lineEnds));
            lineEnds = 0;
        }
        return pieces;
    }

    private static Kind kind(int type) {
        return switch (type) {
            case TocLexer.LONG_STRING -> Kind.LONG_STRING;
            case TocLexer.PERCENT -> Kind.PERCENT;
            case TocLexer.COMMA -> Kind.COMMA;
            case TocLexer.ARROW -> Kind.ARROW;
            case TocLexer.LPAREN -> Kind.OPEN_PAREN;
            case TocLexer.RPAREN -> Kind.CLOSE_PAREN;
            case TocLexer.LBRACE -> Kind.OPEN_BRACE;
            case TocLexer.RBRACE -> Kind.CLOSE_BRACE;
            case TocLexer.LINE_COMMENT -> Kind.LINE_COMMENT;
            case TocLexer.BLOCK_COMMENT -> Kind.BLOCK_COMMENT;
            case TocLexer.WS, TocLexer.ERROR_CHAR, TocLexer.UNTERMINATED_COMMENT -> null;
            default -> Kind.WORD;
        };
    }

    /** Line ends in whitespace: LF, CR, and CRLF once. */
    private static int lineEnds(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return count;
    }

    /**
     * Token indexes where a statement or a block item begins, recorded while parsing; each
     * statement's tree is dropped once parsed, so a large file's tree is never held whole. Null
     * when the file does not parse.
     */
    private static BitSet itemStarts(CommonTokenStream tokens) {
        BitSet starts = new BitSet();
        TocParser parser = new TocParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.addParseListener(new ItemStartListener(starts));
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            parser.file();
            return starts;
        } catch (ParseCancellationException e) {
            // SLL prediction can fail where full LL succeeds: parse again before giving up.
            starts.clear();
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                parser.file();
                return starts;
            } catch (ParseCancellationException again) {
                return null;
            }
        }
    }

    private static final class ItemStartListener implements ParseTreeListener {
        private final BitSet starts;

        ItemStartListener(BitSet starts) {
            this.starts = starts;
        }

        @Override
        public void enterEveryRule(ParserRuleContext context) {
            if (isItem(context) && context.getStart() != null) {
                starts.set(context.getStart().getTokenIndex());
            }
        }

        @Override
        public void exitEveryRule(ParserRuleContext context) {
            if (context instanceof TocParser.StatementContext && context.getParent() != null) {
                context.getParent().removeLastChild();
            }
        }

        @Override
        public void visitTerminal(TerminalNode node) {
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
        }
    }

    private static boolean isItem(ParserRuleContext c) {
        return c instanceof TocParser.StatementContext
                || c instanceof TocParser.TheoryPropContext
                || c instanceof TocParser.ChangeEntryContext
                || c instanceof TocParser.ActorPropContext
                || c instanceof TocParser.NodePropContext
                || c instanceof TocParser.IndicatorPropContext
                || c instanceof TocParser.AssumptionPropContext
                || c instanceof TocParser.LinkPropContext
                || c instanceof TocParser.PathwayItemContext
                || c instanceof TocParser.DataPropContext
                || c instanceof TocParser.RecordsPropContext;
    }
}
