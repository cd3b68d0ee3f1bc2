package io.github.mnr4j.examples.serve;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.Severity;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.DisclosureException;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.examples.ExampleTranslations;
import io.github.mnr4j.examples.chart.Charts;
import io.github.mnr4j.examples.serve.Invitations.Invitation;
import io.github.mnr4j.examples.serve.Portal.Visitor;
import io.github.mnr4j.examples.serve.ResponseStore.EditConflict;
import io.github.mnr4j.examples.serve.ResponseStore.Stored;
import io.github.mnr4j.examples.serve.ResponseStore.Submission;
import io.github.mnr4j.examples.serve.ResponseStore.Version;
import io.github.mnr4j.internal.Messages;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.json.Tables;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.scoring.ScoreTable;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Enablement;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Option;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionKind;
import io.github.mnr4j.survey.Respondent;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Section;
import io.github.mnr4j.survey.ValidationFinding;
import io.github.mnr4j.survey.ValidationReport;
import io.github.mnr4j.survey.Validator;
import io.github.mnr4j.translation.Localizer;
import io.github.mnr4j.translation.SourceTexts;
import io.github.mnr4j.translation.Translation;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.awt.ComponentOrientation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-assessment application ({@code mnr serve}), in local mode (one user, no sign-in) or in
 * portal mode (focal points and analysts signed in by invitation: see {@link Mode#PORTAL}). Its
 * pages are rendered on the server by jte templates and work without JavaScript: the start page
 * lists the responses stored and starts one; a response's form has a page per section of the
 * instrument, with the library's validation findings next to their questions and in a summary that
 * links to them and counts the other sections'; saving never enforces required questions,
 * submitting validates fully; every save is a new version (the store's), made on the version the
 * page showed, so that an edit made meanwhile elsewhere is refused rather than overwritten; answers
 * to questions that a skip rule disables are dropped when saved, and the page says which. The
 * scorecard page scores the latest version under the staged or the presence model, with its chart
 * and downloads (PNG, JSON, CSV).
 *
 * <p>Every state-changing request carries a token that matches a cookie of the browser's own
 * (double-submit, the cookie {@code SameSite=Strict} and {@code HttpOnly}), every page is sent with
 * a Content-Security-Policy without inline scripts or styles, {@code frame-ancestors 'none'} and
 * {@code X-Content-Type-Options: nosniff}, and a request body over {@value #MAX_REQUEST_BYTES}
 * bytes is refused (413). The templates escape every text, and no page is cached (the stylesheet
 * and script may be).
 *
 * <p>In portal mode a session cookie ({@code HttpOnly}, {@code SameSite=Strict}, {@code Secure}
 * under TLS) stands for the invitation that opened it, which every request checks again; a focal
 * point's requests for any response but their jurisdiction's are answered as for a response that
 * does not exist (404), and the analyst's page shows aggregates only, counted in steps of the
 * minimum group size, its breakdowns in steps of their own ({@link #breakdownStep}).
 */
public final class SelfAssessment {
  /** The largest request body read, in bytes: a whole response's form is well under it. */
  public static final long MAX_REQUEST_BYTES = 1L << 20;

  /**
   * The threads that serve requests: a few per core. Each page is work for the processor alone (the
   * database is local or near), so more threads than that only share the cores among more requests
   * at once, and some of them wait far longer than the rest.
   */
  static final int WORKERS = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());

  /** The cookie and form field that carry the request-forgery token. */
  static final String CSRF = "mnr_csrf";

  /** The cookie of a portal-mode session. */
  static final String SESSION = "mnr_session";

  /** How many of a response's latest versions a form page lists, unless asked for all. */
  static final int VERSIONS_LISTED = 10;

  /** Whether the application serves one user, or the focal points and analysts it invites. */
  public enum Mode {
    /** One user, no sign-in: the user's own machine (the default of {@code mnr serve}). */
    LOCAL,
    /**
     * Invitations sign people in: a focal point reads and writes their jurisdiction's response
     * only; an analyst sees the cohort's aggregates and submission status only.
     */
    PORTAL
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Instrument instrument;

  /** The instrument's texts, by id: what translations translate. */
  private final SourceTexts source;

  private final Validator validator;
  private final Assessor assessor;
  private final ResponseStore store;
  private final Mode mode;
  private final boolean behindProxy;
  private final Portal portal;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  /**
   * Prepares the application for an instrument and a store.
   *
   * @param instrument the instrument whose form is shown
   * @param store where responses are kept
   */
  public SelfAssessment(Instrument instrument, ResponseStore store) {
    this(instrument, store, Mode.LOCAL, false);
  }

  /**
   * Prepares the application for an instrument and a store, in a mode.
   *
   * @param instrument the instrument whose form is shown
   * @param store where responses and invitations are kept
   * @param mode local (one user) or portal (invitations)
   * @param behindProxy whether requests come through a reverse proxy that terminates TLS: then its
   *     {@code X-Forwarded-Proto} decides whether cookies are {@code Secure}, and the last address
   *     of its {@code X-Forwarded-For} is the client whose failed sign-ins are counted. Only with a
   *     proxy that sets both headers, and with the application reachable through it alone.
   */
  public SelfAssessment(
      Instrument instrument, ResponseStore store, Mode mode, boolean behindProxy) {
    this.instrument = instrument;
    this.source = SourceTexts.of(instrument);
    this.validator = Validator.of(instrument);
    this.assessor = Assessor.of(instrument);
    this.store = store;
    this.mode = mode;
    this.behindProxy = behindProxy;
    this.portal = new Portal(store.invitations(), store.clock());
  }

  /**
   * Creates the web application; start it with {@link Javalin#start(String, int)}.
   *
   * @return the application, not started
   */
  @SuppressWarnings("exports") // Javalin, which only mnr serve and its tests start
  public Javalin create() {
    return Javalin.create(
        config -> {
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          config.jetty.threadPool = new QueuedThreadPool(WORKERS, 8);
          config.startup.showJavalinBanner = false;
          config.routes.before(this::guard);
          config.routes.get("/assets/mnr.css", this::stylesheet);
          config.routes.get("/assets/mnr.js", this::script);
          config.routes.get("/", this::index);
          config.routes.get("/sign-in", this::signInPage);
          config.routes.post("/sign-in", this::signIn);
          config.routes.post("/sign-out", this::signOut);
          config.routes.get("/analysis", this::analysis);
          config.routes.post("/responses", this::start);
          config.routes.post("/responses/import", this::importDocument);
          config.routes.get("/responses/{id}", this::form);
          config.routes.post("/responses/{id}", this::save);
          config.routes.post("/responses/{id}/enablement", this::enablement);
          config.routes.get("/responses/{id}/scorecard", this::scorecard);
          config.routes.get("/responses/{id}/scorecard/{format}", this::scorecardAs);
          config.routes.get("/responses/{id}/export", this::export);
          config.routes.exception(
              EditConflict.class, (e, ctx) -> problem(ctx, HttpStatus.CONFLICT, e.getMessage()));
          config.routes.exception(
              NotFound.class, (e, ctx) -> problem(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
          config.routes.exception(
              SignInRequired.class,
              (e, ctx) -> signInPage(ctx, HttpStatus.UNAUTHORIZED, "", e.getMessage()));
          config.routes.exception(
              MnrException.class, (e, ctx) -> problem(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        });
  }

  /** A page or response that is not there. */
  static final class NotFound extends MnrException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  /** A page that portal mode shows to those signed in only. */
  static final class SignInRequired extends MnrException {
    private static final long serialVersionUID = 1L;

    SignInRequired(String message) {
      super(message);
    }
  }

  /**
   * Security headers on every response; the forgery check on every state-changing request; in
   * portal mode, who is signed in, and nothing but the sign-in page and the assets for others.
   */
  private void guard(Context ctx) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " object-src 'none'");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    // Pages show responses and invitation tokens: no cache keeps them.
    ctx.header("Cache-Control", "no-store");
    if (ctx.method().name().equals("POST")) {
      String cookie = ctx.cookie(CSRF);
      String field = ctx.formParam(CSRF);
      if (cookie == null
          || field == null
          || !MessageDigest.isEqual(
              cookie.getBytes(StandardCharsets.US_ASCII),
              field.getBytes(StandardCharsets.US_ASCII))) {
        throw new ForbiddenResponse(
            "this form is not from this page of mnr serve, or the page is out of date: reload it");
      }
    }
    String path = ctx.path();
    if (path.startsWith("/assets/")) {
      return; // the same for everyone: no need to know who asks
    }
    Visitor visitor =
        mode == Mode.LOCAL ? new Visitor.Local() : portal.visitor(ctx.cookie(SESSION));
    ctx.attribute(VISITOR, visitor);
    if (visitor instanceof Visitor.Stranger && !path.equals("/sign-in")) {
      throw new SignInRequired("Sign in with the link of your invitation to see this page.");
    }
  }

  private static final String VISITOR = "mnr.visitor";

  private static Visitor visitor(Context ctx) {
    return ctx.attribute(VISITOR);
  }

  /** Whether the browser reached the application over TLS, so that cookies are Secure. */
  private boolean secure(Context ctx) {
    return behindProxy
        ? "https".equalsIgnoreCase(String.valueOf(ctx.header("X-Forwarded-Proto")).strip())
        : "https".equals(ctx.scheme());
  }

  /**
   * The client whose failed sign-ins are counted: the proxy's last forwarded address, or the peer.
   */
  private String client(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-For");
    if (behindProxy && forwarded != null && !forwarded.isBlank()) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return ctx.req().getRemoteAddr();
  }

  /** The browser's forgery token, made and set on its first page. */
  private String token(Context ctx) {
    String token = ctx.cookie(CSRF);
    if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Cookie cookie = new Cookie(CSRF, token, "/", -1, secure(ctx), true, null, SameSite.STRICT);
      ctx.cookie(cookie);
    }
    return token;
  }

  private void render(Context ctx, String template, Object model) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    templates.render(template, model, output);
    ctx.contentType("text/html; charset=utf-8").result(output.toByteArray());
  }

  private void problem(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    render(ctx, "problem.jte", new Pages.Problem(status.getCode(), message));
  }

  /** The stylesheet and the script, served by the application itself (no CDN). */
  private void stylesheet(Context ctx) throws IOException {
    asset(ctx, "mnr.css", "text/css; charset=utf-8");
  }

  private void script(Context ctx) throws IOException {
    asset(ctx, "mnr.js", "text/javascript; charset=utf-8");
  }

  /** The stylesheet and the script, read from the jar once. */
  private static final Map<String, byte[]> ASSETS = new ConcurrentHashMap<>();

  private static void asset(Context ctx, String name, String type) throws IOException {
    byte[] bytes = ASSETS.get(name);
    if (bytes == null) {
      try (InputStream asset = SelfAssessment.class.getResourceAsStream("assets/" + name)) {
        if (asset == null) {
          throw new NotFound("the asset " + name + " is missing from the jar");
        }
        bytes = asset.readAllBytes();
        ASSETS.put(name, bytes);
      }
    }
    // They hold no one's answers: a browser may keep them for an hour rather than ask on every
    // page, as it must for the pages themselves.
    ctx.header("Cache-Control", "max-age=3600");
    ctx.contentType(type).result(bytes);
  }

  private void index(Context ctx) {
    Visitor visitor = visitor(ctx);
    if (visitor instanceof Visitor.FocalPoint focal) {
      render(
          ctx,
          "index.jte",
          new Pages.Index(
              token(ctx),
              instrument.title(),
              responsesOf(focal.jurisdiction()),
              focal.jurisdiction().toString()));
    } else if (visitor instanceof Visitor.Analyst) {
      ctx.redirect("/analysis", HttpStatus.SEE_OTHER);
    } else {
      render(
          ctx, "index.jte", new Pages.Index(token(ctx), instrument.title(), store.responses(), ""));
    }
  }

  private List<Stored> responsesOf(Jurisdiction jurisdiction) {
    return store.responses().stream()
        .filter(stored -> stored.jurisdictionId().equals(jurisdiction.id()))
        .toList();
  }

  /**
   * Starts a response: version 1, a draft with no answers. A focal point's is their jurisdiction's,
   * one at most: if it is started already, they are sent to it.
   */
  private void start(Context ctx) {
    Visitor visitor = visitor(ctx);
    Jurisdiction jurisdiction;
    if (visitor instanceof Visitor.FocalPoint focal) {
      List<Stored> started = responsesOf(focal.jurisdiction());
      if (!started.isEmpty()) {
        ctx.redirect("/responses/" + started.get(0).responseId(), HttpStatus.SEE_OTHER);
        return;
      }
      jurisdiction = focal.jurisdiction();
    } else if (visitor instanceof Visitor.Local) {
      jurisdiction =
          Jurisdiction.of(required(ctx, "jurisdiction-id"), required(ctx, "jurisdiction-name"));
    } else {
      throw new NotFound("no page " + ctx.path() + " is here");
    }
    Response draft =
        Response.builder()
            .instrumentReference(instrument.reference())
            .jurisdiction(jurisdiction)
            .status(ResponseStatus.IN_PROGRESS)
            .build();
    Version created = store.create(draft);
    ctx.redirect("/responses/" + created.responseId(), HttpStatus.SEE_OTHER);
  }

  private static String required(Context ctx, String field) {
    String value = ctx.formParam(field);
    if (value == null || value.isBlank()) {
      throw new MnrException("the field " + field + " is required");
    }
    return value.strip();
  }

  /**
   * The latest version of a response the visitor may read and write: any in local mode, their own
   * jurisdiction's for a focal point. Others get the answer a response that does not exist gets, so
   * that whether one exists does not show.
   */
  private Version latest(Context ctx, String id) {
    Optional<Version> latest = store.latest(id);
    Visitor visitor = visitor(ctx);
    boolean allowed =
        latest.isPresent()
            && (visitor instanceof Visitor.Local
                || visitor instanceof Visitor.FocalPoint focal
                    && focal
                        .jurisdiction()
                        .id()
                        .equals(latest.get().response().jurisdiction().id()));
    if (!allowed) {
      throw new NotFound("no response " + id + " is here");
    }
    return latest.get();
  }

  private void form(Context ctx) {
    String id = ctx.pathParam("id");
    Version latest = latest(ctx, id);
    String asked = ctx.queryParam("version");
    Version shown = latest;
    if (asked != null) {
      try {
        shown = store.version(id, Integer.parseInt(asked));
      } catch (NumberFormatException | MnrException e) {
        throw new NotFound("response " + id + " has no version " + asked);
      }
    }
    // What the save that led here did (post/redirect/get), said for the version it stored.
    List<String> notices = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    if (ctx.queryParam("dropped") != null) {
      Enablement enablement = validator.enablement(shown.response());
      for (String question : ctx.queryParam("dropped").split(",")) {
        if (instrument.findQuestion(question).isPresent() && !enablement.isEnabled(question)) {
          dropped.add(question + " (" + enablement.explain(question) + ")");
        }
      }
    }
    if (!dropped.isEmpty()) {
      notices.add(
          "Answers to questions that a skip rule disables were not kept: "
              + String.join("; ", dropped)
              + ".");
    }
    ValidationReport report = validator.validate(shown.response());
    String number = String.valueOf(shown.number());
    if (number.equals(ctx.queryParam("refused"))) {
      // What refused the submission: the findings against the response as completed.
      report =
          validator.validate(
              withAnswers(shown.response(), shown.response().answers(), ResponseStatus.COMPLETED));
      notices.add(
          "Not submitted: the response has errors (below). It was saved as a draft; correct"
              + " them and submit again.");
    } else if (number.equals(ctx.queryParam("submitted"))) {
      notices.add("Submitted: the response is complete.");
    } else if (number.equals(ctx.queryParam("saved"))) {
      notices.add("Saved as version " + number + ".");
    }
    Section section = sectionShown(ctx.queryParam("section"));
    boolean allVersions = allVersions(ctx.queryParam("versions"));
    render(
        ctx,
        "form.jte",
        page(
            token(ctx),
            language(ctx),
            shown,
            latest.number(),
            report,
            notices,
            section,
            allVersions));
  }

  /**
   * Whether a form page lists every version ({@code versions=all}) or the latest {@value
   * #VERSIONS_LISTED}: automatic saves make many versions, and a page listing them all would grow
   * with each one.
   */
  private static boolean allVersions(String asked) {
    if (asked == null) {
      return false;
    }
    if (!asked.equals("all")) {
      throw new MnrException(
          "the query parameter versions is " + Messages.quote(asked) + ": give versions=all");
    }
    return true;
  }

  /**
   * The section a form page shows: the one its {@code section} names, or the first that has
   * questions (the survey's first section may be an introduction alone). A page per section keeps
   * each page and each save a fraction of the whole survey's.
   */
  private Section sectionShown(String asked) {
    if (asked == null || asked.isBlank()) {
      return instrument.sections().stream()
          .filter(section -> !instrument.questionsOf(section.id()).isEmpty())
          .findFirst()
          .orElse(instrument.sections().get(0));
    }
    return instrument
        .findSection(asked)
        .orElseThrow(() -> new NotFound("the survey has no section " + Messages.quote(asked)));
  }

  /**
   * The version a page showed, from its {@code shown} field (the latest when it names none): a
   * section's save keeps its answers to the other sections, so that saving an earlier version
   * restores all of it.
   */
  private Response shownResponse(Context ctx, Version latest) {
    String shown = ctx.formParam("shown");
    if (shown == null || shown.isBlank() || shown.equals(String.valueOf(latest.number()))) {
      return latest.response();
    }
    try {
      return store.version(latest.responseId(), Integer.parseInt(shown)).response();
    } catch (NumberFormatException | MnrException e) {
      throw new MnrException(
          "the field shown is "
              + Messages.quote(shown)
              + ", not a version of response "
              + latest.responseId());
    }
  }

  /**
   * The section whose answers a save or an enablement request posts, from its {@code section}
   * field; empty when it names none, and then the fields are the answers to every question.
   */
  private Optional<Section> sectionPosted(Context ctx) {
    String posted = ctx.formParam("section");
    if (posted == null || posted.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        instrument
            .findSection(posted)
            .orElseThrow(
                () ->
                    new MnrException(
                        "the field section is "
                            + Messages.quote(posted)
                            + ", not a section of "
                            + instrument.reference())));
  }

  /**
   * The language the form's texts are shown in, from the page's {@code lang} (a query parameter, or
   * the form's field): the instrument's texts through the translations mnr4j has, the rest of the
   * page in English until mnr4j's own messages are translated.
   */
  private Shown language(Context ctx) {
    String tag = ctx.queryParam("lang");
    if (tag == null) {
      tag = ctx.formParam("lang");
    }
    if (tag == null || tag.isBlank()) {
      tag = "en";
    }
    // Localizing the survey takes several times a page's own work; the translations are fixed.
    return languagesShown.computeIfAbsent(tag, this::shown);
  }

  /** The survey in a language: its texts through mnr4j's translations, and what to say of them. */
  private Shown shown(String tag) {
    List<Translation> translations = ExampleTranslations.of(tag, source);
    if (translations.isEmpty() && ExampleTranslations.fallsBackTo(tag, "en")) {
      // English as written: no localizer to check entries on every page.
      return new Shown(tag, "ltr", instrument, List.of());
    }
    // A malformed tag is refused by name (400).
    Localizer localizer = Localizer.of(tag, source, translations);
    List<String> notes = new ArrayList<>();
    for (Translation used : localizer.translationsUsed()) {
      used.notes().forEach(note -> notes.add(used.language() + ": " + note));
    }
    if (localizer.translationsUsed().isEmpty()) {
      notes.add("No translation of this survey to " + tag + ": its texts are in English.");
    } else {
      localizer.note().ifPresent(notes::add);
    }
    boolean leftToRight =
        ComponentOrientation.getOrientation(Locale.forLanguageTag(tag)).isLeftToRight();
    return new Shown(tag, leftToRight ? "ltr" : "rtl", localizer.localize(instrument), notes);
  }

  /** The language of a page: its tag, direction, the instrument in it, and what to say of it. */
  private record Shown(String tag, String direction, Instrument texts, List<String> notes) {}

  /** How many languages' surveys are kept: the few that respondents ask for at a time. */
  private static final int LANGUAGES_KEPT = 16;

  /** The surveys in the languages last asked for, the least recently used dropped first. */
  private final Map<String, Shown> languagesShown =
      Collections.synchronizedMap(
          new LinkedHashMap<>(LANGUAGES_KEPT, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
              return size() > LANGUAGES_KEPT;
            }
          });

  /**
   * Saves a draft, or submits: a new version made on the one the page showed. The browser is sent
   * on to the form (post/redirect/get, so that reloading the page sends nothing again), which says
   * what the save did; the page's script, which asks for JSON, gets the new version's number and
   * the questions whose answers were dropped.
   */
  private void save(Context ctx) {
    String id = ctx.pathParam("id");
    Version latest = latest(ctx, id);
    int basedOn;
    try {
      basedOn = Integer.parseInt(required(ctx, "based-on"));
    } catch (NumberFormatException e) {
      throw new MnrException(
          "the field based-on is "
              + Messages.quote(ctx.formParam("based-on"))
              + ", not a version number");
    }
    boolean submit = "submit".equals(ctx.formParam("action"));
    Optional<Section> section = sectionPosted(ctx);
    Response read = read(ctx, shownResponse(ctx, latest), section);
    // The server is the authority on skip rules: answers to disabled questions are not kept.
    Enablement enablement = validator.enablement(read);
    List<String> dropped = new ArrayList<>();
    for (String question : read.answers().keySet()) {
      if (!enablement.isEnabled(question)) {
        dropped.add(question);
      }
    }
    Response kept = withAnswers(read, enablement.enabledAnswers(), read.status());
    String outcome = "saved";
    if (submit) {
      Response completed = withAnswers(kept, kept.answers(), ResponseStatus.COMPLETED);
      if (validator.validate(completed).hasErrors()) {
        outcome = "refused";
      } else {
        kept = completed;
        outcome = "submitted";
      }
    }
    Version saved = store.save(id, basedOn, kept);
    ctx.header("X-Mnr-Version", String.valueOf(saved.number()));
    if (String.valueOf(ctx.header("Accept")).contains("application/json")) {
      ctx.contentType("application/json; charset=utf-8")
          .result(
              JsonMapper.shared()
                  .writeValueAsString(new SaveOutcome(saved.number(), outcome, dropped)));
      return;
    }
    StringBuilder page =
        new StringBuilder("/responses/" + id + "?" + outcome + "=" + saved.number());
    if (!dropped.isEmpty()) {
      page.append("&dropped=").append(String.join(",", dropped));
    }
    String lang = ctx.formParam("lang");
    if (lang != null && lang.matches("[A-Za-z0-9-]{1,35}")) {
      page.append("&lang=").append(lang);
    }
    if (section.isPresent()) {
      // Save and continue goes on to the next section; a refused submission stays to show why.
      Section next = section.get();
      if ("next".equals(ctx.formParam("action"))) {
        next = following(section.get()).orElse(section.get());
      }
      page.append("&section=").append(next.id());
    }
    ctx.redirect(page.toString(), HttpStatus.SEE_OTHER);
  }

  /**
   * What a save did, for the page's script.
   *
   * @param version the version stored
   * @param outcome saved, submitted, or refused (saved as a draft: the response has errors)
   * @param dropped the questions whose answers a skip rule dropped
   */
  record SaveOutcome(int version, String outcome, List<String> dropped) {}

  /**
   * The response as the form gives it, over the stored jurisdiction: the fields of the section
   * posted (of every question when none is named), the stored answers to the other questions.
   */
  private Response read(Context ctx, Response stored, Optional<Section> section) {
    Set<String> posted = new HashSet<>();
    for (Question question :
        section.isPresent() ? instrument.questionsOf(section.get().id()) : instrument.questions()) {
      posted.add(question.id());
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question question : instrument.questions()) {
      if (!posted.contains(question.id())) {
        Answer kept = stored.answers().get(question.id());
        if (kept != null) {
          answers.put(question.id(), kept);
        }
        continue;
      }
      if (question.asksForPersonalData()) {
        continue;
      }
      String field = "answer-" + question.id();
      Optional<Answer> answer =
          switch (question.kind()) {
            case TEXT -> text(ctx.formParam(field)).map(Answer::ofText);
            case YES_NO, SINGLE_CHOICE -> text(ctx.formParam(field)).map(Answer::ofChoice);
            case MULTI_CHOICE -> {
              List<String> chosen = ctx.formParams(field);
              yield chosen.isEmpty() ? Optional.empty() : Optional.of(Answer.ofChoices(chosen));
            }
          };
      if (answer.isPresent()) {
        Optional<String> other = text(ctx.formParam("other-" + question.id()));
        Answer given = other.isPresent() ? answer.get().withOtherText(other.get()) : answer.get();
        // An analyst's code stays with the text it codes; the form does not show codes.
        Answer before = stored.answers().get(question.id());
        if (before instanceof Answer.Text coded
            && given instanceof Answer.Text now
            && coded.text().equals(now.text())
            && coded.code().isPresent()) {
          given = given.withCode(coded.code().get());
        }
        answers.put(question.id(), given);
      }
    }
    Response.Builder response =
        Response.builder()
            .instrumentReference(stored.instrumentReference())
            .jurisdiction(stored.jurisdiction())
            .status(ResponseStatus.IN_PROGRESS)
            .putAllAnswers(answers);
    // The contact person's fields are on the page of the question that asks for them.
    boolean asksForContact =
        instrument.questions().stream()
            .anyMatch(q -> q.asksForPersonalData() && posted.contains(q.id()));
    Optional<String> name = text(ctx.formParam("respondent-name"));
    Optional<String> role = text(ctx.formParam("respondent-role"));
    Optional<String> contact = text(ctx.formParam("respondent-contact"));
    if (asksForContact && (name.isPresent() || role.isPresent() || contact.isPresent())) {
      response.respondent(
          new Respondent.Person(name.orElse(""), role.orElse(""), contact.orElse("")));
    } else {
      // The page never shows contact details back, so blank fields keep those given before.
      stored.respondent().ifPresent(response::respondent);
    }
    stored.receivedOn().ifPresent(response::receivedOn);
    return response.build();
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static Response withAnswers(
      Response response, Map<String, Answer> answers, ResponseStatus status) {
    Response.Builder copy =
        Response.builder()
            .instrumentReference(response.instrumentReference())
            .jurisdiction(response.jurisdiction())
            .status(status)
            .putAllAnswers(answers);
    response.respondent().ifPresent(copy::respondent);
    response.receivedOn().ifPresent(copy::receivedOn);
    return copy.build();
  }

  private Pages.Form page(
      String token,
      Shown language,
      Version shown,
      int latest,
      ValidationReport report,
      List<String> notices,
      Section current,
      boolean allVersions) {
    Response response = shown.response();
    Instrument texts = language.texts();
    Enablement enablement = validator.enablement(response);
    Map<String, List<Pages.Finding>> byQuestion = new LinkedHashMap<>();
    // The summary lists the findings of the section shown, and counts the others' by section
    // (each linked to its page), as a page of questions does.
    List<Pages.Finding> findings = new ArrayList<>();
    Map<String, int[]> elsewhere = new LinkedHashMap<>();
    for (ValidationFinding finding : report.findings()) {
      Optional<Question> question = finding.questionId().flatMap(instrument::findQuestion);
      if (question.isPresent() && !question.get().sectionId().equals(current.id())) {
        int[] counts = elsewhere.computeIfAbsent(question.get().sectionId(), k -> new int[2]);
        counts[finding.severity() == Severity.ERROR ? 0 : 1]++;
        continue;
      }
      Pages.Finding view =
          new Pages.Finding(
              finding.code().id(),
              finding.severity().id(),
              finding.questionId().orElse(""),
              finding.message());
      findings.add(view);
      finding
          .questionId()
          .ifPresent(q -> byQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(view));
    }
    // Another section's page keeps the version and language shown.
    String pageQuery =
        (shown.number() != latest ? "&version=" + shown.number() : "") + "&lang=" + language.tag();
    List<Pages.Elsewhere> otherSections = new ArrayList<>();
    for (Section section : texts.sections()) {
      int[] counts = elsewhere.get(section.id());
      if (counts != null) {
        otherSections.add(
            new Pages.Elsewhere(
                "Section " + section.number() + ": " + section.title(),
                "?section=" + section.id() + pageQuery,
                counts[0],
                counts[1]));
      }
    }
    List<Pages.SectionView> sections = new ArrayList<>();
    for (Section section : texts.sections()) {
      List<Pages.QuestionView> questions = new ArrayList<>();
      int[] progress = progress(section, response, enablement);
      boolean isCurrent = section.id().equals(current.id());
      // Only the section shown is rendered: the others are links with their progress.
      for (Question question : isCurrent ? texts.questionsOf(section.id()) : List.<Question>of()) {
        Optional<Answer> answer = Optional.ofNullable(response.answers().get(question.id()));
        boolean enabled = enablement.isEnabled(question.id());
        List<Pages.OptionView> options = new ArrayList<>();
        for (Option option : question.options()) {
          options.add(
              new Pages.OptionView(
                  option.id(),
                  option.text(),
                  answer.map(a -> a.chosen().contains(option.id())).orElse(false),
                  option.isExclusive(),
                  option.carriesText()));
        }
        questions.add(
            new Pages.QuestionView(
                question.id(),
                question.text(),
                question.kind() == QuestionKind.MULTI_CHOICE
                    ? "checkbox"
                    : question.kind() == QuestionKind.TEXT ? "text" : "radio",
                question.isRequired(),
                enabled,
                enabled ? "" : enablement.explain(question.id()),
                question.asksForPersonalData(),
                question.asksForPersonalData() && response.respondent().isPresent(),
                options,
                answer
                    .filter(Answer.Text.class::isInstance)
                    .map(a -> ((Answer.Text) a).text())
                    .orElse(""),
                answer.flatMap(Answer::otherText).orElse(""),
                byQuestion.getOrDefault(question.id(), List.of())));
      }
      sections.add(
          new Pages.SectionView(
              section.id(),
              section.number(),
              section.title(),
              section.introduction().orElse(""),
              section.outcome().orElse(""),
              List.copyOf(section.capabilityBlurbs().values()),
              progress[0],
              progress[1],
              isCurrent,
              questions));
    }
    int unlisted = allVersions ? 0 : Math.max(0, latest - VERSIONS_LISTED);
    List<Pages.Saved> history =
        store.history(shown.responseId(), unlisted + 1).stream()
            .map(
                saved ->
                    new Pages.Saved(
                        saved.number(),
                        saved.savedAt().toString(),
                        saved.status().id(),
                        saved.restoredFrom().map(n -> "restored from " + n).orElse("")))
            .toList();
    return new Pages.Form(
        token,
        language.tag(),
        language.direction(),
        language.notes(),
        texts.title(),
        shown.responseId(),
        response.jurisdiction().toString(),
        shown.number(),
        latest,
        response.status().id(),
        report.errors().size(),
        report.warnings().size(),
        findings,
        otherSections,
        notices,
        sections,
        following(current).map(Section::id).orElse(""),
        history,
        unlisted);
  }

  /** The section after one, if any. */
  private Optional<Section> following(Section section) {
    List<Section> all = instrument.sections();
    int at = all.indexOf(section);
    return at + 1 < all.size() ? Optional.of(all.get(at + 1)) : Optional.empty();
  }

  /**
   * The latest version as its {@code mnr4j.response} document, to keep or to move; without the
   * contact person's details, which stay in the store.
   */
  private void export(Context ctx) {
    Version latest = latest(ctx, ctx.pathParam("id"));
    String name =
        "response-"
            + latest.response().jurisdiction().id().replaceAll("[^A-Za-z0-9_-]", "_")
            + "-v"
            + latest.number()
            + ".json";
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType("application/json; charset=utf-8")
        .result(MnrJson.strict().write(latest.response(), Document.RESPONSE));
  }

  /**
   * A response document pasted into the start page: stored as a new response, version 1; a focal
   * point's, for their jurisdiction only, as a draft and the next version of its response if it has
   * one.
   */
  private void importDocument(Context ctx) {
    if (!(visitor(ctx) instanceof Visitor.Local || visitor(ctx) instanceof Visitor.FocalPoint)) {
      throw new NotFound("no page " + ctx.path() + " is here");
    }
    String document = ctx.formParam("document");
    if (document == null || document.isBlank()) {
      throw new MnrException("paste an mnr4j.response document to import");
    }
    Response response = MnrJson.strict().read(document, Document.RESPONSE);
    if (!response.instrumentReference().equals(instrument.reference())) {
      throw new MnrException(
          "the document answers "
              + response.instrumentReference()
              + ", not "
              + instrument.reference()
              + ", the survey served here");
    }
    if (visitor(ctx) instanceof Visitor.FocalPoint focal) {
      Jurisdiction own = focal.jurisdiction();
      if (!response.jurisdiction().id().equals(own.id())) {
        throw new MnrException(
            "the document is a response for "
                + response.jurisdiction()
                + ", not for "
                + own
                + ", whose focal point you are");
      }
      // Its jurisdiction as invited: the region and income group the analyst's breakdowns use. A
      // draft: only the form's submission, which validates, marks a response completed.
      response =
          withAnswers(
              response.withJurisdiction(own), response.answers(), ResponseStatus.IN_PROGRESS);
      List<Stored> started = responsesOf(own);
      if (!started.isEmpty()) {
        String id = started.get(0).responseId();
        Version saved = store.save(id, started.get(0).latest().number(), response);
        ctx.redirect("/responses/" + saved.responseId(), HttpStatus.SEE_OTHER);
        return;
      }
    }
    Version created = store.create(response);
    ctx.redirect("/responses/" + created.responseId(), HttpStatus.SEE_OTHER);
  }

  /**
   * The analyst's page: each invited jurisdiction's submission status, without answers, and the
   * cohort's aggregates under the standard disclosure policy (Figure 1, and its breakdowns by
   * region and by income group, groups under the minimum suppressed). The aggregates count the
   * submissions in steps of the minimum group size ({@link #step}), so that Figure 1 seen before
   * and after a jurisdiction submits cannot be subtracted to show its answers. The breakdowns move
   * to a step only when each of their groups changed in no jurisdiction or in at least the minimum
   * since they last moved ({@link #breakdownStep}), and say when they lag.
   */
  private void analysis(Context ctx) {
    if (!(visitor(ctx) instanceof Visitor.Analyst)) {
      throw new NotFound("no page " + ctx.path() + " is here");
    }
    DisclosurePolicy policy = DisclosurePolicy.standard();
    Map<String, String> names = new TreeMap<>();
    Map<String, Jurisdiction> invited = new HashMap<>();
    for (Invitation invitation : store.invitations().list()) {
      invitation.jurisdiction().ifPresent(j -> names.putIfAbsent(j.id(), j.toString()));
      invitation.jurisdiction().ifPresent(j -> invited.putIfAbsent(j.id(), j));
    }
    Map<String, Stored> responses = new LinkedHashMap<>();
    for (Stored stored : store.responses()) {
      responses.putIfAbsent(stored.jurisdictionId(), stored);
      names.putIfAbsent(stored.jurisdictionId(), stored.jurisdictionId());
    }
    List<Submission> submissions = store.submissions();
    Set<String> submitted = new HashSet<>();
    submissions.forEach(s -> submitted.add(s.jurisdictionId()));
    List<Pages.Status> statuses = new ArrayList<>();
    names.forEach(
        (id, name) -> {
          Stored stored = responses.get(id);
          String status;
          if (stored == null) {
            status = "not started";
          } else if (stored.latest().status() == ResponseStatus.COMPLETED) {
            status = "submitted";
          } else if (submitted.contains(id)) {
            status = "submitted, being revised";
          } else {
            status = "in progress";
          }
          statuses.add(new Pages.Status(name, status));
        });
    Step step = step(submissions, policy.minGroupSize());
    List<Pages.Table> tables = new ArrayList<>();
    String withheld = "";
    if (step.counted().isEmpty()) {
      withheld =
          "The aggregates appear once "
              + policy.minGroupSize()
              + " jurisdictions have submitted ("
              + step.waiting()
              + " so far): fewer would show single jurisdictions' answers.";
    } else {
      CohortAnalysis cohort = counted(step);
      Tally figure1 = cohort.tally(TallyView.figure1());
      policy.check(figure1);
      tables.add(table("Figure 1: capabilities in place", figure1.toFigure()));
      // The breakdowns' own step: a group that changed in fewer jurisdictions than the minimum
      // since the breakdowns last moved keeps them where they were.
      Step breakdowns =
          breakdownStep(
              submissions, id -> groupsOf(invited.get(id), id, submissions), policy.minGroupSize());
      boolean sameStep = breakdowns.counted().equals(step.counted());
      CohortAnalysis grouped = sameStep ? cohort : counted(breakdowns);
      List<String> held =
          sameStep
              ? List.of()
              : List.of(
                  "Counted at the step of "
                      + breakdowns.counted().size()
                      + " jurisdictions: since then a region or income group changed in fewer"
                      + " than "
                      + policy.minGroupSize()
                      + " jurisdictions, which a comparison of two views would show. The"
                      + " breakdowns move on once every group has changed in at least "
                      + policy.minGroupSize()
                      + " or in none.");
      for (String attribute : List.of("region", "incomeGroup")) {
        String caption = "Figure 1 by " + ("region".equals(attribute) ? "region" : "income group");
        try {
          TextTable breakdown = grouped.breakdown(TallyView.figure1(), attribute, policy).toTable();
          tables.add(table(caption, breakdown.withNotes(held)));
        } catch (DisclosureException e) {
          tables.add(new Pages.Table(caption, List.of(), List.of(), List.of(e.getMessage())));
        }
      }
    }
    render(
        ctx,
        "analysis.jte",
        new Pages.Analysis(
            token(ctx),
            instrument.title(),
            policy.minGroupSize(),
            statuses,
            step.counted().size(),
            step.waiting(),
            withheld,
            tables));
  }

  /** The responses a step counts, read as they were submitted. */
  private CohortAnalysis counted(Step step) {
    return CohortAnalysis.of(
        Cohort.builder().name("submitted").addAllResponses(store.submitted(step.counted())).build(),
        instrument);
  }

  /**
   * A jurisdiction's groups in the breakdowns, by its region and its income group: as invited, or
   * as its first submission says when it has no invitation.
   */
  private List<String> groupsOf(
      @Nullable Jurisdiction invited, String jurisdictionId, List<Submission> submissions) {
    Jurisdiction jurisdiction = invited;
    if (jurisdiction == null) {
      Submission first =
          submissions.stream()
              .filter(s -> s.jurisdictionId().equals(jurisdictionId))
              .findFirst()
              .orElseThrow();
      jurisdiction = store.version(first.responseId(), first.number()).response().jurisdiction();
    }
    return List.of(
        "region " + jurisdiction.region().map(Region::id).orElse("(none)"),
        "incomeGroup " + jurisdiction.incomeGroup().map(IncomeGroup::id).orElse("(none)"));
  }

  private static Pages.Table table(String caption, TextTable table) {
    return new Pages.Table(
        table.title().orElse(caption), table.header(), table.rows(), table.notes());
  }

  /**
   * The submissions the aggregates count, and how many jurisdictions submitted since.
   *
   * @param counted the version of each jurisdiction counted
   * @param waiting the jurisdictions that submitted after the last step
   */
  record Step(List<Submission> counted, int waiting) {}

  /**
   * The submissions as they stood when the number of jurisdictions that had submitted last reached
   * a multiple of the step size: the first {@code k * size} jurisdictions to submit, each by its
   * last submission up to that moment. Versions are never changed, so a step, once reached, always
   * counts the same answers, and the next one differs from it by at least {@code size} new
   * jurisdictions.
   */
  static Step step(List<Submission> submissions, int size) {
    Map<String, Integer> firstAt = new LinkedHashMap<>();
    Map<String, String> counted = new HashMap<>();
    for (int i = 0; i < submissions.size(); i++) {
      Submission submission = submissions.get(i);
      if (!firstAt.containsKey(submission.jurisdictionId())) {
        firstAt.put(submission.jurisdictionId(), i);
        // A jurisdiction's first response to be submitted is the one counted.
        counted.put(submission.jurisdictionId(), submission.responseId());
      }
    }
    int steps = firstAt.size() / size * size;
    if (steps == 0) {
      return new Step(List.of(), firstAt.size());
    }
    int cutoff = new ArrayList<>(firstAt.values()).get(steps - 1);
    Map<String, Submission> latest = new LinkedHashMap<>();
    for (int i = 0; i <= cutoff; i++) {
      Submission submission = submissions.get(i);
      if (submission.responseId().equals(counted.get(submission.jurisdictionId()))) {
        latest.put(submission.jurisdictionId(), submission);
      }
    }
    return new Step(List.copyOf(latest.values()), firstAt.size() - steps);
  }

  /**
   * The step whose breakdowns the analyst's page shows. Figure 1 moves in steps of {@code size}
   * jurisdictions, but a group of a breakdown (a region, an income group) could move by one
   * jurisdiction between two steps, and two views of the page would show that jurisdiction's
   * answers, or the change it made to them. So the breakdowns move to a step only when, against the
   * step they showed before, every group of every breakdown changed in no jurisdiction or in at
   * least {@code size}, a jurisdiction counted anew or by another version being a change; otherwise
   * they stay where they were.
   *
   * @param submissions every submission, in the order made
   * @param groupsOf the groups of a jurisdiction, by its id: one per breakdown
   * @param size the minimum group size
   * @return the step; its waiting are the jurisdictions submitted since it
   */
  static Step breakdownStep(
      List<Submission> submissions, Function<String, List<String>> groupsOf, int size) {
    Set<String> seen = new HashSet<>();
    Step shown = new Step(List.of(), 0);
    for (int i = 0; i < submissions.size(); i++) {
      if (!seen.add(submissions.get(i).jurisdictionId()) || seen.size() % size != 0) {
        continue;
      }
      // The moment the jurisdictions that submitted reached a multiple of the size: a step.
      Step step = step(submissions.subList(0, i + 1), size);
      if (shown.counted().isEmpty() || changedEnough(shown, step, groupsOf, size)) {
        shown = step;
      }
    }
    return new Step(shown.counted(), seen.size() - shown.counted().size());
  }

  /** Whether every group changed in no jurisdiction, or in at least {@code size}, from a to b. */
  private static boolean changedEnough(
      Step a, Step b, Function<String, List<String>> groupsOf, int size) {
    Map<String, Submission> before = new HashMap<>();
    a.counted().forEach(submission -> before.put(submission.jurisdictionId(), submission));
    Map<String, Integer> changes = new HashMap<>();
    for (Submission submission : b.counted()) {
      if (!submission.equals(before.get(submission.jurisdictionId()))) {
        for (String group : groupsOf.apply(submission.jurisdictionId())) {
          changes.merge(group, 1, Integer::sum);
        }
      }
    }
    return changes.values().stream().allMatch(n -> n >= size);
  }

  /** Portal mode's sign-in page, with the token of the link that led to it. */
  private void signInPage(Context ctx) {
    String token = ctx.queryParam("token");
    signInPage(ctx, HttpStatus.OK, token == null ? "" : token, "");
  }

  private void signInPage(Context ctx, HttpStatus status, String token, String message) {
    if (mode == Mode.LOCAL) {
      ctx.redirect("/", HttpStatus.SEE_OTHER);
      return;
    }
    ctx.status(status);
    render(ctx, "signin.jte", new Pages.SignIn(token(ctx), token, message));
  }

  /**
   * Signs in by an invitation's token, given alone or as the whole link. A link's page does not
   * sign in by itself, so that a mail scanner opening it spends nothing; the button does, within
   * the site, so that the session's strict cookie is sent on the pages that follow.
   */
  private void signIn(Context ctx) {
    if (mode == Mode.LOCAL) {
      throw new NotFound("no page " + ctx.path() + " is here: mnr serve is in local mode");
    }
    String client = client(ctx);
    if (!portal.mayTry(client)) {
      long minutes = Math.max(1, (portal.retryAfter(client).toSeconds() + 59) / 60);
      ctx.header("Retry-After", String.valueOf(portal.retryAfter(client).toSeconds()));
      signInPage(
          ctx,
          HttpStatus.TOO_MANY_REQUESTS,
          "",
          "Too many failed sign-ins from here: try again in "
              + minutes
              + (minutes == 1 ? " minute." : " minutes."));
      return;
    }
    String given = ctx.formParam("token") == null ? "" : ctx.formParam("token").strip();
    String token = given.replaceFirst("^.*[?&]token=", "").replaceFirst("[&#].*$", "");
    Optional<String> session = portal.signIn(token);
    if (session.isEmpty()) {
      portal.failed(client);
      signInPage(
          ctx,
          HttpStatus.UNAUTHORIZED,
          "",
          "This link signs nobody in: it may be mistyped, expired or revoked. Ask whoever invited"
              + " you for a new one.");
      return;
    }
    portal.signOut(ctx.cookie(SESSION));
    ctx.cookie(
        new Cookie(
            SESSION,
            session.get(),
            "/",
            (int) Portal.SESSION_LENGTH.toSeconds(),
            secure(ctx),
            true,
            null,
            SameSite.STRICT));
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    portal.signOut(ctx.cookie(SESSION));
    ctx.removeCookie(SESSION, "/");
    ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
  }

  /**
   * What the form's current answers enable, for the page's script: the questions a skip rule
   * disables, with why, and each section's required questions answered of those enabled. The
   * library decides, as it does when the form is saved: the browser never applies a rule itself.
   */
  private void enablement(Context ctx) {
    Response read =
        read(ctx, shownResponse(ctx, latest(ctx, ctx.pathParam("id"))), sectionPosted(ctx));
    Enablement enablement = validator.enablement(read);
    Map<String, String> disabled = new LinkedHashMap<>();
    for (Question question : instrument.questions()) {
      if (!enablement.isEnabled(question.id())) {
        disabled.put(question.id(), enablement.explain(question.id()));
      }
    }
    Map<String, List<Integer>> progress = new LinkedHashMap<>();
    for (Section section : instrument.sections()) {
      int[] counts = progress(section, read, enablement);
      progress.put(section.id(), List.of(counts[0], counts[1]));
    }
    ctx.contentType("application/json; charset=utf-8")
        .result(
            JsonMapper.shared()
                .writeValueAsString(Map.of("disabled", disabled, "progress", progress)));
  }

  /** A section's required questions answered, and required, of those the answers enable. */
  private int[] progress(Section section, Response response, Enablement enablement) {
    int answered = 0;
    int required = 0;
    for (Question question : instrument.questionsOf(section.id())) {
      if (question.isRequired() && enablement.isEnabled(question.id())) {
        required++;
        boolean given =
            question.asksForPersonalData()
                ? response.respondent().isPresent()
                : response.answers().containsKey(question.id());
        answered += given ? 1 : 0;
      }
    }
    return new int[] {answered, required};
  }

  /** The latest version, scored under the model the page asks for: staged (default) or presence. */
  private Scored scored(Context ctx) {
    Version latest = latest(ctx, ctx.pathParam("id"));
    String model = ctx.queryParam("model") == null ? "staged" : ctx.queryParam("model");
    ScoringModel scoring =
        switch (model) {
          case "staged" -> ScoringModels.staged();
          case "presence" -> ScoringModels.presence();
          default ->
              throw new MnrException(
                  "the model " + model + " is not one the scorecard offers: staged or presence");
        };
    Assessment assessment = assessor.assess(latest.response());
    return new Scored(latest, model, assessment, scoring.score(assessment));
  }

  /** A version and its scorecard. */
  private record Scored(Version version, String model, Assessment assessment, Scorecard card) {
    String file(String extension) {
      return "scorecard-"
          + version.response().jurisdiction().id().replaceAll("[^A-Za-z0-9_-]", "_")
          + "-v"
          + version.number()
          + "-"
          + model
          + "."
          + extension;
    }
  }

  private void scorecard(Context ctx) {
    Scored scored = scored(ctx);
    render(
        ctx,
        "scorecard.jte",
        new Pages.ScorecardPage(
            scored.version().responseId(),
            scored.version().number(),
            scored.version().response().jurisdiction().toString(),
            scored.model(),
            // Shown unescaped: JFreeSVG escapes every text it draws, a jurisdiction's name too.
            Charts.scorecard(
                    scored.card(), scored.version().response().jurisdiction().isSynthetic())
                .inlineSvg(
                    "Each capability's level under the "
                        + scored.model()
                        + " model; the table below gives the same, with the reasons."),
            scored.card().toTable().toText()));
  }

  /** The scorecard's chart as PNG or SVG, or the scorecard as JSON or CSV, to download. */
  private void scorecardAs(Context ctx) {
    Scored scored = scored(ctx);
    boolean synthetic = scored.version().response().jurisdiction().isSynthetic();
    String format = ctx.pathParam("format");
    switch (format) {
      case "svg" ->
          download(
              ctx,
              scored.file("svg"),
              "image/svg+xml; charset=utf-8",
              Charts.scorecard(scored.card(), synthetic).svg().getBytes(StandardCharsets.UTF_8));
      case "png" ->
          download(
              ctx,
              scored.file("png"),
              "image/png",
              Charts.scorecard(scored.card(), synthetic).png());
      case "json" ->
          download(
              ctx,
              scored.file("json"),
              "application/json; charset=utf-8",
              MnrJson.strict()
                  .write(scored.card(), Document.SCORECARD)
                  .getBytes(StandardCharsets.UTF_8));
      case "csv" ->
          download(
              ctx,
              scored.file("csv"),
              "text/csv; charset=utf-8",
              Tables.toCsv(
                      TextTable.of(
                          ScoreTable.CAPABILITIES.header(),
                          ScoreTable.CAPABILITIES.rows(scored.assessment(), scored.card())))
                  .getBytes(StandardCharsets.UTF_8));
      default -> throw new NotFound("no scorecard as " + format + ": svg, png, json or csv");
    }
  }

  private static void download(Context ctx, String file, String type, byte[] bytes) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType(type).result(bytes);
  }
}
