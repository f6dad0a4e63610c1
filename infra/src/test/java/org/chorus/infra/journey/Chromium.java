package org.chorus.infra.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through its chromedriver, both named explicitly so Selenium Manager never
 * downloads anything. {@link #check} runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page shown, checks it
 * reflows at 320 CSS px without sideways scrolling and saves screenshots; problems are collected so one run
 * reports every page, and {@link #assertNoProblems} fails with all of them written out.
 */
final class Chromium implements AutoCloseable {
  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  static final int NARROW = 320;
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final List<String> problems = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
  }

  /** Fails (never skips) when the browser is missing: CI installs it, so a missing one is a broken machine. */
  static Chromium start() throws IOException {
    for (Path needed : List.of(BROWSER, DRIVER)) {
      if (!Files.isExecutable(needed)) {
        throw new IllegalStateException(needed + " is missing: the browser tests need Debian's chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them under CI)");
      }
    }
    Files.createDirectories(SCREENSHOTS);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1280,900", "--lang=en-GB");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Chromium(driver);
  }

  ChromeDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The element that has focus, described by its id and classes. */
  String focused() {
    return (String) script("var e = document.activeElement; return e.tagName.toLowerCase() + '#' + e.id + '.' "
        + "+ (e.className || '');");
  }

  void waitFor(String what, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(condition::apply);
  }

  /** Fills the sign-in form of the page shown, as a user types, and sends it. */
  void signIn(String baseUrl, String user) {
    open(baseUrl + "/login");
    find("#username").sendKeys(user);
    find("#password").sendKeys(user + "-local");
    find("form[action$='/login'] button[type=submit]").click();
    waitFor("signed in as " + user, d -> !d.getCurrentUrl().contains("/login"));
  }

  void signOut() {
    find("header form[action$='/logout'] button").click();
    waitFor("signed out", d -> d.getCurrentUrl().contains("/login"));
  }

  /** Axe, then reflow at 320 CSS px, with a screenshot at each width; findings are kept for the end. */
  void check(String name) throws IOException {
    waitFor("page loaded", d -> "complete".equals(script("return document.readyState")));
    checked.add(name + " " + driver.getCurrentUrl());
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
    if (results.isErrored()) {
      problems.add(name + ": axe could not run: " + results.getErrorMessage());
    }
    for (Rule rule : results.getViolations()) {
      problems.add(describe(name, rule));
    }
    screenshot(name);
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", NARROW, "height", 640, "deviceScaleFactor", 1, "mobile", false));
    try {
      pause(Duration.ofMillis(400));
      long width = ((Number) script("return document.documentElement.scrollWidth")).longValue();
      if (width > NARROW) {
        problems.add(name + ": at " + NARROW + " CSS px the page is " + width + " px wide (scrolls sideways): "
            + script("return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                + " return e.getBoundingClientRect().right > " + NARROW + " + 1; }).slice(0, 5).map(function (e) {"
                + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''); })"
                + ".join(', ')"));
      }
      screenshot(name + "-320");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  void assertNoProblems() {
    assertThat(checked).as("pages checked").isNotEmpty();
    assertThat(problems).as("accessibility and reflow problems on the pages checked:\n  " + String.join("\n  ", checked)
        + "\n\n" + String.join("\n\n", problems) + "\n").isEmpty();
  }

  /** The names of the pages checked since {@link #startOver}. */
  List<String> checkedPages() {
    return checked.stream().map(page -> page.substring(0, page.indexOf(' '))).toList();
  }

  /** Forgets the pages checked so far and their problems, and every cookie: the next test starts signed out. */
  void startOver() {
    checked.clear();
    problems.clear();
    driver.manage().deleteAllCookies();
  }

  private void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String describe(String page, Rule rule) {
    StringBuilder text = new StringBuilder(page + ": [" + rule.getImpact() + "] " + rule.getId() + " - "
        + rule.getHelp() + " (" + rule.getHelpUrl() + ")");
    for (CheckedNode node : rule.getNodes()) {
      text.append("\n    at ").append(node.getTarget()).append(": ").append(node.getHtml());
      if (node.getFailureSummary() != null) {
        text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
      }
    }
    return text.toString();
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
