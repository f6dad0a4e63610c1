package org.chorus.query.session;

/** Field names of the {@code story_citations} read model: which sessions and decisions cited each story. */
public final class CitationFields {
    public static final String COLLECTION = "story_citations";
    public static final String ID = "_id";
    public static final String CITED_BY = "citedBy";
    public static final String SESSION_ID = "sessionId";
    public static final String DECISION_ID = "decisionId";

    private CitationFields() {
    }
}
