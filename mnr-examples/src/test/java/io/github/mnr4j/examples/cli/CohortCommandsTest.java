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

  @TempDir
  Path temp;


  @Test
  void theDemoPrintsFigure1AScorecardAndSaysTheDataAreSynthetic() {
    assertThat(run("demo")).isZero();
    String demo = out.toString();
    assertThat(demo).startsWith("mnr4j demo: the Model National Response on a SYNTHETIC"
        + " cohort of 42 made-up jurisdictions.");
    assertThat(demo).containsPattern("Leadership +32 +42 +76\n")
        .containsPattern("Debate, discussion or adoption of universally agreed terminology +21"
            + " +42 +50\n")
        .contains("Scorecard of C22 Country 22")
        .contains("Synthetic data");
    assertThat(demo.indexOf("Research, monitoring")).isLessThan(demo.indexOf("Hotline"));
    out.getBuffer().setLength(0);
    assertThat(run()).isZero();
    assertThat(out.toString()).isEqualTo(demo);
  }

  @Test
  void tallyPrintsExactlyThePublishedFigure1AsTsv() {
    assertThat(run("tally", "example", "--format", "tsv")).isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo(
        "row\tcapabilities\tyes\tno\tunanswered\tdenominator\tpercent_yes");
    assertThat(lines).hasSize(19);
    assertThat(lines.get(1)).isEqualTo("Leadership\tleadership\t32\t10\t0\t42\t76");
    assertThat(lines.get(15)).isEqualTo("Procedures to enable removal or blocking of child"
        + " sexual abuse content\ttakedown-procedures+csea-reporting\t30\t11\t1\t41\t73");
    assertThat(lines.get(18)).isEqualTo("Debate, discussion or adoption of universally agreed"
        + " terminology\tuniversal-terminology\t21\t21\t0\t42\t50");
  }

  @Test
  void tallyBreaksDownWithSuppression() {
    assertThat(run("tally", "example", "--by", "incomeGroup", "--min-group-size", "5",
        "--format", "tsv")).isZero();
    List<String> lines = out.toString().lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo(
        "group\trow\tcapabilities\tyes\tno\tunanswered\tdenominator\tpercent_yes");
    assertThat(lines.get(1)).startsWith("high\tLeadership\tleadership\t");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("lower-middle\t"));
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("low\t(suppressed: 1 < 5)\t\t\t\t\t\t");
  }

  @Test
  void tallyCountsTheOptionsOfAQuestion() {
    assertThat(run("tally", "example", "--question", "q6", "--format", "tsv")).isZero();
    assertThat(out.toString().lines().collect(Collectors.toList())).containsExactly(
        "option\tcount\tof\tpercent",
        "capability-guide\t23\t39\t59",
        "good-practice-reference\t35\t39\t90",
        "policy-basis\t26\t39\t67",
        "progress-framework\t15\t39\t38",
        "not-used\t0\t39\t0",
        "other\t0\t39\t0",
        "(two or more)\t26\t39\t67");
    assertThat(run("tally", "example", "--question", "q7")).isEqualTo(2);
    assertThat(err.toString()).contains("'q7' is not a multi-choice question");
  }

  @Test
  void tallyOfCapabilitiesAsJson() {
    assertThat(run("tally", "example", "--view", "capabilities", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"format\": \"mnr4j.tally\"")
        .contains("\"row\": \"3 Legislation\"").contains("\"view\": \"capabilities\"");
  }

  @Test
  void compareShowsProgressBetweenRounds() throws IOException {
    Cohort first = SyntheticCohort.load();
    // A made-up later round: Country 01 says yes to a leadership committee; Country 02 is gone.
    List<Response> later = first.responses().stream()
        .filter(r -> !r.jurisdiction().id().equals("C02"))
        .map(r -> {
          if (!r.jurisdiction().id().equals("C01")) {
            return r;
          }
          Map<String, Answer> answers = new LinkedHashMap<>(r.answers());
          answers.put("q7", Answer.ofChoice("yes"));
          return Response.builder().instrument(r.instrument()).jurisdiction(r.jurisdiction())
              .status(r.status()).putAllAnswers(answers).build();
        })
        .collect(Collectors.toList());
    Path round1 = temp.resolve("round1.json");
    Path round2 = temp.resolve("round2.json");
    Files.writeString(round1, MnrJson.strict().write(first, Document.COHORT));
    Files.writeString(round2, MnrJson.strict().write(Cohort.builder().name("Round 2")
        .addAllResponses(later).build(), Document.COHORT));
    assertThat(run("compare", round1.toString(), round2.toString())).isZero();
    String text = out.toString();
    assertThat(text).startsWith(SyntheticCohort.NAME + " -> Round 2: 1 capabilities gained, 0"
        + " lost, 0 newly answered, 0 no longer answered");
    assertThat(text).contains("only in " + SyntheticCohort.NAME + ": [C02]");
    assertThat(text).containsPattern("C01 +leadership +gained +not-in-place -> in-place");
    out.getBuffer().setLength(0);
    assertThat(run("compare", round1.toString(), round2.toString(), "--format", "json"))
        .isZero();
    assertThat(out.toString()).contains("\"format\": \"mnr4j.comparison\"")
        .contains("\"change\": \"gained\"");
  }

  @Test
  void rankIsReproducibleForASeed() {
    assertThat(run("rank", "example", "--draws", "200", "--seed", "7")).isZero();
    String first = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("rank", "example", "--draws", "200", "--seed", "7")).isZero();
    assertThat(out.toString()).isEqualTo(first);
    assertThat(first).startsWith("Ranking of " + SyntheticCohort.NAME + " by index 'index';"
        + " 200 weight draws, seed 7\n").contains("median rank").contains("5-95% ranks");
    assertThat(first.lines().count()).isEqualTo(1 + 2 + 42);
    out.getBuffer().setLength(0);
    assertThat(run("rank", "example", "--draws", "50", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"format\": \"mnr4j.ranking\"");
  }

  @Test
  void unreadableCohortsExit2() throws IOException {
    assertThat(run("tally", "nothing.json")).isEqualTo(2);
    assertThat(err.toString()).contains("nothing.json: no such file");
    Path bad = temp.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"mnr4j.cohort\", \"version\": 1, \"name\": \"x\","
        + " \"responses\": [{}]}");
    assertThat(run("rank", bad.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing required field 'format' at /responses/0");
  }
}
