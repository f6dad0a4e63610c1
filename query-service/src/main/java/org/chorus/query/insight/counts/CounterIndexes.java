package org.chorus.query.insight.counts;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.chorus.query.mongo.IdCondition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Declares the index the filtered themes reports need on MongoDB 8 (the embedded store accepts and ignores it), and the
 * {@link IdCondition} indexes of the counter records' conditional writes.
 */
@Component
class CounterIndexes {
    private final MongoDatabase database;

    CounterIndexes(MongoDatabase database) {
        this.database = database;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declare() {
        database.getCollection(CounterFields.THEME_COUNTS).createIndex(Indexes.ascending(CounterFields.FAMILY,
                CounterFields.KEY, CounterFields.PLACE, CounterFields.FEELING, CounterFields.MONTH));
        IdCondition.declare(database.getCollection(CounterFields.THEME_COUNTS), CounterFields.V);
        IdCondition.declare(database.getCollection(CounterFields.STORY_TOTALS), CounterFields.V);
        IdCondition.declare(database.getCollection(CounterFields.COUNTED), CounterFields.STAGE);
        IdCondition.declare(database.getCollection(CounterFields.COUNTED), CounterFields.VERSION);
    }
}
