package org.chorus.query.codebook;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.Theme;

/** The codebook as the read side last learned it from the stream; empty until the first revision arrives. */
public final class KnownCodebook {
    private final MongoCollection<Document> codebook;

    public KnownCodebook(MongoDatabase database) {
        this.codebook = database.getCollection(CodebookProjection.COLLECTION);
    }

    /** Every theme ever published, retired ones included. */
    public List<Theme> themes() {
        Document current = codebook.find(eq("_id", CodebookProjection.CURRENT)).first();
        if (current == null) {
            return List.of();
        }
        return current.getList(CodebookProjection.THEMES, Document.class, List.of()).stream()
                .map(KnownCodebook::theme).toList();
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
