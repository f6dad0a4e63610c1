package org.chorus.query.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.code.PlaceCode;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.event.KernelJson;
import org.chorus.kernel.session.SessionId;
import org.chorus.kernel.session.SessionOpenedEvent;
import org.chorus.kernel.session.SessionScheduledEvent;
import org.chorus.kernel.story.AgeBand;
import org.chorus.kernel.story.Consent;
import org.chorus.kernel.story.ConsentBasis;
import org.chorus.kernel.story.EqualityProfile;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryConsentChangedEvent;
import org.chorus.kernel.story.StoryEqualityProfileSharedEvent;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.codebook.CodebookProjection;
import org.chorus.query.search.StoryIndex;
import org.chorus.query.session.SessionProjection;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.Campaigns;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The overview, theme trends and "who is heard" pages as the HTML a browser receives: the figures from the read
 * model, the links from each count to the stories it counts (analysts only), suppression, and who may open them.
 */
@Import(TestKeys.class)
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class DashboardPagesTest {
    static final KeyRing KEYS = TestKeys.RING;
    static final Instant JUNE = Instant.parse("2026-06-10T10:00:00Z");
    static final Instant JULY = Instant.parse("2026-07-02T10:00:00Z");
    static final Consent MONITORED = new Consent(true, false, false, false, true, "v1", ConsentBasis.SELF);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "dashboard-pages");
    }


    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    StoryProjection stories;
    @Autowired
    CodebookProjection codebook;
    @Autowired
    SessionProjection sessions;
    @Autowired
    CampaignProjection campaigns;
    @Autowired
    StoryIndex index;

    private final UUID campaign = UUID.randomUUID();

    /**
     * Lewisham: 3 stories on ACCESS in June (one also TRUST), 1 on ACCESS in July; Bromley: 1 on TRUST in July.
     * Eleven Lewisham storytellers shared equality answers: 6 not disabled, 3 disabled, 2 who did not say.
     */
    @BeforeEach
    void programme() {
        List.of("stories", "story_counted", "theme_counts", "story_totals", "sessions", "session_events",
                "campaigns", "campaign_stories", "champions", "equality_profiles", "codebook")
                .forEach(collection -> database.getCollection(collection).drop());
        index.reconcile();
        codebook.apply(new CodebookRevisedEvent(1, List.of(theme("ACCESS"), theme("TRUST")), "configuration"));
        coded("LEWISHAM", JUNE, "ACCESS", "TRUST");
        coded("LEWISHAM", JUNE, "ACCESS");
        coded("LEWISHAM", JUNE.plusSeconds(86_400), "ACCESS");
        coded("LEWISHAM", JULY, "ACCESS");
        coded("BROMLEY", JULY, "TRUST");
        stories.apply(Stories.submitted(StoryId.random()), 0, JUNE);

        SessionId open = SessionId.random();
        sessions.apply(new SessionScheduledEvent(open, "Maternity waits", new ThemeCode("MATERNITY"),
                new PlaceCode("LEWISHAM"), JUNE, "facilitator"), 0, JUNE);
        sessions.apply(new SessionOpenedEvent(open, "facilitator"), 1, JUNE.plusSeconds(1));
        campaigns.apply(Campaigns.launched(campaign, 600), 0);
        campaigns.apply(Campaigns.outreach(campaign, UUID.randomUUID(), "2026-11-23", 900, VenueType.SCHOOL), 1);
    }

    @Test
    void theOverviewShowsEachFigureAndAnAnalystsCountsLeadToTheStoriesTheyCount() throws Exception {
        String page = page("/overview", analyst());
        assertThat(page).contains("<h1>Overview</h1>", "id=\"open-sessions\">1<", "id=\"overdue-actions\">0<",
                "id=\"status-chart-table\"", "<th scope=\"row\">Approved</th>", "data-value=\"5\"",
                "<th scope=\"row\">Waiting for moderation</th>", "id=\"theme-chart\"", "id=\"place-chart\"",
                "id=\"reach-chart-table\"", "<a href=\"/campaigns/" + campaign + "\">Maternity voices</a>",
                "150.00%", "<a href=\"/insights?theme=ACCESS\">4<span class=\"visually-hidden\"> stories: ACCESS</span></a>",
                "<a href=\"/insights?place=LEWISHAM\">4<", "<a href=\"/insights?place=BROMLEY\">1<");
        assertThat(cell(page, "reach-chart-table", "Maternity voices")).isEqualTo("900");

        assertThat(storiesAt("/insights?theme=ACCESS")).isEqualTo(4);
        assertThat(storiesAt("/insights?place=LEWISHAM")).isEqualTo(4);
        assertThat(storiesAt("/insights?theme=TRUST")).isEqualTo(2);
    }

    @Test
    void aProgrammeLeadSeesTheSameFiguresWithNoLinkToStoriesTheyMayNotRead() throws Exception {
        for (String path : List.of("/overview", "/trends")) {
            String page = page(path, lead());
            assertThat(page).contains("data-value=\"4\"").doesNotContain("/insights");
        }
        assertThat(page("/overview", lead())).contains("<a href=\"/campaigns/" + campaign + "\">Maternity voices</a>");
    }

    @Test
    void homeIsTheOverviewForAnalystsAndLeadsAndTheOtherPagesAreTheirsAlone() throws Exception {
        mvc.perform(get("/").with(analyst())).andExpect(redirectedUrl("/overview"));
        mvc.perform(get("/").with(lead())).andExpect(redirectedUrl("/overview"));
        assertThat(page("/", user("champion").roles("CHAMPION"))).contains("<h1>Your pages</h1>")
                .contains("There are no dashboard pages for your role.");
        for (String path : List.of("/overview", "/trends", "/equality")) {
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            for (String role : List.of("CHAMPION", "ADMIN", "MODERATOR", "FACILITATOR")) {
                mvc.perform(get(path).with(user("someone").roles(role))).andExpect(status().isForbidden());
            }
        }
        assertThat(page("/overview", analyst())).contains("<a href=\"/overview\" aria-current=\"page\">Overview</a>",
                "<a href=\"/trends\">Theme trends</a>", "<a href=\"/equality\">Who is heard</a>",
                "<a href=\"/insights\">Story feed</a>");
    }

    @Test
    void trendsCountThemesByMonthAndPlaceAndEachCountLeadsToTheFeedWithTheFilters() throws Exception {
        String page = page("/trends?place=lewisham", analyst());
        assertThat(page).contains("value=\"LEWISHAM\"", "id=\"month-chart-table\"", "<th scope=\"row\">June 2026</th>",
                "<th scope=\"row\">July 2026</th>")
                .doesNotContain("<th scope=\"row\">BROMLEY</th>");
        String june = "/insights?theme=ACCESS&amp;place=LEWISHAM&amp;from=2026-06-01&amp;to=2026-06-30";
        assertThat(page).contains("<a href=\"" + june + "\">3<");
        assertThat(storiesAt(june.replace("&amp;", "&"))).isEqualTo(3);
        String trustInLewisham = "/insights?theme=TRUST&amp;place=LEWISHAM";
        assertThat(page).contains("<a href=\"" + trustInLewisham + "\">1<");
        assertThat(storiesAt(trustInLewisham.replace("&amp;", "&"))).isEqualTo(1);

        String narrowed = page("/trends?from=2026-06-11&to=2026-07-31&feeling=MIXED&q=Words", analyst());
        String link = "/insights?theme=ACCESS&amp;feeling=MIXED&amp;q=Words&amp;from=2026-06-11&amp;to=2026-06-30";
        assertThat(narrowed).as("a month narrowed to the filter's own days").contains("<a href=\"" + link + "\">1<");
        assertThat(storiesAt(link.replace("&amp;", "&"))).isEqualTo(1);
    }

    @Test
    void badTrendFiltersComeBackInAnErrorSummaryWithNoCounts() throws Exception {
        String page = page("/trends?from=2026-13-01&theme=NOT_A_THEME", analyst());
        assertThat(page).contains("class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus",
                "<a href=\"#from\">Approved from must be a real date written like 2026-11-24</a>",
                "<a href=\"#theme\">Theme is not a theme of the codebook</a>", "value=\"2026-13-01\"")
                .doesNotContain("id=\"month-chart\"");
    }

    @Test
    void whoIsHeardShowsSmallGroupsAsFewerThanFiveNeverAsANumberAndLinksToNoStory() throws Exception {
        for (int i = 0; i < 6; i++) {
            heard("LEWISHAM", false);
        }
        for (int i = 0; i < 3; i++) {
            heard("LEWISHAM", true);
        }
        heard("LEWISHAM", null);
        heard("LEWISHAM", null);

        for (RequestPostProcessor caller : List.of(lead(), analyst())) {
            String page = main(page("/equality?place=LEWISHAM", caller));
            assertThat(page).contains("<h1>Who is heard</h1>", "agreed to equality monitoring",
                    "shown as \"fewer than 5\", never as a number", "do not link to the stories behind them",
                    "id=\"total\"", ">11</strong>", "id=\"disability-chart-table\"", "id=\"ethnicity-chart-table\"",
                    "id=\"ageBand-chart-table\"", "id=\"gender-chart-table\"", "id=\"place-chart-table\"")
                    .doesNotContain("/insights");
            assertThat(cell(page, "disability-chart-table", "No")).isEqualTo("6");
            assertThat(cell(page, "disability-chart-table", "Yes")).isEqualTo("fewer than 5");
            assertThat(cell(page, "disability-chart-table", "Not answered")).isEqualTo("fewer than 5");
            assertThat(cell(page, "ethnicity-chart-table", "White British")).isEqualTo("11");
            assertThat(cell(page, "ageBand-chart-table", "35 to 44")).isEqualTo("11");
            assertThat(page).contains("<td class=\"number suppressed\">fewer than 5</td>")
                    .doesNotContain("data-value=\"3\"", "data-value=\"2\"");
        }
    }

    @Test
    void aFilterLeavingFewerThanFiveShowsAMessageInsteadOfAnyTable() throws Exception {
        heard("GREENWICH", true);
        heard("GREENWICH", false);
        String page = main(page("/equality?place=GREENWICH", lead()));
        assertThat(page).contains("Too few storytellers to show", "Fewer than 5 stories with equality answers match")
                .doesNotContain("<table", "id=\"total\"");

        String bad = page("/equality?from=yesterday&place=green wich", lead());
        assertThat(bad).contains("<a href=\"#from\">Approved from must be a real date written like 2026-11-24</a>",
                "<a href=\"#place\">Place must be a code of letters, digits and underscores, like LEWISHAM</a>")
                .doesNotContain("<table");
    }

    private void coded(String place, Instant approvedAt, String... themes) {
        StoryId id = StoryId.random();
        stories.apply(Stories.submittedAbout(id, place, Feeling.MIXED, List.of("MATERNITY")), 0, approvedAt);
        stories.apply(Stories.approved(id, KEYS.seal("k-" + id, "Title", "Words.")), 1, approvedAt);
        stories.apply(Stories.coded(id, List.of(themes), List.of()), 2, approvedAt);
    }

    private void heard(String place, @Nullable Boolean disability) {
        StoryId id = StoryId.random();
        stories.apply(Stories.submitted(id, place, Feeling.MIXED, null), 0, JULY);
        stories.apply(new StoryConsentChangedEvent(id, MONITORED, "champion"), 1, JULY);
        stories.apply(Stories.approved(id, KEYS.seal("published-" + id, "Title", "Words")), 2, JULY);
        String profile = KernelJson.mapper().writeValueAsString(
                new EqualityProfile(AgeBand.AGE_35_44, "WHITE_BRITISH", "WOMAN", disability));
        stories.apply(new StoryEqualityProfileSharedEvent(id, KEYS.sealWith("profile-" + id, profile)), 3, JULY);
    }

    /** How many stories the feed page at {@code path} lists (all on its first page here). */
    private int storiesAt(String path) throws Exception {
        Matcher items = Pattern.compile("<li>\\s*<h3>").matcher(page(path, analyst()));
        int count = 0;
        while (items.find()) {
            count++;
        }
        return count;
    }

    /** The text of the first value cell in the row labelled {@code label} of the table {@code tableId}. */
    private static String cell(String page, String tableId, String label) {
        String table = page.substring(page.indexOf("id=\"" + tableId + "\""));
        table = table.substring(0, table.indexOf("</table>"));
        Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(label) + "</th>\\s*<td[^>]*>(.*?)</td>",
                Pattern.DOTALL).matcher(table);
        assertThat(row.find()).as("a row " + label + " in " + tableId).isTrue();
        return row.group(1).replaceAll("<[^>]+>", "").trim();
    }

    private String page(String path, RequestPostProcessor caller) throws Exception {
        MvcResult result = mvc.perform(get(path).with(caller)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return result.getResponse().getContentAsString();
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"));
    }

    private static RequestPostProcessor analyst() {
        return user("analyst").roles("ANALYST");
    }

    private static RequestPostProcessor lead() {
        return user("lead").roles("PROGRAMME_LEAD");
    }

    private static Theme theme(String code) {
        return new Theme(new ThemeCode(code), code, List.of(), false);
    }
}
