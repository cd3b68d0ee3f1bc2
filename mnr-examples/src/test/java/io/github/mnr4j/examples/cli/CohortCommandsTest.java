package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mnr demo, mnr tally, mnr compare and mnr rank. */
class CohortCommandsTest extends CliTest {

  @TempDir Path temp;

  /** The comment line every table of the example cohort starts with. */
  private static final String SYNTHETIC =
      "# SYNTHETIC DATA: made-up jurisdictions whose invented"
          + " answers imitate published aggregates; no jurisdiction stands for a real country.";

  /** What the published column of a tally of the example means. */
  private static final String PUBLISHED_ROWS =
      "# published: whether Framing the future (2022) publishes the row;"
          + " the synthetic example reproduces the published rows, and the others are invented.";

  /** What the published column of an option tally of the example means. */
  private static final String PUBLISHED_COUNTS =
      "# published: whether Framing the future (2022) publishes the row's count on this base;"
          + " the synthetic example reproduces the published counts, and the others are invented.";

  @Test
  void theDemoPrintsFigure1AScorecardAndSaysTheDataAreSynthetic() {
    assertThat(run("demo")).isZero();
    String demo = out.toString();
    assertThat(demo)
        .startsWith(
            "mnr4j demo: the Model National Response on a SYNTHETIC"
                + " cohort of 42 made-up jurisdictions.");
    assertThat(demo)
        .containsPattern("Leadership +32 +42 +76  yes\n")
        .containsPattern(
            "Debate, discussion or adoption of universally agreed terminology +21"
                + " +42 +50  yes\n")
        .contains("Scorecard of C23 Country 23")
        .contains("Synthetic data");
    assertThat(demo.indexOf("Research, monitoring")).isLessThan(demo.indexOf("Hotline"));
    out.getBuffer().setLength(0);
    assertThat(run()).isZero();
    assertThat(out.toString()).isEqualTo(demo);
  }

  /**
   * No invalid response is counted in silence: the tally counts it as far as its answers go and
   * every format names it; --valid-only leaves it out and says so; --strict refuses.
   */
  @Test
  void tallyCountsInvalidResponsesAndSaysSoInEveryFormat() {
    String summary =
        "1 response with validation errors (answer-to-disabled-question 1, blank-text 1,"
            + " code-not-taken 1, exclusive-option-combined 1, not-yes-or-no 1,"
            + " option-without-text 1, other-text-without-option 1, personal-data-in-answers 1,"
            + " repeated-option 1, required-unanswered 1, unknown-code 1, unknown-option 1,"
            + " unknown-question 1, wrong-answer-kind 1): C31";
    assertThat(run("tally", "responses", "--min-group-size", "1", "--wide")).isZero();
    assertThat(out.toString())
        .contains("Counted as far as their answers go: " + summary + ".")
        .contains("Shown by request with a minimum group size of 1");
    clear();
    // Three responses are fewer than the disclosure policy's minimum: refused without the opt-in.
    assertThat(run("tally", "responses")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .startsWith(
            "mnr: the disclosure policy refuses counts of 3 jurisdictions, fewer than the minimum"
                + " group size of 5")
        .contains("a smaller --min-group-size shows it by request");
    clear();
    assertThat(run("tally", "responses", "--min-group-size", "1", "--format", "csv")).isZero();
    assertThat(lines()).contains("# Counted as far as their answers go: " + summary + ".");
    clear();
    assertThat(run("tally", "responses", "--min-group-size", "1", "--format", "json")).isZero();
    assertThat(out.toString())
        .contains("\"invalidResponses\": {\n    \"responseCount\": 1,")
        .contains("\"jurisdictionIds\": [\n      \"C31\"\n    ]");
    clear();
    assertThat(run("tally", "responses", "--min-group-size", "1", "--valid-only", "--wide"))
        .isZero();
    assertThat(out.toString())
        .doesNotContain("Counted as far as")
        .contains("Left out, as --valid-only asks: " + summary + ".");
    assertThat(lines())
        .as("two valid responses counted")
        .anyMatch(line -> line.matches("Leadership +leadership +\\d+ +\\d+ +\\d+ +2 +\\d+  yes"));
    clear();
    assertThat(
            run("tally", "responses", "--min-group-size", "1", "--valid-only", "--format", "json"))
        .isZero();
    assertThat(out.toString()).contains("\"responseCount\": 0");
    assertThat(err.toString())
        .isEqualTo(
            "mnr: Left out, as --valid-only asks: "
                + summary
                + ".\nmnr: Shown by request with a minimum group size of 1: single jurisdictions'"
                + " answers may be read off these numbers (the standard minimum is 5).\n");
    clear();
    assertThat(run("tally", "responses", "--min-group-size", "1", "--strict")).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("mnr: refused, as --strict asks: " + summary + ";");
    clear();
    assertThat(run("tally", "example", "--strict")).as("the example cohort is valid").isZero();
  }

  @Test
  void tallyPrintsExactlyThePublishedFigure1AsTsv() {
    assertThat(run("tally", "example", "--format", "tsv")).isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(lines.remove(0)).as("what the published column says").isEqualTo(PUBLISHED_ROWS);
    assertThat(lines.remove(0)).as("the example says it is synthetic").isEqualTo(SYNTHETIC);
    assertThat(lines.get(0))
        .isEqualTo("row\tcapabilities\tyes\tno\tunanswered\tdenominator\tpercent_yes\tpublished");
    assertThat(lines).hasSize(19);
    assertThat(lines.get(1)).isEqualTo("Leadership\tleadership\t32\t10\t0\t42\t76\tyes");
    assertThat(lines.get(15))
        .isEqualTo(
            "Procedures to enable removal or blocking of child"
                + " sexual abuse content\ttakedown-procedures+csea-reporting\t30\t11\t1\t41\t73"
                + "\tyes");
    assertThat(lines.get(18))
        .isEqualTo(
            "Debate, discussion or adoption of universally agreed"
                + " terminology\tuniversal-terminology\t21\t21\t0\t42\t50\tyes");
  }

  @Test
  void tallyBreaksDownWithSuppressionByDefault() {
    assertThat(run("tally", "example", "--by", "incomeGroup", "--format", "tsv")).isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(lines.remove(0)).isEqualTo(PUBLISHED_ROWS);
    assertThat(lines.remove(0))
        .isEqualTo(
            "# No row is published: Framing the future (2022) publishes no breakdown of its"
                + " Figure 1 by incomeGroup.");
    assertThat(lines.remove(0))
        .isEqualTo(
            "# Suppressed, neither counts nor size shown: 1 group fewer than the minimum group"
                + " size; 1 group so that no suppressed group can be recovered from the total"
                + " (minimum group size 5).");
    assertThat(lines.remove(0)).isEqualTo(SYNTHETIC);
    assertThat(lines.get(0))
        .isEqualTo(
            "group\tsize\tsuppressed\trow\tcapabilities\tyes\tno"
                + "\tunanswered\tdenominator\tpercent_yes\tpublished");
    assertThat(lines.get(1)).startsWith("high\t15\tfalse\tLeadership\tleadership\t");
    // The plain tally minus high and upper-middle would give lower-middle and low together only:
    // the one low-income jurisdiction cannot be read off by subtraction.
    assertThat(lines)
        .as("the one low-income jurisdiction and the smallest group shown with it")
        .endsWith("lower-middle\t\ttrue\t\t\t\t\t\t\t\t", "low\t\ttrue\t\t\t\t\t\t\t\t")
        .hasSize(1 + 2 * 18 + 2);
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "tally",
                "example",
                "--by",
                "incomeGroup",
                "--min-group-size",
                "1",
                "--format",
                "csv"))
        .isZero();
    assertThat(out.toString()).as("asked for explicitly").contains("\r\nlow,1,false,Leadership,");
  }

  @Test
  void tallyCountsTheOptionsOfAQuestion() {
    assertThat(run("tally", "example", "--question", "q6", "--format", "tsv")).isZero();
    assertThat(out.toString().lines().collect(Collectors.toList()))
        .containsExactly(
            PUBLISHED_COUNTS,
            SYNTHETIC,
            "option\tcount\tof\tpercent\tpublished",
            "capability-guide\t23\t39\t59\tyes",
            "good-practice-reference\t35\t39\t90\tyes",
            "policy-basis\t26\t39\t67\tyes",
            "progress-framework\t15\t39\t38\tyes",
            "not-used\t0\t39\t0\tno",
            "other\t0\t39\t0\tno",
            "(two or more)\t26\t39\t67\tyes");
    assertThat(run("tally", "example", "--question", "q8")).isEqualTo(2);
    assertThat(err.toString()).contains("'q8' is a text question without analyst codes");
  }

  /**
   * Figure 4 on its base, "the 15 surveyed high-income countries" (Framing the future,
   * "Legislation"): 15 of 15 criminalize online CSEA and knowing possession, 8 of 15 require ISPs
   * to report, and the most significant gaps are ISP reporting and sex offender registers.
   */
  @Test
  void tallyCountsTheReviewsTwoSurveysTogether() {
    // "For 17 countries [...] a survey issued to government representatives [...]. For 25
    // countries [...] a survey administered to UNICEF country offices" (Methodology)
    assertThat(
            run(
                "tally",
                "example",
                "--by",
                "instrument",
                "--min-group-size",
                "1",
                "--format",
                "csv"))
        .isZero();
    assertThat(out.toString())
        .contains("end-violence-unicef-survey@2021,25,false,Leadership,")
        .contains("wpga-mnr-survey@2021,17,false,Leadership,");
    clear();
    // "In most countries surveyed (88 per cent, 22 of 25), existing laws were viewed as
    // inadequate" (Legislation), the UNICEF survey's question, counted on it
    assertThat(run("tally", "example", "--question", "u8", "--format", "csv")).isZero();
    assertThat(out.toString())
        .containsPattern("\npartial,22,25,88,yes\r?\n")
        .contains(
            "17 of the 42 jurisdictions answer another instrument that does not ask u8, or whose"
                + " answer its crosswalk does not carry: not in the base");
    clear();
    // by survey, q17 has no UNICEF answers: the groups are suppressed, and the note says why
    assertThat(
            run("tally", "example", "--question", "q17", "--by", "survey", "--min-group-size", "1"))
        .isZero();
    assertThat(out.toString().replace("\n", " "))
        .contains(
            "25 of the 42 jurisdictions answer another instrument that does not ask q17, or whose"
                + " answer its crosswalk does not carry: not in the base");
    clear();
    // q10 across both surveys: "almost two-thirds (64 per cent, 27 of 42)" (Key findings)
    assertThat(run("tally", "example", "--question", "q10", "--format", "csv")).isZero();
    assertThat(out.toString()).containsPattern("\nyes,27,42,64,yes\r?\n");
    clear();
    // scores across the two surveys are not comparable, and say so; one survey's alone say nothing
    String mixed =
        "Scores of responses to 2 instruments (end-violence-unicef-survey@2021: 25,"
            + " wpga-mnr-survey@2021: 17)";
    assertThat(
            run(
                "score",
                "example",
                "--table",
                "overall",
                "--format",
                "csv",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(out.toString()).contains("# " + mixed);
    clear();
    assertThat(run("rank", "example", "--min-group-size", "1")).isZero();
    assertThat(out.toString().replace("\n", " ")).contains(mixed);
    clear();
    assertThat(run("rank", "example", "--min-group-size", "1", "--format", "json")).isZero();
    assertThat(out.toString())
        .contains(
            "\"instruments\": {\n    \"end-violence-unicef-survey@2021\": 25,\n"
                + "    \"wpga-mnr-survey@2021\": 17\n  }");
    clear();
    assertThat(
            run(
                "score",
                "../mnr-examples/responses/country-07-completed.json",
                "--table",
                "overall"))
        .isZero();
    assertThat(out.toString()).doesNotContain("Scores of responses to");
  }

  @Test
  void tallyReproducesFigure4OnItsBase() {
    assertThat(
            run(
                "tally",
                "example",
                "--question",
                "q17",
                "--where",
                "incomeGroup=high",
                "--format",
                "tsv"))
        .as("one answer to q17 outside the high-income group: the whole cohort's counts minus")
        .isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "mnr: the disclosure policy refuses counts where incomeGroup=high: they leave out 1"
                + " answers to q17, fewer than the minimum group size of 5");
    clear();
    assertThat(
            run(
                "tally",
                "example",
                "--question",
                "q17",
                "--where",
                "incomeGroup=high",
                "--min-group-size",
                "1",
                "--format",
                "tsv"))
        .isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(lines)
        .startsWith(
            PUBLISHED_COUNTS,
            "# Counts only the jurisdictions where incomeGroup=high.",
            SYNTHETIC,
            "# Shown by request with a minimum group size of 1: single jurisdictions' answers may"
                + " be read off these numbers (the standard minimum is 5).",
            "option\tcount\tof\tpercent\tpublished");
    Map<String, Integer> counts = new LinkedHashMap<>();
    lines.stream()
        .skip(5)
        .map(l -> l.split("\t"))
        .forEach(cells -> counts.put(cells[0], Integer.valueOf(cells[1])));
    assertThat(lines.subList(5, lines.size())).allSatisfy(l -> assertThat(l).contains("\t15\t"));
    assertThat(lines)
        .contains(
            "technology-facilitated-abuse\t15\t15\t100\tyes",
            "isp-reporting-duty\t8\t15\t53\tyes",
            "penetrative-offences\t15\t15\t100\tno");
    assertThat(counts)
        .containsEntry("technology-facilitated-abuse", 15)
        .containsEntry("csam-possession", 15)
        .containsEntry("isp-reporting-duty", 8);
    counts.remove("(two or more)");
    List<String> fewest =
        counts.entrySet().stream()
            .sorted(Map.Entry.comparingByValue())
            .limit(2)
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    assertThat(fewest).containsExactly("isp-reporting-duty", "sex-offender-register");
    clear();
    // The same base by --by: the high-income group is the figure.
    assertThat(
            run(
                "tally",
                "example",
                "--question",
                "q17",
                "--by",
                "incomeGroup",
                "--min-group-size",
                "1",
                "--format",
                "csv"))
        .isZero();
    assertThat(out.toString()).contains("\r\nhigh,15,false,isp-reporting-duty,8,15,53,yes\r\n");
    clear();
    assertThat(
            run(
                "tally",
                "example",
                "--question",
                "q17",
                "--where",
                "incomeGroup=high",
                "--min-group-size",
                "1",
                "--format",
                "json"))
        .isZero();
    assertThat(out.toString())
        .contains("\"where\": [\n    \"incomeGroup=high\"\n  ]")
        .contains("\"synthetic\": true")
        .contains("\"answered\": 15");
  }

  /**
   * The domain overviews by --view ("Of the 42 countries surveyed, 90 per cent (38) have a
   * dedicated hotline or reporting portal (see Figure 8"), and the months responses were received
   * by --by received ("17 responses were received between May and June 2021").
   */
  @Test
  void tallyShowsDomainOverviewsAndResponseMonths() {
    assertThat(run("tally", "example", "--view", "figure8", "--format", "csv")).isZero();
    assertThat(out.toString())
        .contains("\r\nHotline,csea-hotline,38,4,0,42,90,yes\r\n")
        .doesNotContain("Leadership");
    clear();
    assertThat(run("tally", "example", "--by", "received", "--format", "csv")).isZero();
    assertThat(out.toString())
        .contains("\r\n2021-05,10,false,Leadership,")
        .contains("\r\n2021-06,7,false,Leadership,")
        .contains("\r\n(none),25,false,Leadership,");
    clear();
    assertThat(run("tally", "example", "--view", "figure2")).isEqualTo(2);
    assertThat(err.toString()).contains("figure2");
  }

  /** The report's other counts: q10 27 of 42, q33 14 of 42, and q52 coded, 29 of 38. */
  @Test
  void tallyCountsYesNoAndCodedQuestions() {
    assertThat(run("tally", "example", "--question", "q10", "--format", "csv")).isZero();
    assertThat(out.toString()).contains("\r\nyes,27,42,64,yes\r\n");
    clear();
    assertThat(run("tally", "example", "--question", "q33", "--format", "csv")).isZero();
    assertThat(out.toString()).contains("\r\nyes,14,42,33,yes\r\n");
    clear();
    assertThat(run("tally", "example", "--question", "q52", "--format", "csv")).isZero();
    assertThat(out.toString())
        .contains(
            "\r\ninhope-national-hotline,19,38,50,no\r\n",
            "\r\ninhope-iwf-portal,10,38,26,no\r\n",
            "\r\nnot-inhope,9,38,24,no\r\n",
            "\r\ninhope,29,38,76,yes\r\n",
            "\r\ninhope-national-hotline of inhope,19,29,66,yes\r\n",
            "\r\ninhope-iwf-portal of inhope,10,29,34,yes\r\n");
  }

  @Test
  void filtersMustNameAnAttributeAndAValue() {
    assertThat(run("tally", "example", "--where", "incomeGroup")).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--where: a filter is written ATTRIBUTE=VALUE, such as"
                + " incomeGroup=high, not 'incomeGroup'")
        .contains("Usage: mnr tally");
    clear();
    assertThat(run("tally", "example", "--where", "incme=high")).isEqualTo(2);
    assertThat(err.toString()).contains("no jurisdiction has the attribute 'incme'; known:");
    clear();
    assertThat(run("tally", "example", "--where", "incomeGroup=rich", "--format", "csv"))
        .as("a value no one has counts no one, and says so")
        .isZero();
    assertThat(out.toString())
        .contains("# Counts only the jurisdictions where" + " incomeGroup=rich.\r\nrow,")
        .contains("\r\nLeadership,leadership,0,0,0,0,,no\r\n");
  }

  @Test
  void tallyOfCapabilitiesAsJson() {
    assertThat(run("tally", "example", "--view", "capabilities", "--format", "json")).isZero();
    assertThat(out.toString())
        .contains("\"format\": \"mnr4j.tally\"")
        .contains("\"row\": \"3 Legislation\"")
        .contains("\"view\": \"capabilities\"")
        .contains(
            "\"notPublished\": \"Framing the future (2022) publishes no count of"
                + " legislation for all surveyed countries");
    clear();
    assertThat(run("tally", "example", "--view", "capabilities")).isZero();
    assertThat(out.toString())
        .containsPattern("\n3 Legislation +legislation +41 +1 +0 +42 +98" + " +no\n")
        .contains("'3 Legislation' is not published: ");
  }

  @Test
  void compareShowsProgressBetweenRounds() throws IOException {
    Cohort first = SyntheticCohort.load();
    // A made-up later round: Country 01 says yes to a leadership committee; Country 02 is gone.
    List<Response> later =
        first.responses().stream()
            .filter(r -> !r.jurisdiction().id().equals("C02"))
            .map(
                r -> {
                  if (!r.jurisdiction().id().equals("C01")) {
                    return r;
                  }
                  Map<String, Answer> answers = new LinkedHashMap<>(r.answers());
                  answers.put("q7", Answer.ofChoice("yes"));
                  return Response.builder()
                      .instrumentReference(r.instrumentReference())
                      .jurisdiction(r.jurisdiction())
                      .status(r.status())
                      .putAllAnswers(answers)
                      .build();
                })
            .collect(Collectors.toList());
    Path round1 = temp.resolve("round1.json");
    Path round2 = temp.resolve("round2.json");
    Files.writeString(round1, MnrJson.strict().write(first, Document.COHORT));
    Files.writeString(
        round2,
        MnrJson.strict()
            .write(
                Cohort.builder().name("Round 2").addAllResponses(later).build(), Document.COHORT));
    assertThat(run("compare", round1.toString(), round2.toString())).isZero();
    assertThat(out.toString())
        .as("changes per jurisdiction only by request")
        .doesNotContainPattern("C01 +leadership")
        .contains("The changes per jurisdiction are not shown");
    clear();
    assertThat(run("compare", round1.toString(), round2.toString(), "--format", "json"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("add --min-group-size 1");
    clear();
    assertThat(run("compare", round1.toString(), round2.toString(), "--min-group-size", "1"))
        .isZero();
    String text = out.toString();
    assertThat(text)
        .startsWith(
            SyntheticCohort.NAME
                + " -> Round 2: 1 capabilities gained, 0"
                + " lost, 0 newly answered, 0 no longer answered");
    assertThat(text).contains("only in " + SyntheticCohort.NAME + ": [C02]");
    assertThat(text).containsPattern("C01 +leadership +gained +not-in-place -> in-place");
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "compare",
                round1.toString(),
                round2.toString(),
                "--format",
                "json",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(out.toString())
        .contains("\"format\": \"mnr4j.comparison\"")
        .contains("\"change\": \"gained\"");
  }

  /**
   * Rounds are read as streams: JSON Lines compare as the cohort document they came from does; text
   * names a few of the jurisdictions in one round only, json all of them.
   */
  @Test
  void roundsOfAnyInputCompareAndTextNamesAFewOfThoseInOneRoundOnly() throws IOException {
    Cohort whole = SyntheticCohort.load();
    Path round1 = temp.resolve("round1.json");
    Files.writeString(round1, MnrJson.strict().write(whole, Document.COHORT));
    StringBuilder lines = new StringBuilder();
    for (Response response : whole.responses().subList(0, 10)) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      MnrJson.strict().writeLine(response, Document.RESPONSE, line);
      lines.append(line.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    Path round2 = temp.resolve("round2.jsonl");
    Files.writeString(round2, lines.toString());

    assertThat(run("compare", round1.toString(), round2.toString())).isZero();
    List<String> onlyBefore =
        whole.responses().subList(10, 42).stream()
            .map(r -> r.jurisdiction().id())
            .collect(Collectors.toList());
    assertThat(out.toString())
        .contains(
            "only in "
                + SyntheticCohort.NAME
                + ": ["
                + String.join(", ", onlyBefore.subList(0, 20))
                + ", ... and 12 more (--format json lists them all)]; only in "
                + round2
                + ": []");
    clear();
    assertThat(
            run(
                "compare",
                round1.toString(),
                round2.toString(),
                "--format",
                "json",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(out.toString().replaceAll("\\s+", ""))
        .as("json lists them all")
        .contains("\"onlyBefore\":[\"" + String.join("\",\"", onlyBefore) + "\"]");
    clear();
    assertThat(
            run(
                "compare",
                "example",
                round1.toString(),
                "--format",
                "json",
                "--min-group-size",
                "1"))
        .isZero();
    String same = out.toString();
    clear();
    Path allLines = temp.resolve("all.jsonl");
    StringBuilder all = new StringBuilder();
    for (Response response : whole.responses()) {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      MnrJson.strict().writeLine(response, Document.RESPONSE, line);
      all.append(line.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    Files.writeString(allLines, all.toString());
    assertThat(
            run(
                "compare",
                "example",
                allLines.toString(),
                "--format",
                "json",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(out.toString())
        .as("JSON Lines compare as the document they came from, but for the round's name")
        .isEqualTo(
            same.replace(
                "\"after\": \"" + SyntheticCohort.NAME + "\"",
                "\"after\": \"" + allLines.toString().replace("\\", "\\\\") + "\""));
  }

  /** A cohort document whose name follows its responses still gives the results its name. */
  @Test
  void aCohortsNameIsFoundAfterItsResponses() throws IOException {
    StringBuilder document =
        new StringBuilder("{\"format\": \"mnr4j.cohort\", \"version\": 1, \"responses\": [");
    List<Response> responses = SyntheticCohort.load().responses().subList(0, 5);
    for (int i = 0; i < responses.size(); i++) {
      document.append(i == 0 ? "" : ", ");
      document.append(MnrJson.strict().write(responses.get(i), Document.RESPONSE));
    }
    document.append("], \"name\": \"Named at the end\"}");
    Path cohort = temp.resolve("trailing.json");
    Files.writeString(cohort, document.toString());
    assertThat(run("rank", cohort.toString(), "--min-group-size", "1", "--draws", "20"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).startsWith("Ranking of Named at the end by index 'index'");
  }

  @Test
  void rankIsReproducibleForASeed() {
    assertThat(run("rank", "example", "--min-group-size", "1", "--draws", "200", "--seed", "7"))
        .isZero();
    String first = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("rank", "example", "--min-group-size", "1", "--draws", "200", "--seed", "7"))
        .isZero();
    assertThat(out.toString()).isEqualTo(first);
    assertThat(first)
        .startsWith(
            "Ranking of "
                + SyntheticCohort.NAME
                + " by index 'index';"
                + " 200 weight draws, seed 7\n")
        .contains("median_rank")
        .contains("worst_rank")
        .contains("\n\nThe WeProtect Global Alliance says of its MNR Maturity Model survey")
        .contains(
            "\nSYNTHETIC DATA: made-up jurisdictions whose invented answers imitate"
                + " published aggregates; no\njurisdiction stands for a real country.\n")
        .endsWith("(the standard minimum is 5).\n");
    assertThat(first.lines().count())
        .as(
            "title, header, rule, 42, blank, the Alliance's words on 4, notes on 2 lines each,"
                + " the two surveys' on 4")
        .isEqualTo(1 + 2 + 42 + 1 + 4 + 2 + 4 + 2);
    out.getBuffer().setLength(0);
    assertThat(run("rank", "example", "--min-group-size", "1", "--draws", "50", "--format", "json"))
        .isZero();
    assertThat(out.toString())
        .contains("\"format\": \"mnr4j.ranking\"")
        .contains("\"synthetic\": true");
  }

  @Test
  void unreadableCohortsExit2() throws IOException {
    assertThat(run("tally", "nothing.json")).isEqualTo(2);
    assertThat(err.toString()).contains("nothing.json: no such file");
    Path bad = temp.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"format\": \"mnr4j.cohort\", \"version\": 1, \"name\": \"x\","
            + " \"responses\": [{}]}");
    assertThat(run("rank", bad.toString(), "--min-group-size", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("missing required field 'format' at /responses/0");
  }

  private String tsv(String... args) {
    clear();
    assertThat(run(args)).as(err.toString()).isZero();
    return out.toString();
  }

  /** The example cohort's responses, one a line, as JSON Lines. */
  private static String lines(List<Response> responses) {
    java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream();
    responses.forEach(r -> MnrJson.strict().writeLine(r, Document.RESPONSE, lines));
    return lines.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The same cohort tallies the same from a cohort document, JSON Lines, compressed JSON Lines,
   * single response files in a directory or a mixture, on one thread or several.
   */
  @Test
  void tallyReadsEveryFormOfInputWithTheSameResult() throws IOException {
    String expected = tsv("tally", "example", "--format", "tsv", "--threads", "1");
    List<Response> responses = SyntheticCohort.load().responses();
    Path jsonl = temp.resolve("cohort.jsonl");
    Files.writeString(jsonl, lines(responses));
    Path gz = temp.resolve("cohort.jsonl.gz");
    try (java.io.OutputStream zip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      zip.write(Files.readAllBytes(jsonl));
    }
    Path directory = Files.createDirectory(temp.resolve("responses"));
    for (Response response : responses) {
      Files.writeString(
          directory.resolve(response.jurisdiction().id() + ".json"),
          MnrJson.strict().write(response, Document.RESPONSE));
    }
    Path firstHalf = temp.resolve("first.jsonl");
    Files.writeString(firstHalf, lines(responses.subList(0, 20)));
    Path secondHalf = temp.resolve("second.json");
    Files.writeString(
        secondHalf,
        MnrJson.strict()
            .write(
                Cohort.builder()
                    .name("Rest")
                    .addAllResponses(responses.subList(20, responses.size()))
                    .build(),
                Document.COHORT));
    for (String threads : List.of("1", "2", "3")) {
      assertThat(tsv("tally", jsonl.toString(), "--format", "tsv", "--threads", threads))
          .isEqualTo(expected);
      assertThat(tsv("tally", gz.toString(), "--format", "tsv", "--threads", threads))
          .isEqualTo(expected);
      assertThat(tsv("tally", directory.toString(), "--format", "tsv", "--threads", threads))
          .isEqualTo(expected);
      assertThat(
              tsv(
                  "tally",
                  firstHalf.toString(),
                  secondHalf.toString(),
                  "--format",
                  "tsv",
                  "--threads",
                  threads))
          .isEqualTo(expected);
    }
    assertThat(tsv("tally", jsonl.toString(), "--by", "region", "--format", "tsv"))
        .isEqualTo(tsv("tally", "example", "--by", "region", "--format", "tsv"));
    assertThat(tsv("tally", directory.toString(), "--question", "q6", "--format", "tsv"))
        .isEqualTo(tsv("tally", "example", "--question", "q6", "--format", "tsv"));
    assertThat(
            tsv(
                "rank",
                directory.toString(),
                "--min-group-size",
                "1",
                "--draws",
                "20",
                "--format",
                "json"))
        .contains("\"format\": \"mnr4j.ranking\"");
  }

  /**
   * A bad response in the middle of a stream is reported with its input, index, id, pointer, line
   * and column; so is a jurisdiction that comes again in another file, and one that answers another
   * instrument; nothing is tallied, and the status is 2.
   */
  @Test
  void tallyListsEveryProblemAndTalliesNothing() throws IOException {
    List<Response> responses = SyntheticCohort.load().responses();
    String good = lines(responses.subList(0, 3));
    String broken = good.replaceFirst("\"choice\":\"yes\"", "\"choise\":\"yes\"");
    Path first = temp.resolve("first.jsonl");
    Files.writeString(first, broken + lines(responses.subList(3, 5)));
    Path again = temp.resolve("again.json");
    Files.writeString(again, MnrJson.strict().write(responses.get(4), Document.RESPONSE));
    Path other = temp.resolve("other.json");
    Response seventh = responses.get(6);
    Files.writeString(
        other,
        MnrJson.strict()
            .write(
                Response.builder()
                    .instrumentReference("someone-elses@1")
                    .jurisdiction(seventh.jurisdiction())
                    .status(seventh.status())
                    .putAllAnswers(seventh.answers())
                    .build(),
                Document.RESPONSE));
    assertThat(run("tally", first.toString(), again.toString(), other.toString(), "--threads", "2"))
        .isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    String[] problems = err.toString().split("\n");
    assertThat(problems[0])
        .startsWith(
            "mnr: "
                + first
                + ": response 0 (C01): unknown field (its name is left out: it may be personal"
                + " data); known here: choice, choices, text, otherText, code at /answers/")
        .doesNotContain("choise")
        .as("located at the offending field's value")
        .endsWith("(line 1, column " + (broken.indexOf("\"choise\":") + 10) + ")");
    assertThat(problems[1])
        .isEqualTo(
            "mnr: "
                + again
                + ": response 0 (C05): a cohort holds"
                + " one response per jurisdiction; 'C05' came before, in response 4 of "
                + first);
    assertThat(problems[2])
        .isEqualTo(
            "mnr: "
                + other
                + ": response 0 (C07): answers"
                + " 'someone-elses@1', not 'wpga-mnr-survey@2021' or 'end-violence-unicef-survey@2021'"
                + " (see --instrument and --through)");
    assertThat(problems[3]).isEqualTo("mnr: 3 problems in all, so nothing is reported");
    assertThat(problems).hasSize(4);
  }
}
