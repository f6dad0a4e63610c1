package org.chorus.command.session.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A facilitator runs a whole session from the console, as a browser without JavaScript does. */
@IntegrationTest
@AutoConfigureMockMvc
class SessionConsolePageTest extends EngineProperties {
    private static final String UUID_TEXT = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aFacilitatorRunsASessionFromScheduleToErasure() throws Exception {
        String title = "Interpreters at booking " + UUID.randomUUID();
        MvcResult scheduled = step("/sessions", UUID.randomUUID().toString(), "title", title, "topic",
                "LANGUAGE_AND_INTERPRETING", "place", "LEWISHAM", "date", "2026-12-01", "time", "10:00");
        String console = scheduled.getResponse().getRedirectedUrl();
        assertThat(console).matches("/sessions/" + UUID_TEXT);
        assertThat(page("/sessions")).contains("href=\"" + console + "\"").contains(title);
        String page = page(console);
        assertThat(page).contains("Scheduled").contains("1 Dec 2026, 10:00").contains("Language and interpreting")
                .contains("Open the session").doesNotContain("Add a participant");

        MvcResult opened = step(console + "/open");
        assertThat(mvc.perform(get(console).with(facilitator()).flashAttrs(opened.getFlashMap()))
                .andReturn().getResponse().getContentAsString()).contains("Session opened.");
        String ayoToken = UUID.randomUUID().toString();
        step(console + "/participants", ayoToken, "displayName", "Ayo Adebayo", "role", "RESIDENT",
                "livedExperience", "true");
        step(console + "/participants", UUID.randomUUID().toString(), "displayName", "Bea Novak", "organisation",
                "Lewisham Refugee Network", "role", "VCSE");
        step(console + "/participants", UUID.randomUUID().toString(), "displayName", "Chidi Okafor", "role", "NHS");
        step(console + "/participants", ayoToken, "displayName", "Ayo Adebayo", "role", "RESIDENT",
                "livedExperience", "true");
        page = page(console);
        assertThat(count(page, "<tr id=\"participant-")).as("the re-sent form added no one").isEqualTo(3);
        String ayo = rowId(page, "participant", "Ayo Adebayo");
        String bea = rowId(page, "participant", "Bea Novak");
        String chidi = rowId(page, "participant", "Chidi Okafor");
        assertThat(page).contains("Lewisham Refugee Network").contains("Voluntary or community group");

        step(console + "/contributions", UUID.randomUUID().toString(), "participantId", ayo, "kind", "EXPERIENCE",
                "text", "No interpreter came to my booking");
        String contribution = rowId(page(console), "contribution", "Ayo Adebayo");
        step(console + "/proposals", UUID.randomUUID().toString(), "participantId", ayo, "text",
                "Book interpreters when the appointment is booked", "contributionIds", contribution);
        step(console + "/proposals", UUID.randomUUID().toString(), "participantId", chidi, "text",
                "Translate the booking letters");
        page = page(console);
        String interpreters = rowId(page, "proposal", "Ayo Adebayo");
        String letters = rowId(page, "proposal", "Chidi Okafor");
        assertThat(page).contains("Builds on contribution 1");

        step(console + "/proposals/" + interpreters + "/votes", UUID.randomUUID().toString(), "participantId", bea,
                "stance", "OPPOSE");
        step(console + "/proposals/" + interpreters + "/votes", UUID.randomUUID().toString(), "participantId", bea,
                "stance", "SUPPORT");
        step(console + "/proposals/" + interpreters + "/votes", UUID.randomUUID().toString(), "participantId", chidi,
                "stance", "SUPPORT");
        step(console + "/proposals/" + letters + "/votes", UUID.randomUUID().toString(), "participantId", ayo,
                "stance", "ABSTAIN");
        page = page(console);
        assertThat(cell(page, "support-" + interpreters)).as("Bea changed her vote").isEqualTo("2");
        assertThat(cell(page, "oppose-" + interpreters)).isEqualTo("0");
        assertThat(cell(page, "abstain-" + letters)).isEqualTo("1");

        step(console + "/proposals/" + interpreters + "/decision", UUID.randomUUID().toString(), "outcome", "ADOPTED",
                "rationale", "Everyone who voted supports it");
        page = page(console);
        assertThat(cell(page, "decision-" + interpreters)).isEqualTo("Adopted");
        assertThat(cell(page, "decision-" + letters)).isEqualTo("Not decided");
        assertThat(page).doesNotContain("/proposals/" + interpreters + "/votes")
                .contains("/proposals/" + letters + "/votes");
        String decision = firstId(page, "<option value=\"" + UUID_TEXT + "\">Proposal 1: Adopted</option>");

        step(console + "/actions", UUID.randomUUID().toString(), "decisionId", decision, "description",
                "Book interpreters at the first appointment", "owner", "Maternity lead", "dueBy", "2027-01-31");
        step(console + "/close");
        page = page(console);
        String action = firstId(page, "<tr id=\"action-" + UUID_TEXT + "\"");
        assertThat(cell(page, "session-status")).isEqualTo("Closed");
        assertThat(cell(page, "status-" + action)).isEqualTo("Not started");
        assertThat(page).contains("31 Jan 2027").doesNotContain("Add a participant").contains("Record progress");

        step(console + "/actions/" + action + "/progress", UUID.randomUUID().toString(), "status", "DONE", "note",
                "Booked for every clinic");
        step(console + "/participants/" + bea + "/erasure");
        page = page(console);
        assertThat(cell(page, "status-" + action)).as("progress after close").isEqualTo("Done");
        assertThat(page).doesNotContain("Bea Novak").doesNotContain("Lewisham Refugee Network")
                .contains("Ayo Adebayo").contains("Chidi Okafor");
        assertThat(rowText(page, "participant-" + bea)).contains("withdrawn participant")
                .contains("Voluntary or community group");
        assertThat(cell(page, "support-" + interpreters)).as("her vote still counts").isEqualTo("2");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM content_read_audit WHERE subject_id = ?::uuid"
                + " AND purpose = 'session' AND reader = 'facilitator'", Integer.class, console.substring(10)))
                .as("every page that showed participants' words was audited").isGreaterThan(5);
    }

    @Test
    void aRefusedStepShowsTheConsoleWithAnErrorSummaryLinkedToTheForm() throws Exception {
        String console = schedule();
        step(console + "/open");

        MvcResult empty = send(console + "/participants", UUID.randomUUID().toString(), "displayName", " ");
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString()).contains("There is a problem")
                .contains("href=\"#participant-displayName\"").contains("Enter the participant&#39;s name")
                .contains("href=\"#participant-role\"").contains("id=\"participant-displayName-error\"")
                .containsPattern("class=\"field has-error\"\\s*>\\s*<fieldset id=\"participant-role\"");

        step(console + "/close");
        MvcResult late = send(console + "/participants", UUID.randomUUID().toString(), "displayName", "Too late",
                "role", "NHS");
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(late.getResponse().getContentAsString()).contains("href=\"#participant-displayName\"")
                .contains("The session is not open");

        MvcResult unknown = send(console + "/actions/" + UUID.randomUUID() + "/progress", UUID.randomUUID().toString(),
                "status", "DONE");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentAsString()).contains("There is a problem")
                .contains("Something chosen is not part of this session");
    }

    @Test
    void anUnknownSessionIsANotFoundPageAndOtherRolesAreKeptOut() throws Exception {
        MockHttpServletResponse missing = mvc.perform(get("/sessions/" + UUID.randomUUID()).with(facilitator()))
                .andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentAsString()).contains("Page not found");

        assertThat(mvc.perform(get("/sessions").with(user("champion").roles("CHAMPION"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private String schedule() throws Exception {
        return step("/sessions", UUID.randomUUID().toString(), "title", "Refusals", "topic", "TRUST", "place",
                "BEXLEY", "date", "2026-12-02", "time", "18:30").getResponse().getRedirectedUrl();
    }

    private MvcResult step(String path) throws Exception {
        return step(path, UUID.randomUUID().toString());
    }

    /** Posts a console form and expects to be sent back to the console. */
    private MvcResult step(String path, String token, String... fields) throws Exception {
        MvcResult result = send(path, token, fields);
        assertThat(result.getResponse().getStatus()).as(path + ": " + result.getResponse().getContentAsString())
                .isEqualTo(302);
        return result;
    }

    private MvcResult send(String path, String token, String... fields) throws Exception {
        var request = post(path)
                .with(facilitator()).with(csrf()).param("token", token);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(facilitator())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static RequestPostProcessor facilitator() {
        return user("facilitator").roles("FACILITATOR");
    }

    /** The id of the first table row of that kind whose first cell after the number names {@code who}. */
    private static String rowId(String page, String kind, String who) {
        return firstId(page, "<tr id=\"" + kind + "-" + UUID_TEXT + "\">(?:(?!</tr>).)*?>" + Pattern.quote(who) + "<");
    }

    private static String firstId(String page, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("the page has " + regex).isTrue();
        return matcher.group(1);
    }

    private static String cell(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(matcher.find()).as("the page has #" + id).isTrue();
        return matcher.group(1).strip();
    }

    private static String rowText(String page, String id) {
        Matcher matcher = Pattern.compile("<tr id=\"" + Pattern.quote(id) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("the page has row " + id).isTrue();
        return matcher.group(1);
    }

    private static int count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }
}
