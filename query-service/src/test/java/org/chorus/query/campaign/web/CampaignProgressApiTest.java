package org.chorus.query.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.kernel.campaign.VenueType;
import org.chorus.kernel.story.StoryId;
import org.chorus.query.campaign.CampaignProjection;
import org.chorus.query.campaign.ChampionProjection;
import org.chorus.query.story.StoryProjection;
import org.chorus.query.testsupport.Campaigns;
import org.chorus.query.testsupport.KeyRing;
import org.chorus.query.testsupport.KeyServer;
import org.chorus.query.testsupport.ReadSideEngines;
import org.chorus.query.testsupport.Stories;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A campaign whose champions overshot the target, read through the API (HTTP Basic, the dev users) and the page
 * (signed in through the pages' form login, so here as a signed-in user with the role).
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class CampaignProgressApiTest {
    @AutoClose
    static final KeyServer KEY_SERVER = new KeyServer(new KeyRing(), ReadSideEngines.INTERNAL_PASSWORD);
    static final java.time.Instant AT = java.time.Instant.parse("2026-11-24T10:00:00Z");

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        ReadSideEngines.registerWithoutBroker(registry, "campaign-api", KEY_SERVER::url);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ChampionProjection champions;
    @Autowired
    CampaignProjection campaigns;
    @Autowired
    StoryProjection stories;

    private final UUID campaign = UUID.randomUUID();
    private final UUID aminaOnly = UUID.randomUUID();
    private final UUID amina = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID cat = UUID.randomUUID();
    private final UUID dana = UUID.randomUUID();

    @BeforeEach
    void overshootTheTarget() {
        champions.apply(Campaigns.registered(amina, "Amina Yusuf", "champion"), 0);
        champions.apply(Campaigns.registered(ben, "Ben Okafor", "champion2"), 0);
        champions.apply(Campaigns.registered(cat, "Cat Novak", "champion3"), 0);
        champions.apply(Campaigns.registered(dana, "Dana Ellis", "champion4"), 0);
        long seq = 0;
        campaigns.apply(Campaigns.launched(campaign, 600), seq++);
        campaigns.apply(Campaigns.enrolled(campaign, amina, "champion"), seq++);
        campaigns.apply(Campaigns.enrolled(campaign, ben, "champion2"), seq++);
        campaigns.apply(Campaigns.enrolled(campaign, cat, "champion3"), seq++);
        campaigns.apply(Campaigns.enrolled(campaign, dana, "champion4"), seq++);
        var church = Campaigns.outreach(campaign, amina, "2026-11-23", 800, VenueType.FAITH_SPACE);
        campaigns.apply(church, seq++);
        campaigns.apply(Campaigns.outreach(campaign, ben, "2026-11-29", 1000, VenueType.COMMUNITY_CENTRE), seq++);
        campaigns.apply(church, seq - 2);
        campaigns.apply(Campaigns.outreach(campaign, amina, "2026-12-01", 400, VenueType.COMMUNITY_CENTRE), seq++);
        campaigns.apply(Campaigns.outreach(campaign, cat, "2026-12-06", 800, VenueType.FAITH_SPACE), seq++);

        stories.apply(Stories.collected(StoryId.random(), campaign, "champion"), 0, AT);
        StoryId withdrawn = StoryId.random();
        stories.apply(Stories.collected(withdrawn, campaign, "champion"), 0, AT);
        stories.apply(Stories.withdrawn(withdrawn), 1, AT);
        stories.apply(Stories.collected(withdrawn, campaign, "champion"), 0, AT);
        stories.apply(Stories.collected(StoryId.random(), campaign, "champion2"), 0, AT);
        stories.apply(Stories.collected(StoryId.random(), campaign, "champion3"), 0, AT);
        stories.apply(Stories.collected(StoryId.random(), campaign, "not-enrolled"), 0, AT);

        campaigns.apply(Campaigns.launched(aminaOnly, 100), 0);
        campaigns.apply(Campaigns.enrolled(aminaOnly, amina, "champion"), 1);
    }

    @Test
    void progressAddsUpEveryChampionVenueAndWeekPastTheTarget() throws Exception {
        String body = progress("lead", campaign).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        {"target":600,"reached":3000,"percent":500.00,"storiesCollected":3,
                         "byChampion":[
                           {"championId":"%s","displayName":"Amina Yusuf","reached":1200,"stories":1},
                           {"championId":"%s","displayName":"Ben Okafor","reached":1000,"stories":1},
                           {"championId":"%s","displayName":"Cat Novak","reached":800,"stories":1},
                           {"championId":"%s","displayName":"Dana Ellis","reached":0,"stories":0}],
                         "byVenueType":{"FAITH_SPACE":1600,"COMMUNITY_CENTRE":1400},
                         "byWeek":{"2026-W48":1800,"2026-W49":1200}}
                        """.formatted(amina, ben, cat, dana), JsonCompareMode.STRICT))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"percent\":500.00");
        assertThat(body.indexOf("2026-W48")).isLessThan(body.indexOf("2026-W49"));
    }

    @Test
    void staffRolesSeeEveryCampaign() throws Exception {
        for (String user : new String[] {"lead", "admin", "analyst"}) {
            progress(user, aminaOnly).andExpect(status().isOk());
        }
        progress("moderator", campaign).andExpect(status().isForbidden());
        progress("facilitator", campaign).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/campaigns/{id}/progress", campaign)).andExpect(status().isUnauthorized());
    }

    @Test
    void championSeesOnlyCampaignsTheyAreEnrolledIn() throws Exception {
        progress("champion", aminaOnly).andExpect(status().isOk());
        progress("champion2", campaign).andExpect(status().isOk());

        progress("champion2", aminaOnly).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        page("champion2", "CHAMPION", aminaOnly).andExpect(status().isNotFound());
    }

    @Test
    void unknownCampaignIsNotFoundAndAMalformedIdIsRefused() throws Exception {
        progress("lead", UUID.randomUUID()).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/campaigns/not-a-uuid/progress").with(httpBasic("lead", "lead-local")))
                .andExpect(status().isBadRequest());
        progress("champion", campaign, "?minVersion=x").andExpect(status().isBadRequest());
        progress("champion", campaign, "?minVersion=8").andExpect(status().isOk());
    }

    @Test
    void pageShowsTheNumbersAndEveryChartAsATableTheScriptDrawsFrom() throws Exception {
        String html = page("lead", "PROGRAMME_LEAD", campaign).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<html lang=\"en\"", "<h1>Maternity voices</h1>",
                "<strong id=\"reached\">3,000</strong>", "<strong id=\"target\">600</strong>",
                "<strong id=\"percent\">500.00%</strong>", "<strong id=\"stories\">3</strong>");
        assertThat(html).contains("<figure class=\"chart\" data-chart=\"bar\" id=\"week-chart\" aria-labelledby=\"week-chart-title\">",
                "<figcaption id=\"week-chart-title\">People reached by ISO week</figcaption>",
                "<figcaption id=\"venue-chart-title\">People reached by venue type</figcaption>",
                "<caption>People reached by ISO week of the outreach date</caption>");
        assertThat(html).containsSubsequence("<th scope=\"row\">2026-W48</th>", "data-value=\"1800\">1,800</td>",
                "<th scope=\"row\">2026-W49</th>", "data-value=\"1200\">1,200</td>");
        assertThat(html).containsSubsequence("<th scope=\"row\">Faith space</th>", "data-value=\"1600\">1,600</td>",
                "<th scope=\"row\">Community centre</th>", "data-value=\"1400\">1,400</td>");
        assertThat(html).contains("/webjars/chart.js/", "/chart.umd.min.js", "/js/charts.js").doesNotContain("<script>");
        assertThat(count(html, "<caption>")).isEqualTo(3);
        assertThat(html).containsSubsequence("<h1>", "<h2 id=\"by-week\">", "<h2 id=\"by-venue\">",
                "<h2 id=\"by-champion\">");
        assertThat(html).containsSubsequence("Amina Yusuf", "1,200", "Ben Okafor", "1,000", "Cat Novak", "800",
                "Dana Ellis", "0", "0");
    }

    @Test
    void thePageIsSignedInThroughTheFormNotWithBasicCredentials() throws Exception {
        mvc.perform(get("/campaigns/{id}", campaign).accept(MediaType.TEXT_HTML).with(httpBasic("lead", "lead-local")))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/login"));
        page("facilitator", "FACILITATOR", campaign).andExpect(status().isForbidden());
        page("champion2", "CHAMPION", aminaOnly).andExpect(status().isNotFound());
    }

    private ResultActions progress(String user, UUID id) throws Exception {
        return progress(user, id, "");
    }

    private ResultActions progress(String user, UUID id, String query) throws Exception {
        return mvc.perform(get("/api/v1/campaigns/" + id + "/progress" + query).with(httpBasic(user, user + "-local")));
    }

    private ResultActions page(String login, String role, UUID id) throws Exception {
        return mvc.perform(get("/campaigns/{id}", id).accept(MediaType.TEXT_HTML).with(user(login).roles(role)));
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
