package org.tocworkbench.lsp;

import com.google.gson.JsonParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * Reads the client's messages ({@code Content-Length} frames of JSON) so that one bad frame
 * never deafens the server, in place of LSP4J's {@code StreamMessageProducer}, which loses its
 * place in the stream for good after a bad header or a wrong length. A frame with no valid length
 * (missing, not a number, beyond {@value #MAX_CONTENT} bytes), a length shorter or longer than the
 * body, or a body that is not JSON is answered with a JSON-RPC error ({@code -32700} parse error,
 * {@code -32600} when the body is JSON but not a message) with a null id, as JSON-RPC prescribes
 * when the request's id cannot be known; then reading resynchronises on the next
 * {@code Content-Length} header. A header inside a body can be told from text: JSON strings
 * cannot hold a raw line break, so {@code Content-Length: N} followed by a blank line is always
 * the start of the next frame. Memory is bounded by the largest frame allowed.
 */
final class ResilientMessageProducer implements MessageProducer, Closeable {
    /** The largest body read: a 10,000-node theory is a few MB. */
    static final int MAX_CONTENT = 64 << 20;
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final byte[] HEADER = "content-length:".getBytes(StandardCharsets.ISO_8859_1);

    private final InputStream input;
    private final MessageJsonHandler json;
    private final MessageIssueHandler issues;
    private final MessageConsumer replies;
    private final PrintStream log;
    private byte[] pending = new byte[0];
    private int pendingPosition;
    private volatile boolean running;

    ResilientMessageProducer(InputStream input, MessageJsonHandler json, MessageIssueHandler issues,
                             MessageConsumer replies, PrintStream log) {
        this.input = input;
        this.json = json;
        this.issues = issues;
        this.replies = replies;
        this.log = log;
    }

    @Override
    public void listen(MessageConsumer callback) {
        running = true;
        try {
            while (running && frame(callback)) {
                // one frame at a time
            }
        } catch (IOException e) {
            log.println("toc lsp: input ended: " + e.getMessage());
        } finally {
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
    }

    /** Reads and handles one frame; false at the end of the input. */
    private boolean frame(MessageConsumer callback) throws IOException {
        long length = -1;
        String badLength = null;
        boolean any = false;
        while (true) {
            byte[] line = readLine();
            if (line == null) {
                return false;
            }
            String text = new String(line, StandardCharsets.ISO_8859_1);
            if (text.isEmpty()) {
                if (any) {
                    break;
                }
                continue;
            }
            any = true;
            int colon = text.indexOf(':');
            String name = colon < 0 ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (name.equals("content-length")) {
                String value = text.substring(colon + 1).strip();
                length = value.matches("\\d{1,10}") ? Long.parseLong(value) : -1;
                badLength = length < 0 ? value : null;
            } else if (!name.equals("content-type")) {
                reply(ResponseErrorCode.ParseError, "not a message header: `" + shorten(text)
                        + "`; expected `Content-Length: N`");
                resynchronise(line);
                return true;
            }
        }
        if (length < 0) {
            reply(ResponseErrorCode.ParseError, badLength == null ? "a message without a Content-Length header"
                    : "Content-Length `" + shorten(badLength) + "` is not a number of bytes");
            return true;
        }
        if (length > MAX_CONTENT) {
            reply(ResponseErrorCode.ParseError, "Content-Length " + length + " is more than the " + (MAX_CONTENT >> 20)
                    + " MB a message may have; the message is skipped");
            return skipToHeader();
        }
        byte[] body = readBody((int) length);
        if (body == null) {
            return false;
        }
        handle(body, callback);
        return true;
    }

    /**
     * The body of {@code length} bytes, or what comes before a header found inside it (the body
     * was shorter than its length said; the header is read again as the next frame's). Null at
     * the end of the input.
     */
    private byte[] readBody(int length) throws IOException {
        byte[] body = new byte[Math.min(length, 1 << 16)];
        int read = 0;
        int searched = 0;
        while (read < length) {
            if (read == body.length) {
                body = Arrays.copyOf(body, (int) Math.min(length, body.length * 2L));
            }
            int n = read(body, read, body.length - read);
            if (n < 0) {
                return null;
            }
            read += n;
            int header = findFrameHeader(body, Math.max(0, searched - HEADER.length - 16), read);
            if (header >= 0) {
                unread(body, header, read - header);
                return Arrays.copyOf(body, header);
            }
            searched = read;
        }
        return body;
    }

    private void handle(byte[] body, MessageConsumer callback) {
        String content = new String(body, StandardCharsets.UTF_8);
        Message message;
        try {
            message = json.parseMessage(content);
        } catch (MessageIssueException e) {
            issues.handle(e.getRpcMessage(), e.getIssues());
            return;
        } catch (RuntimeException e) {
            boolean isJson;
            try {
                JsonParser.parseString(content);
                isJson = true;
            } catch (RuntimeException notJson) {
                isJson = false;
            }
            reply(isJson ? ResponseErrorCode.InvalidRequest : ResponseErrorCode.ParseError, isJson
                    ? "the message is JSON but not a JSON-RPC request, response or notification object"
                    : "the message is not valid JSON (or shorter or longer than its Content-Length)");
            return;
        }
        try {
            callback.consume(message);
        } catch (RuntimeException e) {
            log.println("toc lsp: a message could not be handled: " + e);
        }
    }

    /** Answers a message that could not be read, with a null id. */
    private void reply(ResponseErrorCode code, String text) {
        ResponseMessage response = new ResponseMessage();
        response.setJsonrpc("2.0");
        response.setRawId(null);
        response.setError(new ResponseError(code, text, null));
        try {
            replies.consume(response);
        } catch (RuntimeException e) {
            log.println("toc lsp: cannot answer a malformed message: " + e);
        }
    }

    /** After a line that is no header: go on from a {@code Content-Length} in it, or the next one in the input. */
    private void resynchronise(byte[] line) throws IOException {
        int at = indexOfIgnoringCase(line, 0, line.length);
        if (at > 0) {
            byte[] rest = Arrays.copyOfRange(line, at, line.length + 1);
            rest[rest.length - 1] = '\n';
            unread(rest, 0, rest.length);
            return;
        }
        skipToHeader();
    }

    /** Discards input up to the next {@code Content-Length:}, which is read again; false at the end. */
    private boolean skipToHeader() throws IOException {
        int matched = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                return false;
            }
            matched = Character.toLowerCase(c) == HEADER[matched] ? matched + 1
                    : Character.toLowerCase(c) == HEADER[0] ? 1 : 0;
            if (matched == HEADER.length) {
                unread(HEADER, 0, HEADER.length);
                return true;
            }
        }
    }

    /** A line of header text without its CR LF; a line longer than a header can be is cut (and then refused). */
    private byte[] readLine() throws IOException {
        byte[] line = new byte[128];
        int length = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                return length == 0 ? null : Arrays.copyOf(line, length);
            }
            if (c == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return Arrays.copyOf(line, length);
            }
            if (length == MAX_HEADER_LINE) {
                unread(new byte[] {(byte) c}, 0, 1);
                return Arrays.copyOf(line, length);
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = (byte) c;
        }
    }

    /**
     * Where a frame header starts inside body bytes: {@code Content-Length:}, digits and a blank
     * line, which no JSON text can hold; -1 when there is none (yet).
     */
    static int findFrameHeader(byte[] bytes, int from, int to) {
        for (int at = indexOfIgnoringCase(bytes, from, to); at >= 0; at = indexOfIgnoringCase(bytes, at + 1, to)) {
            int i = at + HEADER.length;
            while (i < to && bytes[i] == ' ') {
                i++;
            }
            int digits = i;
            while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
                i++;
            }
            if (i > digits && i < to && (bytes[i] == '\r' || bytes[i] == '\n')) {
                return at;
            }
        }
        return -1;
    }

    private static int indexOfIgnoringCase(byte[] bytes, int from, int to) {
        outer:
        for (int i = from; i + HEADER.length <= to; i++) {
            for (int k = 0; k < HEADER.length; k++) {
                if (Character.toLowerCase(bytes[i + k]) != HEADER[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private int read() throws IOException {
        if (pendingPosition < pending.length) {
            return pending[pendingPosition++] & 0xFF;
        }
        return input.read();
    }

    private int read(byte[] into, int offset, int length) throws IOException {
        if (pendingPosition < pending.length) {
            int n = Math.min(length, pending.length - pendingPosition);
            System.arraycopy(pending, pendingPosition, into, offset, n);
            pendingPosition += n;
            return n;
        }
        return input.read(into, offset, length);
    }

    /** Puts bytes back in front of what is still to be read. */
    private void unread(byte[] bytes, int offset, int length) {
        byte[] joined = new byte[length + pending.length - pendingPosition];
        System.arraycopy(bytes, offset, joined, 0, length);
        System.arraycopy(pending, pendingPosition, joined, length, pending.length - pendingPosition);
        pending = joined;
        pendingPosition = 0;
    }
}
