package org.tocworkbench.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code id} attributes of an HTML page, read as a browser reads them (Graphviz writes
 * {@code -} as {@code &#45;}), for tests that an embedded diagram leaves every id one element's.
 */
public final class HtmlIds {
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private HtmlIds() {
    }

    /** Every id of the page, in order. */
    public static List<String> all(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            ids.add(m.group(1).replace("&#45;", "-").replace("&amp;", "&"));
        }
        return ids;
    }

    /** The ids used more than once, each named once, in order of first repeat. */
    public static List<String> duplicates(String html) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new java.util.LinkedHashSet<>();
        for (String id : all(html)) {
            if (!seen.add(id)) {
                twice.add(id);
            }
        }
        return List.copyOf(twice);
    }
}
