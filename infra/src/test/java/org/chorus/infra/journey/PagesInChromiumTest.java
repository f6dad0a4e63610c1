package org.chorus.infra.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.chorus.infra.e2e.EmbeddedEngines;
import org.chorus.infra.e2e.Engines;
import org.chorus.infra.e2e.EnginesTestBase;
import org.chorus.infra.e2e.ServiceProcesses;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Both services' pages in headless Chromium, signed in through their real forms: a champion's story from the form
 * through moderation to the analysts' feed and story page, the facilitator's and the programme lead's pages on the
 * way. Every page visited is checked with axe-core (WCAG 2.2 AA rules) and for reflow at 320 CSS px, and
 * screenshotted to {@code infra/target/screenshots/}. Keyboard-only filtering and focus on error summaries too.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PagesInChromiumTest extends EnginesTestBase {
  private static final String SESSION_COOKIE = "CHORUS_INSIGHTS_SESSION";
  private @Nullable ServiceProcesses running;
  private @Nullable Chromium chromium;
  private String campaign = "";

  @Override
  protected Engines startEngines(Path dataDir) throws Exception {
    return EmbeddedEngines.start(dataDir);
  }

  @BeforeAll
  void startServicesBrowserAndACampaign() throws Exception {
    running = startServices();
    chromium = Chromium.start();
    JsonApi command = new JsonApi(running.commandUrl());
    JsonApi.Reply champion = command.post("admin", "/api/v1/champions", Map.of("displayName", "Amina Yusuf",
        "organisation", "Lewisham Community Champions", "places", List.of("LEWISHAM"), "languages", List.of("en"),
        "login", "champion"));
    assertThat(champion.status()).isEqualTo(202);
    campaign = command.post("admin", "/api/v1/campaigns", Map.of("name", "Winter health checks", "theme", "ACCESS",
        "places", List.of("LEWISHAM"), "target", 600, "startsOn", "2026-11-01", "endsOn", "2027-02-28"))
        .json().get("id").asText();
    assertThat(command.post("admin", "/api/v1/campaigns/" + campaign + "/champions",
        Map.of("championId", champion.json().get("id").asText())).status()).isEqualTo(202);
  }

  @AfterAll
  void stopBrowserAndServices() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    if (running != null) {
      running.close();
    }
  }

  @BeforeEach
  void signedOutEverywhere() {
    browser().open(services().queryUrl() + "/login");
    browser().startOver();
  }

  @Test
  void everyPageAlongAStorysJourneyPassesAxeAndReflowsAt320Pixels() throws Exception {
    Chromium browser = browser();
    String command = services().commandUrl().toString().replaceAll("/$", "");
    String query = services().queryUrl().toString().replaceAll("/$", "");
    String canary = "lantern" + UUID.randomUUID().toString().substring(0, 8);

    browser.open(command + "/login");
    browser.check("command-sign-in");
    browser.signIn(command, "champion");
    browser.open(command + "/stories/new");
    browser.check("command-story-form");
    String reference = tellAStory(browser, "Interpreter at the clinic " + canary,
        "I waited three weeks for an interpreter at the " + canary + " clinic.");
    browser.check("command-story-received");
    browser.open(command + "/stories/mine");
    browser.check("command-my-stories");
    browser.open(command + "/outreach/new");
    browser.check("command-outreach-form");
    new Select(browser.find("#campaignId")).selectByValue(campaign);
    browser.script("arguments[0].value = '2026-11-20';", browser.find("#date"));
    browser.find("#peopleReached").sendKeys("120");
    browser.find("#venue-FAITH_SPACE").click();
    browser.find("form[action$='/outreach/new'] button[type=submit]").click();
    browser.check("command-outreach-logged");
    browser.signOut();

    browser.signIn(command, "moderator");
    browser.open(command + "/moderation");
    browser.check("command-moderation-queue");
    browser.driver().findElement(By.linkText(reference)).click();
    browser.check("command-moderation-story");
    browser.find("button[name=decision][value=APPROVE]").click();
    browser.waitFor("approved", d -> !d.getCurrentUrl().contains("/moderation/stories/"));
    browser.signOut();

    browser.signIn(command, "facilitator");
    browser.open(command + "/sessions");
    browser.check("command-sessions");
    browser.find("#schedule-title").sendKeys("Maternity listening " + canary);
    new Select(browser.find("#schedule-topic")).selectByIndex(1);
    new Select(browser.find("#schedule-place")).selectByIndex(1);
    browser.script("arguments[0].value = '2026-12-01';", browser.find("#schedule-date"));
    browser.script("arguments[0].value = '18:30';", browser.find("#schedule-time"));
    browser.find("form[action$='/sessions'] button[type=submit]").click();
    browser.waitFor("the session console", d -> d.getCurrentUrl().matches(".*/sessions/[0-9a-f-]{36}$"));
    browser.check("command-session-console");
    browser.signOut();

    browser.open(query + "/login");
    browser.check("query-sign-in");
    browser.signIn(query, "analyst");
    Cookie session = browser.driver().manage().getCookieNamed(SESSION_COOKIE);
    assertThat(session).as("the insights session cookie").isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    browser.check("query-home");
    awaitInFeed(browser, query + "/insights", reference);
    browser.check("query-feed");
    browser.driver().findElement(By.partialLinkText(canary)).click();
    assertThat(browser.find("h1").getText()).isEqualTo("Interpreter at the clinic " + canary);
    assertThat(browser.find("#narrative").getText()).contains("three weeks for an interpreter");
    assertThat(browser.find("#reference").getText()).isEqualTo(reference);
    browser.check("query-story");
    browser.signOut();

    browser.signIn(query, "lead");
    assertThat(browser.all("header nav a").stream().map(WebElement::getText).toList())
        .as("a programme lead is offered no story page").doesNotContain("Story feed");
    browser.open(query + "/campaigns/" + campaign);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!browser.find("#reached").getText().equals("120") && System.nanoTime() < deadline) {
      Chromium.pause(Duration.ofMillis(300));
      browser.open(query + "/campaigns/" + campaign);
    }
    assertThat(browser.find("#reached").getText()).isEqualTo("120");
    browser.waitFor("the chart drawn from its table", d -> !browser.all("#venue-chart canvas[role=img]").isEmpty());
    assertThat(browser.find("#venue-chart canvas").getAttribute("aria-label")).startsWith("People reached by venue type");
    assertThat(browser.find("#venue-chart-table td").getText()).isEqualTo("120");
    browser.check("query-campaign");

    assertThat(browser.checkedPages()).containsExactly("command-sign-in", "command-story-form",
        "command-story-received", "command-my-stories", "command-outreach-form", "command-outreach-logged",
        "command-moderation-queue", "command-moderation-story", "command-sessions", "command-session-console",
        "query-sign-in", "query-home", "query-feed", "query-story", "query-campaign");
    browser.assertNoProblems();
  }

  @Test
  void anAnalystFiltersTheFeedWithTheKeyboardAlone() throws Exception {
    String query = services().queryUrl().toString().replaceAll("/$", "");
    String word = "harbour" + UUID.randomUUID().toString().substring(0, 8);
    String matching = approvedStory("Ferry to the " + word + " clinic", "The " + word + " clinic was far.");
    String other = approvedStory("Parking at the surgery", "No spaces near the surgery.");
    Chromium browser = browser();
    browser.signIn(query, "analyst");
    awaitInFeed(browser, query + "/insights", matching);
    awaitInFeed(browser, query + "/insights", other);
    List<String> before = titles(browser);
    assertThat(before).contains("Ferry to the " + word + " clinic", "Parking at the surgery");

    browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    Actions keyboard = new Actions(browser.driver());
    int presses = 0;
    while (!browser.focused().startsWith("input#q.") && presses < 20) {
      keyboard.sendKeys(Keys.TAB).perform();
      presses++;
    }
    assertThat(browser.focused()).as("the words field is reached with Tab").startsWith("input#q.");
    keyboard.sendKeys(word).sendKeys(Keys.ENTER).perform();
    browser.waitFor("the filtered feed", d -> d.getCurrentUrl().contains("q=" + word));

    assertThat(titles(browser)).as("results after filtering with the keyboard").isNotEqualTo(before)
        .containsExactly("Ferry to the " + word + " clinic");
    assertThat(browser.find("#q").getAttribute("value")).isEqualTo(word);
  }

  @Test
  void formsThatComeBackWithErrorsMoveFocusToTheirErrorSummary() throws Exception {
    String command = services().commandUrl().toString().replaceAll("/$", "");
    String query = services().queryUrl().toString().replaceAll("/$", "");
    Chromium browser = browser();

    browser.open(query + "/login");
    browser.find("#username").sendKeys("analyst");
    browser.find("#password").sendKeys("not-the-password");
    browser.find("#password").sendKeys(Keys.ENTER);
    browser.waitFor("the failed sign-in", d -> d.getCurrentUrl().endsWith("/login?error"));
    assertThat(browser.focused()).as("focus after a failed sign-in").contains(".error-summary");
    browser.check("query-sign-in-failed");

    browser.signIn(query, "analyst");
    browser.open(query + "/insights");
    browser.find("#from").sendKeys("31/11/2026");
    browser.find("#from").sendKeys(Keys.ENTER);
    browser.waitFor("the feed with errors", d -> d.getCurrentUrl().contains("from="));
    assertThat(browser.focused()).as("focus after a bad date").contains(".error-summary");
    assertThat(browser.find(".error-summary").getText()).contains("Approved from must be a real date");
    browser.find(".error-summary a[href='#from']").click();
    assertThat(browser.focused()).startsWith("input#from.");
    browser.check("query-feed-errors");

    browser.signIn(command, "champion");
    browser.open(command + "/stories/new");
    browser.find("form[action$='/stories/new'] button[type=submit]").click();
    browser.waitFor("the story form with errors", d -> !browser.all(".error-summary").isEmpty());
    assertThat(browser.focused()).as("focus after sending an empty story").contains(".error-summary");
    browser.check("command-story-form-errors");
    browser.assertNoProblems();
  }

  @Test
  void theOverviewTrendsAndWhoIsHeardPagesDrawTheirChartsFromTheirTablesAndLeadOnlyAnalystsToStories()
      throws Exception {
    String query = services().queryUrl().toString().replaceAll("/$", "");
    String word = "kettle" + UUID.randomUUID().toString().substring(0, 8);
    List<Boolean> disabled = List.of(false, false, false, false, false, false, true, true, true);
    for (int i = 0; i < 11; i++) {
      heardStory("Waiting room " + (i + 1), "Nobody explained the " + word + " wait at the clinic.",
          i < disabled.size() ? disabled.get(i) : null, i % 3 == 0 ? List.of("ACCESS", "TRUST") : List.of("ACCESS"));
    }
    JsonApi api = new JsonApi(services().queryUrl());
    awaitJson(() -> api.get("lead", "/api/v1/insights/equality?place=LEWISHAM").json(),
        equality -> equality.path("total").asInt() >= 11, "eleven equality profiles counted");
    awaitJson(() -> api.get("lead", "/api/v1/insights/themes?q=" + word).json(),
        themes -> themes.path("themes").size() == 2 && themes.path("themes").get(0).path("count").asInt() == 11,
        "eleven stories coded");

    Chromium browser = browser();
    browser.signIn(query, "analyst");
    browser.waitFor("the overview as home", d -> d.getCurrentUrl().endsWith("/overview"));
    awaitCharts(browser, "#status-chart", "#theme-chart", "#place-chart", "#reach-chart");
    assertThat(browser.find("#theme-chart canvas").getAttribute("aria-label"))
        .isEqualTo("Approved stories by theme. The table below gives the figures.");
    assertThat(browser.find("#reach-chart canvas").getAttribute("aria-label")).startsWith("People reached and target");
    browser.check("query-overview");
    WebElement access = browser.driver().findElement(By.xpath(
        "//table[@id='theme-chart-table']//tr[th='ACCESS']//a"));
    int accessCount = Integer.parseInt(access.getText().replaceAll("[^0-9]", ""));
    access.click();
    browser.waitFor("the feed of that theme", d -> d.getCurrentUrl().endsWith("/insights?theme=ACCESS"));
    assertThat(browser.all("ol.results > li").size()).as("stories behind the ACCESS count")
        .isEqualTo(Math.min(accessCount, 20));

    browser.open(query + "/insights?q=" + word);
    assertThat(browser.all("ol.results .snippet mark").stream().map(WebElement::getText).distinct().toList())
        .as("the searched word marked in each snippet").containsExactly(word);
    browser.check("query-feed-search");

    browser.open(query + "/trends?q=" + word);
    awaitCharts(browser, "#theme-chart", "#month-chart", "#place-chart");
    WebElement trust = browser.driver().findElement(By.xpath("//table[@id='place-chart-table']//td[2]/a"));
    assertThat(trust.getText()).startsWith("4");
    browser.check("query-trends");
    trust.click();
    browser.waitFor("the feed of that count", d -> d.getCurrentUrl().contains("theme=TRUST"));
    assertThat(browser.driver().getCurrentUrl()).contains("place=LEWISHAM", "q=" + word);
    assertThat(browser.all("ol.results > li")).hasSize(4);

    browser.open(query + "/equality?place=LEWISHAM");
    awaitCharts(browser, "#disability-chart", "#ethnicity-chart");
    assertThat(browser.find("#total").getText()).contains("11");
    assertThat(browser.find("#disability-chart-table").getText()).contains("No 6", "Yes fewer than 5",
        "Not answered fewer than 5");
    assertThat(browser.all("main a[href*='/insights']")).as("no way from equality counts to stories").isEmpty();
    browser.check("query-equality");
    browser.signOut();

    browser.signIn(query, "lead");
    browser.waitFor("the overview as home", d -> d.getCurrentUrl().endsWith("/overview"));
    awaitCharts(browser, "#theme-chart");
    assertThat(browser.all("main a[href*='/insights']")).as("a programme lead is led to no story").isEmpty();
    browser.check("query-overview-lead");
    browser.open(query + "/equality?theme=TRUST&place=LEWISHAM");
    assertThat(browser.find("#all-suppressed").getText()).contains("Too few storytellers to show");
    browser.check("query-equality-suppressed");

    assertThat(browser.checkedPages()).containsExactly("query-overview", "query-feed-search", "query-trends",
        "query-equality", "query-overview-lead", "query-equality-suppressed");
    browser.assertNoProblems();
  }

  /** A LEWISHAM story whose storyteller shared equality answers, approved and coded through the APIs. */
  private void heardStory(String title, String narrative, @Nullable Boolean disabled, List<String> themes)
      throws Exception {
    JsonApi command = new JsonApi(services().commandUrl());
    Map<String, Object> equality = new HashMap<>(Map.of("ethnicity", "WHITE_BRITISH", "gender", "Woman"));
    if (disabled != null) {
      equality.put("disability", disabled);
    }
    JsonApi.Reply sent = command.post("champion", "/api/v1/stories", Map.of("title", title, "narrative", narrative,
        "place", "LEWISHAM", "language", "en", "channel", "EVENT", "feeling", "MIXED",
        "storyteller", Map.of("ageBand", "35_44", "equality", equality),
        "consent", Map.of("analysis", true, "quote", false, "publish", false, "contact", false,
            "equalityMonitoring", true, "wordingVersion", "2026-11", "basis", "SELF")));
    assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    String id = sent.json().get("id").asText();
    assertThat(command.post("moderator", "/api/v1/stories/" + id + "/moderation", Map.of("decision", "APPROVE"))
        .status()).isEqualTo(202);
    assertThat(command.post("analyst", "/api/v1/stories/" + id + "/codes", Map.of("add", themes)).status())
        .isEqualTo(202);
  }

  private static void awaitJson(JsonCall call, Predicate<JsonNode> done, String what)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode last = call.get();
    while (!done.test(last) && System.nanoTime() < deadline) {
      Chromium.pause(Duration.ofMillis(300));
      last = call.get();
    }
    assertThat(done.test(last)).as(what + ": " + last).isTrue();
  }

  /** A read through an API. */
  private interface JsonCall {
    JsonNode get() throws Exception;
  }

  private static void awaitCharts(Chromium browser, String... figures) {
    for (String figure : figures) {
      browser.waitFor("the chart drawn from its table in " + figure,
          d -> !browser.all(figure + " canvas[role=img][aria-label]").isEmpty());
      assertThat(browser.all(figure + " table")).as("the table of " + figure).hasSize(1);
    }
  }

  private static String tellAStory(Chromium browser, String title, String narrative) {
    browser.find("#title").sendKeys(title);
    browser.find("#narrative").sendKeys(narrative);
    new Select(browser.find("#place")).selectByValue("LEWISHAM");
    browser.find("input[name=serviceAreas][value=MATERNITY]").click();
    browser.find("#language").clear();
    browser.find("#language").sendKeys("en");
    new Select(browser.find("#channel")).selectByValue("CHAMPION_INTERVIEW");
    browser.find("#feeling-MIXED").click();
    browser.find("#storyteller-name").sendKeys("Storyteller");
    browser.find("#consent-analysis").click();
    browser.find("#consent-quote").click();
    browser.find("#consent-basis-self").click();
    browser.find("form[action$='/stories/new'] button[type=submit]").click();
    browser.waitFor("the story received", d -> !browser.all("#reference, .error-summary").isEmpty());
    assertThat(browser.all(".error-summary").stream().map(WebElement::getText).toList()).as("errors on the story form")
        .isEmpty();
    return browser.find("#reference").getText();
  }

  /** A story sent and approved through the API, returning its reference. */
  private String approvedStory(String title, String narrative) throws Exception {
    JsonApi command = new JsonApi(services().commandUrl());
    JsonApi.Reply sent = command.post("champion", "/api/v1/stories", Map.of("title", title, "narrative", narrative,
        "place", "LEWISHAM", "language", "en", "channel", "EVENT", "feeling", "MIXED",
        "consent", Map.of("analysis", true, "quote", false, "publish", false, "contact", false,
            "equalityMonitoring", false, "wordingVersion", "2026-11")));
    assertThat(sent.status()).isEqualTo(202);
    String id = sent.json().get("id").asText();
    assertThat(command.post("moderator", "/api/v1/stories/" + id + "/moderation", Map.of("decision", "APPROVE"))
        .status()).isEqualTo(202);
    String reference = "";
    for (JsonNode story : command.get("champion", "/api/v1/my/stories").json()) {
      if (story.get("id").asText().equals(id)) {
        reference = story.get("reference").asText();
      }
    }
    assertThat(reference).as("the story's reference").isNotBlank();
    return reference;
  }

  private static void awaitInFeed(Chromium browser, String feed, String reference) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    browser.open(feed);
    while (!browser.driver().getPageSource().contains(reference) && System.nanoTime() < deadline) {
      Chromium.pause(Duration.ofMillis(300));
      browser.open(feed);
    }
    assertThat(browser.driver().getPageSource()).as("the feed shows " + reference).contains(reference);
  }

  private static List<String> titles(Chromium browser) {
    return browser.all("ol.results h3 a").stream().map(WebElement::getText).toList();
  }

  private ServiceProcesses services() {
    if (running == null) {
      throw new IllegalStateException("services are not running");
    }
    return running;
  }

  private Chromium browser() {
    if (chromium == null) {
      throw new IllegalStateException("the browser is not running");
    }
    return chromium;
  }
}
