package org.chorus.query.campaign.progress;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.chorus.query.campaign.CampaignFields;
import org.chorus.query.mongo.IdCondition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Declares the index progress needs on MongoDB 8 (the embedded store accepts and ignores it), and the
 * {@link IdCondition} index of the campaign projection's conditional writes.
 */
@Component
class CampaignIndexes {
    private final MongoDatabase database;

    CampaignIndexes(MongoDatabase database) {
        this.database = database;
    }

    @EventListener(ApplicationReadyEvent.class)
    void declare() {
        database.getCollection(CampaignFields.STORIES).createIndex(Indexes.ascending(CampaignFields.CAMPAIGN_ID));
        IdCondition.declare(database.getCollection(CampaignFields.CAMPAIGNS), CampaignFields.LAST_SEQUENCE);
    }
}
