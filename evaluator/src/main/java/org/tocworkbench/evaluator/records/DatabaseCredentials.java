package org.tocworkbench.evaluator.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user name and password for a database, from the environment or a {@code ~/.pgpass}-style
 * file, never from the .toc file: {@code TOC_DB_USER} / {@code TOC_DB_PASSWORD}, else PostgreSQL's
 * own {@code PGUSER} / {@code PGPASSWORD}, else the first line of the password file
 * ({@code PGPASSFILE}, or {@code ~/.pgpass}) whose {@code host:port:database:user:password}
 * matches the URL ({@code *} matches anything). A program embedding the evaluator may set the
 * system properties {@code toc.db.user} and {@code toc.db.password} instead of the environment.
 */
public final class DatabaseCredentials {
    private static final Pattern URL = Pattern.compile("jdbc:[a-z]+://([^/:?]*)(?::(\\d+))?/([^?]*).*");

    private DatabaseCredentials() {
    }

    static Properties forUrl(String url) {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        // a program that embeds the evaluator (the tests) may pass them as system properties instead
        env.putIfAbsent("TOC_DB_USER", System.getProperty("toc.db.user", ""));
        env.putIfAbsent("TOC_DB_PASSWORD", System.getProperty("toc.db.password", ""));
        return forUrl(url, env, Path.of(System.getProperty("user.home"), ".pgpass"));
    }

    /** The credentials for a URL, with the environment and default password file given (for tests). */
    public static Properties forUrl(String url, Map<String, String> env, Path defaultPassFile) {
        Properties p = new Properties();
        String user = first(env, "TOC_DB_USER", "PGUSER");
        String password = first(env, "TOC_DB_PASSWORD", "PGPASSWORD");
        if (password == null) {
            String file = env.get("PGPASSFILE");
            password = fromPassFile(url, user, file != null ? Path.of(file) : defaultPassFile, p);
            if (user == null && p.containsKey("user")) {
                user = p.getProperty("user");
            }
        }
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    /** A hint for a failed connection: where credentials are looked for when none were found. */
    static String hint(Properties properties) {
        return properties.containsKey("password") ? ""
                : " (no password found: set TOC_DB_USER and TOC_DB_PASSWORD, or PGUSER and PGPASSWORD, or add a line"
                + " host:port:database:user:password to ~/.pgpass)";
    }

    /** A JDBC URL without anything after {@code ?}, where a password could have been put, for messages and reports. */
    public static String withoutParameters(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static String first(Map<String, String> env, String... names) {
        for (String name : names) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String fromPassFile(String url, String user, Path file, Properties found) {
        Matcher m = URL.matcher(url);
        if (!m.matches() || !Files.isRegularFile(file)) {
            return null;
        }
        String host = m.group(1).isEmpty() ? "localhost" : m.group(1);
        String port = m.group(2) == null ? "5432" : m.group(2);
        String database = m.group(3);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return null;
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("(?<!\\\\):", 5);
            if (f.length < 5) {
                continue;
            }
            if (matches(f[0], host) && matches(f[1], port) && matches(f[2], database)
                    && (user == null || matches(f[3], user))) {
                if (!f[3].equals("*")) {
                    found.setProperty("user", unescape(f[3]));
                }
                return unescape(f[4]);
            }
        }
        return null;
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || unescape(field).equals(value);
    }

    private static String unescape(String field) {
        return field.replace("\\:", ":").replace("\\\\", "\\");
    }
}
