package org.chorus.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.junit.jupiter.api.Test;

/** Champions and campaigns over HTTP on the real engines, including the rules that span aggregates. */
@IntegrationTest
class CampaignApiIntegrationTest extends ServiceTest {

    /** The dev logins are shared by every test in this JVM: register each once. */
    private String champion(String login) {
        Api.Reply reply = api.post("admin", "/api/v1/champions", Api.json(Map.of("displayName", "Champion " + login,
                "organisation", "Lewisham Community Champions", "places", List.of("LEWISHAM"), "languages", List.of("en"),
                "login", login)));
        if (reply.status() == 202) {
            return reply.json().get("id").asText();
        }
        assertThat(reply.status()).isEqualTo(409);
        return jdbc.queryForObject("SELECT champion_id::text FROM champion_registry WHERE login = ?", String.class, login);
    }

    private String campaign(String... enrolled) {
        Api.Reply reply = api.post("admin", "/api/v1/campaigns", Api.json(Map.of("name", "Winter health checks",
                "theme", "ACCESS", "places", List.of("LEWISHAM", "SOUTHWARK"), "target", 600,
                "startsOn", "2026-11-01", "endsOn", "2027-02-28")));
        assertThat(reply.status()).isEqualTo(202);
        String id = reply.json().get("id").asText();
        for (String login : enrolled) {
            assertThat(api.post("admin", "/api/v1/campaigns/" + id + "/champions",
                    Api.json(Map.of("championId", champion(login)))).status()).isEqualTo(202);
        }
        return id;
    }

    private Api.Reply outreach(String login, String campaign, int people) {
        return api.post(login, "/api/v1/campaigns/" + campaign + "/outreach", Api.json(Map.of(
                "date", LocalDate.now().minusDays(1).toString(), "peopleReached", people, "venueType", "FAITH_SPACE")));
    }

    private Api.Reply story(String login, String campaign) {
        Map<String, Object> story = Stories.submission("Campaign story", "n");
        story.put("campaignId", campaign);
        return api.post(login, "/api/v1/stories", Api.json(story));
    }

    @Test
    void enrolledChampionsLogOutreachAndCiteTheCampaignOthersGet409() {
        String campaign = campaign("champion");
        String elsewhere = campaign("champion2");

        Api.Reply logged = outreach("champion", campaign, 45);
        assertThat(logged.status()).isEqualTo(202);
        assertThat(logged.json().get("outreachId").asText()).isNotBlank();
        assertThat(outreach("champion2", campaign, 10).status()).as("not enrolled here").isEqualTo(409);
        assertThat(outreach("analyst", campaign, 10).status()).isEqualTo(403);
        assertThat(story("champion", campaign).status()).isEqualTo(202);
        assertThat(story("champion", elsewhere).status()).as("not enrolled in that campaign").isEqualTo(409);
        assertThat(story("champion", UUID.randomUUID().toString()).status()).isEqualTo(409);

        assertThat(api.post("admin", "/api/v1/campaigns/" + campaign + "/close", "{}").status()).isEqualTo(202);
        assertThat(outreach("champion", campaign, 5).status()).isEqualTo(409);
        assertThat(story("champion", campaign).status()).as("a closed campaign takes no stories").isEqualTo(409);
    }

    @Test
    void badInputAndUnknownIdsAreRefused() {
        String campaign = campaign("champion");

        Api.Reply badLaunch = api.post("admin", "/api/v1/campaigns", Api.json(Map.of("name", "x", "theme", "WEATHER",
                "places", List.of("ATLANTIS"), "target", 0, "startsOn", "2026-11-01", "endsOn", "2026-10-01")));
        assertThat(badLaunch.status()).isEqualTo(400);
        assertThat(badLaunch.body()).contains("\"theme\"").contains("places[0]").contains("\"target\"").contains("\"endsOn\"");
        Api.Reply badOutreach = api.post("champion", "/api/v1/campaigns/" + campaign + "/outreach", Api.json(Map.of(
                "date", LocalDate.now().plusDays(3).toString(), "peopleReached", -1, "venueType", "PUB")));
        assertThat(badOutreach.status()).isEqualTo(400);
        assertThat(api.post("admin", "/api/v1/campaigns/" + campaign + "/champions",
                Api.json(Map.of("championId", UUID.randomUUID()))).status()).isEqualTo(404);
        assertThat(api.post("admin", "/api/v1/campaigns/" + UUID.randomUUID() + "/close", "{}").status()).isEqualTo(404);
        assertThat(api.post("admin", "/api/v1/champions", Api.json(Map.of("displayName", "Again", "organisation", "o",
                "places", List.of("LEWISHAM"), "login", "champion"))).status()).as("one champion per login").isEqualTo(409);
        assertThat(api.post("champion", "/api/v1/campaigns", Api.json(Map.of())).status()).isEqualTo(403);
    }

    @Test
    void noStoryCitingACampaignCommitsAfterTheCampaignClosed() throws Exception {
        String campaign = campaign("champion");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Reply>> stories = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            stories.add(pool.submit(() -> story("champion", campaign)));
            if (i == 8) {
                stories.add(pool.submit(() -> api.post("admin", "/api/v1/campaigns/" + campaign + "/close", "{}")));
            }
        }
        List<String> accepted = new ArrayList<>();
        for (Future<Api.Reply> future : stories) {
            Api.Reply reply = future.get();
            assertThat(reply.status()).isIn(202, 409);
            if (reply.status() == 202 && reply.json().has("reference")) {
                accepted.add(reply.json().get("id").asText());
            }
        }
        pool.shutdown();

        Timestamp closed = jdbc.queryForObject("SELECT pg_xact_commit_timestamp(xmin) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%CampaignClosedEvent'", Timestamp.class, campaign);
        assertThat(accepted).isNotEmpty();
        for (String story : accepted) {
            Timestamp committed = jdbc.queryForObject("SELECT pg_xact_commit_timestamp(xmin) FROM domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND sequence_number = 0", Timestamp.class, story);
            assertThat(committed).as("story " + story + " committed before the close").isBeforeOrEqualTo(closed);
        }
        assertThat(story("champion", campaign).status()).isEqualTo(409);
    }
}
