package org.chorus.query.consumer;

import com.mongodb.client.MongoDatabase;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.session.SessionFields;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Declares the {@link IdCondition} index of the session projection's conditional writes. It lives beside the
 * projection's bean, since the session package is kept free of Spring.
 */
@Component
class SessionIndexes {
    private final MongoDatabase database;

    SessionIndexes(MongoDatabase database) {
        this.database = database;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declare() {
        IdCondition.declare(database.getCollection(SessionFields.SESSIONS), SessionFields.LAST_SEQUENCE);
    }
}
