package org.chorus.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.chorus.command.support.Stories;
import org.junit.jupiter.api.Test;

/** The session calls over HTTP on the real engines, with their state rules, 404s for foreign ids and 400s. */
@IntegrationTest
class SessionApiIntegrationTest extends ServiceTest {

    private String schedule() {
        Api.Reply reply = api.post("facilitator", "/api/v1/sessions", Api.json(Map.of("title", "Maternity listening",
                "topic", "MATERNITY", "place", "LEWISHAM", "scheduledFor", "2026-12-01T10:00:00Z")));
        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.header("Location")).endsWith("/api/v1/sessions/" + reply.json().get("id").asText());
        return reply.json().get("id").asText();
    }

    private String join(String session, String name, String role) {
        Api.Reply reply = api.post("facilitator", "/api/v1/sessions/" + session + "/participants",
                Api.json(Map.of("displayName", name, "role", role, "livedExperience", true)));
        assertThat(reply.status()).isEqualTo(202);
        return reply.json().get("participantId").asText();
    }

    @Test
    void aSessionRunsThroughEveryStepWithVersionsAndIds() {
        String story = api.post("champion", "/api/v1/stories", Api.json(Stories.submission("Evidence", "n")))
                .json().get("id").asText();
        String session = schedule();
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/participants",
                Api.json(Map.of("displayName", "Too early", "role", "NHS", "livedExperience", false))).status())
                .as("a scheduled session takes no participants").isEqualTo(409);
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/open", "{}").status()).isEqualTo(202);
        String ayo = join(session, "Ayo " + UUID.randomUUID(), "RESIDENT");
        String nurse = join(session, "Nurse", "NHS");

        Api.Reply contribution = api.post("facilitator", "/api/v1/sessions/" + session + "/contributions", Api.json(Map.of(
                "participantId", ayo, "kind", "EXPERIENCE", "text", "No interpreter came", "evidenceStoryIds", List.of(story))));
        assertThat(contribution.status()).isEqualTo(202);
        Api.Reply proposal = api.post("facilitator", "/api/v1/sessions/" + session + "/proposals", Api.json(Map.of(
                "participantId", ayo, "text", "Book interpreters at booking",
                "contributionIds", List.of(contribution.json().get("contributionId").asText()))));
        String proposalId = proposal.json().get("proposalId").asText();
        String votes = "/api/v1/sessions/" + session + "/proposals/" + proposalId + "/votes";
        assertThat(api.post("facilitator", votes, Api.json(Map.of("participantId", nurse, "stance", "OPPOSE"))).status())
                .isEqualTo(202);
        assertThat(api.post("facilitator", votes, Api.json(Map.of("participantId", nurse, "stance", "SUPPORT"))).status())
                .isEqualTo(202);
        Api.Reply decision = api.post("facilitator", "/api/v1/sessions/" + session + "/decisions", Api.json(Map.of(
                "proposalId", proposalId, "outcome", "ADOPTED", "rationale", "Most support it")));
        assertThat(decision.status()).isEqualTo(202);
        assertThat(api.post("facilitator", votes, Api.json(Map.of("participantId", ayo, "stance", "SUPPORT"))).status())
                .as("no votes after the decision").isEqualTo(409);
        Api.Reply action = api.post("facilitator", "/api/v1/sessions/" + session + "/actions", Api.json(Map.of(
                "decisionId", decision.json().get("decisionId").asText(), "description", "Book interpreters",
                "owner", "Maternity lead", "dueBy", "2027-01-31")));
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/close", "{}").status()).isEqualTo(202);
        Api.Reply progress = api.post("lead", "/api/v1/sessions/" + session + "/actions/"
                + action.json().get("actionId").asText() + "/progress", Api.json(Map.of("status", "DONE", "note", "in place")));
        assertThat(progress.status()).as("progress after close, by a programme lead").isEqualTo(202);
        Api.Reply erased = api.post("facilitator", "/api/v1/sessions/" + session + "/participants/" + ayo + "/erasure", "{}");

        assertThat(erased.status()).isEqualTo(202);
        assertThat(erased.json().get("version").asLong()).as("thirteen events: 0 to 12").isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE owner_id = ?::uuid", Integer.class,
                ayo)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM session_directory WHERE session_id = ?::uuid", String.class,
                session)).isEqualTo("CLOSED");
    }

    @Test
    void foreignIdsAre404AndBadFieldsAre400() {
        String session = schedule();
        api.post("facilitator", "/api/v1/sessions/" + session + "/open", "{}");
        String ayo = join(session, "Ayo", "RESIDENT");

        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/proposals/" + UUID.randomUUID() + "/votes",
                Api.json(Map.of("participantId", ayo, "stance", "SUPPORT"))).status()).isEqualTo(404);
        assertThat(api.post("facilitator", "/api/v1/sessions/" + UUID.randomUUID() + "/open", "{}").status()).isEqualTo(404);
        Api.Reply bad = api.post("facilitator", "/api/v1/sessions/" + session + "/contributions", Api.json(Map.of(
                "participantId", ayo, "kind", "IDEA", "text", "", "evidenceStoryIds", List.of(UUID.randomUUID()))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"text\"").contains("evidenceStoryIds[0]");
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/participants",
                Api.json(Map.of("displayName", "x", "role", "MAYOR", "livedExperience", true))).status()).isEqualTo(400);
        assertThat(api.post("analyst", "/api/v1/sessions/" + session + "/close", "{}").status()).isEqualTo(403);
    }
}
