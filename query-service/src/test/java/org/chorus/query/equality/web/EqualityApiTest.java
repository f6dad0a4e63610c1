package org.chorus.query.equality.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryEqualityProfileSharedEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.story.StoryFields;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.MongoWire;
import org.chorus.query.testsupport.Stories;
import org.chorus.query.testsupport.TestKeys;
import org.jspecify.annotations.Nullable;
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
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Who may see which groups are heard, and what they see, through the wired application and the dev users. */
@Import(TestKeys.class)
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class EqualityApiTest {
    static final KeyRing KEYS = TestKeys.RING;
    static final Instant APPROVED = Instant.parse("2026-11-10T10:00:00Z");
    static final Consent MONITORED = new Consent(true, false, false, false, true, "v1", ConsentBasis.SELF);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "equality-api");
    }


    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    StoryProjection projection;
    @Autowired
    CodebookProjection codebook;

    /** Eleven people heard in Lewisham: 6 not disabled, 3 disabled, 2 who did not say. */
    @BeforeEach
    void hearFromElevenPeople() {
        database.getCollection(StoryFields.COLLECTION).drop();
        database.getCollection("equality_profiles").drop();
        database.getCollection("codebook").drop();
        codebook.apply(new CodebookRevisedEvent(1, List.of(new Theme(new ThemeCode("ACCESS"), "Access", List.of(),
                false)), "configuration"));
        for (int i = 0; i < 6; i++) {
            heard(false);
        }
        for (int i = 0; i < 3; i++) {
            heard(true);
        }
        heard(null);
        heard(null);
    }

    private void heard(@Nullable Boolean disability) {
        heard("LEWISHAM", disability);
    }

    private void heard(String place, @Nullable Boolean disability) {
        StoryId id = StoryId.random();
        projection.apply(Stories.submitted(id, place, Feeling.MIXED, null), 0, APPROVED);
        projection.apply(new StoryConsentChangedEvent(id, MONITORED, "champion"), 1, APPROVED);
        projection.apply(Stories.approved(id, KEYS.seal("published-" + id, "Title", "Words")), 2, APPROVED);
        String profile = KernelJson.mapper().writeValueAsString(
                new EqualityProfile(AgeBand.AGE_35_44, "WHITE_BRITISH", "WOMAN", disability));
        projection.apply(new StoryEqualityProfileSharedEvent(id, KEYS.sealWith("profile-" + id, profile)), 3,
                APPROVED);
    }

    @Test
    void aProgrammeLeadSeesADrillDownWithSmallCountsSuppressed() throws Exception {
        equality("lead", "?dimension=disability&place=LEWISHAM&from=2026-11-01&to=2026-11-30")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        {"total":11,"suppressed":false,"dimensions":{"disability":[
                          {"group":"YES","count":null,"suppressed":true},
                          {"group":"NO","count":6,"suppressed":false},
                          {"group":"NOT_ANSWERED","count":null,"suppressed":true}]}}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void analystsSeeEveryDimensionAndNobodyElseSeesAnything() throws Exception {
        equality("analyst", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(11))
                .andExpect(jsonPath("$.dimensions.ethnicity[?(@.group=='WHITE_BRITISH')].count", contains(11)))
                .andExpect(jsonPath("$.dimensions.ageBand[?(@.group=='35_44')].count", contains(11)))
                .andExpect(jsonPath("$.dimensions.gender[?(@.group=='WOMAN')].count", contains(11)))
                .andExpect(jsonPath("$.dimensions.place", hasSize(1)))
                .andExpect(jsonPath("$.dimensions.place[0].count").value(11));
        for (String user : new String[] {"admin", "moderator", "facilitator", "champion"}) {
            equality(user, "").andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/insights/equality")).andExpect(status().isUnauthorized());
    }

    @Test
    void aFilterThatLeavesFewerThanFiveHidesEverything() throws Exception {
        heard("GREENWICH", true);
        heard("GREENWICH", false);

        equality("lead", "?place=GREENWICH").andExpect(status().isOk())
                .andExpect(content().json("""
                        {"total":null,"suppressed":true,"dimensions":{"ethnicity":[],"ageBand":[],"disability":[],
                         "gender":[],"place":[]}}
                        """, JsonCompareMode.STRICT));
        equality("lead", "?dimension=place").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(13))
                .andExpect(jsonPath("$.dimensions.place[*].suppressed", contains(true, true)));
        equality("lead", "?to=2026-11-09").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        equality("lead", "?theme=ACCESS&dimension=place").andExpect(status().isOk())
                .andExpect(content().json("{\"total\":0,\"suppressed\":false,\"dimensions\":{\"place\":[]}}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void malformedFiltersAreRefusedNamingEachField() throws Exception {
        equality("lead", "?dimension=religion&from=yesterday&place=lewisham&theme=NOT_A_THEME")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "dimension", "from", "place", "theme")));
        equality("lead", "?from=2026-12-01&to=2026-11-01").andExpect(status().isBadRequest());
    }

    @Test
    void theOpenApiDocumentListsTheCall() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/insights/equality'].get").exists());
    }

    private ResultActions equality(String user, String query) throws Exception {
        return mvc.perform(get("/api/v1/insights/equality" + query).with(httpBasic(user, user + "-local")));
    }
}
