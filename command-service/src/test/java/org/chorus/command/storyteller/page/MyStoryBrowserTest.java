package org.chorus.command.storyteller.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.ThreadLocalRandom;
import org.chorus.command.storyteller.SubmittedStory;
import org.chorus.command.support.Api;
import org.chorus.command.support.EngineProperties;
import org.chorus.command.support.IntegrationTest;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.htmlunit.MockMvcWebClientBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A storyteller with a browser without JavaScript (HtmlUnit) and no account looks up their story under
 * {@code /my-story}, changes what they agreed to, reads the responses and withdraws it. The browser calls from an
 * address of its own, so other tests' wrong pairs never throttle it.
 */
@IntegrationTest
class MyStoryBrowserTest extends EngineProperties {
    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private WebClient browser;
    private SubmittedStory story;

    @BeforeEach
    void aRespondedStoryAndABrowser() {
        Api api = new Api(port);
        story = SubmittedStory.submit(api);
        story.approveAndRespond(api, "We opened a Saturday clinic in Lewisham.");
        String address = "10.88." + ThreadLocalRandom.current().nextInt(250) + "." + ThreadLocalRandom.current().nextInt(1, 250);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).build();
        browser = MockMvcWebClientBuilder.mockMvcSetup(mvc).build();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static HtmlPage lookUp(HtmlPage start, String reference, String receiptCode) throws Exception {
        HtmlForm form = start.getForms().get(start.getForms().size() - 1);
        ((HtmlInput) start.getHtmlElementById("reference")).setValue(reference);
        ((HtmlInput) start.getHtmlElementById("receiptCode")).setValue(receiptCode);
        return form.getOneHtmlElementByAttribute("button", "type", "submit").click();
    }

    private static String text(HtmlPage page, String id) {
        return page.getHtmlElementById(id).getTextContent().strip();
    }

    @Test
    void aWrongPairComesBackWithAnErrorSummaryLinkedToTheReference() throws Exception {
        HtmlPage start = browser.getPage("http://localhost/my-story");
        assertThat(start.getWebResponse().getStatusCode()).isEqualTo(200);
        HtmlInput code = start.getHtmlElementById("receiptCode");
        assertThat(code.getAttribute("autocomplete")).isEqualTo("off");
        assertThat(code.hasAttribute("onpaste")).as("pasting is allowed").isFalse();
        assertThat((Object) start.querySelector("label[for=receiptCode]")).isNotNull();
        assertThat((Object) start.querySelector("input[name=_csrf]")).isNotNull();

        HtmlPage refused = lookUp(start, story.reference(), "0000-0000-0000");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(404);
        HtmlAnchor problem = refused.querySelector(".error-summary a");
        assertThat(problem.getHrefAttribute()).isEqualTo("#reference");
        assertThat(problem.getTextContent()).contains("We could not find a story with this reference and receipt code");
        assertThat(((DomElement) refused.querySelector(".error-summary")).hasAttribute("autofocus")).isTrue();
        assertThat(((HtmlInput) refused.getHtmlElementById("reference")).getValue()).isEqualTo(story.reference());
        assertThat(((HtmlInput) refused.getHtmlElementById("receiptCode")).getValue()).as("the code is not echoed").isEmpty();
    }

    @Test
    void lookUpChangeConsentAndWithdraw() throws Exception {
        HtmlPage page = lookUp(browser.getPage("http://localhost/my-story"), story.reference(), story.receiptCode());

        assertThat(page.getUrl().getPath()).isEqualTo("/my-story/story");
        assertThat(page.getUrl().toString()).doesNotContain(story.receiptCode()).doesNotContain(story.reference());
        assertThat(text(page, "reference")).isEqualTo(story.reference());
        assertThat(text(page, "status")).isEqualTo("Checked and being listened to");
        assertThat(text(page, "responses")).contains("South East London ICB")
                .contains("We opened a Saturday clinic in Lewisham.");
        assertThat(page.asNormalizedText()).doesNotContain("Words only I may read").doesNotContain("Ayesha");
        HtmlCheckBoxInput quote = page.getHtmlElementById("consent-quote");
        HtmlCheckBoxInput contact = page.getHtmlElementById("consent-contact");
        assertThat(quote.isChecked()).isTrue();
        assertThat(contact.isChecked()).isFalse();

        quote.setChecked(false);
        contact.setChecked(true);
        HtmlPage saved = quote.getEnclosingForm().getOneHtmlElementByAttribute("button", "type", "submit").click();

        assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(saved.asNormalizedText()).contains("Your choices are saved");
        assertThat(text(saved, "saved-quote")).isEqualTo("No");
        assertThat(text(saved, "saved-contact")).isEqualTo("Yes");
        page = browser.getPage("http://localhost/my-story/story");
        assertThat(((HtmlCheckBoxInput) page.getHtmlElementById("consent-quote")).isChecked()).isFalse();
        assertThat(((HtmlCheckBoxInput) page.getHtmlElementById("consent-contact")).isChecked()).isTrue();

        HtmlPage confirm = ((HtmlAnchor) page.getHtmlElementById("withdraw")).click();
        assertThat(confirm.asNormalizedText()).contains("Are you sure you want to withdraw your story?")
                .contains("deleted for good").contains("cannot be undone");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE owner_id = ?::uuid",
                Integer.class, story.id())).as("nothing erased before confirming").isPositive();
        HtmlPage withdrawn = confirm.getHtmlElementById("confirm-withdrawal").click();

        assertThat(withdrawn.asNormalizedText()).contains("Your story has been withdrawn");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM keystore.data_key WHERE owner_id = ?::uuid",
                Integer.class, story.id())).isZero();
        HtmlPage afterwards = browser.getPage("http://localhost/my-story/story");
        assertThat(afterwards.getUrl().getPath()).as("the session no longer opens a story").isEqualTo("/my-story");
        HtmlPage again = lookUp(afterwards, story.reference(), story.receiptCode());
        assertThat(again.getWebResponse().getStatusCode()).isEqualTo(404);
    }

    @Test
    void thePagesSpeakPolish() throws Exception {
        HtmlPage start = browser.getPage("http://localhost/my-story?lang=pl");

        assertThat(start.getDocumentElement().getAttribute("lang")).startsWith("pl");
        assertThat(start.asNormalizedText()).contains("Zobacz swoją historię");
        HtmlPage page = lookUp(start, story.reference(), story.receiptCode());
        assertThat(text(page, "status")).isEqualTo("Sprawdzona i wysłuchana");
    }
}
