package org.tocworkbench.compiler.model;

import java.util.Optional;

/**
 * IATI's rules for identifiers (activity identifiers, organisation identifiers): they become parts
 * of web addresses and file names in the IATI Registry and Datastore, so white space and the
 * characters {@code / & | ?} are forbidden; and an activity identifier starts with its reporting
 * organisation's identifier and a hyphen.
 */
public final class IatiIdentifiers {
    /** The characters IATI's identifier rules forbid, besides white space. */
    public static final String FORBIDDEN = "/&|?";

    private IatiIdentifiers() {
    }

    /** The first character IATI forbids in an identifier, if any. */
    public static Optional<Character> forbiddenCharacter(String id) {
        for (char c : id.toCharArray()) {
            if (Character.isWhitespace(c) || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** IATI's rule: the activity identifier is the organisation's identifier, a hyphen, the activity's own id. */
    public static boolean publishedBy(String activityIdentifier, String organisationRef) {
        return activityIdentifier.startsWith(organisationRef + "-");
    }
}
