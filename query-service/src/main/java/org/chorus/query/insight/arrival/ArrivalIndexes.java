package org.chorus.query.insight.arrival;

import com.mongodb.client.MongoDatabase;
import org.chorus.query.mongo.IdCondition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Declares the {@link IdCondition} index of the arrival marks' conditional writes. */
@Component
class ArrivalIndexes {
    private final MongoDatabase database;

    ArrivalIndexes(MongoDatabase database) {
        this.database = database;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declare() {
        IdCondition.declare(database.getCollection(ArrivalFields.MARKS), ArrivalFields.PENDING);
    }
}
