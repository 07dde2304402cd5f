package org.tocworkbench.evaluator.standards;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out the identifiers of an imported theory: a code from the source when it is a valid
 * {@code .toc} identifier, else one made from the result level and the source's numbering; each
 * identifier once (a second {@code OP1} becomes {@code OP1_2}).
 */
final class Identifiers {
    private static final Pattern IDENT = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*([.\\-][\\p{L}\\p{N}_]+)*");
    private final Set<String> taken = new HashSet<>();

    /** True when the text can be used as written as an identifier (not a plain word, which might be a keyword). */
    static boolean usable(String text) {
        return IDENT.matcher(text).matches() && !text.equals(text.toLowerCase(Locale.ROOT));
    }

    /** {@code wanted} made valid ({@code 1.2} → {@code prefix1.2}) and unique. */
    String allocate(String wanted, String prefix) {
        String base = usable(wanted) ? wanted : prefix + sanitise(wanted);
        if (!IDENT.matcher(base).matches()) {
            base = prefix;
        }
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    /** Reserves an identifier that is already valid (an id from a JSON model). */
    boolean reserve(String id) {
        return taken.add(id.toLowerCase(Locale.ROOT));
    }

    private static String sanitise(String text) {
        String cleaned = text.strip().replaceAll("[^\\p{L}\\p{N}_.]+", "_").replaceAll("\\.{2,}", ".")
                .replaceAll("^[._]+|[._]+$", "");
        return cleaned;
    }
}
