package org.chorus.query.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryRejectedEvent;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.search.StoryIndex;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryProjection;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@Import(TestKeys.class)
// no broker here: the health call is about who may make it, not whether Kafka is up
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "chorus.insight.min-version-wait=3s",
        "management.health.kafka.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles("local")
class InsightApiTest {
    static final KeyRing KEYS = TestKeys.RING;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "insight-api");
    }


    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    StoryProjection projection;

    @Autowired
    CodebookProjection codebook;
    @Autowired
    StoryIndex index;

    @BeforeEach
    void emptyReadModel() {
        database.getCollection(StoryFields.COLLECTION).drop();
        database.getCollection("codebook").drop();
        List.of("story_counted", "theme_counts", "story_totals").forEach(counters -> database.getCollection(counters)
                .drop());
        index.reconcile();
        codebook.apply(new CodebookRevisedEvent(1, List.of(theme("ACCESS", false, "wait"), theme("TRUST", false),
                theme("MATERNITY", false, "midwife"), theme("HOUSING", true, "kind")), "configuration"));
    }

    private static Theme theme(String code, boolean retired, String... keywords) {
        return new Theme(new ThemeCode(code), code, List.of(keywords), retired);
    }

    @Test
    void feedShowsOnlyApprovedConsentedStoriesNewestFirst() throws Exception {
        StoryId older = approved("Old news", "LEWISHAM", "2026-05-01T09:00:00Z");
        StoryId newer = approved("New news", "BROMLEY", "2026-06-01T09:00:00Z");
        submitted(StoryId.random());
        StoryId rejected = StoryId.random();
        submitted(rejected);
        projection.apply(new StoryRejectedEvent(rejected, "moderator", null), 1, Instant.now());
        StoryId optedOut = approved("Opted out", "LEWISHAM", "2026-06-02T09:00:00Z");
        projection.apply(Stories.consent(optedOut, false), 2, Instant.now());
        StoryId withdrawn = approved("Withdrawn", "LEWISHAM", "2026-06-03T09:00:00Z");
        projection.apply(Stories.withdrawn(withdrawn), 2, Instant.now());

        mvc.perform(asAnalyst(get("/api/v1/insights/feed")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", contains(newer.toString(), older.toString())))
                .andExpect(jsonPath("$.items[0].title").value("New news"))
                .andExpect(jsonPath("$.items[0].approvedAt").value("2026-06-01T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].quotable").value(true))
                .andExpect(jsonPath("$.items[0].citedBy", hasSize(0)))
                .andExpect(jsonPath("$.items[0].storyteller").doesNotExist())
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
    }

    @Test
    void feedFiltersByCodesFeelingCampaignWordsAndLondonDays() throws Exception {
        UUID campaign = UUID.randomUUID();
        StoryId summer = approved("Midwife was kind", "LEWISHAM", "2026-06-30T23:30:00Z");
        StoryId bromley = approvedWith(StoryId.random(), "Long wait at the GP", "BROMLEY", Feeling.NEGATIVE, campaign,
                "2026-06-30T22:30:00Z");
        projection.apply(Stories.coded(bromley, List.of("ACCESS"), List.of()), 2, Instant.now());

        expectIds("theme=ACCESS", bromley);
        expectIds("place=LEWISHAM", summer);
        expectIds("serviceArea=MATERNITY", summer, bromley);
        expectIds("feeling=NEGATIVE", bromley);
        expectIds("campaignId=" + campaign, bromley);
        expectIds("q=gp LONG", bromley);
        expectIds("q=wait kind");
        // words are words: brackets are not query syntax
        expectIds("q=(gp)", bromley);
        expectIds("uncoded=true", summer);
        // 23:30Z on 30 June is already 1 July in London (BST)
        expectIds("from=2026-07-01", summer);
        expectIds("to=2026-06-30", bromley);
        expectIds("theme=HOUSING");
    }

    @Test
    void wordSearchFindsInflectionsAndMarksThemInAPlainTextSnippet() throws Exception {
        StoryId waiting = approved("Waiting for a midwife", "LEWISHAM", "2026-06-02T09:00:00Z");
        approved("Parking", "LEWISHAM", "2026-06-03T09:00:00Z");

        String body = mvc.perform(asAnalyst(get("/api/v1/insights/feed?q=waited")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", contains(waiting.toString())))
                .andExpect(jsonPath("$.items[0].snippet.text").value("Words of Waiting for a midwife"))
                .andExpect(jsonPath("$.items[0].snippet.highlights", hasSize(1)))
                .andExpect(jsonPath("$.items[0].snippet.highlights[0].start").value(9))
                .andExpect(jsonPath("$.items[0].snippet.highlights[0].end").value(16))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("<mark>", "<b>");
        mvc.perform(asAnalyst(get("/api/v1/insights/feed")))
                .andExpect(jsonPath("$.items[0].snippet").doesNotExist());
        mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + waiting)))
                .andExpect(jsonPath("$.snippet").doesNotExist());
    }

    @Test
    void uncodedListsApprovedStoriesWithoutThemesWithTheirSuggestions() throws Exception {
        StoryId waiting = approved("Long wait for the midwife", "LEWISHAM", "2026-06-02T09:00:00Z");
        StoryId coded = approved("Another wait", "LEWISHAM", "2026-06-01T09:00:00Z");
        projection.apply(Stories.coded(coded, List.of("ACCESS"), List.of()), 2, Instant.now());

        mvc.perform(asAnalyst(get("/api/v1/insights/feed?uncoded=true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", contains(waiting.toString())))
                .andExpect(jsonPath("$.items[0].themes", hasSize(0)))
                .andExpect(jsonPath("$.items[0].suggestedThemes", contains("ACCESS", "MATERNITY")));
        mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + coded)))
                .andExpect(jsonPath("$.themes", contains("ACCESS")))
                .andExpect(jsonPath("$.suggestedThemes", hasSize(0)));
    }

    @Test
    void aThemeTheCodebookNeverHadIsRefusedWhileARetiredOneStillFilters() throws Exception {
        mvc.perform(asAnalyst(get("/api/v1/insights/feed?theme=NEVER_CONFIGURED")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("theme"));
        mvc.perform(asAnalyst(get("/api/v1/insights/themes?theme=NEVER_CONFIGURED")))
                .andExpect(status().isBadRequest());
        mvc.perform(asAnalyst(get("/api/v1/insights/feed?theme=HOUSING")))
                .andExpect(status().isOk());
    }

    @Test
    void cursorPagesThroughTheFeedWithTiesBrokenById() throws Exception {
        StoryId a = approved("a", "LEWISHAM", "2026-06-05T09:00:00Z");
        StoryId b = approved("b", "LEWISHAM", "2026-06-04T09:00:00Z");
        StoryId c = approved("c", "LEWISHAM", "2026-06-04T09:00:00Z");
        StoryId d = approved("d", "LEWISHAM", "2026-06-03T09:00:00Z");
        StoryId e = approved("e", "LEWISHAM", "2026-06-02T09:00:00Z");
        List<String> tie = List.of(b.toString(), c.toString()).stream().sorted(Comparator.reverseOrder()).toList();

        String first = mvc.perform(asAnalyst(get("/api/v1/insights/feed?limit=2")))
                .andExpect(jsonPath("$.items[*].id", contains(a.toString(), tie.get(0))))
                .andReturn().getResponse().getContentAsString();
        String second = mvc.perform(asAnalyst(get("/api/v1/insights/feed?limit=2&cursor="
                        + JsonPath.read(first, "$.nextCursor"))))
                .andExpect(jsonPath("$.items[*].id", contains(tie.get(1), d.toString())))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(asAnalyst(get("/api/v1/insights/feed?limit=2&cursor=" + JsonPath.read(second, "$.nextCursor"))))
                .andExpect(jsonPath("$.items[*].id", contains(e.toString())))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
    }

    @Test
    void malformedFeedParametersAreAllNamed() throws Exception {
        mvc.perform(asAnalyst(get("/api/v1/insights/feed?theme=access&feeling=HAPPY&from=2026-13-01&limit=0"
                        + "&cursor=nonsense&uncoded=maybe&campaignId=42")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.type").isString())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder(
                        "theme", "feeling", "from", "limit", "cursor", "uncoded", "campaignId")));
        mvc.perform(asAnalyst(get("/api/v1/insights/feed?limit=101")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void storyIsShownWithResponsesToAnalysts() throws Exception {
        StoryId id = approved("Waiting for a midwife", "LEWISHAM", "2026-06-01T09:00:00Z");
        UUID decision = UUID.randomUUID();
        projection.apply(Stories.response(id, "We changed the rota", decision), 2,
                Instant.parse("2026-07-01T12:00:00Z"));

        mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.narrative").value("Words of Waiting for a midwife"))
                .andExpect(jsonPath("$.serviceAreas", contains("MATERNITY")))
                .andExpect(jsonPath("$.feeling").value("MIXED"))
                .andExpect(jsonPath("$.responses[0].body").value("We changed the rota"))
                .andExpect(jsonPath("$.responses[0].at").value("2026-07-01T12:00:00Z"))
                .andExpect(jsonPath("$.responses[0].decisionId").value(decision.toString()))
                .andExpect(jsonPath("$.responses[0].actionId").doesNotExist())
                .andExpect(jsonPath("$.storyteller").doesNotExist())
                .andExpect(jsonPath("$.champion").doesNotExist());
    }

    @Test
    void hiddenOrUnknownStoriesAnswer404AtOnceAndErasedOnesEvenWhenWaitingForAVersion() throws Exception {
        StoryId pending = StoryId.random();
        submitted(pending);
        StoryId withdrawn = approved("Gone", "LEWISHAM", "2026-06-01T09:00:00Z");
        projection.apply(Stories.withdrawn(withdrawn), 2, Instant.now());
        StoryId optedOut = approved("Opted out", "LEWISHAM", "2026-06-01T09:00:00Z");
        projection.apply(Stories.consent(optedOut, false), 2, Instant.now());

        for (String path : List.of(pending + "", withdrawn + "?minVersion=9", optedOut + "", UUID.randomUUID() + "")) {
            long started = System.nanoTime();
            mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + path)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.title").value("Not Found"));
            assertThat(System.nanoTime() - started).as(path + " answers without waiting for the 3 s limit")
                    .isLessThan(2_000_000_000L);
        }
    }

    @Test
    void waitingForAVersionNotYetAppliedAnswers503WithRetryAfter() throws Exception {
        StoryId id = approved("Soon", "LEWISHAM", "2026-06-01T09:00:00Z");

        mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + id + "?minVersion=1"))).andExpect(status().isOk());
        mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + id + "?minVersion=2")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503));
        mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + UUID.randomUUID() + "?minVersion=0")))
                .andExpect(status().isServiceUnavailable());
    }

    @Test
    void malformedIdsAndVersionsAre400() throws Exception {
        mvc.perform(asAnalyst(get("/api/v1/insights/stories/not-a-uuid")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(asAnalyst(get("/api/v1/insights/stories/" + UUID.randomUUID() + "?minVersion=-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minVersion"));
    }

    @Test
    void themesCountByPlaceAndLondonMonthForAnalystsAndLeads() throws Exception {
        StoryId one = approved("one", "LEWISHAM", "2026-06-30T23:30:00Z");
        StoryId two = approved("two", "BROMLEY", "2026-06-10T09:00:00Z");
        projection.apply(Stories.coded(one, List.of("ACCESS", "TRUST"), List.of()), 2, Instant.now());
        projection.apply(Stories.coded(two, List.of("ACCESS"), List.of()), 2, Instant.now());

        mvc.perform(get("/api/v1/insights/themes").with(httpBasic("lead", "lead-local")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.themes[0].theme").value("ACCESS"))
                .andExpect(jsonPath("$.themes[0].count").value(2))
                .andExpect(jsonPath("$.themes[0].byPlace.LEWISHAM").value(1))
                .andExpect(jsonPath("$.themes[0].byPlace.BROMLEY").value(1))
                .andExpect(jsonPath("$.themes[0].byMonth.2026-07").value(1))
                .andExpect(jsonPath("$.themes[0].byMonth.2026-06").value(1))
                .andExpect(jsonPath("$.themes[1].theme").value("TRUST"));
        mvc.perform(asAnalyst(get("/api/v1/insights/themes?place=BROMLEY")))
                .andExpect(jsonPath("$.themes[*].theme", contains("ACCESS")));
    }

    @Test
    void callersWithoutCredentialsOrTheRightRoleGetProblems() throws Exception {
        mvc.perform(get("/api/v1/insights/feed"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/insights/feed").with(httpBasic("analyst", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/insights/feed").with(httpBasic("lead", "lead-local")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/insights/themes").with(httpBasic("champion", "champion-local")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/info").with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    private void expectIds(String query, StoryId... ids) throws Exception {
        mvc.perform(asAnalyst(get("/api/v1/insights/feed?" + query)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(List.of(ids).stream()
                        .map(StoryId::toString).toArray())))
                .andExpect(jsonPath("$.items", hasSize(ids.length)));
    }

    private static MockHttpServletRequestBuilder asAnalyst(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("analyst", "analyst-local"));
    }

    private void submitted(StoryId id) {
        projection.apply(Stories.submitted(id), 0, Instant.parse("2026-05-01T08:00:00Z"));
    }

    private StoryId approved(String title, String place, String at) {
        return approvedWith(StoryId.random(), title, place, Feeling.MIXED, null, at);
    }

    private StoryId approvedWith(StoryId id, String title, String place, Feeling feeling, UUID campaign, String at) {
        projection.apply(Stories.submitted(id, place, feeling, campaign), 0, Instant.parse("2026-05-01T08:00:00Z"));
        projection.apply(Stories.approved(id, KEYS.seal("key-" + id, title, "Words of " + title)), 1, Instant.parse(at));
        return id;
    }

    @Test
    void theOpenApiDocumentListsTheInsightCallsWithoutSigningIn() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/insights/feed']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/insights/stories/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/insights/themes']").exists());
    }
}
