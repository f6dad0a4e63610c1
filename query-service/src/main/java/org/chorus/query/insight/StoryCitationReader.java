package org.chorus.query.insight;

import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.chorus.query.session.CitationFields;

/** Which co-design sessions and decisions cited stories, as the session projection recorded it. */
final class StoryCitationReader {
    private final MongoCollection<Document> citations;

    StoryCitationReader(MongoDatabase database) {
        this.citations = database.getCollection(CitationFields.COLLECTION);
    }

    /** The citations of each given story that was cited at all. */
    Map<String, List<StoryView.Citation>> of(Collection<String> storyIds) {
        Map<String, List<StoryView.Citation>> found = new HashMap<>();
        if (storyIds.isEmpty()) {
            return found;
        }
        citations.find(in(CitationFields.ID, storyIds)).forEach(story -> found.put(story.getString(CitationFields.ID),
                story.getList(CitationFields.CITED_BY, Document.class, List.of()).stream()
                        .map(c -> new StoryView.Citation(c.getString(CitationFields.SESSION_ID),
                                c.getString(CitationFields.DECISION_ID)))
                        .toList()));
        return found;
    }

    List<StoryView.Citation> of(String storyId) {
        return of(List.of(storyId)).getOrDefault(storyId, List.of());
    }
}
