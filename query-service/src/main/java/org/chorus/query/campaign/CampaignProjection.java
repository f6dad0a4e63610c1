package org.chorus.query.campaign;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.addToSet;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chorus.kernel.campaign.CampaignClosedEvent;
import org.chorus.kernel.campaign.CampaignEvent;
import org.chorus.kernel.campaign.CampaignLaunchedEvent;
import org.chorus.kernel.campaign.ChampionEnrolledEvent;
import org.chorus.kernel.campaign.OutreachLoggedEvent;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.event.EventTypes;
import org.chorus.query.mongo.IdCondition;
import org.chorus.query.mongo.InsertOnce;

/**
 * Applies campaign events to {@code campaigns} and {@code campaign_outreach}, exactly once in effect and in order per
 * campaign, without Mongo transactions: an outreach document is written first (idempotently), and only then does the
 * campaign's {@code lastSequence} advance, in the same conditional write that makes the outreach count.
 */
public final class CampaignProjection {
    private final MongoCollection<Document> campaigns;
    private final MongoCollection<Document> outreach;

    public CampaignProjection(MongoDatabase database) {
        this.campaigns = database.getCollection(CampaignFields.CAMPAIGNS);
        this.outreach = database.getCollection(CampaignFields.OUTREACH);
    }

    /**
     * Applies an event with its sequence number in the campaign.
     *
     * @return false when the event was already applied
     * @throws CampaignEventOutOfOrderException when an earlier event of the campaign has not been applied yet
     */
    public boolean apply(CampaignEvent event, long sequence) {
        String id = event.campaignId().toString();
        if ((sequence == 0) != (event instanceof CampaignLaunchedEvent)) {
            throw new IllegalArgumentException("campaign " + id + ": " + EventTypes.nameOf(event.getClass())
                    + " cannot be event " + sequence);
        }
        if (event instanceof CampaignLaunchedEvent launched) {
            return InsertOnce.insert(campaigns, launchedAs(launched));
        }
        long last = lastSequence(id);
        if (sequence <= last) {
            return false;
        }
        if (sequence > last + 1) {
            throw new CampaignEventOutOfOrderException(id, sequence, last);
        }
        return advance(id, sequence, change(event, sequence));
    }

    private Bson change(CampaignEvent event, long sequence) {
        if (event instanceof ChampionEnrolledEvent enrolled) {
            return push(CampaignFields.ENROLLED, new Document(CampaignFields.CHAMPION_ID,
                    enrolled.championId().toString()).append(CampaignFields.LOGIN, enrolled.championLogin()));
        }
        if (event instanceof OutreachLoggedEvent logged) {
            keep(logged, sequence);
            return addToSet(CampaignFields.OUTREACH_IDS, logged.outreachId().toString());
        }
        if (event instanceof CampaignClosedEvent) {
            return set(CampaignFields.STATUS, CampaignFields.CLOSED);
        }
        throw new IllegalStateException("campaign " + event.campaignId() + ": " + EventTypes.nameOf(event.getClass())
                + " cannot follow other events");
    }

    // a replace with the same content: an interrupted attempt that wrote it already changes nothing
    private void keep(OutreachLoggedEvent logged, long sequence) {
        String id = logged.outreachId().toString();
        outreach.replaceOne(eq(CampaignFields.ID, id), new Document(CampaignFields.ID, id)
                .append(CampaignFields.CAMPAIGN_ID, logged.campaignId().toString())
                .append(CampaignFields.SEQUENCE, sequence)
                .append(CampaignFields.CHAMPION_ID, logged.championId().toString())
                .append(CampaignFields.DATE, logged.date().toString())
                .append(CampaignFields.PEOPLE_REACHED, logged.peopleReached())
                .append(CampaignFields.VENUE_TYPE, logged.venueType().name()), new ReplaceOptions().upsert(true));
    }

    private boolean advance(String id, long sequence, Bson change) {
        UpdateResult result = campaigns.updateOne(IdCondition.filter(id, CampaignFields.LAST_SEQUENCE, sequence - 1),
                combine(change, set(CampaignFields.LAST_SEQUENCE, sequence)));
        if (result.getMatchedCount() == 1) {
            return true;
        }
        long now = lastSequence(id);
        if (now >= sequence) {
            return false;
        }
        throw new CampaignEventOutOfOrderException(id, sequence, now);
    }

    private long lastSequence(String id) {
        Document campaign = campaigns.find(eq(CampaignFields.ID, id))
                .projection(Projections.include(CampaignFields.LAST_SEQUENCE)).first();
        return campaign == null ? -1 : ((Number) campaign.get(CampaignFields.LAST_SEQUENCE)).longValue();
    }

    private static Document launchedAs(CampaignLaunchedEvent launched) {
        return new Document(CampaignFields.ID, launched.campaignId().toString())
                .append(CampaignFields.NAME, launched.name())
                .append(CampaignFields.THEME, launched.theme().value())
                .append(CampaignFields.PLACES, launched.places().stream().map(PlaceCode::value).toList())
                .append(CampaignFields.TARGET, launched.target())
                .append(CampaignFields.STARTS_ON, launched.startsOn().toString())
                .append(CampaignFields.ENDS_ON, launched.endsOn().toString())
                .append(CampaignFields.STATUS, CampaignFields.OPEN)
                .append(CampaignFields.ENROLLED, List.of())
                .append(CampaignFields.OUTREACH_IDS, List.of())
                .append(CampaignFields.LAST_SEQUENCE, 0L);
    }
}
