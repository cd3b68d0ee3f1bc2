package io.github.mnr4j.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.examples.serve.Invitations.Issued;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mnr serve --portal} over HTTP: sign-in by invitation, each focal point held to their own
 * jurisdiction's response, the analyst to aggregates, failed sign-ins limited, and revocation and
 * expiry taking effect at the next request.
 */
class PortalTest {
  @TempDir Path directory;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
  private ResponseStore store;
  private Javalin app;
  private String base;

  private static final List<Response> COHORT = SyntheticCohort.onTheAllianceSurvey().responses();

  @BeforeEach
  void start() {
    startApp(false);
  }

  private void startApp(boolean behindProxy) {
    store = ResponseStore.open(ResponseStore.h2File(directory), clock);
    app =
        new SelfAssessment(
                Instruments.mnrSurvey2021(), store, SelfAssessment.Mode.PORTAL, behindProxy)
            .create()
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterEach
  void stop() {
    app.stop();
    store.close();
  }

  private static Jurisdiction country(int n, Region region) {
    return Jurisdiction.builder()
        .id(String.format("C%02d", n))
        .name(String.format("Country %02d", n))
        .region(region)
        .incomeGroup(IncomeGroup.HIGH)
        .build();
  }

  /**
   * One browser: its own cookies, and the headers it sends with every request. It keeps cookies
   * itself, Secure ones too: behind a proxy, the browser's side of it is https.
   */
  private final class Browser {
    private final HttpClient client =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final String[] headers;

    Browser(String... headers) {
      this.headers = headers;
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      if (!cookies.isEmpty()) {
        StringJoiner cookie = new StringJoiner("; ");
        cookies.forEach((name, value) -> cookie.add(name + "=" + value));
        request.header("Cookie", cookie.toString());
      }
      return request;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty()
            || set.contains("Max-Age=0")
            || set.contains("Expires=Thu, 01 Jan 1970")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(request(path).build());
    }

    HttpResponse<String> post(String path, String... pairs) throws Exception {
      StringBuilder body = new StringBuilder();
      for (int i = 0; i < pairs.length; i += 2) {
        body.append(body.length() == 0 ? "" : "&")
            .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
      }
      return send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build());
    }

    /** Follows an invitation link and presses its button: the response to the button. */
    HttpResponse<String> signIn(String token) throws Exception {
      HttpResponse<String> page = get("/sign-in?token=" + token);
      assertThat(page.statusCode()).isEqualTo(200);
      return post("/sign-in", "mnr_csrf", PortalTest.csrf(page.body()), "token", token);
    }

    String csrf() throws Exception {
      return PortalTest.csrf(get("/sign-in").body());
    }

    /** Starts (or finds) the focal point's response: its path. */
    String startResponse() throws Exception {
      HttpResponse<String> started = post("/responses", "mnr_csrf", csrf());
      assertThat(started.statusCode()).isEqualTo(303);
      return started.headers().firstValue("Location").orElseThrow();
    }
  }

  private static String csrf(String page) {
    Matcher matcher = Pattern.compile("name=\"mnr_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(matcher.find()).as("a forgery token in the page").isTrue();
    return matcher.group(1);
  }

  private Issued invite(Jurisdiction jurisdiction) {
    return store.invitations().inviteFocalPoint(jurisdiction, Duration.ofDays(30));
  }

  /** Without signing in, only the sign-in page and the assets are served. */
  @Test
  void strangersSeeTheSignInPageOnly() throws Exception {
    Browser stranger = new Browser();
    for (String path : List.of("/", "/analysis", "/responses/anything")) {
      HttpResponse<String> page = stranger.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(401);
      assertThat(page.body()).contains("Sign in with the link of your invitation");
    }
    assertThat(stranger.get("/assets/mnr.css").statusCode()).isEqualTo(200);
    HttpResponse<String> signIn = stranger.get("/sign-in?token=abc%22%3E%3Cscript%3E");
    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.body()).contains("value=\"abc&#34;>&lt;script>\"").doesNotContain("<script>");
    assertThat(signIn.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(stranger.post("/sign-in", "token", "x").statusCode())
        .as("no forgery token")
        .isEqualTo(403);
  }

  /** A link signs its focal point in with a strict, HttpOnly cookie; Secure only under TLS. */
  @Test
  void aFocalPointSignsInByTheirLink() throws Exception {
    Issued invitation = invite(country(1, Region.SOUTH_ASIA));
    Browser focal = new Browser();
    HttpResponse<String> signedIn = focal.signIn(invitation.token());
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().firstValue("Location")).hasValue("/");
    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("mnr_session="))
        .singleElement()
        .asString()
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .doesNotContain("Secure")
        .doesNotContain(invitation.token());
    HttpResponse<String> index = focal.get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body())
        .contains("Signed in as the focal point of C01 Country 01")
        .doesNotContain("jurisdiction-id");
    String path = focal.startResponse();
    assertThat(focal.startResponse()).as("one response per jurisdiction").isEqualTo(path);
    assertThat(focal.get(path).body()).contains("<h1>C01 Country 01</h1>");
    assertThat(store.responses()).singleElement().extracting("jurisdictionId").isEqualTo("C01");
    assertThat(store.latest(path.substring(path.lastIndexOf('/') + 1)).orElseThrow().response())
        .extracting(r -> r.jurisdiction().region())
        .isEqualTo(java.util.Optional.of(Region.SOUTH_ASIA));

    assertThat(focal.post("/sign-out", "mnr_csrf", focal.csrf()).statusCode()).isEqualTo(303);
    assertThat(focal.get(path).statusCode()).isEqualTo(401);
  }

  /**
   * A focal point cannot read or write another jurisdiction's response: every path to it answers as
   * for a response that does not exist, so that its existence does not show. Nor can the analyst.
   */
  @Test
  void aFocalPointIsRefusedAnotherJurisdictionsResponse() throws Exception {
    Browser first = new Browser();
    first.signIn(invite(country(1, Region.SOUTH_ASIA)).token());
    String path = first.startResponse();
    String id = path.substring(path.lastIndexOf('/') + 1);
    Browser second = new Browser();
    second.signIn(invite(country(2, Region.SOUTH_ASIA)).token());
    Browser analyst = new Browser();
    analyst.signIn(store.invitations().inviteAnalyst(Duration.ofDays(1)).token());
    String unknown = "00000000-0000-0000-0000-000000000000";
    for (Browser other : List.of(second, analyst)) {
      String csrf = other.csrf();
      for (String suffix : List.of("", "/scorecard", "/scorecard/json", "/export")) {
        HttpResponse<String> refused = other.get(path + suffix);
        HttpResponse<String> missing = other.get("/responses/" + unknown + suffix);
        assertThat(refused.statusCode()).as(suffix).isEqualTo(404);
        assertThat(refused.body().replace(id, unknown)).isEqualTo(missing.body());
      }
      HttpResponse<String> save =
          other.post(path, "mnr_csrf", csrf, "based-on", "1", "answer-q7", "no");
      assertThat(save.statusCode()).isEqualTo(404);
      assertThat(other.post(path + "/enablement", "mnr_csrf", csrf).statusCode()).isEqualTo(404);
    }
    assertThat(store.history(id, 1)).hasSize(1);
    assertThat(second.get("/").body()).doesNotContain(id);
    assertThat(first.get("/analysis").statusCode()).as("a focal point's analysis").isEqualTo(404);
    assertThat(analyst.post("/responses", "mnr_csrf", analyst.csrf()).statusCode()).isEqualTo(404);
  }

  /** An imported document is the focal point's jurisdiction's, or it is refused. */
  @Test
  void aFocalPointImportsForTheirJurisdictionOnly() throws Exception {
    Browser focal = new Browser();
    focal.signIn(invite(country(1, Region.SOUTH_ASIA)).token());
    String path = focal.startResponse();
    Response other = COHORT.get(0).withJurisdiction(Jurisdiction.of("C02", "Country 02"));
    HttpResponse<String> refused =
        focal.post(
            "/responses/import",
            "mnr_csrf",
            focal.csrf(),
            "document",
            MnrJson.strict().write(other, Document.RESPONSE));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "the document is a response for C02 Country 02, not for C01 Country 01, whose focal"
                + " point you are");
    Response own = COHORT.get(0).withJurisdiction(Jurisdiction.of("C01", "Renamed"));
    HttpResponse<String> imported =
        focal.post(
            "/responses/import",
            "mnr_csrf",
            focal.csrf(),
            "document",
            MnrJson.strict().write(own, Document.RESPONSE));
    assertThat(imported.headers().firstValue("Location")).hasValue(path);
    String id = path.substring(path.lastIndexOf('/') + 1);
    assertThat(store.history(id, 1)).hasSize(2);
    Response stored = store.latest(id).orElseThrow().response();
    assertThat(stored.answers()).isEqualTo(own.answers());
    assertThat(stored.status()).as("a draft until submitted").isEqualTo(ResponseStatus.IN_PROGRESS);
    assertThat(stored.jurisdiction()).isEqualTo(country(1, Region.SOUTH_ASIA));
  }

  /** After ten failed sign-ins a client is refused for fifteen minutes, even with a good link. */
  @Test
  void failedSignInsAreLimited() throws Exception {
    Issued invitation = invite(country(1, Region.SOUTH_ASIA));
    Browser guesser = new Browser();
    for (int i = 0; i < Portal.MAX_FAILURES; i++) {
      HttpResponse<String> failed = guesser.signIn("A".repeat(21) + (char) ('a' + i));
      assertThat(failed.statusCode()).isEqualTo(401);
      assertThat(failed.body()).contains("This link signs nobody in");
    }
    HttpResponse<String> refused = guesser.signIn(invitation.token());
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("900");
    assertThat(refused.body()).contains("Too many failed sign-ins from here: try again in 15");
    clock.advance(Portal.FAILURE_WINDOW);
    assertThat(guesser.signIn(invitation.token()).statusCode()).isEqualTo(303);
  }

  /** Revoking an invitation, or its expiry, or the session's, signs its holder out. */
  @Test
  void revocationAndExpirySignOut() throws Exception {
    Issued invitation = invite(country(1, Region.SOUTH_ASIA));
    Browser focal = new Browser();
    focal.signIn(invitation.token());
    assertThat(focal.get("/").statusCode()).isEqualTo(200);
    store.invitations().revoke(invitation.invitation().id());
    assertThat(focal.get("/").statusCode()).isEqualTo(401);
    assertThat(focal.signIn(invitation.token()).statusCode()).isEqualTo(401);

    Issued rotated = store.invitations().rotate(invitation.invitation().id(), Duration.ofDays(1));
    focal.signIn(rotated.token());
    assertThat(focal.get("/").statusCode()).isEqualTo(200);
    clock.advance(Portal.SESSION_LENGTH);
    assertThat(focal.get("/").statusCode()).as("the session's end").isEqualTo(401);
    focal.signIn(rotated.token());
    clock.advance(Duration.ofDays(1).minus(Portal.SESSION_LENGTH));
    assertThat(focal.get("/").statusCode()).as("the invitation's expiry").isEqualTo(401);
  }

  /**
   * The analyst sees each jurisdiction's status without answers, and aggregates once five have
   * submitted, by steps of five, with small groups suppressed.
   */
  @Test
  void theAnalystSeesStatusAndSuppressedAggregatesOnly() throws Exception {
    Browser analyst = new Browser();
    analyst.signIn(store.invitations().inviteAnalyst(Duration.ofDays(30)).token());
    for (int n = 1; n <= 7; n++) {
      invite(country(n, n == 1 ? Region.WESTERN_EUROPE : Region.SOUTH_ASIA));
    }
    for (int n = 1; n <= 4; n++) {
      submit(country(n, n == 1 ? Region.WESTERN_EUROPE : Region.SOUTH_ASIA));
    }
    HttpResponse<String> early = analyst.get("/analysis");
    assertThat(early.statusCode()).isEqualTo(200);
    assertThat(early.body())
        .contains("<tr><td>C01 Country 01</td><td>submitted</td></tr>")
        .contains("<tr><td>C05 Country 05</td><td>not started</td></tr>")
        .contains("The aggregates appear once 5 jurisdictions have submitted (4 so far)")
        .doesNotContain("Figure 1: capabilities in place");
    submit(country(5, Region.SOUTH_ASIA));
    String five = analyst.get("/analysis").body();
    assertThat(five)
        .contains("These figures count 5 submitted responses.")
        .contains("Figure 1: capabilities in place")
        .contains("Breakdown by region")
        .doesNotContain("validation errors");
    String figure = section(five, "Figure 1: capabilities in place");
    assertThat(figure).contains("<td>5</td>").doesNotContain("<td>6</td>");
    // Western Europe has one jurisdiction: suppressed, and South Asia with it (the total shows).
    String byRegion = section(five, "Breakdown by region");
    assertThat(byRegion)
        .contains("<tr><td>south-asia</td><td></td><td>true</td>")
        .contains("<tr><td>western-europe</td><td></td><td>true</td>");
    submit(country(6, Region.SOUTH_ASIA));
    String six = analyst.get("/analysis").body();
    assertThat(six).contains("1 submitted since are counted once the next step is reached");
    assertThat(section(six, "Figure 1: capabilities in place"))
        .as("one more submission changes no figure")
        .isEqualTo(figure);
    // Ten: Figure 1 moves on, but Western Europe gained one jurisdiction (C08) and South Asia four,
    // so the breakdowns stay at five, lest two views show C08's answers.
    for (int n = 8; n <= 10; n++) {
      invite(country(n, n == 8 ? Region.WESTERN_EUROPE : Region.SOUTH_ASIA));
    }
    for (int n = 7; n <= 10; n++) {
      submit(country(n, n == 8 ? Region.WESTERN_EUROPE : Region.SOUTH_ASIA));
    }
    String ten = analyst.get("/analysis").body();
    assertThat(ten).contains("These figures count 10 submitted responses.");
    assertThat(section(ten, "Figure 1: capabilities in place")).contains("<td>10</td>");
    assertThat(section(ten, "Breakdown by region"))
        .contains(
            "Counted at the step of 5 jurisdictions: since then a region or income group changed"
                + " in fewer than 5 jurisdictions");
    assertThat(rows(section(ten, "Breakdown by region")))
        .isEqualTo(rows(section(five, "Breakdown by region")));
  }

  /** The rows of a page's table. */
  private static String rows(String html) {
    return html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
  }

  /** Stores a jurisdiction's response as submitted: the example's complete answers. */
  private void submit(Jurisdiction jurisdiction) throws Exception {
    Response completed = ExampleResponses.completed();
    store.create(completed.withJurisdiction(jurisdiction));
    clock.advance(Duration.ofMinutes(1));
  }

  /** The part of a page from a heading to the next. */
  private static String section(String page, String heading) {
    int start = page.indexOf("<h3>" + heading);
    assertThat(start).as(heading).isNotNegative();
    int end = page.indexOf("<h3>", start + 1);
    return end < 0 ? page.substring(start) : page.substring(start, end);
  }

  /**
   * Behind a proxy that terminates TLS, its forwarded scheme makes cookies Secure, and failed
   * sign-ins are counted by the address it forwards.
   */
  @Test
  void behindAProxyTheForwardedSchemeAndAddressCount() throws Exception {
    stop();
    startApp(true);
    Issued invitation = invite(country(1, Region.SOUTH_ASIA));
    Browser one = new Browser("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5");
    for (int i = 0; i < Portal.MAX_FAILURES; i++) {
      one.signIn("B".repeat(22));
    }
    assertThat(one.signIn(invitation.token()).statusCode()).isEqualTo(429);
    Browser another = new Browser("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.6");
    HttpResponse<String> signedIn = another.signIn(invitation.token());
    assertThat(signedIn.statusCode()).isEqualTo(303);
    assertThat(signedIn.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("mnr_session="))
        .singleElement()
        .asString()
        .contains("Secure");
  }
}
