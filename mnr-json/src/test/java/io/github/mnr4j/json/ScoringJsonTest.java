package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.scoring.Aggregation;
import io.github.mnr4j.scoring.Criterion;
import io.github.mnr4j.scoring.EvidenceCondition;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.LevelStability;
import io.github.mnr4j.scoring.MissingValues;
import io.github.mnr4j.scoring.PointsModel;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.survey.Condition;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import org.junit.jupiter.api.Test;

/** The mnr4j.model and mnr4j.scorecard documents. */
class ScoringJsonTest {
  private static final MnrJson JSON = MnrJson.strict();
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();

  private static ScoringModel readModel(String json) {
    return JSON.read(json, Document.model(SURVEY));
  }

  @Test
  void theBuiltInModelsAreTheGoldenFiles() {
    for (String id : new String[] {"presence", "staged", "index"}) {
      String golden = GoldenFiles.read("mnr4j.model-" + id + ".json");
      ScoringModel model = ScoringModels.builtIn(id);
      GoldenFiles.assertMatches(
          "mnr4j.model-" + id + ".json", JSON.write(model, Document.MODEL) + "\n");
      assertThat(readModel(golden)).as(id).isEqualTo(model);
      assertThat(SchemaCheck.errors("mnr4j.model", golden)).as(id).isEmpty();
    }
  }

  @Test
  void pointsModelsAndEmbeddedBasesRoundTrip() {
    PointsModel points =
        PointsModel.builder()
            .id("credit")
            .title("Credit")
            .description("d")
            .cap(3)
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    Criterion.of("in place", EvidenceCondition.statusIs(CapabilityStatus.IN_PLACE)),
                    2))
            .addCriterion(
                PointsModel.PointsCriterion.of(
                    "legislation",
                    Criterion.of(
                        "most areas",
                        EvidenceCondition.all(
                            EvidenceCondition.coverageAtLeast(0.75),
                            EvidenceCondition.answers(Condition.is("q16", "yes")))),
                    1))
            .build();
    IndexModel index =
        IndexModel.builder()
            .id("geo")
            .title("Geo")
            .description("d")
            .base(points)
            .aggregation(Aggregation.GEOMETRIC)
            .missing(MissingValues.ZERO)
            .putCapabilityWeight("leadership", 2.5)
            .putDomainWeight("victim", 0.5)
            .build();
    String json = JSON.write(index, Document.MODEL);
    assertThat(json).contains("\"kind\": \"points\"").contains("\"coverageAtLeast\": 0.75");
    assertThat(readModel(json)).isEqualTo(index);
    assertThat(SchemaCheck.errors("mnr4j.model", json)).isEmpty();
  }

  @Test
  void loadingAModelReportsEveryProblemWhereItIs() {
    String golden = GoldenFiles.read("mnr4j.model-staged.json");
    String broken =
        golden.replace(
            "\"status\": \"in-place\"\n              },\n              {\n"
                + "                \"plansDescribed\": true",
            "\"question\": \"q7\", \"is\": \"maybe\"\n"
                + "              },\n              {\n                \"question\": \"q999\","
                + " \"answered\": true");
    MnrJsonException e = catchThrowableOfType(MnrJsonException.class, () -> readModel(broken));
    assertThat(e.problems())
        .extracting(JsonProblem::pointer)
        .containsExactly("/levels/1/criteria/0/when", "/levels/1/criteria/0/when");
    assertThat(e.getMessage())
        .startsWith(
            "2 problems:\n  condition q7 = maybe names option"
                + " 'maybe', which q7 does not have");
    assertThat(e.problems().get(1).message())
        .isEqualTo("condition answered(q999) names unknown question 'q999'");
  }

  @Test
  void badModelsAreLocated() {
    String golden = GoldenFiles.read("mnr4j.model-staged.json");
    assertThat(
            catchThrowableOfType(
                    MnrJsonException.class,
                    () -> readModel(golden.replace("\"ordinal\": 3", "\"ordinal\": 1")))
                .getMessage())
        .startsWith("levels out of order: level 'established' has ordinal 1");
    assertThat(
            catchThrowableOfType(
                    MnrJsonException.class,
                    () -> readModel(golden.replace("\"kind\": \"staged\"", "\"kind\": \"tiered\"")))
                .getMessage())
        .startsWith("unknown kind 'tiered'; known: staged, points, index at /kind");
    assertThat(
            catchThrowableOfType(
                    MnrJsonException.class,
                    () ->
                        readModel(
                            golden.replace(
                                "\"plansDescribed\": true", "\"plansDescribed\": false")))
                .getMessage())
        .startsWith("'plansDescribed' can only be true");
    // A misspelt operator is named where it is, with the spelling meant.
    assertThat(
            catchThrowableOfType(
                    MnrJsonException.class,
                    () ->
                        readModel(
                            golden.replaceFirst(
                                "\"coverageAtLeast\": 0.5", "\"coverageAtleast\": 0.5")))
                .getMessage())
        .startsWith(
            "unknown field 'coverageAtleast' in a condition (did you mean 'coverageAtLeast'?);"
                + " a condition needs exactly one of answered,")
        .contains("/coverageAtleast (line ");
    assertThat(
            catchThrowableOfType(
                    MnrJsonException.class,
                    () ->
                        readModel(
                            golden.replaceFirst("\"coverageAtLeast\": 0.5", "\"coverage\": 0.5")))
                .getMessage())
        .startsWith("unknown field 'coverage' in a condition; a condition needs exactly one of");
    assertThat(
            catchThrowableOfType(
                    MnrJsonException.class,
                    () ->
                        readModel(
                            GoldenFiles.read("mnr4j.model-index.json")
                                .replace("\"base\": \"staged\"", "\"base\": \"maturity\"")))
                .getMessage())
        .startsWith("unknown built-in model 'maturity'; known: presence, staged, index");
  }

  @Test
  void modelsThatAreClassesHaveNoDocument() {
    ScoringModel custom =
        new ScoringModel() {
          @Override
          public String id() {
            return "custom";
          }

          @Override
          public String title() {
            return "Custom";
          }

          @Override
          public Scorecard score(Assessment assessment) {
            return ScoringModels.presence().score(assessment);
          }
        };
    assertThatThrownBy(() -> JSON.write(custom, Document.MODEL))
        .isInstanceOf(MnrException.class)
        .hasMessageContaining("model 'custom' is a Java class");
  }

  @Test
  void theScorecardIsTheGoldenFile() {
    Response response = JSON.read(GoldenFiles.read("mnr4j.response-full.json"), Document.RESPONSE);
    Scorecard card = ScoringModels.staged().score(Assessor.of(SURVEY).assess(response));
    String golden = GoldenFiles.read("mnr4j.scorecard-country-07-staged.json");
    GoldenFiles.assertMatches(
        "mnr4j.scorecard-country-07-staged.json", JSON.write(card, Document.SCORECARD) + "\n");
    assertThat(JSON.read(golden, Document.SCORECARD)).isEqualTo(card);
    assertThat(SchemaCheck.errors("mnr4j.scorecard", golden)).isEmpty();
    assertThat(golden)
        .contains(
            "\"capability\": \"legislation\",\n      \"status\": \"in-place\","
                + "\n      \"level\": \"established\",\n      \"value\": 0.75,");
  }

  /** A scorecard says whether its response was valid; a summary whose parts disagree is refused. */
  @Test
  void aScorecardCarriesItsResponsesValidity() {
    String golden = GoldenFiles.read("mnr4j.scorecard-country-07-staged.json");
    String invalid =
        golden.replace(
            "\"responseCount\": 0,\n    \"codeCounts\": {},\n    \"jurisdictionIds\": []",
            "\"responseCount\": 1,\n    \"codeCounts\": {\"required-unanswered\": 1},\n"
                + "    \"jurisdictionIds\": [\"C07\"]");
    assertThat(invalid).isNotEqualTo(golden);
    Scorecard card = JSON.read(invalid, Document.SCORECARD);
    assertThat(card.invalidResponses().summary())
        .isEqualTo("1 response with validation errors (required-unanswered 1): C07");
    assertThat(SchemaCheck.errors("mnr4j.scorecard", invalid)).isEmpty();
    String disagreeing = invalid.replace("\"responseCount\": 1", "\"responseCount\": 2");
    assertThatThrownBy(() -> JSON.read(disagreeing, Document.SCORECARD))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageContaining(
            "lists 1 id where 2 are due: one for each response, 20 at most"
                + " at /invalidResponses/jurisdictionIds (line 870, column 24)");
    String unknown = invalid.replace("\"required-unanswered\": 1", "\"no-such-code\": 1");
    assertThatThrownBy(() -> JSON.read(unknown, Document.SCORECARD))
        .hasMessageContaining("unknown code 'no-such-code'");
  }

  /**
   * A level listed twice, in a scorecard's levels or in its stability's, is refused where it is.
   */
  @Test
  void aLevelListedTwiceIsRefused() {
    String golden = GoldenFiles.read("mnr4j.scorecard-country-07-stability.json");
    String twiceOnTheCard = golden.replaceFirst("\"id\": \"initial\"", "\"id\": \"planned\"");
    assertThat(twiceOnTheCard).isNotEqualTo(golden);
    assertThatThrownBy(() -> JSON.read(twiceOnTheCard, Document.SCORECARD))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageContaining("level 'planned' is listed twice at /levels/1 (line");
    int stability = golden.indexOf("\"stability\"");
    String twiceInTheStability =
        golden.substring(0, stability)
            + golden
                .substring(stability)
                .replaceFirst("\"id\": \"initial\"", "\"id\": \"planned\"");
    assertThat(twiceInTheStability).isNotEqualTo(golden);
    assertThatThrownBy(() -> JSON.read(twiceInTheStability, Document.SCORECARD))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageContaining("level 'planned' is listed twice at /stability/levels/2 (line");
  }

  /** A scorecard says whether its jurisdiction is made up, and the two must agree when read. */
  @Test
  void aScorecardSaysWhetherItsDataAreSynthetic() {
    String golden = GoldenFiles.read("mnr4j.scorecard-country-07-staged.json");
    Scorecard card = JSON.read(golden, Document.SCORECARD);
    assertThat(golden).contains("\"synthetic\": " + card.jurisdiction().isSynthetic() + ",");
    String wrong =
        golden.replace(
            "\"synthetic\": " + card.jurisdiction().isSynthetic(),
            "\"synthetic\": " + !card.jurisdiction().isSynthetic());
    assertThatThrownBy(() -> JSON.read(wrong, Document.SCORECARD))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageStartingWith(
            "'synthetic' is "
                + !card.jurisdiction().isSynthetic()
                + " but the jurisdiction's data attribute says "
                + card.jurisdiction().isSynthetic()
                + " at /synthetic");
  }

  private static Scorecard withStability() {
    Response response = JSON.read(GoldenFiles.read("mnr4j.response-full.json"), Document.RESPONSE);
    return LevelStability.of(AnalysisJsonTest.uncertainStaged())
        .withDraws(40)
        .withSeed(7)
        .score(Assessor.of(SURVEY).assess(response));
  }

  @Test
  void aScorecardWithItsStabilityIsItsGoldenFileAndReadsBack() {
    Scorecard card = withStability();
    assertThat(card.stability()).isPresent();
    GoldenFiles.assertMatches(
        "mnr4j.scorecard-country-07-stability.json", JSON.write(card, Document.SCORECARD) + "\n");
    String golden = GoldenFiles.read("mnr4j.scorecard-country-07-stability.json");
    assertThat(JSON.read(golden, Document.SCORECARD)).isEqualTo(card);
    assertThat(SchemaCheck.errors("mnr4j.scorecard", golden)).isEmpty();
    // A card of the model as written has no stability field at all.
    assertThat(GoldenFiles.read("mnr4j.scorecard-country-07-staged.json"))
        .doesNotContain("\"stability\"");
  }

  /** What a stored scorecard's stability says must hold together, and be of the card. */
  @Test
  void aScorecardsStabilityIsCheckedWhereItIsWritten() {
    String golden = GoldenFiles.read("mnr4j.scorecard-country-07-stability.json");
    Scorecard card = withStability();
    Stability.CapabilityLevels unstable =
        card.stability().orElseThrow().entries().get(0).capabilities().stream()
            .filter(capability -> !capability.stable())
            .findFirst()
            .orElseThrow();
    String capability = "\"capability\": \"" + unstable.capabilityId() + "\"";
    int at = golden.indexOf(capability, golden.indexOf("\"stability\""));
    String entry =
        golden.substring(at, golden.indexOf("}\n", golden.indexOf("\"noLevelProbability\"", at)));
    String level = unstable.probabilities().keySet().iterator().next();
    String unknownLevel =
        golden.replace(entry, entry.replace("\"" + level + "\":", "\"no-such-level\":"));
    assertThatThrownBy(() -> JSON.read(unknownLevel, Document.SCORECARD))
        .isInstanceOf(MnrJsonException.class)
        .hasMessageContaining("level 'no-such-level' is not among the levels [")
        .hasMessageContaining("at /stability/capabilities/");
    String verdict = "\"verdict\": \"" + Stability.verdict(unstable) + "\"";
    String wrongVerdict = golden.replace(entry, entry.replace(verdict, "\"verdict\": \"stable\""));
    assertThat(wrongVerdict).isNotEqualTo(golden);
    assertThatThrownBy(() -> JSON.read(wrongVerdict, Document.SCORECARD))
        .hasMessageContaining(
            "capability "
                + unstable.capabilityId()
                + ": its verdict, stable, likeliest and likeliestProbability ('stable', false,")
        .hasMessageContaining(
            "do not follow from its probabilities, which give '"
                + Stability.verdict(unstable)
                + "'");
    String noLevel = "\"noLevelProbability\": " + unstable.noLevelProbability();
    String notOne = golden.replace(entry, entry.replace(noLevel, "\"noLevelProbability\": 0.5"));
    assertThat(notOne).isNotEqualTo(golden);
    assertThatThrownBy(() -> JSON.read(notOne, Document.SCORECARD))
        .hasMessageContaining(
            "capability "
                + unstable.capabilityId()
                + ": the probabilities of its outcomes add up to");
    String seed = golden.replace("\"seed\": 7,", "\"seed\": 7.5,");
    assertThatThrownBy(() -> JSON.read(seed, Document.SCORECARD))
        .hasMessageContaining("for 'seed' but found 7.5 at /stability/seed (line ");
    // The stability is the card's own: its levels as written must be the card's.
    String nominal = "\"nominal\": \"" + unstable.nominalLevel().orElseThrow() + "\"";
    String otherNominal = golden.replace(entry, entry.replace(nominal, "\"nominal\": null"));
    assertThat(otherNominal).isNotEqualTo(golden);
    assertThatThrownBy(() -> JSON.read(otherNominal, Document.SCORECARD))
        .hasMessageContaining(
            "the stability given to the scorecard of C07 under model 'staged' says capability "
                + unstable.capabilityId()
                + " is at no level as written, where the card says "
                + unstable.nominalLevel().orElseThrow()
                + " at /stability (line ");
    String aggregate =
        golden.substring(golden.indexOf("\"id\": \"overall\"", golden.indexOf("\"aggregates\"")));
    String median =
        aggregate.substring(
            aggregate.indexOf("\"median\""),
            aggregate.indexOf(",", aggregate.indexOf("\"median\"")));
    String outOfOrder = golden.replace(aggregate, aggregate.replace(median, "\"median\": 2"));
    assertThatThrownBy(() -> JSON.read(outOfOrder, Document.SCORECARD))
        .hasMessageContaining("overall: the 5th percentile ")
        .hasMessageContaining("are out of order at /stability/aggregates/6 (line ");
    String backwards = golden.replace("\"min\": 0.25", "\"min\": 0.9");
    assertThatThrownBy(() -> JSON.read(backwards, Document.SCORECARD))
        .hasMessageContaining(
            "a range needs finite ends with min below max, not 0.9 to 0.75 at"
                + " /stability/parameters/1/uniform (line ");
    String weight =
        golden.replace("\"weights\": [\n          3.0,", "\"weights\": [\n          \"3\",");
    assertThat(weight).isNotEqualTo(golden);
    assertThatThrownBy(() -> JSON.read(weight, Document.SCORECARD))
        .hasMessageContaining(
            "expected a weight (a number) but found the string \"3\" at"
                + " /stability/parameters/0/weights/0 (line ");
    String noMedian = golden.replace(aggregate, aggregate.replace(median, "\"median\": null"));
    assertThatThrownBy(() -> JSON.read(noMedian, Document.SCORECARD))
        .hasMessageContaining(
            "overall: median, low and high are numbers when a draw knows the score"
                + " (knownProbability above 0), and null when none does"
                + " at /stability/aggregates/6 (line ");
  }
}
