package org.chorus.query.session.replay;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Optional;
import org.chorus.query.session.ParticipantKeys;
import org.chorus.query.session.SessionLog;
import org.chorus.query.session.StoredSessionEvent;
import org.springframework.stereotype.Component;

/** Loads a session's applied events for replay. */
@Component
public class SessionReader {
    private final SessionLog log;
    private final ParticipantKeys keys;

    SessionReader(MongoDatabase database, ParticipantKeys keys) {
        this.log = new SessionLog(database);
        this.keys = keys;
    }

    /** The session as far as it was projected; empty when no event of it was applied. */
    public Optional<SessionReplay> replay(String sessionId) {
        List<StoredSessionEvent> events = log.events(sessionId);
        return events.isEmpty() ? Optional.empty() : Optional.of(new SessionReplay(events, keys));
    }
}
