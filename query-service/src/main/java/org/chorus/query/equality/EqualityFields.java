package org.chorus.query.equality;

/**
 * Field names of {@code equality_profiles}: one document per story that counts, holding only the group of each
 * answer (never what was typed) and what the story is filtered by.
 */
public final class EqualityFields {
    public static final String COLLECTION = "equality_profiles";
    public static final String ID = "_id";
    public static final String PLACE = "place";
    public static final String THEMES = "themes";
    static final String APPROVED_AT = "approvedAt";
    /** A digest of the sealed profile the groups were read from, so an unchanged profile is not opened again. */
    static final String SOURCE = "source";
    static final String GROUPS = "groups";

    private EqualityFields() {
    }
}
