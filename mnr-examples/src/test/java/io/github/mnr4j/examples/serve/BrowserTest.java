package io.github.mnr4j.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Enablement;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Validator;
import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * mnr serve in a real browser: Debian's chromium, headless, through its chromium-driver (paths
 * given, so that Selenium Manager never looks for one on the network). Without them the tests are
 * skipped and say why, unless {@value #REQUIRED} is set, as {@code .ci/run} sets it: then a missing
 * browser fails them.
 */
class BrowserTest {
  /** The environment variable that makes a missing browser a failure. */
  static final String REQUIRED = "MNR_BROWSER_TESTS";

  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path directory;

  private ResponseStore store;
  private Javalin app;
  private WebDriver browser;
  private String base;

  @BeforeEach
  void start() {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (System.getenv(REQUIRED) != null) {
      assertThat(installed)
          .as("chromium and chromium-driver at %s and %s (%s is set)", BROWSER, DRIVER, REQUIRED)
          .isTrue();
    }
    Assumptions.assumeTrue(
        installed,
        "chromium and chromium-driver are not installed (apt-get install chromium"
            + " chromium-driver; .ci/run installs them): the browser tests are skipped");
    store = ResponseStore.open(ResponseStore.h2File(directory.resolve("db")));
    app = new SelfAssessment(Instruments.mnrSurvey2021(), store).create().start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1000,900",
        "--user-data-dir=" + directory.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.stop();
      store.close();
    }
  }

  private String created() {
    return store
        .create(
            Response.builder()
                .instrumentReference("wpga-mnr-survey@2021")
                .jurisdiction(Jurisdiction.of("C90", "Country 90"))
                .status(ResponseStatus.IN_PROGRESS)
                .build())
        .responseId();
  }

  /**
   * A focal point answers q7 No on its section's page: q8, which the skip rule disables, disappears
   * at once, and the section's progress follows; answered Yes, it comes back. Then the draft saves
   * itself.
   */
  @Test
  void skippedQuestionsDisappearAsTheyAnswerAndTheDraftSavesItself() {
    String id = created();
    browser.get(base + "/responses/" + id + "?section=policy-governance");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    WebElement q8 = browser.findElement(By.id("q8"));
    assertThat(q8.isDisplayed()).isTrue();
    WebElement progress = browser.findElement(By.id("progress-policy-governance"));
    String before = progress.getText();

    browser.findElement(By.id("answer-q7-no")).click();
    wait.until(page -> !page.findElement(By.id("q8")).isDisplayed());
    wait.until(
        page -> !page.findElement(By.id("progress-policy-governance")).getText().equals(before));
    assertThat(browser.findElement(By.id("q9")).isDisplayed()).isTrue();

    browser.findElement(By.id("answer-q7-yes")).click();
    wait.until(page -> page.findElement(By.id("q8")).isDisplayed());

    wait.until(
        page ->
            page.findElement(By.id("autosave-status"))
                .getText()
                .startsWith("Saved automatically as version"));
    Response saved = store.latest(id).orElseThrow().response();
    assertThat(saved.answers().get("q7").chosen()).containsExactly("yes");
    assertThat(store.history(id, 1).size()).isGreaterThan(1);
  }

  /**
   * A section's link, followed right after a change (before the automatic save was due), saves the
   * change before it leaves the page: nothing typed is lost by moving to another section.
   */
  @Test
  void aSectionsLinkSavesThePagesChangesFirst() {
    String id = created();
    browser.get(base + "/responses/" + id);
    browser.findElement(By.id("answer-q4")).sendKeys("Typed, then straight to section 3");
    // The list of sections' link; the error summary's link to the same page does the same.
    browser
        .findElement(By.cssSelector("nav.sections a[href^='?section=policy-governance']"))
        .click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(page -> page.getCurrentUrl().contains("section=policy-governance"));
    assertThat(browser.findElement(By.id("answer-q7-yes")).isDisplayed()).isTrue();
    assertThat(((Answer.Text) store.latest(id).orElseThrow().response().answers().get("q4")).text())
        .isEqualTo("Typed, then straight to section 3");
    browser.findElement(By.id("answer-q7-yes")).click();
    browser.findElement(By.cssSelector(".summary a[href^='?section=introduction']")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(page -> page.getCurrentUrl().contains("section=introduction"));
    assertThat(store.latest(id).orElseThrow().response().answers().get("q7").chosen())
        .containsExactly("yes");
  }

  /**
   * Without a change of its own, a page whose response was saved elsewhere does not overwrite it.
   */
  @Test
  void anAutosaveAfterAnotherBrowserSavedIsRefused() {
    String id = created();
    browser.get(base + "/responses/" + id);
    store.save(id, 1, store.latest(id).orElseThrow().response());
    browser.findElement(By.id("answer-q4")).sendKeys("Typed in a stale page");
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            page ->
                page.findElement(By.id("autosave-status"))
                    .getText()
                    .startsWith("Not saved: this response was saved elsewhere"));
    assertThat(store.history(id, 1)).hasSize(2);
  }

  /**
   * The same, with the keyboard only: the arrow keys move q7's choice from yes to no, q8
   * disappears, and Tab moves on past it to q9.
   */
  @Test
  void theFormWorksWithTheKeyboardOnly() {
    String id = created();
    browser.get(base + "/responses/" + id + "?section=policy-governance");
    WebElement yes = browser.findElement(By.id("answer-q7-yes"));
    yes.sendKeys(Keys.SPACE);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.until(page -> page.findElement(By.id("answer-q7-yes")).isSelected());
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    wait.until(page -> page.findElement(By.id("answer-q7-no")).isSelected());
    wait.until(page -> !page.findElement(By.id("q8")).isDisplayed());
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("answer-q9");
  }

  /**
   * axe-core (4.11, the script its Selenium integration ships, run in the page) finds no serious or
   * critical violation on the start page, the form, the form with findings, the scorecard and an
   * error page.
   */
  @Test
  void axeFindsNoSeriousViolation() throws Exception {
    String id = store.create(ExampleResponses.defects()).responseId();
    for (String page :
        List.of(
            "/",
            "/responses/" + id,
            "/responses/" + id + "?section=policy-governance",
            "/responses/" + id + "?lang=ar-XB",
            "/responses/" + id + "/scorecard",
            "/responses/nowhere")) {
      browser.get(base + page);
      assertNoSeriousViolation(page);
    }
  }

  /** Runs axe-core in the page shown, and fails on a serious or critical violation. */
  private void assertNoSeriousViolation(String page) throws Exception {
    String script;
    try (var in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
      assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
      script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    {
      JavascriptExecutor js = (JavascriptExecutor) browser;
      js.executeScript(script);
      Object result =
          js.executeAsyncScript(
              "var done = arguments[arguments.length - 1];"
                  + "axe.run(document, {resultTypes: ['violations']}).then("
                  + "function (r) { done(JSON.stringify(r.violations)); },"
                  + "function (e) { done('failed: ' + e); });");
      String violations = String.valueOf(result);
      assertThat(violations).as(page).startsWith("[");
      List<String> serious = new ArrayList<>();
      for (var violation : tools.jackson.databind.json.JsonMapper.shared().readTree(violations)) {
        String impact = violation.path("impact").asString();
        if (impact.equals("serious") || impact.equals("critical")) {
          serious.add(
              violation.path("id").asString()
                  + " ("
                  + impact
                  + "): "
                  + violation.path("nodes").path(0).path("target").toString());
        }
      }
      assertThat(serious).as("serious or critical violations on %s", page).isEmpty();
    }
  }

  /**
   * Portal mode: a focal point signs in by their link and starts their jurisdiction's response; a
   * second focal point, signed in by theirs, is refused it as if it did not exist; the analyst sees
   * the submission status, then aggregates with the small groups suppressed. axe-core finds no
   * serious violation on the sign-in and analysis pages.
   */
  @Test
  void inThePortalEachSeesTheirOwnOnly() throws Exception {
    Javalin portal =
        new SelfAssessment(Instruments.mnrSurvey2021(), store, SelfAssessment.Mode.PORTAL, false)
            .create()
            .start("127.0.0.1", 0);
    try {
      String site = "http://127.0.0.1:" + portal.port();
      String first =
          store
              .invitations()
              .inviteFocalPoint(
                  country(1, io.github.mnr4j.reference.Region.WESTERN_EUROPE), Duration.ofDays(1))
              .link(site);
      String second =
          store
              .invitations()
              .inviteFocalPoint(
                  country(2, io.github.mnr4j.reference.Region.SOUTH_ASIA), Duration.ofDays(1))
              .link(site);
      String analyst = store.invitations().inviteAnalyst(Duration.ofDays(1)).link(site);

      browser.get(first);
      assertNoSeriousViolation("/sign-in");
      browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
      waitForText("Signed in as the focal point of C01 Country 01");
      browser.findElement(By.cssSelector("form[action='/responses'] button")).click();
      waitForText("version 1 of 1");
      String response = browser.getCurrentUrl();
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("C01 Country 01");
      browser.get(site + "/");
      browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();

      waitForText("Sign in");
      browser.get(second);
      browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
      waitForText("Signed in as the focal point of C02 Country 02");
      browser.get(response);
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("no response " + response.substring(response.lastIndexOf('/') + 1) + " is here")
          .doesNotContain("Country 01");
      browser.get(site + "/");
      browser.findElement(By.cssSelector("form[action='/sign-out'] button")).click();

      waitForText("Sign in");
      browser.get(analyst);
      browser.findElement(By.cssSelector("form[action='/sign-in'] button")).click();
      waitForText("Signed in as an analyst");
      assertThat(browser.getCurrentUrl()).endsWith("/analysis");
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("C01 Country 01 in progress")
          .contains("C02 Country 02 not started")
          .contains("The aggregates appear once 5 jurisdictions have submitted (0 so far)");
      Response completed = ExampleResponses.completed();
      for (int n = 3; n <= 7; n++) {
        store.create(
            completed.withJurisdiction(country(n, io.github.mnr4j.reference.Region.SOUTH_ASIA)));
      }
      browser.navigate().refresh();
      String shown = browser.findElement(By.tagName("main")).getText();
      assertThat(shown)
          .contains("These figures count 5 submitted responses.")
          .contains("Figure 1: capabilities in place")
          .contains("south-asia 5 false");
      assertNoSeriousViolation("/analysis");
    } finally {
      portal.stop();
    }
  }

  /**
   * A focal point fills in the whole survey (the example's complete answers), seeing each question
   * a skip rule disables disappear as they answer; saves the draft; opens it again; restores an
   * earlier version and then the full one; submits; and reads the scorecard. With the mouse, with
   * the keyboard alone (keys sent to each control, Enter on buttons and links, never a click), and
   * in French.
   */
  @ParameterizedTest(name = "{0}, keyboard only: {1}")
  @CsvSource({"en, false", "en, true", "fr, false"})
  void aFocalPointFillsInTheWholeSurvey(String lang, boolean keyboard) throws Exception {
    Instrument instrument = Instruments.mnrSurvey2021();
    Response completed = ExampleResponses.completed();
    Enablement enablement = Validator.of(instrument).enablement(completed);
    // What a focal point gives: the example's answers without the analyst's codes.
    Map<String, Answer> given = new LinkedHashMap<>();
    completed
        .answers()
        .forEach(
            (question, answer) ->
                given.put(
                    question,
                    answer instanceof Answer.Text text ? Answer.ofText(text.text()) : answer));
    Respondent.Person person =
        new Respondent.Person("A. Focal Point", "Head of unit", "focal.point@example.org");
    String id = created();
    browser.get(base + "/responses/" + id + "?section=policy-governance&lang=" + lang);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
    String q7 = browser.findElement(By.cssSelector("#q7 legend")).getText();
    if (lang.equals("en")) {
      assertThat(q7).contains(instrument.question("q7").text());
    } else {
      assertThat(q7).doesNotContain(instrument.question("q7").text()).startsWith("q7*");
    }
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    // A page per section, from the first with questions: each filled, then Save and continue.
    browser.get(base + "/responses/" + id + "?lang=" + lang);
    String section = instrument.questions().get(0).sectionId();
    int version = 1;
    for (Question question : instrument.questions()) {
      if (!question.sectionId().equals(section)) {
        press(browser.findElement(By.cssSelector("button[value='next']")), keyboard, Keys.ENTER);
        waitForText("Saved as version " + ++version);
        section = question.sectionId();
        assertThat(
                browser.findElement(By.cssSelector("nav.sections [aria-current='page']")).getText())
            .startsWith("Section " + instrument.section(section).number() + ": ");
      }
      if (!enablement.isEnabled(question.id())) {
        // its rule's question, answered just before, hides it
        wait.until(page -> !page.findElement(By.id(question.id())).isDisplayed());
        continue;
      }
      if (question.asksForPersonalData()) {
        browser.findElement(By.id("respondent-name")).sendKeys(person.name());
        browser.findElement(By.id("respondent-role")).sendKeys(person.role());
        browser.findElement(By.id("respondent-contact")).sendKeys(person.contact());
        continue;
      }
      Answer answer = completed.answers().get(question.id());
      if (answer instanceof Answer.Text text) {
        browser.findElement(By.id("answer-" + question.id())).sendKeys(text.text());
      } else {
        for (String option : answer.chosen()) {
          WebElement control = browser.findElement(By.id("answer-" + question.id() + "-" + option));
          press(control, keyboard, Keys.SPACE);
          wait.until(page -> control.isSelected());
        }
      }
      if (answer.otherText().isPresent()) {
        browser.findElement(By.id("other-" + question.id())).sendKeys(answer.otherText().get());
      }
    }
    // the last section has no next: saved as a draft
    assertThat(browser.findElements(By.cssSelector("button[value='next']"))).isEmpty();
    press(browser.findElement(By.cssSelector("button[value='save']")), keyboard, Keys.ENTER);
    waitForText("Saved as version " + ++version);
    int full = store.history(id, 1).size();
    assertThat(full).isEqualTo(version);
    Response saved = store.latest(id).orElseThrow().response();
    assertThat(saved.answers()).isEqualTo(given);
    assertThat(saved.respondent()).contains(person);

    // opened again, each section shows what was saved
    browser.get(base + "/responses/" + id + "?section=policy-governance&lang=" + lang);
    assertThat(browser.findElement(By.id("answer-q7-yes")).isSelected()).isTrue();
    browser.get(base + "/responses/" + id + "?lang=" + lang);
    assertThat(browser.findElement(By.id("answer-q3")).getAttribute("value"))
        .isEqualTo(((Answer.Text) completed.answers().get("q3")).text());

    // the empty version 1 restored, every section of it, then the full one
    press(browser.findElement(By.linkText("Version 1")), keyboard, Keys.ENTER);
    waitForText("earlier version");
    press(browser.findElement(By.cssSelector("button[value='save']")), keyboard, Keys.ENTER);
    waitForText("Saved as version " + (full + 1));
    assertThat(store.latest(id).orElseThrow().response().answers()).isEmpty();
    assertThat(browser.findElement(By.id("answer-q3")).getAttribute("value")).isEmpty();
    press(browser.findElement(By.linkText("Version " + full)), keyboard, Keys.ENTER);
    waitForText("earlier version");
    press(browser.findElement(By.cssSelector("button[value='submit']")), keyboard, Keys.ENTER);
    waitForText("Submitted: the response is complete.");
    Response submitted = store.latest(id).orElseThrow().response();
    assertThat(submitted.status()).isEqualTo(ResponseStatus.COMPLETED);
    assertThat(submitted.answers()).isEqualTo(given);
    assertThat(submitted.respondent()).contains(person);

    press(browser.findElement(By.linkText("Scorecard")), keyboard, Keys.ENTER);
    wait.until(page -> page.getCurrentUrl().endsWith("/scorecard"));
    assertThat(browser.findElement(By.cssSelector("figure svg[role='img']")).isDisplayed())
        .isTrue();
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Scorecard of C90 Country 90")
        .contains("No ranking");
  }

  /**
   * Waits for the page that follows a click to show a text. While the old page is replaced, the
   * driver may report its elements gone in more than one way: each is a reason to look again.
   */
  private void waitForText(String text) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(page -> page.findElement(By.tagName("main")).getText().contains(text));
  }

  /** Activates a control by the mouse, or by a key sent to it. */
  private static void press(WebElement control, boolean keyboard, Keys key) {
    if (keyboard) {
      control.sendKeys(key);
    } else {
      control.click();
    }
  }

  /** Where the screenshots are saved, for the README (which shows copies under docs/). */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Screenshots of the form, of its error summary after a refused submission, and of the scorecard,
   * as a focal point sees them; saved as PNG for the README.
   */
  @Test
  void screenshotsOfTheFormTheErrorSummaryAndTheScorecard() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    String id = created();
    browser.get(base + "/responses/" + id + "?section=policy-governance");
    browser.findElement(By.id("answer-q7-yes")).click();
    screenshot("form");

    browser.findElement(By.cssSelector("button[value='submit']")).click();
    waitForText("Not submitted");
    WebElement summary = browser.findElement(By.cssSelector(".summary[role='alert']"));
    assertThat(summary.getText()).contains("What validation found").contains("required-unanswered");
    new org.openqa.selenium.interactions.Actions(browser).scrollToElement(summary).perform();
    screenshot("error-summary");

    String done = store.create(ExampleResponses.completed()).responseId();
    browser.get(base + "/responses/" + done + "/scorecard");
    WebElement chart = browser.findElement(By.cssSelector("figure svg[role='img']"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getSize().getWidth())
        .as("the chart fits the page")
        .isLessThanOrEqualTo(browser.findElement(By.tagName("main")).getSize().getWidth());
    // drawn in its colours: the page's policy would have dropped style attributes
    assertThat(
            browser
                .findElement(By.cssSelector("figure svg rect[fill='rgb(31,78,121)']"))
                .getCssValue("fill"))
        .isEqualTo("rgb(31, 78, 121)");
    screenshot("scorecard");
  }

  private void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }

  private static Jurisdiction country(int n, io.github.mnr4j.reference.Region region) {
    return Jurisdiction.builder()
        .id(String.format("C%02d", n))
        .name(String.format("Country %02d", n))
        .region(region)
        .build();
  }
}
