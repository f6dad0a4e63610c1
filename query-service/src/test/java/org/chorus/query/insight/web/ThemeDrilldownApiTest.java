package org.chorus.query.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.insight.counts.Drilldown;
import org.chorus.query.search.StoryIndex;
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

/** Every count of the themes report leads, through {@link Drilldown}, to a feed of exactly that many stories. */
@Import(TestKeys.class)
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class ThemeDrilldownApiTest {
    static final KeyRing KEYS = TestKeys.RING;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "drilldown-api");
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
    void stories() {
        List.of("stories", "codebook", "story_counted", "theme_counts", "story_totals")
                .forEach(collection -> database.getCollection(collection).drop());
        index.reconcile();
        codebook.apply(new CodebookRevisedEvent(1, List.of(theme("ACCESS"), theme("TRUST"), theme("HOUSING")),
                "configuration"));
        story("LEWISHAM", Feeling.NEGATIVE, "2026-06-01T00:30:00+01:00", "A long wait", "ACCESS", "TRUST");
        story("LEWISHAM", Feeling.NEGATIVE, "2026-06-30T23:30:00Z", "Midnight in July", "ACCESS");
        story("LEWISHAM", Feeling.POSITIVE, "2026-06-30T22:30:00Z", "Kind midwife", "TRUST", "HOUSING");
        story("BROMLEY", Feeling.NEGATIVE, "2026-05-31T23:30:00Z", "June already", "ACCESS", "HOUSING");
        story("BROMLEY", Feeling.MIXED, "2026-08-15T12:00:00Z", "No wait at all", "ACCESS");
        story("BROMLEY", Feeling.NEGATIVE, "2026-08-16T12:00:00Z", "Not coded");
    }

    @Test
    void everyCountOfTheReportIsTheNumberOfStoriesInItsFeed() throws Exception {
        int checked = everyCountMatchesItsFeed("", "");

        assertThat(checked).as("themes, their places, their months").isEqualTo(3 + 5 + 5);
    }

    @Test
    void countsOfAReportFilteredByPlaceAndFeelingLeadToTheSameFilteredFeed() throws Exception {
        int checked = everyCountMatchesItsFeed("place=LEWISHAM&feeling=NEGATIVE", "&place=LEWISHAM&feeling=NEGATIVE");

        assertThat(checked).as("themes, their places, their months").isEqualTo(2 + 2 + 3);
    }

    @Test
    void countsOfAReportFilteredByWordsAreCountedOverTheMatchingStories() throws Exception {
        int checked = everyCountMatchesItsFeed("q=wait", "&q=wait");

        assertThat(checked).as("themes, their places, their months").isEqualTo(2 + 3 + 3);
    }

    @Test
    void countsOfAReportFilteredByWordsMatchWordsAsTheFeedDoes() throws Exception {
        int checked = everyCountMatchesItsFeed("q=waits", "&q=waits");

        assertThat(checked).as("'waits' finds 'wait' in English, in the counts as in the feed").isEqualTo(2 + 3 + 3);
    }

    @Test
    void aMonthCountMapsToTheFirstAndLastDayOfThatLondonMonth() {
        assertThat(Drilldown.feedQuery("ACCESS", "LEWISHAM", YearMonth.of(2026, 2)))
                .isEqualTo("theme=ACCESS&place=LEWISHAM&from=2026-02-01&to=2026-02-28");
        assertThat(Drilldown.feedQuery("ACCESS", null, null)).isEqualTo("theme=ACCESS");
    }

    // the report's own filters go along with every drill-down; returns how many counts were checked
    private int everyCountMatchesItsFeed(String reportQuery, String feedFilters) throws Exception {
        String report = mvc.perform(get("/api/v1/insights/themes?" + reportQuery)
                        .with(httpBasic("lead", "lead-local")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> themes = JsonPath.read(report, "$.themes");
        assertThat(themes).isNotEmpty();
        int checked = 0;
        for (Map<String, Object> count : themes) {
            String theme = (String) count.get("theme");
            assertFeedHas(Drilldown.feedQuery(theme, null, null) + feedFilters, count.get("count"));
            checked++;
            for (Map.Entry<String, Object> place : asCounts(count.get("byPlace")).entrySet()) {
                assertFeedHas(Drilldown.feedQuery(theme, place.getKey(), null) + feedFilters, place.getValue());
                checked++;
            }
            for (Map.Entry<String, Object> month : asCounts(count.get("byMonth")).entrySet()) {
                assertFeedHas(Drilldown.feedQuery(theme, null, YearMonth.parse(month.getKey())) + feedFilters,
                        month.getValue());
                checked++;
            }
        }
        return checked;
    }

    private void assertFeedHas(String query, Object count) throws Exception {
        String feed = mvc.perform(get("/api/v1/insights/feed?limit=100&" + query)
                        .with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(feed, "$.items[*].id");
        assertThat(ids).as(query).hasSize(((Number) count).intValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asCounts(Object counts) {
        return (Map<String, Object>) counts;
    }

    private void story(String place, Feeling feeling, String approvedAt, String title, String... themes) {
        StoryId id = StoryId.random();
        projection.apply(Stories.submittedAbout(id, place, feeling, List.of("MATERNITY")), 0,
                Instant.parse("2026-05-01T09:00:00Z"));
        projection.apply(Stories.approved(id, KEYS.seal("k-" + id, title, "Told to the champion.")), 1,
                OffsetDateTime.parse(approvedAt).toInstant());
        if (themes.length > 0) {
            projection.apply(Stories.coded(id, List.of(themes), List.of()), 2, Instant.parse("2026-09-01T09:00:00Z"));
        }
    }

    private static Theme theme(String code) {
        return new Theme(new ThemeCode(code), code, List.of(), false);
    }
}
