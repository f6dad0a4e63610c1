package org.chorus.query.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.ChampionProjection;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.ScriptedSession;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every query-service call of API.md, as every dev role, as nobody, with a wrong password and as a champion not
 * enrolled on the campaign, through the real security chain (HTTP Basic) on read models built from real events. The
 * matrix is API.md's table; each answer must be exactly the contract's: 401, 403, 404 for an object out of reach
 * (never revealing it exists), or 200 with the object. ADMIN reads no story content.
 */
@Import(TestKeys.class)
// no broker here: the health line is about who may call it, not whether Kafka is up
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "chorus.rate-limit.enabled=false",
        "management.health.kafka.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("local")
class AuthorisationMatrixTest {
    static final String CHAMPION = "CHAMPION";
    static final String MODERATOR = "MODERATOR";
    static final String FACILITATOR = "FACILITATOR";
    static final String ANALYST = "ANALYST";
    static final String LEAD = "PROGRAMME_LEAD";
    static final String ADMIN = "ADMIN";
    static final Map<String, String> CALLERS = callers();
    static final Set<String> EVERYONE = Set.copyOf(CALLERS.values());
    static final String ANONYMOUS = "(anonymous)";
    static final String WRONG_PASSWORD = "(wrong password)";

    /** What an object-level rule adds to the role check. */
    enum Rule {
        NONE,
        /** A champion reads only campaigns they are enrolled on; another champion gets 404. */
        ENROLLED
    }

    /** One line of API.md: the call ({@code {story}}, {@code {session}}, {@code {campaign}} filled in), roles, rule. */
    record Line(String call, Set<String> roles, Rule rule) {
    }

    static final List<Line> MATRIX = List.of(
            new Line("GET /api/v1/insights/feed", Set.of(ANALYST), Rule.NONE),
            new Line("GET /api/v1/insights/stories/{story}", Set.of(ANALYST), Rule.NONE),
            new Line("GET /api/v1/insights/themes", Set.of(ANALYST, LEAD), Rule.NONE),
            new Line("GET /api/v1/sessions/{session}/timeline", Set.of(FACILITATOR), Rule.NONE),
            new Line("GET /api/v1/sessions/{session}/state?at=3", Set.of(FACILITATOR), Rule.NONE),
            new Line("GET /api/v1/sessions/{session}/power-sharing", Set.of(FACILITATOR, ANALYST, LEAD), Rule.NONE),
            new Line("GET /api/v1/campaigns/{campaign}/progress", Set.of(LEAD, ADMIN, ANALYST, CHAMPION),
                    Rule.ENROLLED),
            new Line("GET /api/v1/dashboard", Set.of(ANALYST, LEAD), Rule.NONE),
            new Line("GET /actuator/prometheus", Set.of(ADMIN), Rule.NONE),
            new Line("GET /actuator/health", EVERYONE, Rule.NONE));

    static final String TITLE = "Night feeds alone on the ward";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "authorisation-matrix");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    StoryProjection stories;
    @Autowired
    SessionProjection sessions;
    @Autowired
    ChampionProjection champions;
    @Autowired
    CampaignProjection campaigns;

    private final StoryId story = StoryId.random();
    private final ScriptedSession session = new ScriptedSession(TestKeys.RING);
    private final UUID campaign = UUID.randomUUID();

    @BeforeEach
    void readModels() {
        stories.apply(Stories.submitted(story, "LEWISHAM", Feeling.MIXED, campaign), 0,
                Instant.parse("2026-11-02T08:00:00Z"));
        stories.apply(Stories.approved(story, TestKeys.RING.seal("key-" + story, TITLE, "Words of " + TITLE)), 1,
                Instant.parse("2026-11-03T08:00:00Z"));
        for (int sequence = 0; sequence < session.events().size(); sequence++) {
            sessions.apply(session.events().get(sequence), sequence, ScriptedSession.at(sequence));
        }
        UUID champion = UUID.randomUUID();
        champions.apply(Campaigns.registered(champion, "Amina Yusuf", "champion"), 0);
        campaigns.apply(Campaigns.launched(campaign, 600), 0);
        campaigns.apply(Campaigns.enrolled(campaign, champion, "champion"), 1);
    }

    @Test
    void everyCallAnswersEveryCallerExactlyAsApiMdSays() throws Exception {
        List<String> callers = new ArrayList<>(CALLERS.keySet());
        callers.add(ANONYMOUS);
        callers.add(WRONG_PASSWORD);
        List<String> wrong = new ArrayList<>();
        StringBuilder summary = new StringBuilder(String.format("%-50s %-42s %-9s", "call", "allowed", "rule"));
        callers.forEach(caller -> summary.append(String.format(" %-11s", caller.substring(0, Math.min(11,
                caller.length())))));
        int cases = 0;
        for (Line line : MATRIX) {
            summary.append(String.format("%n%-50s %-42s %-9s", line.call(), line.roles().equals(EVERYONE) ? "public"
                    : String.join(",", line.roles()), line.rule()));
            for (String caller : callers) {
                int expected = expected(line, caller);
                MockHttpServletResponse reply = send(caller, line);
                cases++;
                summary.append(String.format(" %-11s", reply.getStatus() == expected ? String.valueOf(expected)
                        : reply.getStatus() + "!=" + expected));
                if (reply.getStatus() != expected) {
                    wrong.add(line.call() + " as " + caller + ": " + reply.getStatus() + ", expected " + expected);
                } else if (expected == 200 && line.call().contains("{")) {
                    assertThat(reply.getContentAsString()).as(line.call()).isNotBlank();
                }
            }
        }
        System.out.println("query-service authorisation matrix, " + cases + " cases\n" + summary);
        assertThat(wrong).isEmpty();
    }

    @Test
    void adminReadsNoStoryContent() throws Exception {
        for (String path : List.of("/api/v1/insights/feed", "/api/v1/insights/stories/" + story,
                "/api/v1/insights/feed?q=night")) {
            MockHttpServletResponse reply = mvc.perform(get(path).with(httpBasic("admin", "admin-local")))
                    .andReturn().getResponse();
            assertThat(reply.getStatus()).as(path).isEqualTo(403);
            assertThat(reply.getContentAsString()).doesNotContain(TITLE);
        }
        MockHttpServletResponse analyst = mvc.perform(get("/api/v1/insights/stories/" + story)
                .with(httpBasic("analyst", "analyst-local"))).andReturn().getResponse();
        assertThat(analyst.getContentAsString()).as("the story is there to be read").contains(TITLE);
    }

    private MockHttpServletResponse send(String caller, Line line) throws Exception {
        String path = line.call().substring(4).replace("{story}", story.toString())
                .replace("{session}", session.id.toString()).replace("{campaign}", campaign.toString());
        MockHttpServletRequestBuilder request = get(path);
        if (caller.equals(WRONG_PASSWORD)) {
            request.with(httpBasic("analyst", "not-the-password"));
        } else if (!caller.equals(ANONYMOUS)) {
            request.with(httpBasic(caller, caller + "-local"));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static int expected(Line line, String caller) {
        if (caller.equals(WRONG_PASSWORD)) {
            return 401;
        }
        if (caller.equals(ANONYMOUS)) {
            return line.roles().equals(EVERYONE) ? 200 : 401;
        }
        String role = CALLERS.get(caller);
        if (!line.roles().contains(role)) {
            return 403;
        }
        boolean notEnrolled = role.equals(CHAMPION) && !caller.equals("champion");
        return line.rule() == Rule.ENROLLED && notEnrolled ? 404 : 200;
    }

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("champion", CHAMPION);
        callers.put("champion2", CHAMPION);
        callers.put("moderator", MODERATOR);
        callers.put("facilitator", FACILITATOR);
        callers.put("analyst", ANALYST);
        callers.put("lead", LEAD);
        callers.put("admin", ADMIN);
        return callers;
    }
}
