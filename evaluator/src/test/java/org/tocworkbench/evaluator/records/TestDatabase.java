package org.tocworkbench.evaluator.records;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The throw-away PostgreSQL database of the tests, which .ci/run creates: URL from
 * {@code TOC_TEST_JDBC_URL} (default {@code jdbc:postgresql://localhost:5432/toc_test}), user and
 * password from {@code TOC_DB_USER} / {@code TOC_DB_PASSWORD} (default {@code toc_test}). When it
 * cannot be reached the tests fail and say how to set it up; {@code -Dtoc.noDatabase=true}
 * leaves them out on purpose.
 */
final class TestDatabase {
    static final String URL = env("TOC_TEST_JDBC_URL", "jdbc:postgresql://localhost:5432/toc_test");
    static final String USER = env("TOC_DB_USER", "toc_test");
    static final String PASSWORD = env("TOC_DB_PASSWORD", "toc_test");

    private TestDatabase() {
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    /** A connection to the test database; skips the test with -Dtoc.noDatabase=true, fails clearly without one. */
    static Connection connect() {
        assumeFalse(Boolean.getBoolean("toc.noDatabase"), "left out on purpose with -Dtoc.noDatabase=true");
        System.setProperty("toc.db.user", USER);
        System.setProperty("toc.db.password", PASSWORD);
        try {
            return DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            return fail("PostgreSQL is needed for this test and cannot be reached at " + URL + " (" + e.getMessage()
                    + "). Install and start it (apt-get install -y postgresql; pg_ctlcluster 15 main start), create"
                    + " the database (see .ci/run), set TOC_TEST_JDBC_URL / TOC_DB_USER / TOC_DB_PASSWORD, or leave"
                    + " the database tests out with -Dtoc.noDatabase=true");
        }
    }
}
