// Prints the tokens the real .toc lexer (grammar module, TocLexer) reads from each file, for
// test/lexer-agreement.test.js: one line per token, tab-separated: file index, start and stop
// offsets (in code points, inclusive), token type name. Run as a single-file source program:
//   java -cp grammar/target/classes:antlr4-runtime.jar LexerDump.java FILE...
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.tocworkbench.grammar.TocLexer;

public class LexerDump {
    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
            TocLexer lexer = new TocLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            for (Token t : lexer.getAllTokens()) {
                out.append(i).append('\t').append(t.getStartIndex()).append('\t').append(t.getStopIndex())
                        .append('\t').append(lexer.getVocabulary().getSymbolicName(t.getType())).append('\n');
            }
        }
        System.out.print(out);
    }
}
