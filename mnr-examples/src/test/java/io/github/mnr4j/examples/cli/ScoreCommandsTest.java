package io.github.mnr4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.survey.Instruments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mnr score and mnr model. */
class ScoreCommandsTest extends CliTest {

  @TempDir Path temp;

  @Test
  void scoreWithTheDefaultModelPrintsTheTableWithReasons() {
    assertThat(run("score", "responses/country-07-completed.json", "--wide")).isZero();
    assertThat(out.toString())
        .startsWith("Scorecard of C07 Country 07 (wpga-mnr-survey@2021)," + " model staged\n")
        .containsPattern(
            "legislation +in-place +established +0\\.75 +established \\(3 of 4\\);"
                + " next, comprehensive, needs: full checklist coverage")
        .contains("overall");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void scoreWithEachBuiltInModelAsJson() {
    for (String model : new String[] {"presence", "staged", "index"}) {
      out.getBuffer().setLength(0);
      assertThat(
              run(
                  "score",
                  "responses/country-07-completed.json",
                  "--model",
                  model,
                  "--format",
                  "json"))
          .isZero();
      Scorecard card = MnrJson.strict().read(out.toString(), Document.SCORECARD);
      assertThat(card.modelId()).isEqualTo(model);
      assertThat(card.capabilities()).hasSize(21);
    }
  }

  @Test
  void scoreWithAModelFile() {
    assertThat(
            run(
                "score",
                "responses/country-07-completed.json",
                "--model",
                "models/four-phase.json"))
        .isZero();
    assertThat(out.toString())
        .contains("model four-phase-example")
        .containsPattern("leadership +in-place +maturity");
  }

  @Test
  void aModelThatDoesNotFitIsUnreadable() throws IOException {
    Path model = temp.resolve("model.json");
    Files.writeString(
        model,
        Files.readString(Path.of("models", "four-phase.json"))
            .replace("\"question\": \"q52\"", "\"question\": \"q520\""));
    assertThat(run("score", "responses/country-07-completed.json", "--model", model.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "condition answered(q520) names unknown question"
                + " 'q520' at /levels/3/capabilityCriteria/csea-hotline/0/when (line");
  }

  /**
   * A response with validation errors is scored as far as its answers go, and every format says
   * which kinds of error it had; --valid-only leaves it out and --strict refuses it.
   */
  @Test
  void scoreNamesTheKindsOfValidationErrorAndStillScores() {
    String kinds =
        "1 response with validation errors (answer-to-disabled-question 1, blank-text 1,"
            + " code-not-taken 1, exclusive-option-combined 1, not-yes-or-no 1,"
            + " option-without-text 1, other-text-without-option 1, personal-data-in-answers 1,"
            + " repeated-option 1, required-unanswered 1, unknown-code 1, unknown-option 1,"
            + " unknown-question 1, wrong-answer-kind 1): C31";
    assertThat(run("score", "responses/country-31-defects.json", "--wide")).isZero();
    assertThat(out.toString()).contains("Scored as far as its answers go: " + kinds + ".");
    assertThat(err.toString()).isEmpty();
    clear();
    assertThat(
            run(
                "score",
                "responses",
                "--table",
                "overall",
                "--format",
                "csv",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(lines())
        .anyMatch(line -> line.startsWith("C31,Country 31,") && line.contains(",answer-to-"))
        .anyMatch(line -> line.startsWith("C07,Country 07,") && line.contains(",true,,staged,"))
        .endsWith(
            "# Scored as far as their answers go: " + kinds + ".",
            "# Shown by request with a minimum group size of 1: single jurisdictions' answers may"
                + " be read off these numbers (the standard minimum is 5).");
    clear();
    assertThat(run("score", "responses/country-31-defects.json", "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"responseCount\": 1");
    clear();
    assertThat(
            run(
                "score",
                "responses",
                "--valid-only",
                "--table",
                "overall",
                "--min-group-size",
                "1"))
        .isZero();
    assertThat(lines()).as("no row of C31").noneMatch(line -> line.startsWith("C31 "));
    assertThat(out.toString().replace("\n", " "))
        .contains("Left out, as --valid-only asks: 1 response with validation errors");
    clear();
    assertThat(run("score", "responses", "--strict")).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "mnr: refused, as --strict asks: "
                + kinds
                + "; nothing is reported (mnr validate says what is wrong)\n");
    clear();
    assertThat(run("score", "responses", "--strict", "--valid-only")).isEqualTo(2);
    assertThat(err.toString()).contains("give one of them");
  }

  @Test
  void modelPrintsTheBuiltInDocuments() {
    for (String name : new String[] {"presence", "staged", "index"}) {
      out.getBuffer().setLength(0);
      assertThat(run("model", name, "--format", "json")).isZero();
      ScoringModel model =
          MnrJson.strict().read(out.toString(), Document.model(Instruments.mnrSurvey2021()));
      assertThat(model).isEqualTo(ScoringModels.builtIn(name));
    }
    out.getBuffer().setLength(0);
    assertThat(run("model", "staged", "--format", "text")).isZero();
    assertThat(out.toString())
        .contains("  4 comprehensive (Comprehensive)")
        .contains("applies when any(hasChecklist, hasSecondaryGates)");
    assertThat(run("model", "maturity")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of [presence, staged, index]");
  }
}
