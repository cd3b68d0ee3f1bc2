package io.github.mnr4j.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Section;
import io.javalin.Javalin;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mnr serve} over HTTP, in local mode: the form of the 2021 survey, drafts saved as
 * versions, an edit on an older version refused, skip rules applied on the server, submission
 * validated, the scorecard, and the guards (request forgery, headers, escaping, size).
 */
class SelfAssessmentTest {
  @TempDir Path directory;

  private ResponseStore store;
  private Javalin app;
  private HttpClient client;
  private String base;

  @BeforeEach
  void start() {
    store = ResponseStore.open(ResponseStore.h2File(directory));
    app = new SelfAssessment(Instruments.mnrSurvey2021(), store).create().start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @AfterEach
  void stop() {
    app.stop();
    store.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
      throws Exception {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> field : fields) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
    }
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Saves through the form as a browser does: the save answers 303 to the form's page
   * (post/redirect/get), which is then read.
   */
  private HttpResponse<String> save(String path, List<Map.Entry<String, String>> fields)
      throws Exception {
    HttpResponse<String> posted = post(path, fields);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
    String page = posted.headers().firstValue("Location").orElseThrow();
    assertThat(page).startsWith(path + "?");
    return get(page);
  }

  /** The token the page carries in its forms. */
  private static String token(String page) {
    Matcher matcher = Pattern.compile("name=\"mnr_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(matcher.find()).as("a forgery token in the page").isTrue();
    return matcher.group(1);
  }

  private static List<Map.Entry<String, String>> fields(String... pairs) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.add(Map.entry(pairs[i], pairs[i + 1]));
    }
    return fields;
  }

  /** Starts a response and returns its path. */
  private String startResponse(String token) throws Exception {
    HttpResponse<String> created =
        post(
            "/responses",
            fields("mnr_csrf", token, "jurisdiction-id", "C90", "jurisdiction-name", "Country 90"));
    assertThat(created.statusCode()).isEqualTo(303);
    return created
        .headers()
        .firstValue("Location")
        .orElseThrow()
        .replaceFirst("^https?://[^/]+", "");
  }

  /** The form fields that answer as a response does. */
  private static List<Map.Entry<String, String>> answering(Response response) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (Question question : Instruments.mnrSurvey2021().questions()) {
      Answer answer = response.answers().get(question.id());
      if (answer == null) {
        continue;
      }
      if (answer instanceof Answer.Text text) {
        fields.add(Map.entry("answer-" + question.id(), text.text()));
      } else {
        answer.chosen().forEach(o -> fields.add(Map.entry("answer-" + question.id(), o)));
      }
      answer.otherText().ifPresent(t -> fields.add(Map.entry("other-" + question.id(), t)));
    }
    return fields;
  }

  /** Every page is sent with the headers that keep it from being framed, sniffed or scripted. */
  @Test
  void everyPageCarriesTheSecurityHeadersAndTheTokenCookie() throws Exception {
    HttpResponse<String> index = get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("unsafe-inline");
    assertThat(index.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(index.headers().allValues("Set-Cookie"))
        .singleElement()
        .asString()
        .startsWith("mnr_csrf=")
        .contains("HttpOnly")
        .contains("SameSite=Strict");
    assertThat(index.body()).contains("No response is stored yet.");
    HttpResponse<String> stylesheet = get("/assets/mnr.css");
    assertThat(stylesheet.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/css");
    // The assets may be kept by the browser; the pages, which show responses, may not.
    assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValue("max-age=3600");
    assertThat(stylesheet.body()).contains("nav.sections");
    assertThat(get("/assets/mnr.css").body()).isEqualTo(stylesheet.body());
    assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /** A state-changing request without the page's token, or with another, is refused. */
  @Test
  void aRequestWithoutThePagesTokenIsRefused() throws Exception {
    assertThat(
            post("/responses", fields("jurisdiction-id", "C90", "jurisdiction-name", "x"))
                .statusCode())
        .isEqualTo(403);
    get("/");
    assertThat(
            post(
                    "/responses",
                    fields(
                        "mnr_csrf", "AAAAAAAAAAAAAAAAAAAAAA",
                        "jurisdiction-id", "C90",
                        "jurisdiction-name", "x"))
                .statusCode())
        .isEqualTo(403);
    assertThat(store.responses()).isEmpty();
  }

  /**
   * A page per section, and a save of every field at once; a draft is saved as a new version
   * whatever is unanswered; answers to questions a skip rule disables are dropped, and the page
   * says so; what a respondent typed comes back escaped.
   */
  @Test
  void aDraftIsSavedAsANewVersionAndSkippedAnswersAreDropped() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    // A page per section: each holds its own questions and no other's.
    for (Section section : Instruments.mnrSurvey2021().sections()) {
      HttpResponse<String> page = get(path + "?section=" + section.id());
      assertThat(page.statusCode()).isEqualTo(200);
      for (Question question : Instruments.mnrSurvey2021().questions()) {
        String element = "id=\"" + question.id() + "\"";
        if (question.sectionId().equals(section.id())) {
          assertThat(page.body()).contains(element);
        } else {
          assertThat(page.body()).doesNotContain(element);
        }
      }
    }
    HttpResponse<String> form = get(path + "?section=policy-governance");
    assertThat(form.body())
        .contains("<legend>q7* [Is there a national] governance")
        .contains("version 1 of 1, in-progress");
    List<Map.Entry<String, String>> draft =
        fields(
            "mnr_csrf", token,
            "based-on", "1",
            "action", "save",
            "answer-q7", "no",
            "answer-q8", "a committee we do not have",
            "answer-q4", "<script>alert('x')</script>",
            "answer-q6", "policy-basis",
            "answer-q6", "other",
            "other-q6", "Our own use");
    HttpResponse<String> posted = post(path, draft);
    assertThat(posted.headers().firstValue("Location"))
        .hasValue(path + "?saved=2&dropped=q8")
        .as("a reload of the page sends nothing again");
    HttpResponse<String> saved = get(posted.headers().firstValue("Location").orElseThrow());
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.body())
        .contains("Saved as version 2.")
        .contains(
            "Answers to questions that a skip rule disables were not kept: q8 (q8 is disabled: if"
                + " q7 = no, skip to q9).")
        .contains("&lt;script&gt;alert('x')&lt;/script&gt;</textarea>")
        .doesNotContain("<script>");
    String id = path.substring(path.lastIndexOf('/') + 1);
    Response stored = store.latest(id).orElseThrow().response();
    assertThat(stored.answers()).containsKeys("q4", "q6", "q7").doesNotContainKey("q8");
    assertThat(stored.answers().get("q6").chosen()).containsExactly("policy-basis", "other");
    assertThat(stored.answers().get("q6").otherText()).hasValue("Our own use");
    assertThat(stored.status()).isEqualTo(ResponseStatus.IN_PROGRESS);
  }

  /**
   * A section's page saves its own questions and keeps the answers to the others; Save and continue
   * goes on to the next section; an earlier version saved from one section's page is restored
   * whole; the error summary links a finding to its question's section.
   */
  @Test
  void aSectionsSaveKeepsTheOtherSectionsAnswers() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(get(path).body())
        .contains("<input type=\"hidden\" name=\"section\" value=\"introduction\">")
        .contains("aria-current=\"page\">Section 2: Introduction</a>");
    HttpResponse<String> first =
        post(
            path,
            fields(
                "mnr_csrf", token,
                "based-on", "1",
                "section", "introduction",
                "action", "save",
                "answer-q4", "A case"));
    assertThat(first.headers().firstValue("Location"))
        .hasValue(path + "?saved=2&section=introduction");
    HttpResponse<String> next =
        post(
            path,
            fields(
                "mnr_csrf", token,
                "based-on", "2",
                "section", "policy-governance",
                "action", "next",
                "answer-q7", "yes"));
    assertThat(next.headers().firstValue("Location"))
        .hasValue(path + "?saved=3&section=criminal-justice");
    assertThat(store.latest(id).orElseThrow().response().answers()).containsOnlyKeys("q4", "q7");
    // Cleared on its own page, q7 goes; q4, on another page, stays; contact details are read from
    // the page that asks for them alone.
    post(
        path,
        fields(
            "mnr_csrf", token,
            "based-on", "3",
            "section", "policy-governance",
            "respondent-name", "Not asked here"));
    assertThat(store.latest(id).orElseThrow().response().answers()).containsOnlyKeys("q4");
    assertThat(store.latest(id).orElseThrow().response().respondent()).isEmpty();
    // Version 3, shown on the policy page and saved from it, comes back whole.
    assertThat(get(path + "?version=3&section=policy-governance").body())
        .contains("name=\"shown\" value=\"3\"")
        .contains("href=\"?section=introduction&amp;version=3&amp;lang=en\"");
    post(
        path,
        fields(
            "mnr_csrf", token,
            "based-on", "4",
            "shown", "3",
            "section", "policy-governance",
            "answer-q7", "yes"));
    assertThat(store.latest(id).orElseThrow().response().answers()).containsOnlyKeys("q4", "q7");
    // A refused submission's summary sends each finding to its question's page.
    HttpResponse<String> refused =
        save(
            path,
            fields(
                "mnr_csrf", token,
                "based-on", "5",
                "section", "introduction",
                "action", "submit",
                "answer-q4", "A case"));
    assertThat(refused.body())
        .contains("Not submitted")
        .contains("<a href=\"#q3\">error required-unanswered q3</a>")
        .contains(
            "<a href=\"?section=criminal-justice&amp;lang=en\">Section 4: Criminal Justice</a>: ");
    HttpResponse<String> unknown =
        post(path, fields("mnr_csrf", token, "based-on", "6", "section", "nowhere"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("the field section is 'nowhere', not a section of wpga-mnr-survey@2021");
    HttpResponse<String> shown =
        post(path, fields("mnr_csrf", token, "based-on", "6", "shown", "x", "section", "scope"));
    assertThat(shown.statusCode()).isEqualTo(400);
    assertThat(shown.body()).contains("the field shown is 'x', not a version of response");
    assertThat(get(path + "?section=nowhere").statusCode()).isEqualTo(404);
    assertThat(store.history(id, 1)).hasSize(6);
  }

  /** Two browsers on one response: the second save, made on the first version, is refused. */
  @Test
  void anEditOnAnOlderVersionIsRefusedAndNothingIsOverwritten() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    assertThat(
            post(path, fields("mnr_csrf", token, "based-on", "1", "answer-q7", "yes")).statusCode())
        .isEqualTo(303);
    HttpResponse<String> second =
        post(path, fields("mnr_csrf", token, "based-on", "1", "answer-q7", "no"));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains("was saved as version 2 since version 1");
    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(store.history(id, 1)).hasSize(2);
    assertThat(store.latest(id).orElseThrow().response().answers().get("q7").chosen())
        .containsExactly("yes");
    // an earlier version can be read, and saving it again makes it the latest
    HttpResponse<String> earlier = get(path + "?version=1");
    assertThat(earlier.body())
        .contains("This is an earlier version.")
        .contains("name=\"based-on\" value=\"2\"");
    assertThat(save(path, fields("mnr_csrf", token, "based-on", "2")).body())
        .contains("Saved as version 3.")
        .doesNotContain("This is an earlier version.");
    assertThat(store.latest(id).orElseThrow().response().answers()).isEmpty();
    assertThat(get(path + "?version=9").statusCode()).isEqualTo(404);
    assertThat(get("/responses/nowhere").statusCode()).isEqualTo(404);
  }

  /**
   * A form page lists a response's latest versions, and every one when asked: automatic saves make
   * many versions, and the page does not grow with each.
   */
  @Test
  void aFormPageListsTheLatestVersionsAndAllOnRequest() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    int saves = SelfAssessment.VERSIONS_LISTED + 2;
    for (int version = 1; version <= saves; version++) {
      String answer = version % 2 == 0 ? "yes" : "no";
      assertThat(
              post(
                      path,
                      fields(
                          "mnr_csrf",
                          token,
                          "based-on",
                          String.valueOf(version),
                          "answer-q7",
                          answer))
                  .statusCode())
          .isEqualTo(303);
    }
    int versions = saves + 1;
    String listed = get(path + "?section=policy-governance").body();
    int first = versions - SelfAssessment.VERSIONS_LISTED + 1;
    assertThat(listed)
        .contains("The latest " + SelfAssessment.VERSIONS_LISTED + " of " + versions + " versions.")
        .contains("<ol start=\"" + first + "\">")
        .contains(">Version " + first + "</a>")
        .contains(">Version " + versions + "</a>")
        .doesNotContain(">Version " + (first - 1) + "</a>")
        .contains(
            "href=\"?versions=all&amp;section=policy-governance&amp;lang=en#versions\">All "
                + versions
                + " versions</a>");
    String all = get(path + "?versions=all&section=policy-governance&lang=en").body();
    for (int version = 1; version <= versions; version++) {
      assertThat(all).contains(">Version " + version + "</a>");
    }
    assertThat(all).doesNotContain("The latest ").contains("<ol start=\"1\">");
    // a response with fewer versions lists them all, without the link
    String fresh = get(startResponse(token)).body();
    assertThat(fresh).contains(">Version 1</a>").doesNotContain("?versions=all");
    HttpResponse<String> wrong = get(path + "?versions=some");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("the query parameter versions is 'some': give versions=all");
  }

  /**
   * Submitting validates fully: with required questions unanswered it is saved as a draft and the
   * findings are listed, linked to their questions; complete, it is marked completed and scored.
   */
  @Test
  void submittingValidatesFullyAndTheScorecardFollows() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    HttpResponse<String> refused =
        save(path, fields("mnr_csrf", token, "based-on", "1", "action", "submit"));
    assertThat(refused.body())
        .contains("Not submitted: the response has errors")
        .contains("<a href=\"#q3\">error required-unanswered q3</a>: q3 is required but unanswered")
        .containsPattern(
            "<a href=\"\\?section=policy-governance&amp;lang=en\">Section 3: Policy and"
                + " Governance</a>: [0-9]+ errors</li>");
    // On its own section's page, the refused submission's finding is listed and linked.
    assertThat(get(path + "?refused=2&section=policy-governance").body())
        .contains("<a href=\"#q7\">error required-unanswered q7</a>");
    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(store.latest(id).orElseThrow().status()).isEqualTo(ResponseStatus.IN_PROGRESS);

    Response completed = ExampleResponses.completed();
    List<Map.Entry<String, String>> submit =
        fields("mnr_csrf", token, "based-on", "2", "action", "submit");
    submit.addAll(answering(completed));
    submit.addAll(
        fields(
            "respondent-name", "A. Person",
            "respondent-role", "Analyst",
            "respondent-contact", "a.person@example.org"));
    HttpResponse<String> submitted = save(path, submit);
    assertThat(submitted.body()).contains("Submitted: the response is complete.");
    Response stored = store.latest(id).orElseThrow().response();
    assertThat(stored.status()).isEqualTo(ResponseStatus.COMPLETED);
    // every answer as given (analysts' codes are not the respondent's to give)
    assertThat(stored.answers().keySet()).isEqualTo(completed.answers().keySet());
    completed
        .answers()
        .forEach(
            (question, answer) -> {
              Answer kept = stored.answers().get(question);
              assertThat(kept.chosen()).as(question).isEqualTo(answer.chosen());
              assertThat(kept.otherText()).as(question).isEqualTo(answer.otherText());
              if (answer instanceof Answer.Text text) {
                assertThat(((Answer.Text) kept).text()).as(question).isEqualTo(text.text());
              }
            });
    assertThat(stored.respondent()).containsInstanceOf(Respondent.Person.class);
    // the respondent's details are kept, never shown back, and kept by a save that leaves them
    assertThat(submitted.body())
        .doesNotContain("a.person@example.org")
        .contains("Contact details were given before and are kept");
    assertThat(
            post(path, fields("mnr_csrf", token, "based-on", "3", "answer-q7", "yes")).statusCode())
        .isEqualTo(303);
    assertThat(store.latest(id).orElseThrow().response().respondent())
        .isEqualTo(stored.respondent());
    HttpResponse<String> scorecard = get(path + "/scorecard");
    assertThat(scorecard.statusCode()).isEqualTo(200);
    assertThat(scorecard.body())
        .contains("Scorecard of C90 Country 90 (wpga-mnr-survey@2021), model staged")
        .contains("No ranking")
        .contains("<svg role='img' aria-label='Each capability")
        .doesNotContain(" style=");
  }

  /** A body over the limit is refused before anything is stored. */
  @Test
  void anOversizedBodyIsRefused() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    String large = "x".repeat((int) SelfAssessment.MAX_REQUEST_BYTES + 1);
    HttpResponse<String> refused =
        post(path, fields("mnr_csrf", token, "based-on", "1", "answer-q4", large));
    assertThat(refused.statusCode()).isEqualTo(413);
    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(store.history(id, 1)).hasSize(1);
  }

  /**
   * The survey's texts in the language asked for, from mnr4j's translations: the page says whose
   * translation it is and keeps its direction; answers are saved by ids, whatever the language.
   */
  @Test
  void theFormIsShownInTheLanguageAskedFor() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    HttpResponse<String> french = get(path + "?section=policy-governance&lang=fr");
    assertThat(french.body())
        .contains("<html lang=\"fr\" dir=\"ltr\">")
        .contains("<legend>q7* [Existe-t-il un] comité national de gouvernance")
        .contains("<li>Pilotage \u2013 Un comité national de gouvernance et de surveillance")
        .doesNotContain("An accountable national governance")
        .contains("fr: Unofficial translation by mnr4j's authors")
        .contains("The page's own labels and the findings are in English")
        .contains("name=\"lang\" value=\"fr\"");
    HttpResponse<String> saved =
        save(path, fields("mnr_csrf", token, "based-on", "1", "lang", "fr", "answer-q7", "yes"));
    assertThat(saved.body()).contains("<html lang=\"fr\"").contains("Saved as version 2.");
    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(store.latest(id).orElseThrow().response().answers().get("q7").chosen())
        .containsExactly("yes");
    assertThat(get(path + "?lang=ar-XB").body())
        .contains("<html lang=\"ar-XB\" dir=\"rtl\">")
        .contains("\u202B");
    assertThat(get(path + "?section=policy-governance&lang=en-GB").body())
        .contains("<html lang=\"en-GB\" dir=\"ltr\">")
        .contains("<p class=\"outcome\">Outcome: Highest level national commitment")
        .contains(
            "<li>Leadership \u2013 An accountable national governance and oversight committee.</li>")
        .doesNotContain("No translation of this survey");
    assertThat(get(path + "?lang=de").body())
        .contains("No translation of this survey to de: its texts are in English.");
    HttpResponse<String> malformed = get(path + "?lang=fr_FR");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("'fr_FR' is not a well-formed BCP 47 language tag");
  }

  /**
   * A response exported as its document, without the contact person, and imported again as a new
   * response; a document of another survey, or not JSON, is refused by name.
   */
  @Test
  void aResponseIsExportedAndImported() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    post(
        path,
        fields(
            "mnr_csrf", token,
            "based-on", "1",
            "answer-q7", "yes",
            "answer-q8", "A committee",
            "respondent-name", "A. Person",
            "respondent-role", "Analyst",
            "respondent-contact", "a.person@example.org"));
    HttpResponse<String> export = get(path + "/export");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"response-C90-v2.json\"");
    assertThat(export.body()).doesNotContain("a.person@example.org");
    Response exported = MnrJson.strict().read(export.body(), Document.RESPONSE);
    assertThat(exported.answers().keySet()).containsExactly("q7", "q8");

    HttpResponse<String> imported =
        post("/responses/import", fields("mnr_csrf", token, "document", export.body()));
    assertThat(imported.statusCode()).isEqualTo(303);
    assertThat(store.responses()).hasSize(2);
    String id =
        imported.headers().firstValue("Location").orElseThrow().replaceFirst(".*/responses/", "");
    assertThat(store.latest(id).orElseThrow().response()).isEqualTo(exported);

    String unicef =
        MnrJson.strict()
            .write(
                Response.builder()
                    .instrumentReference("end-violence-unicef-survey@2021")
                    .jurisdiction(io.github.mnr4j.survey.Jurisdiction.of("C91", "Country 91"))
                    .status(ResponseStatus.IN_PROGRESS)
                    .build(),
                Document.RESPONSE);
    HttpResponse<String> other =
        post("/responses/import", fields("mnr_csrf", token, "document", unicef));
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body())
        .contains(
            "the document answers end-violence-unicef-survey@2021, not wpga-mnr-survey@2021, the"
                + " survey served here");
    HttpResponse<String> broken =
        post("/responses/import", fields("mnr_csrf", token, "document", "{\"format\": ]"));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("line 1, column");
    assertThat(store.responses()).hasSize(2);
  }

  /**
   * The scorecard under either model, its chart, and its downloads: each in its own format, named
   * after the jurisdiction, the version and the model.
   */
  @Test
  void theScorecardComesWithItsChartAndDownloads() throws Exception {
    Response completed = ExampleResponses.completed();
    String id = store.create(completed).responseId();
    String path = "/responses/" + id + "/scorecard";
    HttpResponse<String> page = get(path + "?model=presence");
    assertThat(page.body())
        .contains("under mnr4j's presence model")
        .contains(
            "<svg role='img' aria-label='Each capability&apos;s level under the presence model;")
        .contains("<a href=\"" + path + "/png?model=presence\">PNG</a>")
        .contains("Scorecard of C07 Country 07 (wpga-mnr-survey@2021), model presence");
    HttpResponse<String> svg = get(path + "/svg");
    assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
    assertThat(svg.body()).contains("<svg");
    HttpResponse<byte[]> png =
        client.send(
            HttpRequest.newBuilder(URI.create(base + path + "/png")).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(png.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"scorecard-C07-v1-staged.png\"");
    assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
    HttpResponse<String> json = get(path + "/json?model=presence");
    assertThat(MnrJson.strict().read(json.body(), Document.SCORECARD))
        .isEqualTo(
            io.github.mnr4j.scoring.ScoringModels.presence()
                .score(
                    io.github.mnr4j.assessment.Assessor.of(Instruments.mnrSurvey2021())
                        .assess(completed)));
    HttpResponse<String> csv = get(path + "/csv");
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", io.github.mnr4j.scoring.ScoreTable.CAPABILITIES.header()));
    assertThat(csv.body().lines()).hasSize(22);
    assertThat(get(path + "?model=index").statusCode()).isEqualTo(400);
    assertThat(get(path + "/gif").statusCode()).isEqualTo(404);
  }

  /**
   * The page's script asks the server what the form's answers enable: the library's skip rules,
   * with why, and each section's progress; a save tells the script its new version.
   */
  @Test
  void theServerSaysWhatTheAnswersEnable() throws Exception {
    String token = token(get("/").body());
    String path = startResponse(token);
    HttpResponse<String> state =
        post(path + "/enablement", fields("mnr_csrf", token, "answer-q7", "no"));
    assertThat(state.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(state.body())
        .contains("\"disabled\":{\"q8\":\"q8 is disabled: if q7 = no, skip to q9\"}")
        .contains("\"policy-governance\":[1,6]");
    assertThat(post(path + "/enablement", fields("answer-q7", "no")).statusCode()).isEqualTo(403);
    HttpResponse<String> saved =
        client.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "mnr_csrf=" + token + "&based-on=1&answer-q7=no&answer-q8=kept%3F"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.headers().firstValue("X-Mnr-Version")).hasValue("2");
    assertThat(saved.body())
        .isEqualTo("{\"version\":2,\"outcome\":\"saved\",\"dropped\":[\"q8\"]}");
    assertThat(get("/assets/mnr.js").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/javascript");
  }

  /**
   * Hostile requests: a path that climbs out of the application, fields for questions and options
   * that do not exist, and script in the jurisdiction's name; none reaches a file, the store's
   * other responses, or the page unescaped.
   */
  @Test
  void hostileRequestsReachNothing() throws Exception {
    String token = token(get("/").body());
    assertThat(get("/responses/..%2F..%2Fetc%2Fpasswd/export").statusCode()).isEqualTo(404);
    assertThat(get("/assets/..%2F..%2Fmnr.css").statusCode()).isEqualTo(404);
    HttpResponse<String> created =
        post(
            "/responses",
            fields(
                "mnr_csrf", token,
                "jurisdiction-id", "C92",
                "jurisdiction-name", "<img src=x onerror=alert(1)>"));
    String path =
        created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    assertThat(get(path).body())
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x");
    // the scorecard's chart, which the page holds unescaped, has the name escaped by JFreeSVG
    assertThat(get(path + "/scorecard").body())
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x");
    HttpResponse<String> saved =
        save(
            path,
            fields(
                "mnr_csrf", token,
                "based-on", "1",
                "answer-q999", "yes",
                "answer-q7", "perhaps"));
    assertThat(saved.statusCode()).isEqualTo(200);
    // a redirect's notices name only questions of the survey, which the page then explains
    assertThat(get(path + "?dropped=q999,%3Cscript%3E,q7&saved=2").body())
        .doesNotContain("q999")
        .doesNotContain("<script>")
        .doesNotContain("were not kept");
    String id = path.substring(path.lastIndexOf('/') + 1);
    Response stored = store.latest(id).orElseThrow().response();
    // a field for no question is not read; an option that is not one is kept and found
    assertThat(stored.answers()).containsOnlyKeys("q7");
    assertThat(get(path + "?section=policy-governance").body())
        .contains("error not-yes-or-no: q7 is a yes-no question, answered 'perhaps'");
  }
}
