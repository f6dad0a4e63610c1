package org.chorus.query.campaign;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

import com.mongodb.client.MongoDatabase;
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
import org.chorus.kernel.event.Topics;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.mongo.SequencedDocuments;

/**
 * Applies campaign events to {@code campaigns}, exactly once in effect and in order per campaign, without Mongo
 * transactions: each event is one write to the campaign's document, conditional on its {@code lastSequence}, which it
 * advances. An outreach log adds its people to running totals kept in that document (overall, by champion, by venue
 * type and by ISO week), so the document stays the same size however much outreach a campaign logs.
 */
public final class CampaignProjection {
    private final SequencedDocuments campaigns;

    public CampaignProjection(MongoDatabase database) {
        this(SequencedDocuments.stored(database.getCollection(CampaignFields.CAMPAIGNS), CampaignFields.LAST_SEQUENCE,
                CampaignFields.LAST_SEQUENCE));
    }

    /** Over campaign documents read and written as given (a rebuild's buffer, {@link #buffered}). */
    public CampaignProjection(SequencedDocuments campaigns) {
        this.campaigns = campaigns;
    }

    /** The campaign documents of a database a rebuild fills alone, kept in memory for a poll. */
    public static BufferedDocuments buffered(MongoDatabase database) {
        return new BufferedDocuments(database.getCollection(CampaignFields.CAMPAIGNS), Topics.CAMPAIGN_EVENTS,
                CampaignFields.LAST_SEQUENCE);
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
            return campaigns.insert(launchedAs(launched));
        }
        // written first, on the expectation that this event follows the last applied; read only when it does not
        if (campaigns.update(id, sequence - 1, combine(change(event), set(CampaignFields.LAST_SEQUENCE, sequence)))
                != null) {
            return true;
        }
        long last = lastSequence(id);
        if (last >= sequence) {
            return false;
        }
        throw new CampaignEventOutOfOrderException(id, sequence, last);
    }

    private static Bson change(CampaignEvent event) {
        if (event instanceof ChampionEnrolledEvent enrolled) {
            return push(CampaignFields.ENROLLED, new Document(CampaignFields.CHAMPION_ID,
                    enrolled.championId().toString()).append(CampaignFields.LOGIN, enrolled.championLogin()));
        }
        if (event instanceof OutreachLoggedEvent logged) {
            long people = logged.peopleReached();
            return combine(inc(CampaignFields.REACHED, people),
                    inc(CampaignFields.REACHED_BY_CHAMPION + "." + logged.championId(), people),
                    inc(CampaignFields.REACHED_BY_VENUE + "." + logged.venueType().name(), people),
                    inc(CampaignFields.REACHED_BY_WEEK + "." + IsoWeek.of(logged.date()), people));
        }
        if (event instanceof CampaignClosedEvent) {
            return set(CampaignFields.STATUS, CampaignFields.CLOSED);
        }
        throw new IllegalStateException("campaign " + event.campaignId() + ": " + EventTypes.nameOf(event.getClass())
                + " cannot follow other events");
    }

    private long lastSequence(String id) {
        Document campaign = campaigns.current(id);
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
                .append(CampaignFields.REACHED, 0L)
                .append(CampaignFields.REACHED_BY_CHAMPION, new Document())
                .append(CampaignFields.REACHED_BY_VENUE, new Document())
                .append(CampaignFields.REACHED_BY_WEEK, new Document())
                .append(CampaignFields.LAST_SEQUENCE, 0L);
    }
}
