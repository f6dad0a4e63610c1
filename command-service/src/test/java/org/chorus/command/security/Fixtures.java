package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.Stories;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The objects the authorisation matrix and the fuzzer call on, made through the public API as their owners would:
 * stories of {@code champion} in Lewisham (outside {@code moderator2}'s places), sessions run by the facilitator and a
 * campaign {@code champion} is enrolled on ({@code champion2} is not). Each call makes a new object, so a call that
 * succeeds never spoils the next.
 */
final class Fixtures {
    static final String OWNER = "champion";
    private final MvcClient api;
    private final JdbcTemplate jdbc;

    Fixtures(MvcClient api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    // ---- valid bodies, as maps a fuzzer can bend out of shape ----

    static Map<String, Object> story() {
        return Stories.submission("Waiting room", "We waited four hours with a newborn.");
    }

    static Map<String, Object> session() {
        return map("title", "Maternity listening", "topic", "MATERNITY", "place", "LEWISHAM",
                "scheduledFor", "2026-12-02T18:30:00Z");
    }

    static Map<String, Object> participant() {
        return map("displayName", "Ayo Adebayo", "role", "RESIDENT", "livedExperience", true,
                "organisation", "Lewisham Tenants");
    }

    static Map<String, Object> contribution(String participantId) {
        return map("participantId", participantId, "kind", "IDEA", "text", "Evening clinics");
    }

    static Map<String, Object> proposal(String participantId) {
        return map("participantId", participantId, "text", "Open a Saturday clinic");
    }

    static Map<String, Object> vote(String participantId) {
        return map("participantId", participantId, "stance", "SUPPORT");
    }

    static Map<String, Object> decision(String proposalId) {
        return map("proposalId", proposalId, "outcome", "ADOPTED", "rationale", "Most residents asked for it");
    }

    static Map<String, Object> action() {
        return map("description", "Pilot Saturday clinic", "owner", "Lewisham PCN", "dueBy", "2027-03-31");
    }

    static Map<String, Object> progress() {
        return map("status", "IN_PROGRESS", "note", "Rota drafted");
    }

    static Map<String, Object> champion() {
        return map("displayName", "New Champion", "organisation", "Greenwich Refugee Forum", "places",
                List.of("GREENWICH"), "languages", List.of("en", "ar"), "login", "matrix-" + UUID.randomUUID());
    }

    static Map<String, Object> campaign() {
        return map("name", "Winter checks", "theme", "ACCESS", "places", List.of("LEWISHAM", "SOUTHWARK"),
                "target", 500, "startsOn", "2026-11-01", "endsOn", "2027-02-28");
    }

    static Map<String, Object> outreach() {
        return map("date", LocalDate.now().minusDays(1).toString(), "peopleReached", 40, "venueType", "FAITH_SPACE",
                "notes", "Friday prayers");
    }

    static Map<String, Object> moderation() {
        return map("decision", "APPROVE", "reason", "Fine to publish");
    }

    static Map<String, Object> redaction() {
        return map("redactions", List.of(map("field", "narrative", "start", 0, "end", 2)));
    }

    static Map<String, Object> codes() {
        return map("add", List.of("ACCESS"), "remove", List.of("TRUST"));
    }

    static Map<String, Object> response() {
        return map("body", "Thank you: the ward now has a discharge lounge.");
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    // ---- objects ----

    String pendingStory() {
        return created(api.post(OWNER, "/api/v1/stories", Api.json(story())));
    }

    /** A new story's receipt, as its storyteller holds it: {@code {"reference", "receiptCode"}}. */
    Map<String, Object> receipt() {
        Api.Reply reply = api.post(OWNER, "/api/v1/stories", Api.json(story()));
        created(reply);
        return map("reference", reply.json().get("reference").asText(),
                "receiptCode", reply.json().get("receiptCode").asText());
    }

    String approvedStory() {
        String id = pendingStory();
        created(api.post("moderator", "/api/v1/stories/" + id + "/moderation", Api.json(moderation())));
        return id;
    }

    String scheduledSession() {
        return created(api.post("facilitator", "/api/v1/sessions", Api.json(session())));
    }

    String openSession() {
        String id = scheduledSession();
        created(api.post("facilitator", "/api/v1/sessions/" + id + "/open", "{}"));
        return id;
    }

    /** An open session and one participant: {@code [sessionId, participantId]}. */
    String[] newParticipant(String session) {
        Api.Reply reply = api.post("facilitator", "/api/v1/sessions/" + session + "/participants",
                Api.json(participant()));
        created(reply);
        return new String[] {session, reply.json().get("participantId").asText()};
    }

    /** {@code [sessionId, participantId, proposalId]}. */
    String[] newProposal() {
        String[] p = newParticipant(openSession());
        Api.Reply reply = api.post("facilitator", "/api/v1/sessions/" + p[0] + "/proposals", Api.json(proposal(p[1])));
        created(reply);
        return new String[] {p[0], p[1], reply.json().get("proposalId").asText()};
    }

    /** {@code [sessionId, actionId]}. */
    String[] newAction() {
        String session = openSession();
        Api.Reply reply = api.post("facilitator", "/api/v1/sessions/" + session + "/actions", Api.json(action()));
        created(reply);
        return new String[] {session, reply.json().get("actionId").asText()};
    }

    String newChampion() {
        return created(api.post("admin", "/api/v1/champions", Api.json(champion())));
    }

    /** The champion record of a dev login, registered once per JVM (other tests may have done it already). */
    String championOf(String login) {
        Api.Reply reply = api.post("admin", "/api/v1/champions", Api.json(map("displayName", "Champion " + login,
                "organisation", "Lewisham Community Champions", "places", List.of("LEWISHAM"), "languages",
                List.of("en"), "login", login)));
        if (reply.status() == 202) {
            return reply.json().get("id").asText();
        }
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        return jdbc.queryForObject("SELECT champion_id::text FROM champion_registry WHERE login = ?", String.class,
                login);
    }

    String newCampaign() {
        return created(api.post("admin", "/api/v1/campaigns", Api.json(campaign())));
    }

    /** An open campaign with {@link #OWNER} enrolled. */
    String campaignWithOwner() {
        String id = newCampaign();
        created(api.post("admin", "/api/v1/campaigns/" + id + "/champions", Api.json(map("championId",
                championOf(OWNER)))));
        return id;
    }

    private static String created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().get("id").asText();
    }
}
