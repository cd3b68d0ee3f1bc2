package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.cohort.Breakdown;
import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.cohort.DisclosurePolicy;
import io.github.mnr4j.cohort.OptionBreakdown;
import io.github.mnr4j.cohort.OptionTally;
import io.github.mnr4j.cohort.RoundComparison;
import io.github.mnr4j.cohort.Tally;
import io.github.mnr4j.cohort.TallyView;
import io.github.mnr4j.cohort.Where;
import io.github.mnr4j.reference.IncomeGroup;
import io.github.mnr4j.reference.Region;
import io.github.mnr4j.scoring.IndexModel;
import io.github.mnr4j.scoring.LevelStability;
import io.github.mnr4j.scoring.ModelComparison;
import io.github.mnr4j.scoring.Ranker;
import io.github.mnr4j.scoring.Ranking;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.scoring.Sensitivity;
import io.github.mnr4j.scoring.SensitivityAnalysis;
import io.github.mnr4j.scoring.Stability;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.InstrumentCheckReport;
import io.github.mnr4j.survey.InstrumentChecks;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis documents, written for other tools (tallies, breakdowns, option counts, comparisons,
 * rankings): each is its golden file and valid against its schema.
 */
class AnalysisJsonTest {
  private static final MnrJson JSON = MnrJson.strict();

  private static Response response(
      String id, IncomeGroup income, String q7, String q13, String... q6) {
    Response.Builder builder =
        Response.builder()
            .instrumentReference("wpga-mnr-survey@2021")
            .jurisdiction(
                Jurisdiction.builder()
                    .id(id)
                    .name("Country " + id)
                    .incomeGroup(income)
                    .region(Region.WESTERN_EUROPE)
                    .build())
            .status(ResponseStatus.COMPLETED)
            .putAnswer("q7", Answer.ofChoice(q7))
            .putAnswer("q13", Answer.ofChoice(q13));
    if (q6.length > 0) {
      builder.putAnswer("q6", Answer.ofChoices(q6));
    }
    return builder.build();
  }

  private static CohortAnalysis round(String name, Response... responses) {
    return CohortAnalysis.of(
        Cohort.builder().name(name).addAllResponses(List.of(responses)).build(),
        Instruments.mnrSurvey2021());
  }

  private static final CohortAnalysis FIRST =
      round(
          "Round 1",
          response("C01", IncomeGroup.HIGH, "yes", "no", "policy-basis", "good-practice-reference"),
          response("C02", IncomeGroup.LOW, "no", "no", "not-used"),
          response("C03", IncomeGroup.LOW, "yes", "yes"));
  private static final CohortAnalysis SECOND =
      round(
          "Round 2",
          response("C01", IncomeGroup.HIGH, "yes", "yes"),
          response("C02", IncomeGroup.LOW, "yes", "no"),
          response("C04", IncomeGroup.UPPER_MIDDLE, "no", "no"));

  private static void golden(String name, String format, String document) {
    GoldenFiles.assertMatches(name, document);
    assertThat(SchemaCheck.errors(format, document)).as(name).isEmpty();
  }

  @Test
  void aTallyIsItsGoldenFile() {
    Tally tally = FIRST.tally(TallyView.figure1());
    golden("mnr4j.tally-figure1.json", "mnr4j.tally", JSON.write(tally, Output.TALLY));
  }

  /** Figure 1 for a spreadsheet and for a dashboard. */
  @Test
  void aTallyTableIsItsGoldenCsvAndJsonLines() {
    TextTable table = FIRST.tally(TallyView.figure1()).toTable();
    GoldenFiles.assertMatches("tally-figure1.csv", Tables.toCsv(table));
    GoldenFiles.assertMatches("tally-figure1.jsonl", Tables.toJsonLines(table));
  }

  @Test
  void aBreakdownWithASuppressedGroupIsItsGoldenFile() {
    Breakdown breakdown =
        FIRST.breakdown(TallyView.figure1(), "incomeGroup", DisclosurePolicy.withMinGroupSize(2));
    // The group of 1 is too small, and the group of 2 would be the total minus it.
    assertThat(breakdown.groups())
        .extracting(g -> g.suppression().map(DisclosurePolicy.Suppression::id).orElse("shown"))
        .containsExactly("too-small", "complementary");
    golden(
        "mnr4j.breakdown-income.json", "mnr4j.breakdown", JSON.write(breakdown, Output.BREAKDOWN));
  }

  @Test
  void optionCountsAreTheirGoldenFile() {
    OptionTally options = FIRST.options("q6");
    golden("mnr4j.options-q6.json", "mnr4j.options", JSON.write(options, Output.OPTIONS));
  }

  /** q6 per income group: each group counts among those of its members who answered. */
  @Test
  void anOptionBreakdownIsItsGoldenFile() {
    OptionBreakdown breakdown =
        FIRST.optionBreakdown("q6", "incomeGroup", DisclosurePolicy.withMinGroupSize(1));
    assertThat(breakdown.groups())
        .extracting(g -> g.size() + " " + g.options().get().answeredCount())
        .containsExactly("1 1", "2 1");
    golden(
        "mnr4j.options-breakdown-q6.json",
        "mnr4j.options-breakdown",
        JSON.write(breakdown, Output.OPTIONS_BREAKDOWN));
  }

  /**
   * Part of a synthetic cohort in the capabilities view: the document records the filter, the
   * synthetic data and the row the report did not publish; the CSV says the same in comments.
   */
  @Test
  void aFilteredSyntheticTallyRecordsItsBase() {
    Response.Builder made =
        Response.builder()
            .instrumentReference("wpga-mnr-survey@2021")
            .jurisdiction(
                Jurisdiction.builder()
                    .id("C09")
                    .name("Country 09")
                    .incomeGroup(IncomeGroup.HIGH)
                    .putAttribute("data", "synthetic")
                    .build())
            .status(ResponseStatus.IN_PROGRESS)
            .putAnswer("q7", Answer.ofChoice("yes"))
            .putAnswer("q16", Answer.ofChoice("yes"));
    CohortAnalysis high =
        round("Synthetic", made.build(), response("C02", IncomeGroup.LOW, "no", "no"))
            .where(Where.parse("incomeGroup=high"));
    Tally tally = high.tally(TallyView.capabilities(high.instrument().framework()));
    golden(
        "mnr4j.tally-capabilities-high-synthetic.json",
        "mnr4j.tally",
        JSON.write(tally, Output.TALLY));
    GoldenFiles.assertMatches(
        "tally-capabilities-high-synthetic.csv", Tables.toCsv(tally.toTable()));
  }

  @Test
  void aComparisonIsItsGoldenFile() {
    RoundComparison comparison = RoundComparison.compare(FIRST, SECOND);
    golden(
        "mnr4j.comparison-rounds.json",
        "mnr4j.comparison",
        JSON.write(comparison, Output.COMPARISON));
  }

  /** The printed survey's errata, as mnr lint --format json writes them. */
  @Test
  void instrumentChecksAreTheirGoldenFile() {
    InstrumentCheckReport report = InstrumentChecks.check(Instruments.mnrSurvey2021AsPrinted());
    golden(
        "mnr4j.instrument-checks-printed.json",
        "mnr4j.instrument-checks",
        JSON.write(report, Output.INSTRUMENT_CHECKS));
  }

  @Test
  void aRankingIsItsGoldenFile() {
    // Ranked on what is known: two answers each are too little for the default coverage.
    IndexModel anyEvidence =
        IndexModel.builder()
            .id("index-any")
            .title("Index on any evidence")
            .description("The staged values, equal weights, whatever their coverage")
            .base(ScoringModels.staged())
            .minimumCoverage(0)
            .build();
    Ranking ranking =
        FIRST.assessments().stream()
            .collect(
                Accumulator.collector(
                    () ->
                        Ranker.of(anyEvidence)
                            .withDraws(20)
                            .withSeed(7)
                            .accumulator(FIRST.instrument().framework())));
    assertThat(ranking.entries()).hasSize(3);
    golden("mnr4j.ranking-index.json", "mnr4j.ranking", JSON.write(ranking, Output.RANKING));
  }

  /** The built-in staged model with two uncertain parameters. */
  static UncertainModel uncertainStaged() {
    String staged = GoldenFiles.read("mnr4j.model-staged.json");
    String drawn =
        staged.substring(0, staged.lastIndexOf('}')).stripTrailing()
            + ",\n  \"uncertain\": [\n    {\"id\": \"plans\", \"description\": \"whether plans"
            + " reach Planned\", \"at\": [\"/levels/1/criteria/0/when\"], \"values\":"
            + " [{\"any\": [{\"status\": \"in-place\"}, {\"plansDescribed\": true}]},"
            + " {\"status\": \"in-place\"}], \"labels\": [\"plans count\", \"in place only\"],"
            + " \"weights\": [3, 1]},\n    {\"id\": \"coverage\", \"description\": \"the"
            + " coverage asked for\", \"at\": [\"/levels/3/criteria/1/when/any/1/coverageAtLeast\"],"
            + " \"uniform\": {\"min\": 0.25, \"max\": 0.75}}\n  ]\n}\n";
    return JSON.read(drawn, Document.UNCERTAIN_MODEL);
  }

  @Test
  void aStabilityIsItsGoldenFile() {
    UncertainModel model = uncertainStaged();
    Stability stability =
        FIRST.assessments().stream()
            .collect(
                Accumulator.collector(
                    () ->
                        LevelStability.of(model)
                            .withDraws(40)
                            .withSeed(7)
                            .accumulator(FIRST.instrument().framework())));
    assertThat(stability.entries()).hasSize(3);
    golden(
        "mnr4j.stability-staged.json", "mnr4j.stability", JSON.write(stability, Output.STABILITY));
  }

  @Test
  void aSensitivityIsItsGoldenFile() {
    UncertainModel model = uncertainStaged();
    Sensitivity sensitivity =
        FIRST.assessments().stream()
            .collect(
                Accumulator.collector(
                    () ->
                        SensitivityAnalysis.of(model)
                            .withBaseSamples(16)
                            .withBootstrap(20)
                            .withSeed(7)
                            .accumulator(FIRST.instrument().framework())));
    assertThat(sensitivity.jurisdictionCount()).isEqualTo(3);
    golden(
        "mnr4j.sensitivity-staged.json",
        "mnr4j.sensitivity",
        JSON.write(sensitivity, Output.SENSITIVITY));
  }

  @Test
  void aModelComparisonIsItsGoldenFile() {
    ModelComparison comparison =
        FIRST.assessments().stream()
            .collect(
                Accumulator.collector(
                    () ->
                        ModelComparison.accumulator(
                            ScoringModels.staged(),
                            ScoringModels.presence(),
                            FIRST.instrument().framework())));
    assertThat(comparison.jurisdictionCount()).isEqualTo(3);
    golden(
        "mnr4j.model-comparison-staged-presence.json",
        "mnr4j.model-comparison",
        JSON.write(comparison, Output.MODEL_COMPARISON));
  }
}
