package org.chorus.query.campaign;

import static com.mongodb.client.model.Sorts.ascending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.chorus.kernel.campaign.CampaignEvent;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.query.mongo.BufferedDocuments;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.LiveAndRebuilt;
import org.chorus.query.testsupport.RandomDeliveries;
import org.chorus.query.testsupport.RandomDeliveries.Outcome;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rebuild's campaign documents, changed in memory and written once per poll, end exactly as the live projection's,
 * written event by event: the same deliveries (in order, redelivered, ahead of a gap) give the same answers.
 */
class BufferedCampaignsTest {
    private static final VenueType[] VENUES = VenueType.values();

    @AutoClose
    private final LiveAndRebuilt databases = new LiveAndRebuilt();
    private final MongoDatabase live = databases.live;
    private final MongoDatabase rebuilt = databases.rebuilt;
    private final BufferedDocuments buffered = CampaignProjection.buffered(rebuilt);
    private final CampaignProjection direct = new CampaignProjection(live);
    private final CampaignProjection viaBuffer = new CampaignProjection(buffered);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void bufferedDocumentsEndAsTheLiveOnesWhateverTheDeliveries(long seed) {
        Random random = new Random(seed);
        List<List<CampaignEvent>> lives = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lives.add(life(new UUID(seed, i), random));
        }
        Outcome outcome = RandomDeliveries.deliver(random, lives, 1_200, 20,
                (event, sequence) -> answer(() -> direct.apply(event, sequence)),
                (event, sequence) -> answer(() -> viaBuffer.apply(event, sequence)), buffered::flush);

        List<Document> expected = live.getCollection(CampaignFields.CAMPAIGNS).find().sort(ascending("_id"))
                .into(new ArrayList<>());
        assertThat(rebuilt.getCollection(CampaignFields.CAMPAIGNS).find().sort(ascending("_id"))
                .into(new ArrayList<>())).as("seed %s", seed).isEqualTo(expected);
        assertThat(expected).anyMatch(campaign -> ((Number) campaign.get(CampaignFields.REACHED)).longValue() > 0)
                .anyMatch(campaign -> CampaignFields.CLOSED.equals(campaign.getString(CampaignFields.STATUS)));
        assertThat(outcome.refused()).as("deliveries ahead of a gap").isPositive();
    }

    // launched, two champions enrolled, outreach on dates over several weeks, and now and then closed
    private static List<CampaignEvent> life(UUID campaign, Random random) {
        UUID amina = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        List<CampaignEvent> events = new ArrayList<>(List.of(Campaigns.launched(campaign, 5_000),
                Campaigns.enrolled(campaign, amina, "amina"), Campaigns.enrolled(campaign, ben, "ben")));
        for (int i = 0; i < 15; i++) {
            events.add(Campaigns.outreach(campaign, random.nextBoolean() ? amina : ben,
                    "2026-11-" + String.format("%02d", 1 + random.nextInt(30)), 1 + random.nextInt(200),
                    VENUES[random.nextInt(VENUES.length)]));
        }
        if (random.nextBoolean()) {
            events.add(Campaigns.closed(campaign));
        }
        return events;
    }

    private static Object answer(Supplier<Boolean> apply) {
        try {
            return apply.get();
        } catch (CampaignEventOutOfOrderException e) {
            return e.getClass();
        }
    }
}
