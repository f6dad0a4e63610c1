package org.chorus.command.campaign.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A champion logs outreach on a phone-sized, no-JavaScript form, in their language, once per submission. */
@IntegrationTest
@AutoConfigureMockMvc
class OutreachFormPageTest extends EngineProperties {
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    String campaign;

    @BeforeEach
    void campaignWithChampionEnrolled() {
        Api api = new Api(port);
        Api.Reply registered = api.post("admin", "/api/v1/champions", Api.json(Map.of("displayName", "Champion",
                "organisation", "Lewisham Community Champions", "places", List.of("LEWISHAM"), "login", "champion")));
        String champion = registered.status() == 202 ? registered.json().get("id").asText()
                : jdbc.queryForObject("SELECT champion_id::text FROM champion_registry WHERE login = 'champion'", String.class);
        campaign = api.post("admin", "/api/v1/campaigns", Api.json(Map.of("name", "Outreach form " + UUID.randomUUID(),
                "theme", "ACCESS", "places", List.of("LEWISHAM"), "target", 100, "startsOn", "2026-11-01",
                "endsOn", "2027-02-28"))).json().get("id").asText();
        api.post("admin", "/api/v1/campaigns/" + campaign + "/champions", Api.json(Map.of("championId", champion)));
    }

    private MockHttpServletRequestBuilder logged(String token, String people) {
        return post("/outreach/new").with(user("champion").roles("CHAMPION")).with(csrf()).param("token", token)
                .param("campaignId", campaign).param("date", LocalDate.now().minusDays(1).toString())
                .param("peopleReached", people).param("venueType", "COMMUNITY_CENTRE").param("notes", "Coffee morning");
    }

    private int outreachEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND payload_type LIKE '%OutreachLoggedEvent'", Integer.class, campaign);
    }

    @Test
    void aResentFormCountsThePeopleOnce() throws Exception {
        String token = UUID.randomUUID().toString();

        MockHttpServletResponse first = mvc.perform(logged(token, "40")).andReturn().getResponse();
        MockHttpServletResponse again = mvc.perform(logged(token, "40")).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("Outreach logged").contains("id=\"people-reached\">40<");
        assertThat(again.getContentAsString()).contains("Outreach logged");
        assertThat(outreachEvents()).isEqualTo(1);
    }

    @Test
    void theFormOffersTheChampionsOpenCampaignsWithALabelOnEveryField() throws Exception {
        String page = mvc.perform(get("/outreach/new").with(user("champion").roles("CHAMPION")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"" + campaign + "\"");
        for (String id : List.of("campaignId", "date", "peopleReached", "notes", "venue-FAITH_SPACE")) {
            assertThat(page).contains("for=\"" + id + "\"").contains("id=\"" + id + "\"");
        }
    }

    @Test
    void anEmptyFormComesBackWithAnErrorSummaryInTheChampionsLanguage() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/outreach/new").cookie(new jakarta.servlet.http.Cookie("chorus-lang", "pl"))
                .with(user("champion").roles("CHAMPION")).with(csrf()).param("token", UUID.randomUUID().toString())
                .param("peopleReached", "many")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        String page = response.getContentAsString();
        assertThat(page).contains("lang=\"pl\"").contains("href=\"#campaignId\"").contains("href=\"#peopleReached\"")
                .contains("href=\"#venueType\"").doesNotContain("There is a problem");
        assertThat(outreachEvents()).isZero();
    }

    @Test
    void aClosedCampaignTakesNoMoreOutreach() throws Exception {
        new Api(port).post("admin", "/api/v1/campaigns/" + campaign + "/close", "{}");

        MockHttpServletResponse response = mvc.perform(logged(UUID.randomUUID().toString(), "5")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("This campaign has closed");
    }
}
