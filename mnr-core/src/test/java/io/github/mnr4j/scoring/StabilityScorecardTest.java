package io.github.mnr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scorecard that carries how sure its levels and scores are ({@link LevelStability#score}). */
class StabilityScorecardTest {
  private static Stability alone(LevelStability analysis, Assessment assessment) {
    Accumulator<Assessment, Stability> one = analysis.accumulator(assessment.framework());
    one.add(assessment);
    return one.result();
  }

  @Test
  void aCardsStabilityIsItsJurisdictionsAloneAndItsScoresAreTheModelsAsWritten() {
    qt().withExamples(30)
        .forAll(Uncertainties.cohorts(), integers().between(1, 30), longs().all())
        .checkAssert(
            (cohort, draws, seed) -> {
              Assessment assessment = cohort.get(0);
              LevelStability analysis =
                  LevelStability.of(Uncertainties.gated()).withDraws(draws).withSeed(seed);
              Scorecard card = analysis.score(assessment);
              Scorecard asWritten =
                  Uncertainties.twoLevels(CapabilityStatus.IN_PLACE).score(assessment);
              assertThat(card.stability()).contains(alone(analysis, assessment));
              assertThat(card.capabilities()).isEqualTo(asWritten.capabilities());
              assertThat(card.overall()).isEqualTo(asWritten.overall());
              assertThat(asWritten.stability()).isEmpty();
              // The same seed gives the same card.
              assertThat(analysis.score(assessment)).isEqualTo(card);
            });
  }

  @Test
  void theTableSaysHowSureEachPartIs() {
    Scorecard card =
        LevelStability.of(Uncertainties.gated())
            .withDraws(400)
            .withSeed(2022)
            .score(Uncertainties.one());
    Stability.CapabilityLevels leadership =
        card.stability().orElseThrow().entries().get(0).capabilities().get(0);
    assertThat(leadership.stable()).isFalse();
    TextTable table = card.toTable();
    assertThat(table.header())
        .containsExactly("part", "status", "level", "value", "known", "stability", "reason");
    List<String> row = table.rows().get(0);
    assertThat(row.get(0)).isEqualTo("leadership");
    assertThat(row.get(5))
        .isEqualTo(
            "between none and some: none "
                + percent(leadership.probabilities().get("none"))
                + ", some "
                + percent(leadership.probabilities().get("some")));
    // A capability that no draw moves is just stable.
    int certain = 1;
    assertThat(
            card.stability()
                .get()
                .entries()
                .get(0)
                .capabilities()
                .get(certain)
                .likeliestProbability())
        .isEqualTo(1.0);
    assertThat(table.rows().get(certain).get(5)).isEqualTo("stable");
    List<String> overall = table.rows().get(table.rows().size() - 1);
    // One capability known of 21 is too few for an overall value, as written or in any draw.
    assertThat(card.overall().value()).isEmpty();
    assertThat(overall.get(5)).isEqualTo("unknown in every draw");
    assertThat(table.notes())
        .contains(
            "400 draws, seed 2022; a level is stable when its probability is at least 0.95;"
                + " percentiles of scores to four decimal places.")
        .anyMatch(note -> note.startsWith("Parameter gate: which status reaches the second level"));
    assertThat(Uncertainties.gated().nominal().score(Uncertainties.one()).toTable().header())
        .doesNotContain("stability");
  }

  private static String percent(double probability) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * probability);
  }

  @Test
  void aCardRefusesAStabilityThatIsNotOfIt() {
    Assessment one = Uncertainties.one();
    LevelStability analysis = LevelStability.of(Uncertainties.gated()).withDraws(10);
    Scorecard card = Uncertainties.gated().nominal().score(one);
    Stability ofStaged =
        alone(LevelStability.of(UncertainModel.certain(ScoringModels.staged())).withDraws(5), one);
    assertThatThrownBy(() -> card.withStability(ofStaged))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "the stability given to the scorecard of C01 under model 'two-levels' is of model"
                + " 'staged'");
    Accumulator<Assessment, Stability> two = analysis.accumulator(one.framework());
    two.add(one);
    two.add(Uncertainties.one("C02", "Country 02"));
    Stability ofTwo = two.result();
    assertThatThrownBy(() -> card.withStability(ofTwo))
        .hasMessage(
            "the stability given to the scorecard of C01 under model 'two-levels' is of [C01,"
                + " C02], not of this card's jurisdiction alone");
    Stability ofAnother = alone(analysis, Uncertainties.one("C02", "Country 02"));
    assertThatThrownBy(() -> card.withStability(ofAnother))
        .hasMessageContaining("is of [C02], not of this card's jurisdiction alone");
    // Of the same jurisdiction and model, but not the levels this card has as written.
    Stability stability = alone(analysis, one);
    Scorecard otherLevels = Uncertainties.twoLevels(CapabilityStatus.NOT_IN_PLACE).score(one);
    assertThatThrownBy(() -> otherLevels.withStability(stability))
        .hasMessage(
            "the stability given to the scorecard of C01 under model 'two-levels' says capability"
                + " leadership is at some as written, where the card says none");
    assertThat(card.withStability(stability).stability()).contains(stability);
  }

  @Test
  void aCardRefusesTheStabilityOfAnotherResponseOfItsJurisdiction() {
    Assessor assessor = Assessor.of(Uncertainties.SURVEY);
    Jurisdiction country = Jurisdiction.of("C01", "Country 01");
    LevelStability staged = LevelStability.of(UncertainModel.certain(ScoringModels.staged()));
    Scorecard card =
        ScoringModels.staged()
            .score(assessor.assess(leadership(country, ResponseStatus.IN_PROGRESS)));
    // The same answers, marked complete: validation errors for every required question left.
    Stability ofCompleted =
        alone(staged, assessor.assess(leadership(country, ResponseStatus.COMPLETED)));
    assertThatThrownBy(() -> card.withStability(ofCompleted))
        .hasMessageStartingWith(
            "the stability given to the scorecard of C01 under model 'staged' has 1 response with"
                + " validation errors (required-unanswered 1")
        .hasMessageEndingWith(", where the card has no response with validation errors");
    Jurisdiction madeUp =
        Jurisdiction.builder()
            .id("C01")
            .name("Country 01")
            .putAttribute(Jurisdiction.DATA_ATTRIBUTE, Jurisdiction.SYNTHETIC)
            .build();
    Response synthetic = leadership(madeUp, ResponseStatus.IN_PROGRESS);
    Stability ofSynthetic = alone(staged, assessor.assess(synthetic));
    assertThatThrownBy(() -> card.withStability(ofSynthetic))
        .hasMessage(
            "the stability given to the scorecard of C01 under model 'staged' says its"
                + " jurisdiction's data are synthetic, where the card says not synthetic");
  }

  /** A response with leadership (q7) in place and nothing else answered. */
  private static Response leadership(Jurisdiction jurisdiction, ResponseStatus status) {
    return Response.builder()
        .instrumentReference(Uncertainties.SURVEY.reference())
        .jurisdiction(jurisdiction)
        .status(status)
        .putAnswer("q7", Answer.ofChoice("yes"))
        .build();
  }

  @Test
  void aCapabilitysOutcomesFollowFromTheirProbabilities() {
    Map<String, Double> tied = new LinkedHashMap<>();
    tied.put("low", 0.4);
    tied.put("high", 0.4);
    Stability.CapabilityLevels levels =
        Stability.CapabilityLevels.of("c", tied, 0.2, 0.95).withNominalLevel("high");
    assertThat(levels.nominalLevel()).contains("high");
    assertThat(levels.likeliest()).contains("low");
    assertThat(levels.likeliestProbability()).isEqualTo(0.4);
    assertThat(levels.lowest()).contains("low");
    assertThat(levels.highest()).contains("high");
    assertThat(levels.stable()).isFalse();
    assertThat(Stability.verdict(levels)).isEqualTo("between no level and high");
    Stability.CapabilityLevels none = Stability.CapabilityLevels.of("c", Map.of(), 1.0, 0.95);
    assertThat(none.nominalLevel()).isEmpty();
    assertThat(none.likeliest()).isEmpty();
    assertThat(none.stable()).isTrue();
    assertThat(none.lowest()).isEmpty();
    assertThat(Stability.CapabilityLevels.of("c", Map.of("low", 0.96), 0.04, 0.95).stable())
        .isTrue();
    assertThatThrownBy(() -> Stability.CapabilityLevels.of("c", Map.of("low", 1.5), 0, 0.95))
        .isInstanceOf(MnrException.class)
        .hasMessage("capability c: the probability of low is 1.5, not from 0 to 1");
    assertThatThrownBy(() -> Stability.CapabilityLevels.of("c", Map.of("low", 0.5), 0.4, 0.95))
        .hasMessage("capability c: the probabilities of its outcomes add up to 0.9, not 1");
  }

  @Test
  void aScoreRangeIsInOrderAndKnownWhereItHasValues() {
    Stability.ScoreRange range = Stability.ScoreRange.of("overall", 0.5, 0.4, 0.6, 0.8);
    assertThat(range.knownProbability()).isEqualTo(0.8);
    assertThat(range.nominal()).isEmpty();
    assertThat(range.withNominal(0.55).nominal()).hasValue(0.55);
    assertThat(range.withNominal(0.55).median()).hasValue(0.5);
    Stability.ScoreRange unknown = Stability.ScoreRange.unknown("victim");
    assertThat(unknown.knownProbability()).isZero();
    assertThat(unknown.median()).isEmpty();
    assertThat(unknown.low()).isEmpty();
    assertThatThrownBy(() -> Stability.ScoreRange.of("overall", 0.5, 0.6, 0.7, 1))
        .isInstanceOf(MnrException.class)
        .hasMessage(
            "overall: the 5th percentile 0.6, median 0.5 and 95th percentile 0.7 are out of order");
    assertThatThrownBy(() -> Stability.ScoreRange.of("victim", 0.5, 0.5, 0.5, 0))
        .hasMessage(
            "victim: the share of draws that know the score is 0.0, not above 0 and at most 1");
    assertThatThrownBy(() -> Stability.ScoreRange.of("victim", 0.5, 0.5, 0.5, 1.2))
        .hasMessage(
            "victim: the share of draws that know the score is 1.2, not above 0 and at most 1");
  }
}
