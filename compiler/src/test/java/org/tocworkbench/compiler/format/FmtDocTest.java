package org.tocworkbench.compiler.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tocworkbench.compiler.source.SourceFile;

/** docs/fmt.md shows a file before and after formatting; the two examples must agree. */
class FmtDocTest {
    private static final Path DOC = Path.of("../docs/fmt.md");
    private static final Pattern TOC_BLOCK = Pattern.compile("( *)```toc\n(.*?)\n *```", Pattern.DOTALL);

    @Test
    void theBeforeAndAfterExamplesOfTheDocsAgree() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher m = TOC_BLOCK.matcher(doc);
        while (m.find()) {
            String indent = m.group(1);
            blocks.add(m.group(2).replaceAll("(?m)^" + indent, "") + "\n");
        }
        assertTrue(blocks.size() >= 2, "docs/fmt.md should show a block before and after formatting");
        TocFormatter.Result result = new TocFormatter().format(new SourceFile("fmt.md", blocks.get(0)));
        assertTrue(result.ok(), () -> "the example does not parse: " + result.errors());
        assertEquals(blocks.get(1), result.text());
        assertEquals(blocks.get(1), new TocFormatter().format(new SourceFile("fmt.md", blocks.get(1))).text(),
                "the formatted example is formatted");
    }
}
