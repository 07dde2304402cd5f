package org.tocworkbench.compiler.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.tocworkbench.compiler.source.SourceFile;
import org.tocworkbench.compiler.source.Span;

/**
 * Converts ANTLR positions (code-point indexes) to spans (UTF-16 offsets) — the one place this
 * happens. Files without characters outside the Basic Multilingual Plane map one to one.
 */
final class PositionMap {
    private final SourceFile source;
    private final int[] codePointToChar;

    PositionMap(SourceFile source) {
        this.source = source;
        String text = source.text();
        boolean supplementary = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                supplementary = true;
                break;
            }
        }
        if (supplementary) {
            int count = text.codePointCount(0, text.length());
            codePointToChar = new int[count + 1];
            int offset = 0;
            for (int i = 0; i < count; i++) {
                codePointToChar[i] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
            codePointToChar[count] = text.length();
        } else {
            codePointToChar = null;
        }
    }

    SourceFile source() {
        return source;
    }

    int offset(int codePointIndex) {
        if (codePointToChar == null) {
            return codePointIndex;
        }
        return codePointToChar[Math.max(0, Math.min(codePointIndex, codePointToChar.length - 1))];
    }

    Span span(Token token) {
        if (token.getType() == Token.EOF) {
            int end = source.text().length();
            return source.span(end, end);
        }
        return source.span(offset(token.getStartIndex()), offset(token.getStopIndex() + 1));
    }

    /**
     * True when {@code token} is the first on its line, given the default-channel token before it
     * (null at the start of the file). Lines as the source file counts them: CR, LF and CRLF.
     */
    boolean startsLine(Token previous, Token token) {
        if (previous == null || previous.getType() == Token.EOF) {
            return true;
        }
        if (token.getType() == Token.EOF) {
            return false;
        }
        return span(previous).endLine() < span(token).line();
    }

    Span span(Token first, Token last) {
        if (first.getType() == Token.EOF || last.getType() == Token.EOF) {
            return span(first).to(span(last));
        }
        int start = offset(Math.min(first.getStartIndex(), last.getStartIndex()));
        int end = offset(Math.max(first.getStopIndex(), last.getStopIndex()) + 1);
        return source.span(start, end);
    }

    Span span(ParserRuleContext context) {
        Token stop = context.getStop() == null || context.getStop().getTokenIndex() < context.getStart().getTokenIndex()
                ? context.getStart() : context.getStop();
        return span(context.getStart(), stop);
    }
}
