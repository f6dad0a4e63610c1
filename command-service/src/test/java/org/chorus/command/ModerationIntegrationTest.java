package org.chorus.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.chorus.kernel.crypto.AesGcm;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.junit.jupiter.api.Test;

/** A story through moderation, coding, responses and withdrawal, with every object-level and state rule. */
@IntegrationTest
class ModerationIntegrationTest extends ServiceTest {

    private String submit(String champion, String title, String narrative) {
        Api.Reply reply = api.post(champion, "/api/v1/stories", Api.json(Stories.submission(title, narrative)));
        assertThat(reply.status()).isEqualTo(202);
        return reply.json().get("id").asText();
    }

    @Test
    void aModeratorReadsDecryptsAndApprovesWithRedactionsAndOnlyThatVersionIsReleased() {
        String narrative = "Dr Alan Smith at the surgery was rude. " + UUID.randomUUID();
        String id = submit("champion", "Surgery", narrative);

        assertThat(api.get("moderator", "/api/v1/moderation/queue").body()).contains(id);
        Api.Reply read = api.get("moderator", "/api/v1/moderation/stories/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("narrative").asText()).isEqualTo(narrative);
        assertThat(read.json().get("storyteller").get("name").asText()).isEqualTo("Ayesha Storyteller");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM content_read_audit WHERE subject_id = ?::uuid AND reader = ?",
                Integer.class, id, "moderator")).isEqualTo(1);

        Api.Reply approve = api.post("moderator", "/api/v1/stories/" + id + "/moderation", Api.json(Map.of(
                "decision", "APPROVE",
                "redactions", List.of(Map.of("field", "narrative", "start", 0, "end", "Dr Alan Smith".length())))));
        assertThat(approve.status()).isEqualTo(202);
        assertThat(approve.json().get("version").asLong()).isEqualTo(1);
        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/moderation",
                Api.json(Map.of("decision", "APPROVE"))).status()).isEqualTo(409);
        assertThat(api.get("moderator", "/api/v1/moderation/queue").body()).doesNotContain(id);

        StoryApprovedEvent approved = approvedEvent(id);
        Api.Reply key = api.send("query-service", "internal-local", "GET",
                "/internal/v1/keys/" + approved.publishedContent().keyId(), null, null);
        assertThat(key.status()).isEqualTo(200);
        byte[] released = java.util.Base64.getDecoder().decode(key.json().get("key").asText());
        assertThat(AesGcm.open(approved.publishedContent(), released))
                .contains("[redacted] at the surgery was rude.").doesNotContain("Alan Smith");
        String originalKey = jdbc.queryForObject("SELECT key_id FROM keystore.data_key WHERE owner_id = ?::uuid"
                + " AND version = 0", String.class, id);
        assertThat(api.send("query-service", "internal-local", "GET", "/internal/v1/keys/" + originalKey, null, null)
                .status()).as("the original is never released").isEqualTo(404);
        assertThat(api.get("analyst", "/internal/v1/keys/" + originalKey).status()).isEqualTo(403);
    }

    @Test
    void analystsCodeAndRespondOnlyToApprovedStories() {
        String id = submit("champion", "Codes", "n");
        String codes = Api.json(Map.of("add", List.of("ACCESS", "TRUST")));

        assertThat(api.post("analyst", "/api/v1/stories/" + id + "/codes", codes).status()).isEqualTo(409);
        api.post("moderator", "/api/v1/stories/" + id + "/moderation", Api.json(Map.of("decision", "APPROVE")));
        assertThat(api.post("analyst", "/api/v1/stories/" + id + "/codes", codes).status()).isEqualTo(202);
        Api.Reply unknownTheme = api.post("analyst", "/api/v1/stories/" + id + "/codes",
                Api.json(Map.of("add", List.of("WEATHER"))));
        assertThat(unknownTheme.status()).isEqualTo(400);
        assertThat(unknownTheme.json().get("errors").get(0).get("field").asText()).isEqualTo("add[0]");
        Api.Reply response = api.post("analyst", "/api/v1/stories/" + id + "/responses",
                Api.json(Map.of("body", "We now offer interpreters at every booking.")));
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("version").asLong()).isEqualTo(3);
        assertThat(api.post("champion", "/api/v1/stories/" + id + "/codes", codes).status()).isEqualTo(403);
        assertThat(api.post("analyst", "/api/v1/stories/" + UUID.randomUUID() + "/codes", codes).status()).isEqualTo(404);
    }

    @Test
    void aChampionCannotTouchAnotherChampionsStory() {
        String id = submit("champion", "Mine", "n");

        assertThat(api.post("champion2", "/api/v1/stories/" + id + "/withdrawal", "{}").status()).isEqualTo(404);
        assertThat(api.put("champion2", "/api/v1/stories/" + id + "/consent",
                Api.json(Stories.consent(true))).status()).isEqualTo(404);
        assertThat(api.put("champion", "/api/v1/stories/" + id + "/consent",
                Api.json(Stories.consent(false))).status()).as("analysis may be withdrawn later").isEqualTo(202);
    }

    @Test
    void withdrawalDestroysEveryKeyAndRefusesEverythingButReading() {
        String id = submit("champion", "Withdraw me", "secret words");
        api.post("moderator", "/api/v1/stories/" + id + "/moderation", Api.json(Map.of("decision", "APPROVE")));
        StoryApprovedEvent approved = approvedEvent(id);

        Api.Reply withdrawn = api.post("champion", "/api/v1/stories/" + id + "/withdrawal", "{\"reason\":\"changed my mind\"}");

        assertThat(withdrawn.status()).isEqualTo(202);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE owner_id = ?::uuid",
                Integer.class, id)).isZero();
        assertThat(api.send("query-service", "internal-local", "GET",
                "/internal/v1/keys/" + approved.publishedContent().keyId(), null, null).status()).isEqualTo(404);
        assertThat(api.post("champion", "/api/v1/stories/" + id + "/withdrawal", "{}").status()).isEqualTo(409);
        assertThat(api.post("analyst", "/api/v1/stories/" + id + "/codes",
                Api.json(Map.of("add", List.of("ACCESS")))).status()).isEqualTo(409);
        Api.Reply read = api.get("moderator", "/api/v1/moderation/stories/" + id);
        assertThat(read.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(read.json().get("narrative").isNull()).isTrue();
        assertThat(api.get("champion", "/api/v1/my/stories").body()).doesNotContain("Withdraw me");
    }

    @Test
    void anEscalatedStoryIsHiddenFromTheChampionAndTheQueue() {
        String id = submit("champion", "Escalate " + UUID.randomUUID(), "n");

        assertThat(api.post("moderator", "/api/v1/stories/" + id + "/moderation",
                Api.json(Map.of("decision", "ESCALATE", "reason", "risk of harm"))).status()).isEqualTo(202);

        assertThat(api.get("champion", "/api/v1/my/stories").body()).doesNotContain(id);
        assertThat(api.get("moderator", "/api/v1/moderation/queue").body()).doesNotContain(id);
        assertThat(api.post("champion", "/api/v1/stories/" + id + "/withdrawal", "{}").status()).isEqualTo(404);
    }

    private StoryApprovedEvent approvedEvent(String id) {
        String json = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND payload_type LIKE '%StoryApprovedEvent'", String.class, id);
        return KernelJson.mapper().readValue(json, StoryApprovedEvent.class);
    }
}
