package org.chorus.query.codebook;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.chorus.kernel.codebook.CodebookEvent;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.query.mongo.InsertOnce;

/**
 * Keeps the latest codebook revision ({@code codebook}, one document {@code current}). Each revision is the whole
 * codebook, applied only when it is the next one (or the first this store sees), so redelivery changes nothing.
 */
public final class CodebookProjection {
    public static final String COLLECTION = "codebook";
    public static final String CURRENT = "current";
    public static final String REVISION = "revision";
    static final String THEMES = "themes";

    private final MongoCollection<Document> codebook;
    private final Runnable afterRevision;

    public CodebookProjection(MongoDatabase database) {
        this(database, () -> { });
    }

    /** Running {@code afterRevision} after each revision record, so a remembered codebook is read again. */
    public CodebookProjection(MongoDatabase database, Runnable afterRevision) {
        this.codebook = database.getCollection(COLLECTION);
        this.afterRevision = afterRevision;
    }

    /**
     * @return false when the revision was already applied
     * @throws IllegalStateException when a revision in between has not been applied yet
     */
    public boolean apply(CodebookEvent event) {
        try {
            return applyRevision((CodebookRevisedEvent) event);
        } finally {
            afterRevision.run();
        }
    }

    private boolean applyRevision(CodebookRevisedEvent revised) {
        Document current = codebook.find(eq("_id", CURRENT)).first();
        if (current == null) {
            return insertFirst(revised);
        }
        int stored = current.getInteger(REVISION);
        if (revised.revision() <= stored) {
            return false;
        }
        if (revised.revision() != stored + 1) {
            throw new IllegalStateException("codebook revision " + revised.revision() + " arrived after " + stored);
        }
        return codebook.replaceOne(and(eq("_id", CURRENT), eq(REVISION, stored)), document(revised))
                .getModifiedCount() == 1;
    }

    private boolean insertFirst(CodebookRevisedEvent revised) {
        return InsertOnce.insert(codebook, document(revised));
    }

    private static Document document(CodebookRevisedEvent revised) {
        return new Document("_id", CURRENT).append(REVISION, revised.revision())
                .append(THEMES, revised.themes().stream().map(CodebookProjection::theme).toList());
    }

    private static Document theme(Theme theme) {
        return new Document("code", theme.code().value()).append("label", theme.label())
                .append("keywords", List.copyOf(theme.keywords())).append("retired", theme.retired());
    }
}
