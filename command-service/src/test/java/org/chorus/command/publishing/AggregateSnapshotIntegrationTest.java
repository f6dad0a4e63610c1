package org.chorus.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sessions and campaigns past {@value SnapshotConfiguration#EVERY} events are snapshotted, and a command after the
 * snapshot still sees everything that happened before it: the rules answer as they would from the whole history.
 */
@IntegrationTest
class AggregateSnapshotIntegrationTest extends ServiceTest {
    private static final int PAST_A_SNAPSHOT = SnapshotConfiguration.EVERY + 5;


    @Test
    void aSessionPastASnapshotKnowsItsEarlierParticipantsAndKeepsTheirNamesSealed() {
        String session = accepted(api.post("facilitator", "/api/v1/sessions", Api.json(Map.of("title",
                "Long session", "topic", "MATERNITY", "place", "LEWISHAM", "scheduledFor", "2026-12-01T10:00:00Z"))))
                .get("id").asText();
        accepted(api.post("facilitator", "/api/v1/sessions/" + session + "/open", "{}"));
        String canary = "Canary " + UUID.randomUUID();
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < PAST_A_SNAPSHOT; i++) {
            participants.add(accepted(api.post("facilitator", "/api/v1/sessions/" + session + "/participants",
                    Api.json(Map.of("displayName", canary + " " + i, "role", "RESIDENT", "livedExperience", true))))
                    .get("participantId").asText());
        }
        assertThat(snapshots(session)).as("one snapshot, older ones replaced").hasSize(1);
        assertThat(snapshots(session).get(0)).doesNotContain(canary);

        JsonNode contribution = accepted(api.post("facilitator", "/api/v1/sessions/" + session
                + "/contributions", Api.json(Map.of("participantId", participants.get(0), "kind", "EXPERIENCE",
                "text", "From before the snapshot"))));
        assertThat(contribution.get("version").asLong()).as("2 + participants, counted from 0")
                .isEqualTo(PAST_A_SNAPSHOT + 2);
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/contributions", Api.json(Map.of(
                "participantId", UUID.randomUUID(), "kind", "EXPERIENCE", "text", "Nobody")))
                .status()).as("an unknown participant is still unknown").isEqualTo(404);
        accepted(api.post("facilitator", "/api/v1/sessions/" + session + "/close", "{}"));
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/participants", Api.json(Map.of(
                "displayName", "Late", "role", "NHS", "livedExperience", false))).status())
                .as("a closed session takes no one").isEqualTo(409);
    }

    @Test
    void aCampaignPastASnapshotKnowsWhoIsEnrolledAndThatItClosed() {
        String enrolled = champion("champion");
        champion("champion2");
        String campaign = accepted(api.post("admin", "/api/v1/campaigns", Api.json(Map.of("name", "Long campaign",
                "theme", "ACCESS", "places", List.of("LEWISHAM"), "target", 100_000, "startsOn", "2026-11-01",
                "endsOn", "2027-02-28")))).get("id").asText();
        accepted(api.post("admin", "/api/v1/campaigns/" + campaign + "/champions",
                Api.json(Map.of("championId", enrolled))));
        for (int i = 0; i < PAST_A_SNAPSHOT; i++) {
            accepted(outreach("champion", campaign));
        }
        assertThat(snapshots(campaign)).hasSize(1);

        assertThat(outreach("champion2", campaign).status()).as("not enrolled before the snapshot").isEqualTo(409);
        assertThat(accepted(outreach("champion", campaign)).get("version").asLong())
                .isEqualTo(PAST_A_SNAPSHOT + 2);
        accepted(api.post("admin", "/api/v1/campaigns/" + campaign + "/close", "{}"));
        assertThat(outreach("champion", campaign).status()).as("closed").isEqualTo(409);
    }

    private Api.Reply outreach(String login, String campaign) {
        return api.post(login, "/api/v1/campaigns/" + campaign + "/outreach", Api.json(Map.of(
                "date", LocalDate.now().minusDays(1).toString(), "peopleReached", 3, "venueType", "FAITH_SPACE")));
    }

    /** The dev logins are shared by every test in this JVM: register each once. */
    private String champion(String login) {
        Api.Reply reply = api.post("admin", "/api/v1/champions", Api.json(Map.of("displayName", "Champion " + login,
                "organisation", "Lewisham Community Champions", "places", List.of("LEWISHAM"), "languages",
                List.of("en"), "login", login)));
        if (reply.status() == 202) {
            return reply.json().get("id").asText();
        }
        assertThat(reply.status()).isEqualTo(409);
        return jdbc.queryForObject("SELECT champion_id::text FROM champion_registry WHERE login = ?", String.class,
                login);
    }

    private List<String> snapshots(String aggregateId) {
        return jdbc.query("SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                (rs, n) -> new String(rs.getBytes("payload"), StandardCharsets.UTF_8), aggregateId);
    }

    private static JsonNode accepted(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json();
    }
}
