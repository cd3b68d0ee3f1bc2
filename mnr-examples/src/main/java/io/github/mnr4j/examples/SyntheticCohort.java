package io.github.mnr4j.examples;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.crosswalk.Migration;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Enablement;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Question;
import io.github.mnr4j.survey.QuestionRole;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.survey.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The embedded example cohort: 42 made-up jurisdictions, "Country 01" to "Country 42", whose
 * synthetic answers reproduce the aggregates that <i>Framing the future</i> (WeProtect Global
 * Alliance and UNICEF, 2022) publishes: the Methodology's counts by income group, region and
 * survey; every Figure 1 count and denominator; q6's uses of the MNR (Figure 2); q10 and q33;
 * Figure 4's statements on the 15 high-income jurisdictions (q17); INHOPE membership, 29 of 38
 * hotlines (q52, coded); the 12 countries without an offender management process and the 17 without
 * offender support systems, all low- and middle-income; and 12 of the 13 without access to image
 * databases low- and middle-income; and the 26 of 42 that received Safe Online funds (the attribute
 * {@value #SAFE_ONLINE}, on jurisdictions mnr4j chose).
 *
 * <p>As in the review, 17 jurisdictions (the 15 high-income ones and 2 others) answer the
 * Alliance's survey and 25 the End Violence/UNICEF survey ({@link
 * io.github.mnr4j.survey.Instruments#unicefSurvey2021()}, reconstructed): their answers are drawn
 * as for the Alliance's survey and carried through the crosswalk between the two ({@link
 * ReviewSurveys}), so that every count above holds across both surveys, and the UNICEF survey's
 * legislation question gives the report's "22 of 25" whose "existing laws were viewed as
 * inadequate". {@link ReviewSurveys#analysis} assesses the cohort.
 *
 * <p>The data are synthetic. The report publishes counts, not any country's survey replies, so no
 * jurisdiction here stands for a real country: incomes and regions are drawn independently, each
 * reproducing its published counts, and answers follow a made-up capacity score. Counts the report
 * does not publish (the options of Figures 6, 9 and 10, and Figure 4's bars between those the text
 * states, for example) are invented. Responses answer the questions these figures count, and are
 * marked {@code in-progress}.
 *
 * <p>{@link #load()} reads the cohort shipped in the jar; {@link #build()} makes it afresh, and
 * {@code main} writes it, so that the shipped file can be checked against its recipe.
 */
public final class SyntheticCohort {
  /** The cohort's name. */
  public static final String NAME = "Synthetic example cohort, 2021 surveys";

  /** The resource that holds the cohort in the jar. */
  public static final String RESOURCE = "example-cohort-2021.json";

  private static final String DESCRIPTION =
      "SYNTHETIC DATA. 42 made-up jurisdictions whose"
          + " invented answers reproduce the aggregates published in Framing the future (WeProtect"
          + " Global Alliance and UNICEF, 2022): Figure 1, q6, q10, q33, Figure 4's statements on"
          + " the 15 high-income jurisdictions, INHOPE membership (q52), the Methodology's counts"
          + " and the subgroup statements; the attribute safeOnline holds the 26 of 42 that"
          + " received Safe Online funds, on jurisdictions mnr4j chose; the 17 Alliance survey"
          + " responses are dated May and June 2021, on days mnr4j chose. As in the review, 17"
          + " answer the Alliance's survey and 25 the End Violence/UNICEF survey, which the report"
          + " does not print (mnr4j's reconstruction; its legislation question reproduces the 22"
          + " of 25 whose laws were viewed as inadequate). No jurisdiction stands for a real"
          + " country.";

  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Validator VALIDATOR = Validator.of(SURVEY);
  private static final Instrument UNICEF = Instruments.unicefSurvey2021();

  /** The crosswalk between the review's surveys, read backwards: the Alliance's to the UNICEF's. */
  private static final Migration FROM_ALLIANCE =
      Migration.of(ReviewSurveys.crosswalk().inverse(), SURVEY, UNICEF);

  /**
   * Figure 4 on its base, "the 15 surveyed high-income countries", in the order the figure lists
   * its areas: as the report says, all 15 criminalize technology-facilitated abuse and knowing
   * possession of CSAM, 8 of 15 require ISPs to report suspected CSAM, and "the most significant
   * gaps" are ISP reporting and national sex offender registers. The counts between are invented,
   * falling in the figure's order.
   */
  private static final Map<String, Integer> FIGURE_4 = figure4();

  private final int size = 42;
  private final List<IncomeGroup> incomes = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();

  /** A made-up capacity score; higher answers yes more often. */
  private final double[] capacity = new double[size];

  private final List<Map<String, Answer>> answers = new ArrayList<>();
  private final Random random = new Random(2022);

  private SyntheticCohort() {
    for (int j = 0; j < size; j++) {
      answers.add(new LinkedHashMap<>());
    }
  }

  /**
   * Reads the cohort shipped in the jar.
   *
   * @return the cohort
   */
  public static Cohort load() {
    try (InputStream in = SyntheticCohort.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the example cohort is missing from the jar");
      }
      return MnrJson.strict().read(in, Document.COHORT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds the cohort from its recipe.
   *
   * @return the cohort
   */
  public static Cohort build() {
    return new SyntheticCohort().make(true);
  }

  /**
   * Builds the cohort as if every jurisdiction had answered the Alliance's survey, as mnr4j's
   * example did before it followed the review's two surveys: the same jurisdictions and the same
   * drawn answers, none carried to the UNICEF survey. For scale tests and benchmarks, whose
   * baselines in Python and DuckDB read the Alliance survey's gates; not for reproducing the
   * report, which counted two surveys.
   *
   * @return the cohort, all 42 responses to {@code wpga-mnr-survey@2021}
   */
  public static Cohort onTheAllianceSurvey() {
    return new SyntheticCohort().make(false);
  }

  /**
   * Writes the cohort document to a file: the resource under {@code
   * mnr-examples/src/main/resources/io/github/mnr4j/examples/}.
   *
   * @param args the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), MnrJson.strict().write(build(), Document.COHORT) + "\n");
  }

  private Cohort make(boolean twoSurveys) {
    assignGroups();
    gate("q7", 10, 0, Pool.ANY);
    gate("q13", 7, 0, Pool.ANY);
    gate("q16", 2, 0, Pool.LOW_AND_MIDDLE);
    gate("q21", 0, 0, Pool.ANY);
    gate("q24", 5, 1, Pool.ANY);
    gate("q27", 12, 0, Pool.LOW_AND_MIDDLE);
    gate("q30", 13, 0, Pool.TWELVE_LOW_AND_MIDDLE_ONE_HIGH);
    gate("q37", 13, 0, Pool.ANY);
    gate("q40", 7, 1, Pool.ANY);
    gate("q43", 8, 0, Pool.ANY);
    gate("q46", 2, 0, Pool.ANY);
    gate("q51", 4, 0, Pool.ANY);
    gate("q54", 10, 0, Pool.ANY);
    gate("q58", 12, 1, Pool.ANY);
    gate("q61", 17, 1, Pool.LOW_AND_MIDDLE);
    gate("q66", 11, 1, Pool.ANY);
    gate("q70", 16, 1, Pool.ANY);
    gate("q75", 19, 0, Pool.ANY);
    secondary("q10", 27, List.of());
    secondary("q33", 14, yes("q30"));
    terminology(21);
    legislation();
    checklist("q28", "q27");
    checklist("q44", "q43");
    checklist("q55", "q54");
    checklist("q62", "q61");
    usesOfTheMnr();
    hotlines();
    Cohort.Builder cohort =
        twoSurveys
            ? Cohort.builder().name(NAME).description(DESCRIPTION)
            : Cohort.builder()
                .name(NAME + ", all on the Alliance's survey")
                .description(
                    DESCRIPTION
                        + " In this form, for scale tests, every jurisdiction answers the"
                        + " Alliance's survey, as the review's did not.");
    for (int j = 0; j < size; j++) {
      String id = String.format("C%02d", j + 1);
      Map<String, Answer> ordered = new LinkedHashMap<>();
      ordered.put("q1", Answer.ofText(String.format("Country %02d", j + 1)));
      for (Question question : SURVEY.questions()) {
        Answer answer = answers.get(j).get(question.id());
        if (answer != null) {
          ordered.put(question.id(), answer);
        }
      }
      Response response =
          Response.builder()
              .instrumentReference(SURVEY.reference())
              .jurisdiction(
                  Jurisdiction.builder()
                      .id(id)
                      .name(String.format("Country %02d", j + 1))
                      .incomeGroup(incomes.get(j))
                      .region(regions.get(j))
                      .putAttribute("survey", survey(j))
                      .putAttribute(SAFE_ONLINE, safeOnline(j))
                      .putAttribute(Jurisdiction.DATA_ATTRIBUTE, Jurisdiction.SYNTHETIC)
                      .build())
              .status(ResponseStatus.IN_PROGRESS)
              .putAllAnswers(ordered)
              .build();
      // Details drawn for a capability may sit behind a secondary gate that said no (q11
      // behind q10, q34 behind q33): a real respondent would have skipped them.
      Enablement enablement = VALIDATOR.enablement(response);
      ordered.keySet().removeIf(questionId -> !enablement.isEnabled(questionId));
      Response.Builder kept =
          Response.builder()
              .instrumentReference(response.instrumentReference())
              .jurisdiction(response.jurisdiction())
              .status(response.status())
              .putAllAnswers(ordered);
      received(j).ifPresent(kept::receivedOn);
      cohort.addResponse(
          !twoSurveys || survey(j).equals("alliance") ? kept.build() : unicef(j, kept.build()));
    }
    return cohort.build();
  }

  /**
   * The response of a jurisdiction that answered the UNICEF survey: its answers, drawn as for the
   * Alliance's survey, carried through the crosswalk between the two (read backwards); then what
   * the crosswalk does not determine. u7: every one has legislation (the report's "existing laws");
   * u8: "In most countries surveyed (88 per cent, 22 of 25), existing laws were viewed as
   * inadequate" (Legislation), the answer partial, and the 3 of highest capacity comprehensive;
   * u26: the yes or no that q78's analyst code holds.
   */
  private Response unicef(int j, Response drawn) {
    Response carried = FROM_ALLIANCE.migrate(drawn).response();
    Map<String, Answer> answers = new LinkedHashMap<>(carried.answers());
    answers.put("u7", Answer.ofChoice("yes"));
    answers.put(
        "u8", Answer.ofChoice(comprehensiveLaws().contains(j) ? "comprehensive" : "partial"));
    drawn
        .findAnswer("q78")
        .flatMap(Answer::code)
        .ifPresent(code -> answers.put("u26", Answer.ofChoice(code)));
    Map<String, Answer> ordered = new LinkedHashMap<>();
    for (Question question : UNICEF.questions()) {
      Answer answer = answers.get(question.id());
      if (answer != null) {
        ordered.put(question.id(), answer);
      }
    }
    return Response.builder()
        .instrumentReference(UNICEF.reference())
        .jurisdiction(drawn.jurisdiction())
        .status(drawn.status())
        .putAllAnswers(ordered)
        .build();
  }

  /** The 3 UNICEF survey jurisdictions of highest capacity, whose laws are comprehensive. */
  private List<Integer> comprehensiveLaws() {
    return IntStream.range(0, size)
        .filter(k -> survey(k).equals("unicef"))
        .boxed()
        .sorted(Comparator.comparingDouble(k -> -capacity[k]))
        .limit(3)
        .collect(Collectors.toList());
  }

  /** The Methodology's counts, drawn independently so no cell matches a real country. */
  private void assignGroups() {
    add(incomes, IncomeGroup.HIGH, 15);
    add(incomes, IncomeGroup.UPPER_MIDDLE, 15);
    add(incomes, IncomeGroup.LOWER_MIDDLE, 11);
    add(incomes, IncomeGroup.LOW, 1);
    Collections.shuffle(incomes, random);
    add(regions, Region.EAST_ASIA_PACIFIC, 10);
    add(regions, Region.EASTERN_SOUTHERN_AFRICA, 5);
    add(regions, Region.EUROPE_CENTRAL_ASIA, 7);
    add(regions, Region.LATIN_AMERICA_CARIBBEAN, 6);
    add(regions, Region.MIDDLE_EAST_NORTH_AFRICA, 2);
    add(regions, Region.NORTH_AMERICA, 2);
    add(regions, Region.SOUTH_ASIA, 1);
    add(regions, Region.WEST_CENTRAL_AFRICA, 1);
    add(regions, Region.WESTERN_EUROPE, 8);
    Collections.shuffle(regions, random);
    for (int j = 0; j < size; j++) {
      capacity[j] = (3 - incomes.get(j).ordinal()) + 2 * random.nextDouble();
    }
  }

  private static <T> void add(List<T> list, T value, int count) {
    for (int i = 0; i < count; i++) {
      list.add(value);
    }
  }

  /** Who may say no to a gate. */
  private enum Pool {
    ANY,
    LOW_AND_MIDDLE,
    TWELVE_LOW_AND_MIDDLE_ONE_HIGH
  }

  /**
   * Answers a primary gate: {@code unanswered} jurisdictions skip it, the {@code no} with the
   * lowest (row-jittered) capacity in the pool say no, the rest yes. A yes comes with detail
   * answers; a no often with plans.
   */
  private void gate(String gateId, int no, int unanswered, Pool pool) {
    List<Integer> order = byJitteredCapacity();
    Set<Integer> skipped = new HashSet<>();
    // The jurisdiction that skips the question: one of middling capacity, a different one for
    // each row.
    for (int k = 0; k < unanswered; k++) {
      skipped.add(order.get(size / 2 + (gateId.hashCode() & 7)));
    }
    Set<Integer> nos = new HashSet<>();
    if (pool == Pool.TWELVE_LOW_AND_MIDDLE_ONE_HIGH) {
      order.stream()
          .filter(j -> lowOrMiddle(j) && !skipped.contains(j))
          .limit(no - 1)
          .forEach(nos::add);
      order.stream().filter(j -> !lowOrMiddle(j)).limit(1).forEach(nos::add);
    } else {
      order.stream()
          .filter(j -> !skipped.contains(j))
          .filter(j -> pool == Pool.ANY || lowOrMiddle(j))
          .limit(no)
          .forEach(nos::add);
    }
    Question gate = SURVEY.question(gateId);
    String capability = gate.informs().get(0);
    for (int j = 0; j < size; j++) {
      if (skipped.contains(j)) {
        continue;
      }
      boolean yes = !nos.contains(j);
      answers.get(j).put(gateId, Answer.ofChoice(yes ? "yes" : "no"));
      for (Question question : SURVEY.questionsInforming(capability)) {
        boolean detail =
            question.role() == QuestionRole.DETAIL
                && yes
                && question.kind() == io.github.mnr4j.survey.QuestionKind.TEXT
                && position(question.id()) > position(gateId)
                && random.nextDouble() < 0.85;
        boolean plans =
            question.role() == QuestionRole.CHALLENGES && random.nextDouble() < (yes ? 0.5 : 0.6);
        if ((detail || plans)
            && !answers.get(j).containsKey(question.id())
            && enabledAfter(gateId, yes, question)) {
          answers
              .get(j)
              .put(question.id(), Answer.ofText("Synthetic answer to " + question.id() + "."));
        }
      }
    }
  }

  /** A question's place in the survey's order. */
  private static int position(String questionId) {
    return SURVEY.questions().indexOf(SURVEY.question(questionId));
  }

  /** A no on a gate skips the questions up to its target; those stay unanswered. */
  private static boolean enabledAfter(String gateId, boolean yes, Question question) {
    if (yes) {
      return true;
    }
    return SURVEY.skipRules().stream()
        .filter(r -> r.questionId().equals(gateId))
        .noneMatch(
            r ->
                position(question.id()) > position(gateId)
                    && position(question.id()) < position(r.targetId()));
  }

  /** Answers a secondary gate yes for the {@code yes} strongest of the eligible. */
  private void secondary(String gateId, int yes, List<Integer> eligible) {
    List<Integer> order = byJitteredCapacity();
    Collections.reverse(order);
    Set<Integer> chosen =
        order.stream()
            .filter(j -> eligible.isEmpty() || eligible.contains(j))
            .limit(yes)
            .collect(Collectors.toSet());
    for (int j = 0; j < size; j++) {
      answers.get(j).put(gateId, Answer.ofChoice(chosen.contains(j) ? "yes" : "no"));
    }
  }

  /** q78 is free text; an analyst codes yes for the {@code yes} strongest. */
  private void terminology(int yes) {
    List<Integer> order = byJitteredCapacity();
    Collections.reverse(order);
    Set<Integer> chosen = new HashSet<>(order.subList(0, yes));
    for (int j = 0; j < size; j++) {
      answers
          .get(j)
          .put(
              "q78",
              chosen.contains(j)
                  ? Answer.ofText("Synthetic: universally agreed terminology was adopted.")
                      .withCode("yes")
                  : Answer.ofText("Synthetic: terminology has not been discussed.").withCode("no"));
    }
  }

  private static Map<String, Integer> figure4() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("penetrative-offences", 15);
    counts.put("non-penetrative-offences", 15);
    counts.put("technology-facilitated-abuse", 15);
    counts.put("csam-possession", 15);
    counts.put("grooming-regardless-of-intent", 14);
    counts.put("background-checks", 13);
    counts.put("grooming-intent-to-meet", 12);
    counts.put("mandatory-reporting", 11);
    counts.put("child-friendly-justice", 10);
    counts.put("sex-offender-register", 9);
    counts.put("isp-reporting-duty", 8);
    return Collections.unmodifiableMap(counts);
  }

  /**
   * q17, asked only by the Alliance's survey (the UNICEF/End Violence survey asked about
   * legislation differently): the high-income jurisdictions answer as {@link #FIGURE_4} counts, the
   * stronger ones having more of the laws; the two low- and middle-income ones that took the
   * Alliance's survey, invented answers.
   */
  private void legislation() {
    List<Integer> high =
        IntStream.range(0, size)
            .filter(j -> !lowOrMiddle(j))
            .boxed()
            .sorted(Comparator.comparingDouble(j -> -capacity[j]))
            .collect(Collectors.toList());
    for (int j = 0; j < size; j++) {
      if (!answers.get(j).get("q16").equals(Answer.ofChoice("yes"))
          || !survey(j).equals("alliance")) {
        continue;
      }
      int rank = high.indexOf(j);
      List<String> chosen = new ArrayList<>();
      FIGURE_4.forEach(
          (area, count) -> {
            if (rank >= 0 ? rank < count : random.nextDouble() < 0.5) {
              chosen.add(area);
            }
          });
      answers.get(j).put("q17", Answer.ofChoices(inQuestionOrder("q17", chosen)));
    }
  }

  /**
   * q52, coded as the report counts hotlines: of the 38 with a hotline, 19 national hotlines and 10
   * reporting portals of the Internet Watch Foundation are part of INHOPE (29 of 38), 9 are not.
   */
  private void hotlines() {
    List<Integer> order = byJitteredCapacity();
    Collections.reverse(order);
    List<Integer> hotlines =
        order.stream().filter(yes("q51")::contains).collect(Collectors.toList());
    for (int i = 0; i < hotlines.size(); i++) {
      Answer answer =
          i < 19
              ? Answer.ofText("Synthetic: a national hotline, a member of INHOPE.")
                  .withCode("inhope-national-hotline")
              : i < 29
                  ? Answer.ofText(
                          "Synthetic: a reporting portal operated by the Internet Watch"
                              + " Foundation.")
                      .withCode("inhope-iwf-portal")
                  : Answer.ofText("Synthetic: a hotline outside INHOPE.").withCode("not-inhope");
      answers.get(hotlines.get(i)).put("q52", answer);
    }
  }

  /** An invented checklist answer for those who said yes to the gate. */
  private void checklist(String questionId, String gateId) {
    Question question = SURVEY.question(questionId);
    List<String> options =
        question.options().stream()
            .filter(o -> !o.carriesText() && !o.isExclusive())
            .map(o -> o.id())
            .collect(Collectors.toList());
    for (int j = 0; j < size; j++) {
      Answer gate = answers.get(j).get(gateId);
      if (gate == null || !gate.equals(Answer.ofChoice("yes"))) {
        continue;
      }
      List<String> chosen = new ArrayList<>();
      for (String option : options) {
        if (random.nextDouble() < 0.25 + capacity[j] / 8) {
          chosen.add(option);
        }
      }
      if (chosen.isEmpty()) {
        chosen.add(options.get(0));
      }
      answers.get(j).put(questionId, Answer.ofChoices(chosen));
    }
  }

  /**
   * q6, as the report gives it: 39 answered; as a reference for good practice 35, a basis for
   * policy 26, a guide for capabilities 23, a framework for progress 15; two or more uses 26.
   */
  private void usesOfTheMnr() {
    String g = "good-practice-reference";
    String p = "policy-basis";
    String c = "capability-guide";
    String f = "progress-framework";
    List<List<String>> uses = new ArrayList<>();
    add(uses, List.of(c, g, p, f), 10);
    add(uses, List.of(c, g, p), 11);
    add(uses, List.of(c, g, f), 2);
    add(uses, List.of(g, p, f), 1);
    add(uses, List.of(p, f), 2);
    add(uses, List.of(g), 11);
    add(uses, List.of(p), 2);
    List<Integer> order = byJitteredCapacity();
    Collections.reverse(order);
    for (int i = 0; i < uses.size(); i++) {
      answers.get(order.get(i)).put("q6", Answer.ofChoices(inQuestionOrder("q6", uses.get(i))));
    }
  }

  private List<String> inQuestionOrder(String questionId, List<String> chosen) {
    return SURVEY.question(questionId).optionIds().stream()
        .filter(chosen::contains)
        .collect(Collectors.toList());
  }

  private List<Integer> yes(String gateId) {
    return IntStream.range(0, size)
        .filter(j -> Answer.ofChoice("yes").equals(answers.get(j).get(gateId)))
        .boxed()
        .collect(Collectors.toList());
  }

  /** Jurisdictions from the lowest capacity up, with a fresh jitter for each use. */
  private List<Integer> byJitteredCapacity() {
    double[] jittered = new double[size];
    for (int j = 0; j < size; j++) {
      jittered[j] = capacity[j] + random.nextGaussian() * 0.8;
    }
    return IntStream.range(0, size)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer j) -> jittered[j]).thenComparing(j -> j))
        .collect(Collectors.toList());
  }

  private boolean lowOrMiddle(int j) {
    return incomes.get(j).isLowOrMiddle();
  }

  /**
   * The attribute that says whether a jurisdiction received funds from the End Violence Fund's Safe
   * Online Initiative: "Over 60 per cent of the countries (26 out of 42) included in this review
   * received funds" (The Model National Response as a framework for Safe Online investments). The
   * report names none of them; which of the example's carry {@code yes} is mnr4j's invention (26 of
   * its 27 low- and middle-income jurisdictions), and the others carry {@code no}.
   */
  public static final String SAFE_ONLINE = "safeOnline";

  /** 26 received Safe Online funds: every low- or middle-income jurisdiction but the last. */
  private String safeOnline(int j) {
    return lowOrMiddle(j) && lowOrMiddleRank(j) < 26 ? "yes" : "no";
  }

  /**
   * When the response was received: "The survey was issued to countries that agreed to participate
   * in February and March 2021, and 17 responses were received between May and June 2021"
   * (Methodology). The Alliance survey's 17 are dated every third day from 4 May 2021 (the days are
   * mnr4j's invention, the months the report's); the report dates no response of the UNICEF study,
   * so those carry no date.
   */
  private Optional<LocalDate> received(int j) {
    if (!survey(j).equals("alliance")) {
      return Optional.empty();
    }
    List<Integer> alliance =
        IntStream.range(0, size)
            .filter(k -> survey(k).equals("alliance"))
            .boxed()
            .collect(Collectors.toList());
    return Optional.of(FIRST_RECEIVED.plusDays(3L * alliance.indexOf(j)));
  }

  private static final LocalDate FIRST_RECEIVED = LocalDate.of(2021, 5, 4);

  /** 17 answered the Alliance's survey: every high-income one and 2 others. */
  private String survey(int j) {
    return !lowOrMiddle(j) || lowOrMiddleRank(j) < 2 ? "alliance" : "unicef";
  }

  /** How many low- or middle-income jurisdictions come before this one. */
  private long lowOrMiddleRank(int j) {
    return IntStream.range(0, j).filter(this::lowOrMiddle).count();
  }
}
