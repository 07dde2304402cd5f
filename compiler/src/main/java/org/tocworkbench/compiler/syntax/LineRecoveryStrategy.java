package org.tocworkbench.compiler.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.tocworkbench.grammar.TocLexer;

/**
 * ANTLR's error recovery, adapted to how .toc files are written: one declaration or property
 * per line. After a syntax error the parser skips to a token that starts a line (or to a
 * closing {@code }}), skipping whole blocks on the way, so that the rest of a broken line is not
 * read as new statements and one typo gives one error. Inside a block, a line that is not a
 * property is reported and skipped, and the block goes on; a block is closed for the writer only
 * when the next line plainly starts a new statement. It never invents a {@code ->} or {@code ,}:
 * two words in a row are a misspelt keyword far more often than a link missing its arrow.
 */
final class LineRecoveryStrategy extends DefaultErrorStrategy {
    private final PositionMap positions;

    LineRecoveryStrategy(PositionMap positions) {
        this.positions = positions;
    }

    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        if (!inErrorRecoveryMode(recognizer)) {
            ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
            IntervalSet next = recognizer.getATN().nextTokens(state);
            TokenStream tokens = recognizer.getInputStream();
            while (next.contains(TocLexer.RBRACE) && !next.contains(tokens.LA(1)) && tokens.LA(1) != Token.EOF
                    && !startsStatement(tokens)) {
                recognizer.notifyErrorListeners(tokens.LT(1), "not a property of this block", null);
                skipLine(recognizer);
            }
        }
        super.sync(recognizer);
    }

    @Override
    protected boolean singleTokenInsertion(Parser recognizer) {
        IntervalSet expecting = getExpectedTokens(recognizer);
        if (expecting.contains(TocLexer.ARROW) || expecting.contains(TocLexer.COMMA)) {
            return false;
        }
        TokenStream tokens = recognizer.getInputStream();
        if (expecting.contains(TocLexer.RBRACE) && tokens.LA(1) != Token.EOF && !startsStatement(tokens)) {
            return false;
        }
        return super.singleTokenInsertion(recognizer);
    }

    /** Consumes at least one token, then up to the start of the next line or a closing `}`, skipping blocks. */
    private void skipLine(Parser recognizer) {
        TokenStream tokens = recognizer.getInputStream();
        int depth = 0;
        do {
            int type = tokens.LA(1);
            if (type == TocLexer.LBRACE) {
                depth++;
            } else if (type == TocLexer.RBRACE && depth > 0) {
                depth--;
            }
            recognizer.consume();
        } while (tokens.LA(1) != Token.EOF
                && !(depth == 0 && (tokens.LA(1) == TocLexer.RBRACE || startsLine(tokens))));
    }

    /**
     * True when the next token starts a line and plainly begins a new top-level statement: a
     * declaration keyword, or a name followed by {@code ->} or {@code ,} (a link).
     */
    boolean startsStatement(TokenStream tokens) {
        if (!startsLine(tokens)) {
            return false;
        }
        int type = tokens.LA(1);
        if (type >= TocLexer.IMPORT && type <= TocLexer.DATA) {
            return true;
        }
        boolean nameLike = type == TocLexer.IDENT || (type >= TocLexer.VERSION && type <= TocLexer.DECIMAL);
        if (type == TocLexer.STRUCTURE) {
            int next = tokens.LA(2);
            return next == TocLexer.IDENT || (next >= TocLexer.VERSION && next <= TocLexer.DECIMAL)
                    || next == TocLexer.ARROW || next == TocLexer.COMMA;
        }
        return nameLike && (tokens.LA(2) == TocLexer.ARROW || tokens.LA(2) == TocLexer.COMMA);
    }

    @Override
    protected void consumeUntil(Parser recognizer, IntervalSet set) {
        TokenStream tokens = recognizer.getInputStream();
        int depth = 0;
        int type = tokens.LA(1);
        while (type != Token.EOF) {
            boolean resumable = type == TocLexer.RBRACE || startsLine(tokens);
            if (depth == 0 && set.contains(type) && resumable) {
                return;
            }
            if (type == TocLexer.LBRACE) {
                depth++;
            } else if (type == TocLexer.RBRACE && depth > 0) {
                depth--;
            }
            recognizer.consume();
            type = tokens.LA(1);
        }
    }

    /** True when the next token is the first one on its line (comments and spaces aside). */
    boolean startsLine(TokenStream tokens) {
        return positions.startsLine(tokens.LT(-1), tokens.LT(1));
    }
}
