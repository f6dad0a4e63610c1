package org.chorus.command.session.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;

/**
 * A facilitator signs in with a browser (HtmlUnit, no JavaScript) and steps through a replayed session: Next, a
 * timeline link and "Jump to event" each show the session as it stood after that event.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SessionReplayBrowserTest extends EngineProperties {
    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    private WebClient browser;
    private String session;
    private String proposal;
    private String chidi;

    @BeforeEach
    void aSessionWithAChangedVoteADecisionAndAnErasure() {
        Api api = new Api(port);
        session = api.post("facilitator", "/api/v1/sessions", Api.json(Map.of("title", "Saturday clinics",
                "topic", "ACCESS", "place", "GREENWICH", "scheduledFor", "2026-12-05T10:00:00Z"))).json()
                .get("id").asText();
        String base = "/api/v1/sessions/" + session;
        api.post("facilitator", base + "/open", "{}");                                               // 1
        String ayo = join(api, base, "Ayo Adebayo", "RESIDENT");                                       // 2
        String bea = join(api, base, "Bea Novak", "NHS");                                              // 3
        chidi = join(api, base, "Chidi Okafor", "LOCAL_AUTHORITY");                                    // 4
        api.post("facilitator", base + "/contributions", Api.json(Map.of("participantId", chidi,      // 5
                "kind", "IDEA", "text", "Our hall is free on Saturdays")));
        proposal = api.post("facilitator", base + "/proposals", Api.json(Map.of("participantId", ayo, // 6
                "text", "Open a Saturday clinic"))).json().get("proposalId").asText();
        String votes = base + "/proposals/" + proposal + "/votes";
        api.post("facilitator", votes, Api.json(Map.of("participantId", bea, "stance", "OPPOSE")));   // 7
        api.post("facilitator", votes, Api.json(Map.of("participantId", bea, "stance", "SUPPORT")));  // 8
        api.post("facilitator", base + "/decisions", Api.json(Map.of("proposalId", proposal,         // 9
                "outcome", "ADOPTED", "rationale", "Bea came round")));
        api.post("facilitator", base + "/close", "{}");                                              // 10
        Api.Reply erased = api.post("facilitator", base + "/participants/" + chidi + "/erasure", "{}"); // 11
        assertThat(erased.json().get("version").asLong()).as("the script stored events 0 to 11").isEqualTo(11);

        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void stepsThroughTheReplayByNextByTimelineAndByJumping() throws Exception {
        HtmlPage page = signIn(browser.getPage("http://localhost/sessions/" + session + "/replay"));
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(current(page)).isEqualTo("event-0");
        assertThat(page.getElementById("previous")).as("no Previous at the first event").isNull();
        assertThat(text(page, "replay-status")).isEqualTo("Scheduled");
        assertThat(page.asNormalizedText()).contains("No one has joined yet.");

        page = ((HtmlAnchor) page.getHtmlElementById("next")).click();
        assertThat(current(page)).isEqualTo("event-1");
        assertThat(text(page, "replay-status")).isEqualTo("Open");
        assertThat(page.getElementById("previous")).isNotNull();

        page = ((HtmlAnchor) page.getHtmlElementById("event-7")).click();
        assertThat(current(page)).isEqualTo("event-7");
        assertThat(text(page, "replay-position")).contains("Vote cast");
        assertThat(tally(page)).as("after Bea's first vote").containsExactly("0", "1", "0");
        assertThat(text(page, "decision-" + proposal)).isEqualTo("Not decided");

        page = jump(page, "8");
        assertThat(current(page)).isEqualTo("event-8");
        assertThat(tally(page)).as("after Bea changed her vote").containsExactly("1", "0", "0");
        assertThat(text(page, "decision-" + proposal)).isEqualTo("Not decided");
        assertThat(page.asNormalizedText()).contains("No decisions yet.");

        page = jump(page, "9");
        assertThat(text(page, "decision-" + proposal)).isEqualTo("Adopted");
        assertThat(page.asNormalizedText()).contains("Bea came round").doesNotContain("No decisions yet.");
        assertThat(text(page, "replay-status")).isEqualTo("Open");

        page = jump(page, "5");
        assertThat(text(page, "participant-" + chidi)).as("erased for good, even before the erasure")
                .contains("withdrawn participant").contains("Council");
        assertThat(page.asNormalizedText()).contains("Ayo Adebayo").doesNotContain("Chidi Okafor")
                .doesNotContain("Our hall is free").contains("(words withdrawn with the participant)")
                .contains("No proposals yet.");

        page = jump(page, "11");
        assertThat(current(page)).isEqualTo("event-11");
        assertThat(page.getElementById("next")).as("no Next at the last event").isNull();
        assertThat(text(page, "replay-status")).isEqualTo("Closed");
    }

    @Test
    void jumpingPastTheLastEventIsRefusedWithAnErrorLinkedToTheField() throws Exception {
        HtmlPage page = signIn(browser.getPage("http://localhost/sessions/" + session + "/replay?step=3"));
        assertThat(current(page)).isEqualTo("event-3");

        page = jump(page, "12");

        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(400);
        HtmlAnchor problem = page.querySelector(".error-summary a");
        assertThat(problem.getHrefAttribute()).isEqualTo("#step");
        assertThat(problem.getTextContent()).isEqualTo("Choose an event number from 0 to 11");
        assertThat((Object) page.querySelector("[aria-current=step]")).isNull();
        assertThat(page.getElementById("participants")).as("no state is shown").isNull();
        HtmlPage negative = browser.getPage("http://localhost/sessions/" + session + "/replay?step=-1");
        assertThat(negative.getWebResponse().getStatusCode()).isEqualTo(400);
    }

    private static String join(Api api, String base, String name, String role) {
        return api.post("facilitator", base + "/participants", Api.json(Map.of("displayName", name, "role", role,
                "livedExperience", true))).json().get("participantId").asText();
    }

    private static HtmlPage signIn(HtmlPage login) throws Exception {
        assertThat(login.getUrl().getPath()).isEqualTo("/login");
        ((HtmlInput) login.getHtmlElementById("username")).setValue("facilitator");
        ((HtmlInput) login.getHtmlElementById("password")).setValue("facilitator-local");
        return ((HtmlElement) login.querySelector("main form button[type=submit]")).click();
    }

    private static HtmlPage jump(HtmlPage page, String step) throws Exception {
        ((HtmlInput) page.getHtmlElementById("step")).setValue(step);
        return ((HtmlElement) page.getHtmlElementById("jump")).click();
    }

    private static String current(HtmlPage page) {
        List<HtmlElement> marked = page.getByXPath("//a[@aria-current='step']");
        assertThat(marked).as("exactly one event is current").hasSize(1);
        return marked.get(0).getId();
    }

    private List<String> tally(HtmlPage page) {
        return List.of(text(page, "support-" + proposal), text(page, "oppose-" + proposal),
                text(page, "abstain-" + proposal));
    }

    private static String text(HtmlPage page, String id) {
        return page.getHtmlElementById(id).asNormalizedText().strip();
    }
}
