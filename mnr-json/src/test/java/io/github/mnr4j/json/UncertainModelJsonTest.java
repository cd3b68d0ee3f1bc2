package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.scoring.UncertainParameter;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code uncertain} field of the mnr4j.model document. */
class UncertainModelJsonTest {
  private static final MnrJson JSON = MnrJson.strict();
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final String STAGED = GoldenFiles.read("mnr4j.model-staged.json");

  /** The built-in staged model's document with an {@code uncertain} field. */
  private static String withUncertain(String parameters) {
    int end = STAGED.lastIndexOf('}');
    return STAGED.substring(0, end).stripTrailing()
        + ",\n  \"uncertain\": [\n"
        + parameters
        + "\n  ]\n}\n";
  }

  private static final String PLANS =
      "    {\"id\": \"plans\", \"description\": \"whether plans reach Planned\","
          + " \"at\": [\"/levels/1/criteria/0/when\"],"
          + " \"values\": [{\"any\": [{\"status\": \"in-place\"}, {\"plansDescribed\": true}]},"
          + " {\"status\": \"in-place\"}], \"labels\": [\"plans count\", \"in place only\"],"
          + " \"weights\": [3, 1]}";

  private static final String COVERAGE =
      "    {\"id\": \"coverage\", \"description\": \"the checklist coverage asked for\","
          + " \"at\": [\"/levels/3/criteria/1/when/any/1/coverageAtLeast\"],"
          + " \"uniform\": {\"min\": 0.25, \"max\": 0.75}}";

  private static UncertainModel read(String json) {
    return JSON.read(json, Document.uncertainModel(SURVEY));
  }

  private static MnrJsonException problem(String json) {
    return catchThrowableOfType(MnrJsonException.class, () -> read(json));
  }

  @Test
  void parametersAreReadWithTheirAlternativesAndTheModelAsWritten() {
    String json = withUncertain(PLANS + ",\n" + COVERAGE);
    assertThat(STAGED).contains("\"coverageAtLeast\": 0.5");
    UncertainModel model = read(json);
    assertThat(model.nominal()).isEqualTo(ScoringModels.staged());
    assertThat(JSON.read(json, Document.model(SURVEY))).isEqualTo(ScoringModels.staged());
    assertThat(model.parameters())
        .containsExactly(
            UncertainParameter.of(
                "plans",
                "whether plans reach Planned",
                UncertainParameter.Choice.of(
                    List.of("plans count", "in place only"), List.of(3.0, 1.0))),
            UncertainParameter.of(
                "coverage",
                "the checklist coverage asked for",
                new UncertainParameter.Uniform(0.25, 0.75)));
    assertThat(SchemaCheck.errors("mnr4j.model", json)).isEmpty();
  }

  @Test
  void aVariantIsTheDocumentWithItsValuesInPlace() {
    UncertainModel model = read(withUncertain(PLANS + ",\n" + COVERAGE));
    // plans: quantile 0.8 passes the first weight (3 of 4): "in place only"; coverage at 0.5.
    ScoringModel variant = model.variant(model.valuesAt(0.8, 0.5));
    String byHand =
        STAGED.replace(
            "\"any\": [\n              {\n                \"status\": \"in-place\"\n"
                + "              },\n              {\n"
                + "                \"plansDescribed\": true\n              }\n"
                + "            ]",
            "\"status\": \"in-place\"");
    assertThat(byHand).isNotEqualTo(STAGED);
    assertThat(variant).isEqualTo(JSON.read(byHand, Document.model(SURVEY)));
    ScoringModel tighter = model.variant(model.valuesAt(0.1, 0.9));
    assertThat(tighter)
        .isEqualTo(
            JSON.read(
                STAGED.replace("\"coverageAtLeast\": 0.5", "\"coverageAtLeast\": 0.7"),
                Document.model(SURVEY)));
  }

  @Test
  void aModelWithoutTheFieldHasNoParameters() {
    UncertainModel model = read(STAGED);
    assertThat(model.parameters()).isEmpty();
    assertThat(model.nominal()).isEqualTo(ScoringModels.staged());
  }

  @Test
  void everyMistakeIsLocated() {
    assertThat(problem(withUncertain("    {\"id\": \"x\"}")).getMessage()).contains("description");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"x\", \"description\": \"d\", \"at\": [\"levels/1\"],"
                            + " \"values\": [1]}"))
                .getMessage())
        .contains("expected a JSON Pointer into the model")
        .contains("/uncertain/0/at/0");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"x\", \"description\": \"d\","
                            + " \"at\": [\"/levels/9/criteria\"], \"values\": [1]}"))
                .getMessage())
        .contains(
            "nothing in the model is at /levels/9/criteria; the deepest value on the way is"
                + " at /levels");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"x\", \"description\": \"d\", \"at\": [\"/id\"],"
                            + " \"values\": [\"a\", \"b\"]}"))
                .getMessage())
        .contains("cannot change the model's id");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"x\", \"description\": \"d\","
                            + " \"at\": [\"/levels/1/criteria/0\", \"/levels/1/criteria/0/when\"],"
                            + " \"values\": [{}], \"labels\": [\"a\"]}"))
                .getMessage())
        .contains("this place overlaps /levels/1/criteria/0 (/uncertain/0/at/0)");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"x\", \"description\": \"d\","
                            + " \"at\": [\"/levels/1/label\"]}"))
                .getMessage())
        .contains("needs either 'values' (alternatives) or 'uniform' (a range)");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"x\", \"description\": \"d\","
                            + " \"at\": [\"/levels/1/label\"], \"uniform\": {\"min\": 0, \"max\": 1}}"))
                .getMessage())
        .contains("draws a number from a range for this place, which holds the string");
    assertThat(
            problem(
                    withUncertain(
                        COVERAGE.replace("\"min\": 0.25, \"max\": 0.75", "\"min\": 1, \"max\": 1")))
                .getMessage())
        .contains("min below max, not 1.0 to 1.0")
        .contains("/uncertain/0");
    assertThat(problem(withUncertain(PLANS.replace(", \"in place only\"]", "]"))).getMessage())
        .contains("1 labels for 2 alternatives")
        .contains("/uncertain/0/labels");
    assertThat(
            problem(
                    withUncertain(
                        PLANS.replace(", \"labels\": [\"plans count\", \"in place only\"]", "")))
                .getMessage())
        .contains("need 'labels'")
        .contains("/uncertain/0/values/0");
    assertThat(problem(withUncertain(PLANS.replace("[3, 1]", "[3, 0]"))).getMessage())
        .contains("positive and finite, not 0.0")
        .contains("/uncertain/0/weights");
    assertThat(problem(withUncertain(PLANS.replace("[3, 1]", "[3, \"1\"]"))).getMessage())
        .contains("expected a weight (a number) but found the string \"1\"")
        .contains("/uncertain/0/weights/1");
    assertThat(problem(withUncertain(PLANS + ",\n" + PLANS)).getMessage())
        .contains("uncertain parameter 'plans' is declared again (first at /uncertain/0)");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"bad id!\", \"description\": \"d\","
                            + " \"at\": [\"/levels/1/label\"], \"values\": [\"A\", \"B\"]}"))
                .getMessage())
        .contains("bad id!");
  }

  @Test
  void everyAlternativeAndBothEndsOfARangeMustGiveAModel() {
    MnrJsonException unknownQuestion =
        problem(
            withUncertain(
                PLANS.replace(
                    "{\"status\": \"in-place\"}], \"labels\"",
                    "{\"question\": \"q520\", \"answered\": true}], \"labels\"")));
    assertThat(unknownQuestion.getMessage())
        .startsWith("with uncertain parameters plans=in place only: ")
        .contains("unknown question 'q520'");
    assertThat(unknownQuestion.problems().get(0).pointer()).isEqualTo("/uncertain/0/values/1");
    assertThat(
            problem(
                    withUncertain(
                        COVERAGE.replace(
                            "\"min\": 0.25, \"max\": 0.75", "\"min\": 0.5, \"max\": 1.5")))
                .getMessage())
        .startsWith("with uncertain parameters coverage=1.5: ")
        .contains("coverageAtLeast");
    assertThat(
            problem(
                    withUncertain(
                        "    {\"id\": \"names\", \"description\": \"d\","
                            + " \"at\": [\"/levels/0/id\"], \"values\": [\"absent\", \"none\"]}"))
                .getMessage())
        .contains("not which levels there are");
  }

  @Test
  void theSchemaAsksForValuesOrARange() {
    assertThat(
            SchemaCheck.errors(
                "mnr4j.model",
                withUncertain(COVERAGE.replace("\"uniform\"", "\"values\": [1], \"uniform\""))))
        .isNotEmpty();
    assertThat(
            SchemaCheck.errors(
                "mnr4j.model",
                withUncertain(
                    "    {\"id\": \"x\", \"description\": \"d\", \"at\": [\"/levels/1/label\"]}")))
        .isNotEmpty();
  }
}
