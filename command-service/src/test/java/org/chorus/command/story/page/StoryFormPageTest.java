package org.chorus.command.story.page;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** The champion's story form as a browser without JavaScript uses it. */
@IntegrationTest
@AutoConfigureMockMvc
class StoryFormPageTest extends EngineProperties {
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(CH-[0-9A-Z-]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder filledForm(String token, String title, String narrative) {
        return post("/stories/new").with(user("champion").roles("CHAMPION")).with(csrf())
                .param("submissionToken", token).param("wordingVersion", "2026-11")
                .param("title", title).param("narrative", narrative).param("place", "LEWISHAM")
                .param("serviceAreas", "MATERNITY").param("language", "bn").param("channel", "CHAMPION_INTERVIEW")
                .param("feeling", "NEGATIVE").param("consentAnalysis", "true").param("consentBasis", "SELF");
    }

    @Test
    void theFormLabelsEveryFieldAndCarriesASubmissionToken() throws Exception {
        String page = mvc.perform(get("/stories/new").with(user("champion").roles("CHAMPION")))
                .andReturn().getResponse().getContentAsString();

        for (String id : new String[] {"title", "narrative", "place", "language", "channel", "storyteller-name",
                "storyteller-contact", "storyteller-ageBand", "storyteller-postcodeDistrict", "consent-analysis"}) {
            assertThat(page).contains("for=\"" + id + "\"").contains("id=\"" + id + "\"");
        }
        assertThat(page).contains("<html lang=\"en").contains("name=\"_csrf\"");
        assertThat(TOKEN.matcher(page).find()).isTrue();
    }

    @Test
    void aFilledInFormShowsTheReferenceAndReceiptCode() throws Exception {
        String title = "Form " + UUID.randomUUID();
        MvcResult result = mvc.perform(filledForm(UUID.randomUUID().toString(), title, "আমার গল্প")).andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("Story received").containsPattern("id=\"receipt-code\">[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}<");
        String mine = mvc.perform(get("/stories/mine").with(user("champion").roles("CHAMPION")))
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains(title).contains(reference(page));
    }

    @Test
    void anEmptyFormComesBackWithAnErrorSummaryLinkedToTheFields() throws Exception {
        MvcResult result = mvc.perform(post("/stories/new").with(user("champion").roles("CHAMPION")).with(csrf())
                .param("submissionToken", UUID.randomUUID().toString()).param("wordingVersion", "2026-11")
                .param("language", "en").param("channel", "CHAMPION_INTERVIEW").param("consentBasis", "SELF"))
                .andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(page).contains("There is a problem").contains("href=\"#title\"").contains("href=\"#narrative\"")
                .contains("href=\"#place\"").contains("href=\"#feeling\"").contains("href=\"#consent-analysis\"");
    }

    @Test
    void anOverLongTitleIsReportedAndWhatWasTypedIsKept() throws Exception {
        String narrative = "Kept narrative " + UUID.randomUUID();
        MvcResult result = mvc.perform(filledForm(UUID.randomUUID().toString(), "x".repeat(201), narrative)).andReturn();

        String page = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(page).contains("href=\"#title\"").contains("200 characters or fewer").contains(narrative);
    }

    @Test
    void aDoubleSubmittedFormStoresOneStory() throws Exception {
        String token = UUID.randomUUID().toString();
        String title = "Twice " + UUID.randomUUID();

        String first = mvc.perform(filledForm(token, title, "n")).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(filledForm(token, title, "n")).andReturn().getResponse().getContentAsString();

        assertThat(reference(second)).isEqualTo(reference(first));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM story_directory WHERE reference = ?", Integer.class,
                reference(first))).isEqualTo(1);
    }

    @Test
    void aFormSentWithAnExpiredTokenComesBackFilledIn() throws Exception {
        String narrative = "Typed before the session ran out " + UUID.randomUUID();
        MockHttpSession freshSession = new MockHttpSession();

        MvcResult expired = mvc.perform(post("/stories/new").session(freshSession)
                .with(user("champion").roles("CHAMPION"))
                .with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken())
                .param("title", "Kept title").param("narrative", narrative).param("place", "LEWISHAM")
                .param("feeling", "MIXED").param("submissionToken", UUID.randomUUID().toString()))
                .andReturn();
        assertThat(expired.getResponse().getRedirectedUrl()).isEqualTo("/stories/new?expired");

        String page = mvc.perform(get("/stories/new").session(freshSession).with(user("champion").roles("CHAMPION")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your session ran out").contains(narrative).contains("value=\"Kept title\"");
    }

    @Test
    void aPostWithoutATokenIsForbidden() throws Exception {
        int status = mvc.perform(post("/stories/new").with(user("champion").roles("CHAMPION"))
                .param("title", "t")).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(403);
    }

    @Test
    void a20000CodePointBengaliNarrativePassesThroughTheForm() throws Exception {
        MvcResult result = mvc.perform(filledForm(UUID.randomUUID().toString(), "গল্প", "গ".repeat(20_000))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Story received");
    }

    @Test
    void signingInIsNeededToSeeTheForm() throws Exception {
        String location = mvc.perform(get("/stories/new")).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).endsWith("/login");
    }

    private static String reference(String page) {
        Matcher matcher = REFERENCE.matcher(page);
        assertThat(matcher.find()).as("a reference on the page").isTrue();
        return matcher.group(1);
    }
}
