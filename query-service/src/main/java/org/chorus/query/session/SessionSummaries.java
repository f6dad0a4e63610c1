package org.chorus.query.session;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.chorus.kernel.session.SessionFold;
import org.chorus.kernel.session.SessionSnapshot;

/**
 * Where every session stands, folded from its applied events. Status and actions travel in clear, so no key is
 * needed; the sealed texts stay sealed. One read per session: fine for a dashboard over tens of sessions.
 */
public final class SessionSummaries {
    private final MongoCollection<Document> sessions;
    private final SessionLog log;

    public SessionSummaries(MongoDatabase database) {
        this.sessions = database.getCollection(SessionFields.SESSIONS);
        this.log = new SessionLog(database);
    }

    public List<SessionSnapshot> all() {
        List<SessionSnapshot> all = new ArrayList<>();
        sessions.find().projection(Projections.include(SessionFields.ID)).forEach(session -> {
            List<StoredSessionEvent> events = log.events(session.getString(SessionFields.ID));
            if (!events.isEmpty()) {
                all.add(SessionFold.fold(events.stream().map(StoredSessionEvent::event).toList()));
            }
        });
        return all;
    }
}
