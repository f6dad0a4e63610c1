package org.chorus.query.consumer;

import com.mongodb.client.MongoDatabase;
import org.chorus.query.campaign.CampaignFields;
import org.chorus.query.insight.arrival.ArrivalFields;
import org.chorus.query.insight.counts.CounterFields;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.session.SessionFields;
import org.chorus.query.story.StoryFields;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Declares the {@link IdCondition} indexes of the projections' conditional writes in the active read models. A
 * rebuild copies them into the fresh database before it writes.
 */
@Component
class ConditionIndexes {
    private final MongoDatabase database;

    ConditionIndexes(MongoDatabase database) {
        this.database = database;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declare() {
        IdCondition.declare(database.getCollection(StoryFields.COLLECTION), StoryFields.LAST_SEQUENCE);
        IdCondition.declare(database.getCollection(SessionFields.SESSIONS), SessionFields.LAST_SEQUENCE);
        IdCondition.declare(database.getCollection(CampaignFields.CAMPAIGNS), CampaignFields.LAST_SEQUENCE);
        IdCondition.declare(database.getCollection(CounterFields.COUNTED), CounterFields.STAGE);
        IdCondition.declare(database.getCollection(CounterFields.COUNTED), CounterFields.VERSION);
        IdCondition.declare(database.getCollection(ArrivalFields.MARKS), ArrivalFields.PENDING);
    }
}
