package io.github.mnr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two candidate models side by side. */
class ModelComparisonTest {
  private static final Framework MNR = Uncertainties.SURVEY.framework();

  private static ModelComparison compare(
      ScoringModel first, ScoringModel second, List<Assessment> cohort) {
    Accumulator<Assessment, ModelComparison> comparison =
        ModelComparison.accumulator(first, second, MNR);
    cohort.forEach(comparison::add);
    return comparison.result();
  }

  @Test
  void aModelAgreesWithItselfFully() {
    qt().withExamples(20)
        .forAll(Uncertainties.cohorts())
        .checkAssert(
            cohort -> {
              ModelComparison same =
                  compare(ScoringModels.staged(), ScoringModels.staged(), cohort);
              for (ModelComparison.Agreement agreement : same.capabilities()) {
                assertThat(agreement.reasons()).isEmpty();
                for (int i = 0; i < agreement.counts().size(); i++) {
                  for (int j = 0; j < agreement.counts().get(i).size(); j++) {
                    if (i != j) {
                      assertThat(agreement.counts().get(i).get(j)).isZero();
                    }
                  }
                }
                if (agreement.compared() > 0) {
                  assertThat(agreement.agreement()).isEqualTo(1.0);
                }
                agreement.kappa().ifPresent(k -> assertThat(k).isCloseTo(1.0, within(1e-12)));
              }
              assertThat(same.jurisdictionCount()).isEqualTo(cohort.size());
            });
  }

  @Test
  void swappingTheModelsTransposesTheTablesAndKeepsTheKappa() {
    qt().withExamples(20)
        .forAll(Uncertainties.cohorts())
        .checkAssert(
            cohort -> {
              ModelComparison ab =
                  compare(ScoringModels.staged(), ScoringModels.presence(), cohort);
              ModelComparison ba =
                  compare(ScoringModels.presence(), ScoringModels.staged(), cohort);
              for (int c = 0; c < ab.capabilities().size(); c++) {
                ModelComparison.Agreement one = ab.capabilities().get(c);
                ModelComparison.Agreement two = ba.capabilities().get(c);
                for (int i = 0; i < one.counts().size(); i++) {
                  for (int j = 0; j < one.counts().get(i).size(); j++) {
                    assertThat(two.counts().get(j).get(i)).isEqualTo(one.counts().get(i).get(j));
                  }
                }
                assertThat(two.kappa().isPresent()).isEqualTo(one.kappa().isPresent());
                if (one.kappa().isPresent()) {
                  assertThat(two.kappa().getAsDouble())
                      .isCloseTo(one.kappa().getAsDouble(), within(1e-12));
                }
                assertThat(two.reasons()).hasSameSizeAs(one.reasons());
              }
            });
  }

  @Test
  void splitsAndOrdersGiveTheSameComparison() {
    qt().withExamples(20)
        .forAll(Uncertainties.cohorts(), integers().between(0, 6))
        .checkAssert(
            (cohort, cut) -> {
              int at = Math.min(cut, cohort.size());
              Accumulator<Assessment, ModelComparison> left =
                  ModelComparison.accumulator(
                      ScoringModels.staged(), ScoringModels.presence(), MNR);
              Accumulator<Assessment, ModelComparison> right =
                  ModelComparison.accumulator(
                      ScoringModels.staged(), ScoringModels.presence(), MNR);
              cohort.subList(0, at).forEach(left::add);
              cohort.subList(at, cohort.size()).forEach(right::add);
              assertThat(right.combine(left).result())
                  .isEqualTo(compare(ScoringModels.staged(), ScoringModels.presence(), cohort));
            });
  }

  @Test
  void theCriterionThatHoldsACapabilityLowerIsNamed() {
    // Country 01 has q7 yes: leadership in place, no detail. Presence puts it at its top level,
    // the staged model at initial, below its top: established needs a detail answered.
    Assessment one = Uncertainties.one();
    ModelComparison comparison =
        compare(ScoringModels.staged(), ScoringModels.presence(), List.of(one));
    ModelComparison.Agreement leadership = comparison.capabilities().get(0);
    assertThat(leadership.capabilityId()).isEqualTo("leadership");
    assertThat(leadership.compared()).isEqualTo(1);
    CapabilityScore staged = ScoringModels.staged().score(one).capability("leadership");
    assertThat(staged.level().map(Level::id)).contains("initial");
    assertThat(staged.value().getAsDouble()).isLessThan(1);
    // Presence's value is 1: the agreement is 1 less the distance, the staged value itself.
    assertThat(leadership.agreement()).isCloseTo(staged.value().getAsDouble(), within(1e-12));
    assertThat(leadership.reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.modelId()).isEqualTo("staged");
              assertThat(reason.levelId()).isEqualTo("established");
              assertThat(reason.count()).isEqualTo(1);
            });
    assertThat(comparison.toTable().rows().get(0).get(0)).isEqualTo("leadership");
    assertThat(comparison.toCrossTable().rows())
        .contains(List.of("leadership", "initial", "in-place", "1"));
  }

  @Test
  void onlyModelsWithLevelsAndOneAssessmentPerJurisdiction() {
    assertThatThrownBy(
            () -> ModelComparison.accumulator(ScoringModels.staged(), ScoringModels.index(), MNR))
        .hasMessageContaining("model 'index' has no levels to compare");
    Accumulator<Assessment, ModelComparison> twice =
        ModelComparison.accumulator(ScoringModels.staged(), ScoringModels.presence(), MNR);
    twice.add(Uncertainties.one());
    assertThatThrownBy(() -> twice.add(Uncertainties.one())).hasMessageContaining("came again");
  }
}
