package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.chorus.command.support.Api;
import org.chorus.command.support.IntegrationTest;
import org.chorus.command.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every command-service call of API.md, as every dev role, as nobody, with a wrong password and as the wrong owner of
 * the object, over real HTTP on the real engines. The matrix below is API.md's tables; the cases are generated from it
 * and each answer must be exactly the one the contract gives: 401 without valid credentials, 403 for a role not
 * listed, 404 for an object out of the caller's reach (another champion's story, a story outside a moderator's places),
 * 409 for a champion not enrolled on the campaign, and a real 2xx otherwise (valid bodies, fresh objects).
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "chorus.rate-limit.enabled=false")
class AuthorisationMatrixTest extends ServiceTest {
    static final String CHAMPION = "CHAMPION";
    static final String MODERATOR = "MODERATOR";
    static final String FACILITATOR = "FACILITATOR";
    static final String ANALYST = "ANALYST";
    static final String LEAD = "PROGRAMME_LEAD";
    static final String ADMIN = "ADMIN";

    /** Who calls: each dev user with their role, plus nobody and a wrong password. */
    static final Map<String, String> CALLERS = callers();
    static final Set<String> EVERYONE = Set.copyOf(CALLERS.values());
    static final String ANONYMOUS = "(anonymous)";
    static final String WRONG_PASSWORD = "(wrong password)";

    /** What an object-level rule adds to the role check. */
    enum Rule {
        NONE,
        /** The story's own champion, or a moderator of its place; anyone else with the role gets 404. */
        OWN_STORY_OR_PLACE,
        /** Only a moderator of the story's place; a moderator of other places gets 404 (analysts reach any). */
        MODERATOR_PLACE,
        /** Only a champion enrolled on the campaign; another champion gets 409. */
        ENROLLED
    }

    record Call(String method, String path, Map<String, Object> body) {
    }

    /** One line of API.md: the call, the roles allowed, the object rule and how to make a fresh, valid request. */
    record Line(String call, Set<String> roles, Rule rule, Function<Fixtures, Call> request) {
    }

    static final List<Line> MATRIX = List.of(
            // ---- Stories ----
            line("POST /api/v1/stories", Set.of(CHAMPION), Rule.NONE,
                    f -> new Call("POST", "/api/v1/stories", Fixtures.story())),
            line("GET /api/v1/my/stories", Set.of(CHAMPION), Rule.NONE,
                    f -> new Call("GET", "/api/v1/my/stories", null)),
            line("PUT /api/v1/stories/{id}/consent", Set.of(CHAMPION, MODERATOR), Rule.OWN_STORY_OR_PLACE,
                    f -> new Call("PUT", "/api/v1/stories/" + f.pendingStory() + "/consent",
                            org.chorus.command.support.Stories.consent(true))),
            line("POST /api/v1/stories/{id}/withdrawal", Set.of(CHAMPION, MODERATOR), Rule.OWN_STORY_OR_PLACE,
                    f -> new Call("POST", "/api/v1/stories/" + f.pendingStory() + "/withdrawal",
                            Fixtures.map("reason", "Changed my mind"))),
            line("GET /api/v1/moderation/queue", Set.of(MODERATOR), Rule.NONE,
                    f -> new Call("GET", "/api/v1/moderation/queue", null)),
            line("GET /api/v1/moderation/stories/{id}", Set.of(MODERATOR), Rule.MODERATOR_PLACE,
                    f -> new Call("GET", "/api/v1/moderation/stories/" + f.pendingStory(), null)),
            line("POST /api/v1/stories/{id}/moderation", Set.of(MODERATOR), Rule.MODERATOR_PLACE,
                    f -> new Call("POST", "/api/v1/stories/" + f.pendingStory() + "/moderation",
                            Fixtures.moderation())),
            line("POST /api/v1/stories/{id}/redactions", Set.of(MODERATOR), Rule.MODERATOR_PLACE,
                    f -> new Call("POST", "/api/v1/stories/" + f.approvedStory() + "/redactions",
                            Fixtures.redaction())),
            line("POST /api/v1/stories/{id}/codes", Set.of(ANALYST), Rule.NONE,
                    f -> new Call("POST", "/api/v1/stories/" + f.approvedStory() + "/codes", Fixtures.codes())),
            line("POST /api/v1/stories/{id}/responses", Set.of(ANALYST, MODERATOR), Rule.MODERATOR_PLACE,
                    f -> new Call("POST", "/api/v1/stories/" + f.approvedStory() + "/responses",
                            Fixtures.response())),
            // ---- Storyteller self-service (public: the reference and receipt code are the credential) ----
            line("POST /api/v1/storyteller/lookup", EVERYONE, Rule.NONE,
                    f -> new Call("POST", "/api/v1/storyteller/lookup", f.receipt())),
            line("PUT /api/v1/storyteller/consent", EVERYONE, Rule.NONE, f -> {
                Map<String, Object> body = f.receipt();
                body.put("consent", org.chorus.command.support.Stories.consent(true));
                return new Call("PUT", "/api/v1/storyteller/consent", body);
            }),
            line("POST /api/v1/storyteller/withdrawal", EVERYONE, Rule.NONE,
                    f -> new Call("POST", "/api/v1/storyteller/withdrawal", f.receipt())),
            // ---- Co-design sessions ----
            line("POST /api/v1/sessions", Set.of(FACILITATOR), Rule.NONE,
                    f -> new Call("POST", "/api/v1/sessions", Fixtures.session())),
            line("POST /api/v1/sessions/{id}/open", Set.of(FACILITATOR), Rule.NONE,
                    f -> new Call("POST", "/api/v1/sessions/" + f.scheduledSession() + "/open", Map.of())),
            line("POST /api/v1/sessions/{id}/participants", Set.of(FACILITATOR), Rule.NONE,
                    f -> new Call("POST", "/api/v1/sessions/" + f.openSession() + "/participants",
                            Fixtures.participant())),
            line("POST /api/v1/sessions/{id}/contributions", Set.of(FACILITATOR), Rule.NONE, f -> {
                String[] p = f.newParticipant(f.openSession());
                return new Call("POST", "/api/v1/sessions/" + p[0] + "/contributions", Fixtures.contribution(p[1]));
            }),
            line("POST /api/v1/sessions/{id}/proposals", Set.of(FACILITATOR), Rule.NONE, f -> {
                String[] p = f.newParticipant(f.openSession());
                return new Call("POST", "/api/v1/sessions/" + p[0] + "/proposals", Fixtures.proposal(p[1]));
            }),
            line("POST /api/v1/sessions/{id}/proposals/{proposalId}/votes", Set.of(FACILITATOR), Rule.NONE, f -> {
                String[] p = f.newProposal();
                return new Call("POST", "/api/v1/sessions/" + p[0] + "/proposals/" + p[2] + "/votes",
                        Fixtures.vote(p[1]));
            }),
            line("POST /api/v1/sessions/{id}/decisions", Set.of(FACILITATOR), Rule.NONE, f -> {
                String[] p = f.newProposal();
                return new Call("POST", "/api/v1/sessions/" + p[0] + "/decisions", Fixtures.decision(p[2]));
            }),
            line("POST /api/v1/sessions/{id}/actions", Set.of(FACILITATOR), Rule.NONE,
                    f -> new Call("POST", "/api/v1/sessions/" + f.openSession() + "/actions", Fixtures.action())),
            line("POST /api/v1/sessions/{id}/actions/{actionId}/progress", Set.of(FACILITATOR, LEAD), Rule.NONE, f -> {
                String[] a = f.newAction();
                return new Call("POST", "/api/v1/sessions/" + a[0] + "/actions/" + a[1] + "/progress",
                        Fixtures.progress());
            }),
            line("POST /api/v1/sessions/{id}/participants/{participantId}/erasure", Set.of(FACILITATOR), Rule.NONE,
                    f -> {
                        String[] p = f.newParticipant(f.openSession());
                        return new Call("POST", "/api/v1/sessions/" + p[0] + "/participants/" + p[1] + "/erasure",
                                Map.of());
                    }),
            line("POST /api/v1/sessions/{id}/close", Set.of(FACILITATOR), Rule.NONE,
                    f -> new Call("POST", "/api/v1/sessions/" + f.openSession() + "/close", Map.of())),
            // ---- Champions and outreach campaigns ----
            line("POST /api/v1/champions", Set.of(ADMIN), Rule.NONE,
                    f -> new Call("POST", "/api/v1/champions", Fixtures.champion())),
            line("POST /api/v1/campaigns", Set.of(ADMIN), Rule.NONE,
                    f -> new Call("POST", "/api/v1/campaigns", Fixtures.campaign())),
            line("POST /api/v1/campaigns/{id}/champions", Set.of(ADMIN), Rule.NONE,
                    f -> new Call("POST", "/api/v1/campaigns/" + f.newCampaign() + "/champions",
                            Fixtures.map("championId", f.newChampion()))),
            line("POST /api/v1/campaigns/{id}/outreach", Set.of(CHAMPION), Rule.ENROLLED,
                    f -> new Call("POST", "/api/v1/campaigns/" + f.campaignWithOwner() + "/outreach",
                            Fixtures.outreach())),
            line("POST /api/v1/campaigns/{id}/close", Set.of(ADMIN), Rule.NONE,
                    f -> new Call("POST", "/api/v1/campaigns/" + f.newCampaign() + "/close", Map.of())),
            // ---- Operations ----
            line("GET /actuator/prometheus", Set.of(ADMIN), Rule.NONE,
                    f -> new Call("GET", "/actuator/prometheus", null)),
            line("GET /actuator/health", EVERYONE, Rule.NONE,
                    f -> new Call("GET", "/actuator/health", null)));

    @Autowired
    MockMvc mvc;
    Fixtures fixtures;

    @BeforeEach
    void client() {
        fixtures = new Fixtures(new MvcClient(mvc), jdbc);
    }

    @Test
    void everyCallAnswersEveryCallerExactlyAsApiMdSays() {
        List<String> wrong = new ArrayList<>();
        StringBuilder summary = new StringBuilder(String.format("%-64s %-28s %-18s", "call", "allowed", "object rule"));
        List<String> callers = new ArrayList<>(CALLERS.keySet());
        callers.add(ANONYMOUS);
        callers.add(WRONG_PASSWORD);
        callers.forEach(caller -> summary.append(String.format(" %-11s", abbreviate(caller))));
        int cases = 0;
        for (Line line : MATRIX) {
            summary.append(String.format("%n%-64s %-28s %-18s", line.call(), line.roles().equals(EVERYONE)
                    ? "public" : String.join(",", line.roles()), line.rule()));
            Call untouched = line.request().apply(fixtures);
            for (String caller : callers) {
                int expected = expected(line, caller);
                // only a success changes its object: it gets a fresh one, every refusal shares one
                Call call = expected < 300 ? line.request().apply(fixtures) : untouched;
                Api.Reply reply = send(caller, call);
                cases++;
                summary.append(String.format(" %-11s", reply.status() == expected ? String.valueOf(expected)
                        : reply.status() + "!=" + expected));
                if (reply.status() != expected) {
                    wrong.add(line.call() + " as " + caller + ": " + reply.status() + ", expected " + expected + " "
                            + reply.body());
                }
            }
        }
        System.out.println("command-service authorisation matrix, " + cases + " cases\n" + summary);
        assertThat(wrong).isEmpty();
        assertThat(cases).isEqualTo(MATRIX.size() * callers.size());
    }

    @Test
    void adminReadsNoStoryContent() {
        String story = fixtures.pendingStory();
        String title = Fixtures.story().get("title").toString();
        for (String path : List.of("/api/v1/moderation/stories/" + story, "/api/v1/my/stories",
                "/api/v1/moderation/queue")) {
            Api.Reply reply = api.get("admin", path);
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.body()).doesNotContain(title, "four hours");
        }
    }

    @Test
    void aModeratorOutsideTheStorysPlacesNeitherQueuesNorReadsIt() {
        String story = fixtures.pendingStory();

        assertThat(api.get("moderator", "/api/v1/moderation/queue").body()).contains(story);
        Api.Reply elsewhere = api.get("moderator2", "/api/v1/moderation/queue");
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.body()).doesNotContain(story);
        Api.Reply read = api.get("moderator2", "/api/v1/moderation/stories/" + story);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Waiting room");
        assertThat(api.get("moderator2", "/api/v1/moderation/stories/" + UUID.randomUUID()).body())
                .isEqualTo(read.body());
    }

    private static int expected(Line line, String caller) {
        if (caller.equals(WRONG_PASSWORD)) {
            return 401;
        }
        if (caller.equals(ANONYMOUS)) {
            return line.roles().equals(EVERYONE) ? success(line) : 401;
        }
        String role = CALLERS.get(caller);
        if (!line.roles().contains(role)) {
            return 403;
        }
        boolean otherChampion = role.equals(CHAMPION) && !caller.equals(Fixtures.OWNER);
        boolean otherPlaces = caller.equals("moderator2");
        int success = success(line);
        return switch (line.rule()) {
            case NONE -> success;
            case OWN_STORY_OR_PLACE -> otherChampion || otherPlaces ? 404 : success;
            case MODERATOR_PLACE -> otherPlaces ? 404 : success;
            case ENROLLED -> otherChampion ? 409 : success;
        };
    }

    // reads and the storyteller's look-up answer 200; commands 202
    private static int success(Line line) {
        return line.call().startsWith("GET") || line.call().endsWith("/lookup") ? 200 : 202;
    }

    private Api.Reply send(String caller, Call call) {
        String json = call.body() == null ? null : Api.json(call.body());
        if (caller.equals(ANONYMOUS)) {
            return api.send(null, null, call.method(), call.path(), json, null);
        }
        if (caller.equals(WRONG_PASSWORD)) {
            return api.send(Fixtures.OWNER, "not-the-password", call.method(), call.path(), json, null);
        }
        return api.send(caller, call.method(), call.path(), json, null);
    }

    private static String abbreviate(String caller) {
        return caller.length() > 11 ? caller.substring(0, 11) : caller;
    }

    private static Line line(String call, Set<String> roles, Rule rule, Function<Fixtures, Call> request) {
        return new Line(call, roles, rule, request);
    }

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("champion", CHAMPION);
        callers.put("champion2", CHAMPION);
        callers.put("moderator", MODERATOR);
        callers.put("moderator2", MODERATOR);
        callers.put("facilitator", FACILITATOR);
        callers.put("analyst", ANALYST);
        callers.put("lead", LEAD);
        callers.put("admin", ADMIN);
        return callers;
    }
}
