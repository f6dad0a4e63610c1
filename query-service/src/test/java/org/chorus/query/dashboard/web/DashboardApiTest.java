package org.chorus.query.dashboard.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.session.ActionAgreedEvent;
import org.chorus.kernel.session.ActionProgressedEvent;
import org.chorus.kernel.session.ActionStatus;
import org.chorus.kernel.session.SessionClosedEvent;
import org.chorus.kernel.session.SessionEvent;
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@Import(TestKeys.class)
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class DashboardApiTest {
    static final KeyRing KEYS = TestKeys.RING;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final Instant AT = Instant.parse("2026-06-10T10:00:00Z");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "dashboard-api");
    }


    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    StoryProjection stories;
    @Autowired
    SessionProjection sessions;
    @Autowired
    CampaignProjection campaigns;

    private final UUID reaching = UUID.randomUUID();
    private final UUID starting = UUID.randomUUID();

    @BeforeEach
    void programme() {
        List.of("stories", "story_counted", "theme_counts", "story_totals", "sessions", "session_events",
                "campaigns", "campaign_stories", "champions")
                .forEach(collection -> database.getCollection(collection).drop());
        approved(StoryId.random(), "LEWISHAM", "ACCESS", "TRUST");
        approved(StoryId.random(), "LEWISHAM", "ACCESS");
        approved(StoryId.random(), "BROMLEY");
        StoryId optedOut = approved(StoryId.random(), "BROMLEY", "ACCESS");
        stories.apply(Stories.consent(optedOut, false), 3, AT);
        stories.apply(Stories.submitted(StoryId.random()), 0, AT);
        StoryId rejected = StoryId.random();
        stories.apply(Stories.submitted(rejected), 0, AT);
        stories.apply(new StoryRejectedEvent(rejected, "moderator", null), 1, AT);
        StoryId withdrawn = approved(StoryId.random(), "LEWISHAM", "ACCESS");
        stories.apply(Stories.withdrawn(withdrawn), 3, AT);

        UUID late = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        UUID lateAfterClosing = UUID.randomUUID();
        SessionId open = SessionId.random();
        session(open, new SessionOpenedEvent(open, "facilitator"),
                agreed(open, late, TODAY.minusDays(10)),
                agreed(open, done, TODAY.minusDays(5)), progressed(open, done, ActionStatus.DONE),
                agreed(open, dropped, TODAY.minusDays(3)), progressed(open, dropped, ActionStatus.DROPPED),
                agreed(open, UUID.randomUUID(), TODAY), agreed(open, UUID.randomUUID(), TODAY.plusDays(5)));
        SessionId closed = SessionId.random();
        session(closed, new SessionOpenedEvent(closed, "facilitator"),
                agreed(closed, lateAfterClosing, TODAY.minusDays(1)), new SessionClosedEvent(closed, "facilitator"),
                progressed(closed, lateAfterClosing, ActionStatus.IN_PROGRESS));
        SessionId scheduled = SessionId.random();
        session(scheduled);

        campaigns.apply(Campaigns.launched(reaching, 600), 0);
        campaigns.apply(Campaigns.outreach(reaching, UUID.randomUUID(), "2026-11-23", 800, VenueType.FAITH_SPACE), 1);
        campaigns.apply(Campaigns.outreach(reaching, UUID.randomUUID(), "2026-11-24", 100, VenueType.SCHOOL), 2);
        campaigns.apply(Campaigns.launched(starting, 100), 0);
    }

    @Test
    void analystsAndLeadsSeeTheProgrammeAtAGlance() throws Exception {
        for (String user : List.of("analyst", "lead")) {
            mvc.perform(get("/api/v1/dashboard").with(httpBasic(user, user + "-local")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andExpect(content().json("""
                            {"stories":{"byStatus":{"APPROVED":4,"PENDING_MODERATION":1,"REJECTED":1},
                                        "byTheme":{"ACCESS":2,"TRUST":1},
                                        "byPlace":{"LEWISHAM":2,"BROMLEY":1}},
                             "openSessions":1,
                             "overdueActions":2}
                            """))
                    .andExpect(jsonPath("$.stories.byStatus.length()").value(3))
                    .andExpect(jsonPath("$.stories.byTheme.length()").value(2))
                    .andExpect(jsonPath("$.stories.byPlace.length()").value(2))
                    .andExpect(jsonPath("$.campaigns.length()").value(2))
                    .andExpect(jsonPath("$.campaigns[?(@.campaignId == '" + reaching + "')].name")
                            .value("Maternity voices"))
                    .andExpect(jsonPath("$.campaigns[?(@.campaignId == '" + reaching + "')].target").value(600))
                    .andExpect(jsonPath("$.campaigns[?(@.campaignId == '" + reaching + "')].reached").value(900))
                    .andExpect(jsonPath("$.campaigns[?(@.campaignId == '" + reaching + "')].percent").value(150.0))
                    .andExpect(jsonPath("$.campaigns[?(@.campaignId == '" + starting + "')].reached").value(0))
                    .andExpect(jsonPath("$.campaigns[?(@.campaignId == '" + starting + "')].percent").value(0.0));
        }
    }

    @Test
    void nobodyElseSeesIt() throws Exception {
        mvc.perform(get("/api/v1/dashboard"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        for (String user : List.of("admin", "champion", "moderator", "facilitator")) {
            mvc.perform(get("/api/v1/dashboard").with(httpBasic(user, user + "-local")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    private StoryId approved(StoryId id, String place, String... themes) {
        stories.apply(Stories.submittedAbout(id, place, Feeling.MIXED, List.of("MATERNITY")), 0, AT);
        stories.apply(Stories.approved(id, KEYS.seal("k-" + id, "Title", "Words.")), 1, AT);
        stories.apply(Stories.coded(id, List.of(themes), List.of()), 2, AT);
        return id;
    }

    private void session(SessionId id, SessionEvent... after) {
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionScheduledEvent(id, "Maternity waits", new ThemeCode("MATERNITY"),
                new PlaceCode("LEWISHAM"), AT, "facilitator"));
        events.addAll(List.of(after));
        for (int sequence = 0; sequence < events.size(); sequence++) {
            sessions.apply(events.get(sequence), sequence, AT.plusSeconds(sequence));
        }
    }

    private static ActionAgreedEvent agreed(SessionId session, UUID action, LocalDate dueBy) {
        return new ActionAgreedEvent(session, action, null, "Follow up", "Lewisham ICB", dueBy);
    }

    private static ActionProgressedEvent progressed(SessionId session, UUID action, ActionStatus status) {
        return new ActionProgressedEvent(session, action, status, "Moving", "lead");
    }
}
