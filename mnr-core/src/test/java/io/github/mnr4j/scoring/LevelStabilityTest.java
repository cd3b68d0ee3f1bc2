package io.github.mnr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.framework.Framework;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Level stability: what the draws of a model's uncertain parameters give. */
class LevelStabilityTest {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Framework MNR = SURVEY.framework();

  private static Stability run(LevelStability analysis, List<Assessment> cohort) {
    Accumulator<Assessment, Stability> accumulator = analysis.accumulator(MNR);
    cohort.forEach(accumulator::add);
    return accumulator.result();
  }

  @Test
  void withoutUncertainParametersEveryLevelIsCertainAndAsScoredToday() {
    qt().withExamples(40)
        .forAll(Uncertainties.cohorts())
        .checkAssert(
            cohort -> {
              Stability stability =
                  run(
                      LevelStability.of(UncertainModel.certain(ScoringModels.staged()))
                          .withDraws(20),
                      cohort);
              assertThat(stability.entries()).hasSameSizeAs(cohort);
              for (Stability.JurisdictionLevels entry : stability.entries()) {
                Assessment assessment =
                    cohort.stream()
                        .filter(a -> a.jurisdiction().id().equals(entry.jurisdictionId()))
                        .findFirst()
                        .orElseThrow();
                Scorecard today = ScoringModels.staged().score(assessment);
                for (int c = 0; c < today.capabilities().size(); c++) {
                  Stability.CapabilityLevels levels = entry.capabilities().get(c);
                  CapabilityScore score = today.capabilities().get(c);
                  assertThat(levels.stable()).isTrue();
                  assertThat(levels.nominalLevel()).isEqualTo(score.level().map(Level::id));
                  assertThat(levels.likeliest()).isEqualTo(score.level().map(Level::id));
                  assertThat(levels.likeliestProbability()).isEqualTo(1.0);
                }
                List<AggregateScore> aggregates = new ArrayList<>(today.domains());
                aggregates.add(today.overall());
                for (int a = 0; a < aggregates.size(); a++) {
                  Stability.ScoreRange range = entry.aggregates().get(a);
                  assertThat(range.id()).isEqualTo(aggregates.get(a).id());
                  if (aggregates.get(a).value().isPresent()) {
                    double value = aggregates.get(a).value().getAsDouble();
                    assertThat(range.knownProbability()).isEqualTo(1.0);
                    assertThat(range.median().getAsDouble()).isCloseTo(value, within(1e-4));
                    assertThat(range.low().getAsDouble()).isCloseTo(value, within(1e-4));
                    assertThat(range.high().getAsDouble()).isCloseTo(value, within(1e-4));
                  } else {
                    assertThat(range.knownProbability()).isZero();
                    assertThat(range.median()).isEmpty();
                  }
                }
              }
            });
  }

  @Test
  void drawsSplitAnyWayAndCombinedInAnyOrderGiveTheSameResult() {
    qt().withExamples(15)
        .forAll(Uncertainties.cohorts(), longs().all(), integers().between(2, 5), longs().all())
        .checkAssert(
            (cohort, seed, parts, shuffle) -> {
              LevelStability analysis =
                  LevelStability.of(Uncertainties.gated()).withDraws(101).withSeed(seed);
              Stability whole = run(analysis, cohort);
              assertThat(run(analysis, cohort)).isEqualTo(whole);
              List<Integer> draws = new ArrayList<>();
              for (int d = 0; d < analysis.drawCount(); d++) {
                draws.add(d);
              }
              Collections.shuffle(draws, new Random(shuffle));
              List<Accumulator<Integer, Stability>> split = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                split.add(analysis.drawsOver(MNR, cohort));
              }
              for (int i = 0; i < draws.size(); i++) {
                split.get(i % parts).add(draws.get(i));
              }
              Collections.shuffle(split, new Random(shuffle));
              Accumulator<Integer, Stability> combined = split.get(0);
              split.subList(1, parts).forEach(combined::combine);
              assertThat(combined.result()).isEqualTo(whole);
            });
  }

  @Test
  void drawsAreCountedOnceEach() {
    LevelStability analysis = LevelStability.of(Uncertainties.gated()).withDraws(3);
    Accumulator<Integer, Stability> draws = analysis.drawsOver(MNR, List.of(Uncertainties.one()));
    assertThatThrownBy(() -> draws.add(3))
        .hasMessageContaining("draw 3 is not one of the 3 draws, 0 to 2");
    draws.add(0);
    assertThatThrownBy(() -> draws.add(0)).hasMessageContaining("draw 0 was counted before");
    assertThatThrownBy(draws::result)
        .hasMessageContaining("1 of the 3 draws are counted; add every draw from 0 to 2");
    Accumulator<Integer, Stability> other = analysis.drawsOver(MNR, List.of(Uncertainties.one()));
    other.add(0);
    assertThatThrownBy(() -> draws.combine(other))
        .hasMessageContaining("draw 0 was counted in both");
    Accumulator<Integer, Stability> elsewhere =
        LevelStability.of(Uncertainties.gated())
            .withDraws(4)
            .drawsOver(MNR, List.of(Uncertainties.one()));
    assertThatThrownBy(() -> draws.combine(elsewhere)).hasMessageContaining("cannot combine");
    assertThatThrownBy(
            () -> analysis.drawsOver(MNR, List.of(Uncertainties.one(), Uncertainties.one())))
        .hasMessageContaining("'C01' came again");
  }

  @Test
  void aLevelsProbabilityIsItsParametersWeight() {
    qt().withExamples(10)
        .forAll(Uncertainties.cohorts(), longs().all())
        .checkAssert(
            (cohort, seed) -> {
              Stability stability =
                  run(
                      LevelStability.of(Uncertainties.gated()).withDraws(4000).withSeed(seed),
                      cohort);
              for (Stability.JurisdictionLevels entry : stability.entries()) {
                Assessment assessment =
                    cohort.stream()
                        .filter(a -> a.jurisdiction().id().equals(entry.jurisdictionId()))
                        .findFirst()
                        .orElseThrow();
                for (int c = 0; c < MNR.capabilities().size(); c++) {
                  CapabilityStatus status = assessment.statuses().get(c);
                  Stability.CapabilityLevels levels = entry.capabilities().get(c);
                  double some = levels.probabilities().getOrDefault("some", 0.0);
                  // Four standard deviations of 4000 draws at 0.75: 0.027.
                  switch (status) {
                    case IN_PLACE -> assertThat(some).isCloseTo(0.75, within(0.03));
                    case NOT_IN_PLACE -> assertThat(some).isCloseTo(0.25, within(0.03));
                    default -> assertThat(levels.noLevelProbability()).isEqualTo(1.0);
                  }
                  if (status != CapabilityStatus.UNKNOWN) {
                    assertThat(levels.stable()).isFalse();
                    assertThat(Stability.verdict(levels)).isEqualTo("between none and some");
                    assertThat(levels.likeliest())
                        .contains(status == CapabilityStatus.IN_PLACE ? "some" : "none");
                  }
                }
              }
            });
  }

  @Test
  void identicalAlternativesAreNoUncertainty() {
    UncertainParameter same =
        UncertainParameter.of(
            "same", "two names for one choice", UncertainParameter.Choice.of(List.of("a", "b")));
    UncertainModel model =
        UncertainModel.of(ScoringModels.staged(), List.of(same), values -> ScoringModels.staged());
    qt().withExamples(10)
        .forAll(Uncertainties.cohorts())
        .checkAssert(
            cohort -> {
              Stability drawn = run(LevelStability.of(model).withDraws(30), cohort);
              Stability certain =
                  run(
                      LevelStability.of(UncertainModel.certain(ScoringModels.staged()))
                          .withDraws(30),
                      cohort);
              assertThat(drawn.entries()).isEqualTo(certain.entries());
            });
  }

  @Test
  void aRangeIsDrawnAcrossItAndShownInTheNotes() {
    UncertainParameter coverage =
        UncertainParameter.of(
            "coverage", "the coverage asked for", new UncertainParameter.Uniform(0.2, 0.6));
    List<Double> drawn = new ArrayList<>();
    UncertainModel model =
        UncertainModel.of(
            ScoringModels.presence(),
            List.of(coverage),
            values -> {
              synchronized (drawn) {
                drawn.add(values.number("coverage"));
              }
              return ScoringModels.presence();
            });
    Assessment one = Uncertainties.one();
    Stability stability = run(LevelStability.of(model).withDraws(2000).withSeed(7), List.of(one));
    assertThat(drawn).hasSize(2000).allSatisfy(v -> assertThat(v).isBetween(0.2, 0.6));
    assertThat(drawn.stream().mapToDouble(Double::doubleValue).average().orElseThrow())
        .isCloseTo(0.4, within(0.01));
    assertThat(stability.toTable().notes())
        .contains("Parameter coverage: the coverage asked for (uniform from 0.2 to 0.6).");
  }

  @Test
  void choicesPickTheirAlternativeByCumulativeWeight() {
    UncertainParameter.Choice choice =
        UncertainParameter.Choice.of(List.of("a", "b", "c"), List.of(1.0, 2.0, 1.0));
    assertThat(choice.at(0)).isZero();
    assertThat(choice.at(0.2499)).isZero();
    assertThat(choice.at(0.25)).isEqualTo(1);
    assertThat(choice.at(0.7499)).isEqualTo(1);
    assertThat(choice.at(0.75)).isEqualTo(2);
    assertThat(choice.at(0.9999)).isEqualTo(2);
    assertThat(new UncertainParameter.Uniform(1, 3).at(0.5)).isEqualTo(2);
  }

  @Test
  void mistakesAreRefusedWithWhatIsWrong() {
    assertThatThrownBy(() -> LevelStability.of(Uncertainties.gated()).withDraws(0))
        .isInstanceOf(MnrException.class)
        .hasMessageContaining("not 0");
    assertThatThrownBy(() -> LevelStability.of(Uncertainties.gated()).withStableAt(0.5))
        .hasMessageContaining("not 0.5");
    assertThatThrownBy(() -> UncertainParameter.Choice.of(List.of()))
        .hasMessageContaining("at least one alternative");
    assertThatThrownBy(() -> UncertainParameter.Choice.of(List.of("a"), List.of(1.0, 2.0)))
        .hasMessageContaining("1 alternatives needs as many weights, not 2");
    assertThatThrownBy(() -> UncertainParameter.Choice.of(List.of("a"), List.of(0.0)))
        .hasMessageContaining("not 0.0");
    assertThatThrownBy(() -> new UncertainParameter.Uniform(1, 1))
        .hasMessageContaining("not 1.0 to 1.0");
    UncertainParameter gate = Uncertainties.gated().parameters().get(0);
    assertThatThrownBy(
            () ->
                UncertainModel.of(
                    ScoringModels.staged(), List.of(gate, gate), v -> ScoringModels.staged()))
        .hasMessageContaining("declares the uncertain parameter 'gate' twice");
    ParameterValues values = Uncertainties.gated().valuesAt(0.5);
    assertThat(values.toString()).isEqualTo("gate=in-place");
    assertThatThrownBy(() -> values.number("gate")).hasMessageContaining("is a choice");
    assertThatThrownBy(() -> values.choice("other"))
        .hasMessageContaining("unknown uncertain parameter 'other'");
    assertThatThrownBy(() -> Uncertainties.gated().valuesAt(1.0)).hasMessageContaining("not 1.0");
    Assessment one = Uncertainties.one();
    Accumulator<Assessment, Stability> twice =
        LevelStability.of(Uncertainties.gated()).accumulator(MNR);
    twice.add(one);
    assertThatThrownBy(() -> twice.add(one)).hasMessageContaining("came again");
  }

  @Test
  void aVariantThatCannotBeBuiltNamesItsValues() {
    UncertainModel broken =
        UncertainModel.of(
            ScoringModels.staged(),
            Uncertainties.gated().parameters(),
            values -> {
              if (values.choice("gate") == 1) {
                throw new MnrException("no such criterion");
              }
              return ScoringModels.staged();
            });
    Assessment one = Uncertainties.one();
    assertThatThrownBy(() -> run(LevelStability.of(broken).withDraws(50), List.of(one)))
        .hasMessageContaining("model 'staged' with gate=not-in-place (draw ")
        .hasMessageContaining("no such criterion");
  }
}
