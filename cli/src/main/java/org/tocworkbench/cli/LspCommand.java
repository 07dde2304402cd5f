package org.tocworkbench.cli;

import java.io.FileInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tocworkbench.lsp.LanguageServerLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code toc lsp}: the language server over stdin/stdout. Standard output carries JSON-RPC and
 * nothing else: while the server runs, {@code System.out} is pointed at standard error so that
 * a stray print cannot corrupt the stream.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Run the .toc language server for editors (Language Server Protocol over stdin/stdout).",
                "Diagnostics as you type, hover with monitoring status, definition, references, completion, "
                        + "outline, rename, quick fixes and formatting.",
                "Logs go to standard error. See docs/lsp.md (features) and docs/editors.md (editor set-up)."},
        footerHeading = "%nExample (an editor starts it like this):%n",
        footer = {"  toc lsp --stdio"})
public final class LspCommand implements Callable<Integer> {
    @Option(names = "--stdio", description = "Talk over stdin/stdout (the default and only transport).")
    boolean stdio = true;

    @Override
    public Integer call() {
        PrintStream originalOut = System.out;
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(log);
        try {
            return LanguageServerLauncher.serve(new FileInputStream(FileDescriptor.in), protocolOut, log);
        } finally {
            System.setOut(originalOut);
        }
    }
}
