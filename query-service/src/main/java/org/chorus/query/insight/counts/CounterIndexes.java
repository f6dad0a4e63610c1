package org.chorus.query.insight.counts;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Declares the index the filtered themes reports need on MongoDB 8; the embedded store accepts and ignores it. */
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
    }
}
