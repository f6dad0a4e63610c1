package org.chorus.query.campaign.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.chorus.kernel.campaign.OutreachLoggedEvent;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.campaign.CampaignEventOutOfOrderException;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.CampaignStories;
import org.chorus.query.campaign.ChampionProjection;
import org.chorus.query.campaign.progress.CampaignProgress.ChampionProgress;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The champion, campaign and story projections feeding campaign progress, on a wire server, without Spring. */
class CampaignProjectionsTest {
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    private final MongoClient client = MongoClients.create(MongoWire.uri());
    private final MongoDatabase database = client.getDatabase("campaign-" + UUID.randomUUID());
    private final ChampionProjection champions = new ChampionProjection(database);
    private final CampaignProjection campaigns = new CampaignProjection(database);
    private final StoryProjection stories = new StoryProjection(database, new KeyRing(), new CampaignStories(database));
    private final CampaignReader reader = new CampaignReader(database);
    private final UUID campaign = UUID.randomUUID();
    private final UUID amina = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final OutreachLoggedEvent aminaAtChurch =
            Campaigns.outreach(campaign, amina, "2026-11-23", 120, VenueType.FAITH_SPACE);

    @BeforeEach
    void enrolAmina() {
        champions.apply(Campaigns.registered(amina, "Amina Yusuf", "champion"), 0);
        champions.apply(Campaigns.registered(ben, "Ben Okafor", "champion2"), 0);
        campaigns.apply(Campaigns.launched(campaign, 1000), 0);
        campaigns.apply(Campaigns.enrolled(campaign, amina, "champion"), 1);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void duplicateOutreachCountsOnce() {
        assertThat(campaigns.apply(aminaAtChurch, 2)).isTrue();

        assertThat(campaigns.apply(aminaAtChurch, 2)).isFalse();
        assertThat(campaigns.apply(Campaigns.launched(campaign, 1000), 0)).isFalse();
        assertThat(campaigns.apply(Campaigns.enrolled(campaign, amina, "champion"), 1)).isFalse();

        CampaignProgress progress = progress();
        assertThat(progress.reached()).isEqualTo(120);
        assertThat(progress.byChampion()).containsExactly(new ChampionProgress(amina.toString(), "Amina Yusuf", 120, 0));
    }

    @Test
    void outreachAfterAGapIsRefusedUntilTheMissingEventArrives() {
        OutreachLoggedEvent later = Campaigns.outreach(campaign, ben, "2026-11-30", 80, VenueType.ESTATE);

        assertThatThrownBy(() -> campaigns.apply(later, 3)).isInstanceOf(CampaignEventOutOfOrderException.class);
        assertThat(progress().reached()).isZero();

        campaigns.apply(Campaigns.enrolled(campaign, ben, "champion2"), 2);
        assertThat(campaigns.apply(later, 3)).isTrue();
        assertThat(progress().reached()).isEqualTo(80);
        assertThat(progress().byChampion()).extracting(ChampionProgress::reached).containsExactly(0L, 80L);
    }

    @Test
    void outreachIsAddedUpByChampionVenueAndWeek() {
        campaigns.apply(Campaigns.enrolled(campaign, ben, "champion2"), 2);
        campaigns.apply(aminaAtChurch, 3);
        campaigns.apply(Campaigns.outreach(campaign, ben, "2026-11-29", 30, VenueType.ESTATE), 4);
        campaigns.apply(Campaigns.outreach(campaign, amina, "2026-12-01", 50, VenueType.FAITH_SPACE), 5);

        CampaignProgress progress = progress();
        assertThat(progress.reached()).isEqualTo(200);
        assertThat(progress.byChampion()).extracting(ChampionProgress::reached).containsExactly(170L, 30L);
        // in the order venue types are declared
        assertThat(progress.byVenueType()).containsExactly(Map.entry("FAITH_SPACE", 170L), Map.entry("ESTATE", 30L));
        assertThat(progress.byWeek()).containsExactly(Map.entry("2026-W48", 150L), Map.entry("2026-W49", 50L));
    }

    @Test
    void theCampaignDocumentStaysOneSizeHoweverMuchOutreachIsLogged() {
        campaigns.apply(aminaAtChurch, 2);
        Document once = campaignDocument();

        for (long sequence = 3; sequence < 203; sequence++) {
            campaigns.apply(Campaigns.outreach(campaign, amina, "2026-11-24", 100, VenueType.FAITH_SPACE), sequence);
        }

        assertThat(progress().reached()).isEqualTo(120 + 200 * 100);
        Document after = campaignDocument();
        assertThat(after.keySet()).isEqualTo(once.keySet());
        for (String tally : List.of("reachedByChampion", "reachedByVenue", "reachedByWeek")) {
            assertThat(after.get(tally, Document.class).keySet()).as(tally)
                    .isEqualTo(once.get(tally, Document.class).keySet()).hasSize(1);
        }
    }

    @Test
    void aCampaignProjectedBeforeTheTotalsExistedReadsAsNothingReachedUntilTheRebuild() {
        // the shape decision 22 replaced: outreach ids on the campaign, no totals
        database.getCollection("campaigns").updateOne(Filters.eq("_id", campaign.toString()), new Document("$unset",
                new Document("reached", "").append("reachedByChampion", "").append("reachedByVenue", "")
                        .append("reachedByWeek", "")).append("$set", new Document("outreachIds", List.of("o-1"))));

        assertThat(progress().reached()).isZero();
        assertThat(progress().byChampion()).containsExactly(new ChampionProgress(amina.toString(), "Amina Yusuf", 0, 0));

        campaigns.apply(aminaAtChurch, 2);
        assertThat(progress().reached()).isEqualTo(120);
        assertThat(progress().byVenueType()).containsExactly(Map.entry("FAITH_SPACE", 120L));
    }

    @Test
    void closingKeepsTheCountsAndMarksTheCampaignClosed() {
        campaigns.apply(aminaAtChurch, 2);
        campaigns.apply(Campaigns.closed(campaign), 3);

        CampaignReport report = reader.read(campaign.toString()).orElseThrow();
        assertThat(report.status()).isEqualTo("CLOSED");
        assertThat(report.version()).isEqualTo(3);
        assertThat(report.progress().reached()).isEqualTo(120);
    }

    @Test
    void championRegisteredTwiceIsKeptOnce() {
        assertThat(champions.apply(Campaigns.registered(amina, "Amina Yusuf", "champion"), 0)).isFalse();

        assertThat(database.getCollection("champions").find(Filters.eq("_id", amina.toString())).first())
                .isEqualTo(new Document("_id", amina.toString()).append("displayName", "Amina Yusuf")
                        .append("organisation", "Age UK Lewisham").append("login", "champion")
                        .append("lastSequence", 0L));
    }

    @Test
    void storyCollectedByAnEnrolledChampionCounts() {
        StoryId story = StoryId.random();
        stories.apply(Stories.collected(story, campaign, "champion"), 0, AT);

        assertThat(progress().storiesCollected()).isEqualTo(1);
        assertThat(progress().byChampion()).extracting(ChampionProgress::stories).containsExactly(1L);
    }

    @Test
    void withdrawnStoryStopsCounting() {
        StoryId story = StoryId.random();
        stories.apply(Stories.collected(story, campaign, "champion"), 0, AT);
        stories.apply(Stories.withdrawn(story), 1, AT);

        assertThat(progress().storiesCollected()).isZero();
        assertThat(campaignStory(story)).isNull();
    }

    @Test
    void submissionRedeliveredAfterTheWithdrawalDoesNotCountAgain() {
        StoryId story = StoryId.random();
        stories.apply(Stories.collected(story, campaign, "champion"), 0, AT);
        stories.apply(Stories.withdrawn(story), 1, AT);

        assertThat(stories.apply(Stories.collected(story, campaign, "champion"), 0, AT)).isFalse();

        assertThat(campaignStory(story)).isNull();
        assertThat(progress().storiesCollected()).isZero();
    }

    @Test
    void submissionArrivingAfterItsWithdrawalNeverCounts() {
        StoryId story = StoryId.random();
        stories.apply(Stories.withdrawn(story), 1, AT);
        stories.apply(Stories.collected(story, campaign, "champion"), 0, AT);

        assertThat(campaignStory(story)).isNull();
        assertThat(progress().storiesCollected()).isZero();
    }

    @Test
    void storyOfAChampionNotEnrolledDoesNotCount() {
        stories.apply(Stories.collected(StoryId.random(), campaign, "champion2"), 0, AT);
        stories.apply(Stories.collected(StoryId.random(), UUID.randomUUID(), "champion"), 0, AT);
        stories.apply(Stories.submitted(StoryId.random()), 0, AT);

        assertThat(progress().storiesCollected()).isZero();
        assertThat(progress().byChampion()).containsExactly(new ChampionProgress(amina.toString(), "Amina Yusuf", 0, 0));
    }

    @Test
    void storyWithoutAnalysisConsentStopsCountingUntilItIsGivenAgain() {
        StoryId story = StoryId.random();
        stories.apply(Stories.collected(story, campaign, "champion"), 0, AT);
        stories.apply(Stories.consent(story, false), 1, AT);
        assertThat(progress().storiesCollected()).isZero();

        stories.apply(Stories.consent(story, true), 2, AT);
        assertThat(progress().storiesCollected()).isEqualTo(1);
    }

    @Test
    void championNotProjectedYetIsShownByLogin() {
        UUID cat = UUID.randomUUID();
        campaigns.apply(Campaigns.enrolled(campaign, cat, "cat.novak"), 2);

        assertThat(progress().byChampion()).extracting(ChampionProgress::displayName)
                .containsExactly("Amina Yusuf", "cat.novak");
        assertThat(reader.read(campaign.toString()).orElseThrow().enrolledLogins())
                .isEqualTo(List.of("champion", "cat.novak"));
    }

    private CampaignProgress progress() {
        return reader.read(campaign.toString()).orElseThrow().progress();
    }

    private Document campaignDocument() {
        return database.getCollection("campaigns").find(Filters.eq("_id", campaign.toString())).first();
    }

    private Document campaignStory(StoryId story) {
        return database.getCollection("campaign_stories").find(Filters.eq("_id", story.toString())).first();
    }
}
