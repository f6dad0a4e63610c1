package org.chorus.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Script-laden values posted to the HTML forms (story form, outreach form, session console) come back in the
 * re-rendered page as text, never as markup; so do script-laden values stored through the API and shown on the
 * champion's and the moderator's pages.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "chorus.rate-limit.enabled=false")
class FormEscapingTest extends EngineProperties {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String IMG_ESCAPED = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRefusedStoryFormShowsTheScriptsAsText() throws Exception {
        String page = refused(post("/stories/new").with(user("champion").roles("CHAMPION")).with(csrf())
                .param("submissionToken", UUID.randomUUID().toString()).param("wordingVersion", "2026-11")
                .param("title", SCRIPT).param("narrative", IMG).param("place", IMG).param("language", SCRIPT)
                .param("channel", "CHAMPION_INTERVIEW").param("storytellerName", IMG)
                .param("postcodeDistrict", SCRIPT).param("consentBasis", "SELF"));

        assertThat(page).contains(SCRIPT_ESCAPED, IMG_ESCAPED);
    }

    @Test
    void aRefusedOutreachFormShowsTheScriptsAsText() throws Exception {
        String campaign = new Fixtures(new MvcClient(mvc), jdbc).campaignWithOwner();

        String page = refused(post("/outreach/new").with(user("champion").roles("CHAMPION")).with(csrf())
                .param("token", UUID.randomUUID().toString()).param("campaignId", campaign).param("date", SCRIPT)
                .param("peopleReached", IMG).param("venueType", SCRIPT).param("notes", IMG));

        assertThat(page).contains(IMG_ESCAPED);
    }

    @Test
    void refusedSessionConsoleFormsShowTheScriptsAsText() throws Exception {
        Fixtures fixtures = new Fixtures(new MvcClient(mvc), jdbc);
        String[] proposal = fixtures.newProposal();
        String console = "/sessions/" + proposal[0];
        String[] action = fixtures.newAction();

        assertThat(console(console + "/participants", "displayName", SCRIPT, "organisation", IMG, "role", SCRIPT))
                .contains(SCRIPT_ESCAPED, IMG_ESCAPED);
        assertThat(console(console + "/contributions", "participantId", IMG, "kind", SCRIPT, "text", SCRIPT))
                .contains(SCRIPT_ESCAPED);
        assertThat(console(console + "/proposals", "participantId", SCRIPT, "text", IMG)).contains(IMG_ESCAPED);
        console(console + "/proposals/" + proposal[2] + "/votes", "participantId", SCRIPT, "stance", IMG);
        assertThat(console(console + "/proposals/" + proposal[2] + "/decision", "outcome", SCRIPT, "rationale", IMG))
                .contains(IMG_ESCAPED);
        assertThat(console(console + "/actions", "description", SCRIPT, "owner", IMG, "dueBy", SCRIPT))
                .contains(SCRIPT_ESCAPED, IMG_ESCAPED);
        console("/sessions/" + action[0] + "/actions/" + action[1] + "/progress", "status", SCRIPT, "note", IMG);
        String schedule = refused(post("/sessions").with(user("facilitator").roles("FACILITATOR")).with(csrf())
                .param("token", UUID.randomUUID().toString()).param("title", SCRIPT).param("topic", IMG)
                .param("place", SCRIPT).param("date", IMG).param("time", SCRIPT));
        assertThat(schedule).contains(SCRIPT_ESCAPED);
    }

    @Test
    void scriptsStoredThroughTheApiAreShownAsTextOnThePages() throws Exception {
        MvcClient api = new MvcClient(mvc);
        Map<String, Object> story = Fixtures.story();
        story.put("title", SCRIPT);
        story.put("narrative", IMG);
        Api.Reply submitted = api.post(Fixtures.OWNER, "/api/v1/stories", Api.json(story));
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("id").asText();

        assertThat(page(get("/stories/mine").with(user(Fixtures.OWNER).roles("CHAMPION")))).contains(SCRIPT_ESCAPED);
        assertThat(page(get("/moderation/stories/" + id).with(user("moderator").roles("MODERATOR"))))
                .contains(SCRIPT_ESCAPED, IMG_ESCAPED);

        String session = new Fixtures(new MvcClient(mvc), jdbc).openSession();
        assertThat(api.post("facilitator", "/api/v1/sessions/" + session + "/participants", Api.json(Map.of(
                "displayName", SCRIPT, "role", "RESIDENT", "livedExperience", true, "organisation", IMG))).status())
                .isEqualTo(202);
        assertThat(page(get("/sessions/" + session).with(user("facilitator").roles("FACILITATOR"))))
                .contains(SCRIPT_ESCAPED, IMG_ESCAPED);
        for (String path : List.of("/sessions/" + session, "/sessions/" + session + "/replay")) {
            assertThat(page(get(path).with(user("facilitator").roles("FACILITATOR")))).doesNotContain(SCRIPT, IMG);
        }
    }

    private String console(String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(user("facilitator").roles("FACILITATOR")).with(csrf())
                .param("token", UUID.randomUUID().toString());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return refused(request);
    }

    /** The page of a refused form: a 4xx HTML page with nothing of the scripts left as markup. */
    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String page = response.getContentAsString();
        assertThat(response.getStatus()).as(page).isBetween(400, 499);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(page).doesNotContain(SCRIPT, IMG, "<img src=x");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
        return page;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).doesNotContain(SCRIPT, IMG, "<img src=x");
        return page;
    }
}
