package org.chorus.query.campaign;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.chorus.kernel.champion.ChampionEvent;
import org.chorus.kernel.champion.ChampionRegisteredEvent;
import org.chorus.kernel.event.EventTypes;
import org.chorus.query.mongo.InsertOnce;

/** Keeps who each champion is ({@code champions}): the name campaign progress shows and the login stories carry. */
public final class ChampionProjection {
    private final MongoCollection<Document> champions;

    public ChampionProjection(MongoDatabase database) {
        this.champions = database.getCollection(CampaignFields.CHAMPIONS);
    }

    /**
     * Applies an event with its sequence number in the champion.
     *
     * @return false when the event was already applied
     */
    public boolean apply(ChampionEvent event, long sequence) {
        String id = event.championId().toString();
        // registration is the only champion event so far, and always the first
        if (sequence != 0 || !(event instanceof ChampionRegisteredEvent)) {
            throw new IllegalArgumentException("champion " + id + ": " + EventTypes.nameOf(event.getClass())
                    + " cannot be event " + sequence);
        }
        ChampionRegisteredEvent registered = (ChampionRegisteredEvent) event;
        return InsertOnce.insert(champions, new Document(CampaignFields.ID, id)
                .append(CampaignFields.DISPLAY_NAME, registered.displayName())
                .append(CampaignFields.ORGANISATION, registered.organisation())
                .append(CampaignFields.LOGIN, registered.login())
                .append(CampaignFields.LAST_SEQUENCE, sequence));
    }
}
