import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a revised copy of a generated theory for bench/diff-benchmark.sh: one result in a
 * hundred renamed (its id and every reference to it), one in a hundred reworded, one target in a
 * hundred raised, and a version line with a date and a reason. Deterministic.
 *
 * Usage: java bench/ReviseToc.java IN.toc OUT.toc
 */
public final class ReviseToc {
    private static final Pattern NODE = Pattern.compile("(?m)^(impact|outcome|output|activity|precondition) (\\S+) \"([^\"]*)\"");
    private static final Pattern TARGET = Pattern.compile("(?m)^(\\s+target )(\\d+)( by )");

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Map<String, String> renames = new LinkedHashMap<>();
        StringBuilder reworded = new StringBuilder();
        Matcher node = NODE.matcher(text);
        int i = 0;
        while (node.find()) {
            if (i % 100 == 50) {
                renames.put(node.group(2), node.group(2) + "R");
            }
            String statement = node.group(3);
            node.appendReplacement(reworded, Matcher.quoteReplacement(node.group(1) + " " + node.group(2) + " \""
                    + (i % 100 == 25 ? statement + ", with partners" : statement) + "\""));
            i++;
        }
        node.appendTail(reworded);
        text = reworded.toString();
        if (!renames.isEmpty()) {
            Pattern ids = Pattern.compile("(?<![\\w.])(" + String.join("|", renames.keySet().stream()
                    .map(Pattern::quote).toList()) + ")(?![\\w.])");
            text = ids.matcher(text).replaceAll(m -> Matcher.quoteReplacement(renames.get(m.group(1))));
        }
        StringBuilder raised = new StringBuilder();
        Matcher target = TARGET.matcher(text);
        int t = 0;
        while (target.find()) {
            long value = Long.parseLong(target.group(2)) + (t++ % 100 == 0 ? 1 : 0);
            target.appendReplacement(raised, Matcher.quoteReplacement(target.group(1) + value + target.group(3)));
        }
        target.appendTail(raised);
        text = raised.toString().replaceFirst("version \"1.0\"",
                "version \"2.0\" at 2026-03-15 level moderate because \"Benchmark revision\"");
        Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
        System.out.println(args[1] + ": " + renames.size() + " results renamed, " + (i + 99) / 100 + " reworded");
    }
}
