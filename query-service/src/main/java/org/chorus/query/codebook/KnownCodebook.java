package org.chorus.query.codebook;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.Theme;
import org.jspecify.annotations.Nullable;

/** The codebook as the read side last learned it from the stream; empty until the first revision arrives. */
public final class KnownCodebook {
    private final MongoCollection<Document> codebook;
    private final boolean remembering;
    private volatile @Nullable List<Theme> remembered;

    public KnownCodebook(MongoDatabase database) {
        this(database, false);
    }

    private KnownCodebook(MongoDatabase database, boolean remembering) {
        this.codebook = database.getCollection(CodebookProjection.COLLECTION);
        this.remembering = remembering;
    }

    /**
     * The codebook of a database whose only writer is the projection that {@link #forget}s it at each revision (a
     * rebuild's): read once per revision rather than once per story whose words are projected.
     */
    public static KnownCodebook remembered(MongoDatabase database) {
        return new KnownCodebook(database, true);
    }

    /** Every theme ever published, retired ones included. */
    public List<Theme> themes() {
        List<Theme> known = remembered;
        if (known != null) {
            return known;
        }
        Document current = codebook.find(eq("_id", CodebookProjection.CURRENT)).first();
        List<Theme> themes = current == null ? List.of()
                : current.getList(CodebookProjection.THEMES, Document.class, List.of()).stream()
                        .map(KnownCodebook::theme).toList();
        if (remembering) {
            remembered = themes;
        }
        return themes;
    }

    /** Reads the codebook again when next asked: a revision was applied. */
    public void forget() {
        remembered = null;
    }

    /** Whether the code was ever published: retired themes stay readable. */
    public boolean knows(String code) {
        return themes().stream().anyMatch(theme -> theme.code().value().equals(code));
    }

    private static Theme theme(Document theme) {
        return new Theme(new ThemeCode(theme.getString("code")), theme.getString("label"),
                theme.getList("keywords", String.class, List.of()), theme.getBoolean("retired", false));
    }
}
