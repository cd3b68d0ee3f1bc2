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

  @Test
  void scoreNotesValidationErrorsAndStillScores() {
    assertThat(run("score", "responses/country-31-defects.json")).isZero();
    assertThat(err.toString())
        .contains(
            "mnr: note: answers to disabled questions were not"
                + " scored (see mnr validate): C31 Country 31 (41 validation errors)");
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
