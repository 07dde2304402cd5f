package org.tocworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code toc lsp} as an editor runs it: a separate process spoken to over its stdin and stdout. */
class LspCommandTest {
    @Test
    void theServerSpeaksOnlyJsonRpcOnStdoutAndExitsZeroAfterShutdownAndExit() throws Exception {
        String uri = Path.of("samples/pandemic-preparedness/pandemic.toc").toAbsolutePath().toUri().toString();
        String text = "impact I \\\"Goal\\\"\\nactivity A \\\"Act\\\"\\nA -> J\\n";
        List<String> messages = List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
                        + "\",\"languageId\":\"toc\",\"version\":1,\"text\":\"" + text + "\"}}}");
        Process process = start("lsp", "--stdio");
        OutputStream stdin = process.getOutputStream();
        for (String message : messages) {
            send(stdin, message);
        }
        String out = readUntil(process.getInputStream(), "TOC101");
        send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        stdin.close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server ends on exit");
        out += new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(out.startsWith("Content-Length: "), out);
        assertTrue(out.contains("\"hoverProvider\":true"), out);
        assertTrue(out.contains("\"method\":\"textDocument/publishDiagnostics\""), out);
        for (String part : out.split("Content-Length: \\d+\r\n\r\n")) {
            assertTrue(part.isEmpty() || part.startsWith("{\"jsonrpc\":\"2.0\""), "only JSON-RPC messages on stdout: " + part);
        }
    }

    @Test
    void endOfInputWithoutShutdownEndsTheServerWithExitCodeOne() throws Exception {
        Process process = start("lsp");
        process.getOutputStream().close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server ends when its input ends");
        assertEquals(1, process.exitValue());
        assertEquals("", new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Issue 13, item 7: after a malformed frame the server answers the error, resynchronises and keeps serving. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"length not a number", "huge length", "length shorter than the body",
            "length longer than the body", "invalid JSON", "non-object JSON over 8 KB", "garbage without a header"})
    @Timeout(120)
    void aMalformedFrameIsAnsweredAndTheServerKeepsServing(String damage) throws Exception {
        Process process = start("lsp");
        OutputStream stdin = process.getOutputStream();
        send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        String out = readUntil(process.getInputStream(), "hoverProvider");
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";
        String raw = switch (damage) {
            case "length not a number" -> "Content-Length: abc\r\n\r\n" + body;
            case "huge length" -> "Content-Length: 2147483647\r\n\r\n" + body;
            case "length shorter than the body" -> "Content-Length: 10\r\n\r\n" + body;
            case "length longer than the body" -> "Content-Length: " + (body.length() + 40) + "\r\n\r\n" + body;
            case "invalid JSON" -> "Content-Length: 9\r\n\r\n{not json";
            case "non-object JSON over 8 KB" -> frame("[" + "1,".repeat(6000) + "1]");
            default -> "this is not a frame at all " + "x".repeat(20_000) + "\r\n\r\n";
        };
        stdin.write(raw.getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"toc/noSuchMethod\",\"params\":{}}");
        out += readUntil(process.getInputStream(), "\"id\":7");
        if (damage.equals("length longer than the body")) {
            assertFalse(out.contains("\"id\":null"), "a whole message before the next header is read as it is: " + out);
        } else {
            assertTrue(out.contains("\"code\":-32700") || out.contains("\"code\":-32600"), "the bad frame is answered: " + out);
            assertTrue(out.contains("\"id\":null"), out);
        }
        out += readUntil(process.getInputStream(), "-32601");
        send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/semanticTokens/full\",\"params\":"
                + "{\"textDocument\":{\"uri\":\"file:///nowhere/x.toc\"}}}");
        out += readUntil(process.getInputStream(), "\"id\":8");
        send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"shutdown\"}");
        out += readUntil(process.getInputStream(), "\"id\":9");
        send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        stdin.close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server ends on exit");
        out += new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "shutdown was honoured: " + err);
        assertFalse(out.contains("\tat ") || err.contains("\tat "), "no stack trace: " + out + err);
        for (String part : out.split("Content-Length: \\d+\r\n\r\n")) {
            assertTrue(part.isEmpty() || part.startsWith("{\"jsonrpc\":\"2.0\""), "only framed JSON-RPC on stdout: " + part);
        }
    }

    private static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    @Test
    void helpNamesTheTransportAndTheDocs() {
        CliRunner.Run result = CliRunner.run("lsp", "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("--stdio"), result.out());
        assertTrue(result.out().contains("docs/lsp.md"), result.out());
    }

    private static Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TocCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static void send(OutputStream out, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String readUntil(InputStream in, String marker) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!seen.toString(StandardCharsets.UTF_8).contains(marker)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no `" + marker + "` on stdout: " + seen);
            }
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("stdout ended before `" + marker + "`: " + seen);
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }
}
