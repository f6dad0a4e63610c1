package org.chorus.query.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.crypto.SealedText;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.StoryApprovedEvent;
import org.chorus.kernel.story.StoryCodedEvent;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryEqualityProfileSharedEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.kernel.story.StoryResponseRecordedEvent;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.insight.arrival.ArrivalLog;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A storyteller changes their mind: taking back {@code quote} makes the story unquotable wherever it is shown, and
 * taking back {@code analysis} takes it out of every read model analysts use (feed, story, theme counts, equality
 * counts, word search, the live stream) until it is given again. And no analyst answer ever names a member of
 * staff by login.
 */
@Import(TestKeys.class)
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class ConsentAcrossReadModelsTest {
    static final KeyRing KEYS = TestKeys.RING;
    static final Instant AT = Instant.parse("2026-11-10T10:00:00Z");
    static final String WORD = "zebracrossing";
    static final String LOGIN = "login-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "consent-read-models-" + UUID.randomUUID());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    StoryProjection projection;
    @Autowired
    CodebookProjection codebook;
    @Autowired
    ArrivalLog arrivals;

    private final List<StoryId> heard = new ArrayList<>();
    private StoryId mindChanged;
    private long sequence;

    /** Six consenting, monitored, coded stories, enough for equality counts to show; one will change its mind. */
    @BeforeEach
    void hearFromSixPeople() throws Exception {
        codebook.apply(new CodebookRevisedEvent(1, List.of(new Theme(new ThemeCode("ACCESS"), "Access", List.of(),
                false)), "configuration"));
        for (int i = 0; i < 6; i++) {
            heard.add(story());
        }
        mindChanged = heard.get(0);
        sequence = 6;
        assertThat(analyst("/api/v1/insights/feed?q=" + WORD + "&limit=100")).contains(mindChanged.toString());
    }

    @Test
    void takingBackQuoteMakesTheStoryUnquotableInTheFeedAndTheStoryView() throws Exception {
        assertThat(JsonPath.<Boolean>read(analyst("/api/v1/insights/stories/" + mindChanged), "$.quotable")).isTrue();

        change(new Consent(true, false, false, false, true, "v2", ConsentBasis.SELF));

        assertThat(JsonPath.<Boolean>read(analyst("/api/v1/insights/stories/" + mindChanged), "$.quotable")).isFalse();
        assertThat(JsonPath.<List<Boolean>>read(analyst("/api/v1/insights/feed"),
                "$.items[?(@.id=='" + mindChanged + "')].quotable")).containsExactly(false);
        assertThat(JsonPath.<List<Boolean>>read(analyst("/api/v1/insights/feed"),
                "$.items[?(@.id=='" + heard.get(1) + "')].quotable")).containsExactly(true);
    }

    @Test
    void takingBackAnalysisTakesTheStoryOutOfEveryReadModelUntilItIsGivenAgain() throws Exception {
        long arrivedFirst = arrivals.arrivalOf(mindChanged.toString());
        assertThat(arrivedFirst).isPositive();
        Counts before = counts();
        assertThat(before.feed()).isGreaterThanOrEqualTo(6);
        assertThat(before.equality()).isGreaterThanOrEqualTo(6);

        change(new Consent(false, false, false, false, true, "v2", ConsentBasis.SELF));

        assertThat(status("/api/v1/insights/stories/" + mindChanged)).isEqualTo(404);
        assertThat(analyst("/api/v1/insights/feed?limit=100")).doesNotContain(mindChanged.toString());
        assertThat(analyst("/api/v1/insights/feed?q=" + WORD + "&limit=100")).doesNotContain(mindChanged.toString());
        assertThat(counts()).isEqualTo(new Counts(before.feed() - 1, before.themes() - 1, before.equality() - 1));

        change(new Consent(true, false, false, false, true, "v3", ConsentBasis.SELF));
        projection.apply(new StoryEqualityProfileSharedEvent(mindChanged, profile(mindChanged)), sequence++, AT);

        assertThat(status("/api/v1/insights/stories/" + mindChanged)).isEqualTo(200);
        assertThat(analyst("/api/v1/insights/feed?q=" + WORD + "&limit=100")).contains(mindChanged.toString());
        assertThat(counts()).isEqualTo(before);
        assertThat(arrivals.arrivalOf(mindChanged.toString())).as("shown again, it streams as a new arrival")
                .isGreaterThan(arrivedFirst);
    }

    @Test
    void noAnalystAnswerNamesAMemberOfStaffByLogin() throws Exception {
        for (String path : List.of("/api/v1/insights/feed", "/api/v1/insights/feed?q=" + WORD,
                "/api/v1/insights/stories/" + mindChanged, "/api/v1/insights/themes", "/api/v1/insights/equality",
                "/api/v1/dashboard", "/insights", "/insights/stories/" + mindChanged, "/overview", "/trends",
                "/equality")) {
            String answer = analyst(path);
            assertThat(answer).as(path).isNotBlank().doesNotContain(LOGIN);
        }
    }

    record Counts(int feed, int themes, int equality) {
    }

    private Counts counts() throws Exception {
        return new Counts(JsonPath.<List<String>>read(analyst("/api/v1/insights/feed?limit=100"), "$.items[*].id").size(),
                JsonPath.<List<Integer>>read(analyst("/api/v1/insights/themes"), "$.themes[?(@.theme=='ACCESS')].count")
                        .get(0),
                JsonPath.<Integer>read(analyst("/api/v1/insights/equality"), "$.total"));
    }

    // every login in these events is LOGIN-based, so an answer naming staff would show it
    private StoryId story() {
        StoryId id = StoryId.random();
        projection.apply(Stories.collected(id, UUID.randomUUID(), LOGIN + "-champion"), 0, AT);
        projection.apply(new StoryConsentChangedEvent(id, new Consent(true, true, false, false, true, "v1",
                ConsentBasis.SELF), LOGIN + "-champion"), 1, AT);
        projection.apply(new StoryApprovedEvent(id, LOGIN + "-moderator", 1,
                KEYS.seal("published-" + id, "Crossing the road", "The " + WORD + " outside the clinic"), null), 2, AT);
        projection.apply(new StoryEqualityProfileSharedEvent(id, profile(id)), 3, AT);
        projection.apply(new StoryCodedEvent(id, List.of(new ThemeCode("ACCESS")), List.of(), LOGIN + "-analyst"), 4,
                AT);
        projection.apply(new StoryResponseRecordedEvent(id, UUID.randomUUID(), "Lewisham ICB", "We moved the crossing",
                null, null, LOGIN + "-analyst"), 5, AT);
        return id;
    }

    private static SealedText profile(StoryId id) {
        return KEYS.sealWith("profile-" + id, KernelJson.mapper().writeValueAsString(
                new EqualityProfile(AgeBand.AGE_35_44, "WHITE_BRITISH", "WOMAN", false)));
    }

    private void change(Consent consent) {
        projection.apply(new StoryConsentChangedEvent(mindChanged, consent, "storyteller"), sequence++, AT);
    }

    private String analyst(String path) throws Exception {
        return mvc.perform(get(path).with(user("analyst").roles("ANALYST"))).andReturn().getResponse()
                .getContentAsString();
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path).with(user("analyst").roles("ANALYST"))).andReturn().getResponse()
                .getStatus();
    }
}
