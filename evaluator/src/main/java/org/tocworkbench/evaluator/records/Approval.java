package org.tocworkbench.evaluator.records;

/**
 * KoboToolbox's validation status as exported: the label ({@code Approved}, {@code Not Approved},
 * {@code On Hold}) or the XML value ({@code validation_status_approved}, ...); blank when a
 * submission was never validated. Only approved submissions are approved.
 */
final class Approval {
    private Approval() {
    }

    static boolean isApproved(String status) {
        return Words.same(status, "approved") || Words.same(status, "validation status approved");
    }
}
