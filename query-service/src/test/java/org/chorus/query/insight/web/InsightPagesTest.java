package org.chorus.query.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.kernel.code.ThemeCode;
import org.chorus.kernel.codebook.CodebookRevisedEvent;
import org.chorus.kernel.codebook.Theme;
import org.chorus.kernel.story.Feeling;
import org.chorus.kernel.story.StoryId;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The analysts' feed and story pages and the sign-in that leads to them, as the HTML a browser receives. */
@Import(TestKeys.class)
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@AutoConfigureMockMvc
@ActiveProfiles("local")
class InsightPagesTest {
    static final KeyRing KEYS = TestKeys.RING;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("chorus.mongo.uri", MongoWire::uri);
        registry.add("chorus.mongo.database", () -> "insight-pages");
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
        index.reconcile();
        codebook.apply(new CodebookRevisedEvent(1, List.of(theme("ACCESS"), theme("TRUST")), "configuration"));
    }

    @Test
    void signInPageHasLabelledAutocompletedFieldsAndFailureLeadsWithAFocusedErrorSummary() throws Exception {
        String page = html(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("<label for=\"username\">Username</label>",
                "autocomplete=\"username\"", "<label for=\"password\">Password</label>",
                "autocomplete=\"current-password\"", "name=\"_csrf\"", "<a class=\"skip-link\" href=\"#main\">")
                .doesNotContain("error-summary", "onpaste", "captcha");

        mvc.perform(post("/login").param("username", "analyst").param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        String failed = html(mvc.perform(get("/login?error")).andReturn());
        assertThat(failed).contains("class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus",
                "<a href=\"#username\">The username or password is not right</a>");
        assertThat(failed.indexOf("error-summary")).isLessThan(failed.indexOf("<form"));
    }

    @Test
    void signingInThroughTheFormOpensASessionAndTheNavShowsOnlyPagesTheRoleMayOpen() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/login").user("analyst").password("analyst-local"))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(session).isNotNull();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/overview"));
        String home = html(mvc.perform(get("/overview").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(home).contains("<a href=\"/insights\">Story feed</a>", "<button type=\"submit\">Sign out</button>");

        MvcResult fresh = mvc.perform(formLogin("/login").user("lead").password("lead-local")).andReturn();
        MockHttpSession leadSession = (MockHttpSession) fresh.getRequest().getSession(false);
        mvc.perform(get("/").session(leadSession)).andExpect(redirectedUrl("/overview"));
        String lead = html(mvc.perform(get("/overview").session(leadSession)).andExpect(status().isOk()).andReturn());
        assertThat(lead).as("the nav shows a programme lead no story page").doesNotContain("/insights");

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
    }

    @Test
    void feedIsForAnalystsAndTheApiStillTakesBasicCredentials() throws Exception {
        mvc.perform(get("/insights")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/login"));
        mvc.perform(get("/insights").with(analyst())).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString(
                        "script-src 'self'")));
        mvc.perform(get("/insights").with(user("lead").roles("PROGRAMME_LEAD"))).andExpect(status().isForbidden());
        mvc.perform(get("/insights/stories/" + UUID.randomUUID()).with(user("lead").roles("PROGRAMME_LEAD")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/insights").with(httpBasic("analyst", "analyst-local"))).andExpect(status().isFound());
        mvc.perform(get("/api/v1/insights/feed").with(httpBasic("analyst", "analyst-local")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/insights/feed")).andExpect(status().isUnauthorized());
    }

    @Test
    void feedListsMatchingStoriesLinkingToThemAndPagesOnWithTheCursor() throws Exception {
        for (int day = 1; day <= 22; day++) {
            approved("Story " + day, "LEWISHAM", "2026-06-%02dT09:00:00Z".formatted(day));
        }
        StoryId bromley = approved("Long wait at the GP", "BROMLEY", "2026-07-01T09:00:00Z");
        projection.apply(Stories.coded(bromley, List.of("ACCESS"), List.of()), 2, Instant.now());

        String first = feed("");
        assertThat(count(first, "<li>\n        <h3>")).isEqualTo(20);
        assertThat(first).containsSubsequence("Long wait at the GP", "BROMLEY", "ACCESS", "1 July 2026",
                "Story 22", "22 June 2026");
        assertThat(first).contains("<a href=\"/insights/stories/" + bromley + "\">Long wait at the GP</a>");
        Matcher next = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\" id=\"next-page\">Next page</a>").matcher(first);
        assertThat(next.find()).isTrue();
        String second = html(mvc.perform(get(next.group(1).replace("&amp;", "&")).with(analyst())).andReturn());
        assertThat(count(second, "<li>\n        <h3>")).isEqualTo(3);
        assertThat(second).contains("Story 3", "Story 1").doesNotContain("Story 4<", "id=\"next-page\"");

        String filtered = feed("?place=bromley&theme=ACCESS&q=wait");
        assertThat(filtered).contains("Long wait at the GP", "value=\"BROMLEY\"", "<option value=\"ACCESS\" selected=\"selected\">")
                .doesNotContain("Story 1<");
        assertThat(filtered).as("the matched word marked in the snippet").contains("<p class=\"snippet\">")
                .containsPattern("<mark>[Ww]ait</mark>");
        assertThat(feed("")).doesNotContain("<p class=\"snippet\">");
        assertThat(feed("?uncoded=true")).doesNotContain("Long wait at the GP").contains("Story 22");
        assertThat(feed("?q=nothing-like-this")).contains("No approved story matches these filters.");
    }

    @Test
    void aSnippetsMarkupIsWrittenAsTextAndOnlyTheMatchedWordsAreMarked() throws Exception {
        approved("<b>Queue</b> & <script>alert(1)</script> at the pharmacy", "LEWISHAM", "2026-06-01T09:00:00Z");
        String page = feed("?q=pharmacy");
        String snippet = page.substring(page.indexOf("<p class=\"snippet\">"));
        snippet = snippet.substring(0, snippet.indexOf("</p>"));
        assertThat(snippet).contains("&lt;b&gt;Queue&lt;/b&gt; &amp; &lt;script&gt;", "<mark>pharmacy</mark>")
                .doesNotContain("<b>", "<script>");
        assertThat(snippet.replaceAll("<mark>[^<]*</mark>", "")).doesNotContain("<mark");
    }

    @Test
    void aBadDateComesBackInAnErrorSummaryLinkedToItsFieldWithNoResults() throws Exception {
        approved("Story", "LEWISHAM", "2026-06-01T09:00:00Z");
        String page = feed("?from=2026-13-01&to=yesterday&place=LEWISHAM");
        assertThat(page).contains("class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus",
                "<a href=\"#from\">Approved from must be a real date written like 2026-11-24</a>",
                "<a href=\"#to\">Approved to must be a real date written like 2026-11-24</a>",
                "id=\"from-error\"", "aria-invalid=\"true\"", "value=\"2026-13-01\"", "value=\"yesterday\"")
                .doesNotContain("<h2 id=\"results-title\">");
    }

    @Test
    void storyPageShowsTheStoryItsCodesAndWhatWasDoneAndOnlyApprovedStoriesHaveOne() throws Exception {
        StoryId id = approved("Interpreters at the clinic", "LEWISHAM", "2026-11-24T10:00:00Z");
        projection.apply(Stories.coded(id, List.of("ACCESS"), List.of()), 2, Instant.now());
        projection.apply(Stories.response(id, "Interpreters are now booked with every appointment.", null), 3,
                Instant.parse("2026-11-25T10:00:00Z"));

        String page = html(mvc.perform(get("/insights/stories/" + id).with(analyst())).andExpect(status().isOk())
                .andReturn());
        assertThat(page).contains("<h1>Interpreters at the clinic</h1>", "Words of Interpreters at the clinic",
                "<dd>LEWISHAM</dd>", "<span class=\"tag\">ACCESS</span>", "<dd>Mixed</dd>", "24 November 2026",
                "<dd id=\"quotable\">Yes</dd>", "No co-design session has cited this story yet.",
                "You said, we did", "Interpreters are now booked with every appointment.", "Lewisham ICB",
                "25 November 2026");

        StoryId pending = StoryId.random();
        projection.apply(Stories.submitted(pending), 0, Instant.now());
        mvc.perform(get("/insights/stories/" + pending).with(analyst())).andExpect(status().isNotFound());
        mvc.perform(get("/insights/stories/not-an-id").with(analyst())).andExpect(status().isNotFound());
    }

    private String feed(String query) throws Exception {
        return html(mvc.perform(get("/insights" + query).with(analyst())).andExpect(status().isOk()).andReturn());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
        return user("analyst").roles("ANALYST");
    }

    private static String html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        return result.getResponse().getContentAsString();
    }

    private StoryId approved(String title, String place, String at) {
        StoryId id = StoryId.random();
        projection.apply(Stories.submitted(id, place, Feeling.MIXED, null), 0, Instant.parse("2026-05-01T08:00:00Z"));
        projection.apply(Stories.approved(id, KEYS.seal("key-" + id, title, "Words of " + title)), 1, Instant.parse(at));
        return id;
    }

    private static Theme theme(String code) {
        return new Theme(new ThemeCode(code), code, List.of(), false);
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
