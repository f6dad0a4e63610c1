package org.chorus.query.campaign.progress;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.chorus.query.campaign.CampaignFields;
import org.chorus.query.campaign.progress.ProgressTally.Enrolled;
import org.chorus.query.campaign.progress.ProgressTally.Reached;
import org.chorus.query.story.StoryFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a campaign and puts its progress together. The people reached are the totals the campaign's document keeps;
 * a story counts while its story document exists, is not erased and keeps analysis consent, whatever
 * {@code campaign_stories} still says.
 */
@Component
public class CampaignReader {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignReader.class);
    /** The array of outreach ids campaign documents kept before decision 22; no projection writes it now. */
    private static final String OUTREACH_IDS_BEFORE_TOTALS = "outreachIds";

    private final MongoCollection<Document> campaigns;
    private final MongoCollection<Document> champions;
    private final MongoCollection<Document> campaignStories;
    private final MongoCollection<Document> stories;

    CampaignReader(MongoDatabase database) {
        this.campaigns = database.getCollection(CampaignFields.CAMPAIGNS);
        this.champions = database.getCollection(CampaignFields.CHAMPIONS);
        this.campaignStories = database.getCollection(CampaignFields.STORIES);
        this.stories = database.getCollection(StoryFields.COLLECTION);
    }

    /** Empty when no event of the campaign was applied. */
    public Optional<CampaignReport> read(String campaignId) {
        Document campaign = campaigns.find(eq(CampaignFields.ID, campaignId)).first();
        if (campaign == null) {
            return Optional.empty();
        }
        List<Enrolled> enrolled = enrolled(campaign);
        int target = campaign.getInteger(CampaignFields.TARGET);
        CampaignProgress progress = ProgressTally.of(target, enrolled, reached(campaign), storiesByLogin(campaignId));
        return Optional.of(new CampaignReport(campaignId, campaign.getString(CampaignFields.NAME),
                campaign.getString(CampaignFields.THEME), campaign.getString(CampaignFields.STATUS),
                LocalDate.parse(campaign.getString(CampaignFields.STARTS_ON)),
                LocalDate.parse(campaign.getString(CampaignFields.ENDS_ON)),
                ((Number) campaign.get(CampaignFields.LAST_SEQUENCE)).longValue(),
                enrolled.stream().map(Enrolled::login).toList(), progress));
    }

    private List<Enrolled> enrolled(Document campaign) {
        Map<String, String> logins = new LinkedHashMap<>();
        for (Document e : campaign.getList(CampaignFields.ENROLLED, Document.class, List.of())) {
            logins.putIfAbsent(e.getString(CampaignFields.CHAMPION_ID), e.getString(CampaignFields.LOGIN));
        }
        Map<String, String> names = new HashMap<>();
        if (!logins.isEmpty()) {
            champions.find(in(CampaignFields.ID, logins.keySet()))
                    .projection(Projections.include(CampaignFields.DISPLAY_NAME))
                    .forEach(c -> names.put(c.getString(CampaignFields.ID), c.getString(CampaignFields.DISPLAY_NAME)));
        }
        List<Enrolled> enrolled = new ArrayList<>();
        // a champion registered on the other topic may not have been projected yet: show their login meanwhile
        logins.forEach((id, login) -> enrolled.add(new Enrolled(id, names.getOrDefault(id, login), login)));
        return enrolled;
    }

    // A document written before the totals existed (decision 22) has none, or only those added since the upgrade:
    // read what is there, missing as zero, and say the read models need their one rebuild.
    private static Reached reached(Document campaign) {
        if (campaign.containsKey(OUTREACH_IDS_BEFORE_TOTALS)) {
            LOG.warn("Campaign {} was projected before outreach totals existed, so its progress counts only outreach"
                    + " logged since the upgrade; rebuild the read models once (docs/operations.md)",
                    campaign.getString(CampaignFields.ID));
        }
        Number reached = campaign.get(CampaignFields.REACHED, Number.class);
        return new Reached(reached == null ? 0 : reached.longValue(),
                totals(campaign, CampaignFields.REACHED_BY_CHAMPION), totals(campaign, CampaignFields.REACHED_BY_VENUE),
                totals(campaign, CampaignFields.REACHED_BY_WEEK));
    }

    private static Map<String, Long> totals(Document campaign, String field) {
        Map<String, Long> totals = new HashMap<>();
        campaign.get(field, new Document())
                .forEach((key, people) -> totals.put(key, ((Number) people).longValue()));
        return totals;
    }

    private Map<String, Long> storiesByLogin(String campaignId) {
        Map<String, String> loginByStory = new HashMap<>();
        campaignStories.find(eq(CampaignFields.CAMPAIGN_ID, campaignId)).forEach(s -> loginByStory.put(
                s.getString(CampaignFields.ID), s.getString(CampaignFields.STORY_CHAMPION)));
        Map<String, Long> counts = new HashMap<>();
        if (loginByStory.isEmpty()) {
            return counts;
        }
        Set<String> ids = new LinkedHashSet<>(loginByStory.keySet());
        stories.find(in(StoryFields.ID, ids))
                .projection(Projections.include(StoryFields.ERASED, StoryFields.CONSENT_ANALYSIS))
                .forEach(story -> {
                    if (counts(story)) {
                        counts.merge(loginByStory.get(story.getString(StoryFields.ID)), 1L, Long::sum);
                    }
                });
        return counts;
    }

    // consent withdrawn for analysis takes a story out of every count, as a withdrawal does
    private static boolean counts(Document story) {
        Document consent = story.get(StoryFields.CONSENT, Document.class);
        return !story.getBoolean(StoryFields.ERASED, false)
                && (consent == null || consent.getBoolean("analysis", true));
    }
}
