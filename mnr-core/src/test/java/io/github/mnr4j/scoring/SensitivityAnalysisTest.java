package io.github.mnr4j.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.framework.Framework;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Sobol indices of a model's uncertain parameters. */
class SensitivityAnalysisTest {
  private static final Framework MNR = Uncertainties.SURVEY.framework();

  private static Sensitivity run(SensitivityAnalysis analysis, List<Assessment> cohort) {
    Accumulator<Assessment, Sensitivity> accumulator = analysis.accumulator(MNR);
    cohort.forEach(accumulator::add);
    return accumulator.result();
  }

  private static double ishigami(double[] x) {
    return Math.sin(x[0])
        + 7 * Math.pow(Math.sin(x[1]), 2)
        + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  /**
   * The Ishigami function (a = 7, b = 0.1; Ishigami and Homma 1990) on [-pi, pi]^3, whose indices
   * are known in closed form: first order 0.3139, 0.4424, 0; total order 0.5576, 0.4424, 0.2437.
   */
  @Test
  void theEstimatorsFindTheIshigamiFunctionsKnownIndicesWithinTheirIntervals() {
    int n = 8192;
    int k = 3;
    double[] atA = new double[n];
    double[] atB = new double[n];
    double[][] atAb = new double[k][n];
    for (int j = 0; j < n; j++) {
      double[] point = SensitivityAnalysis.point(2 * k, j);
      double[] a = new double[k];
      double[] b = new double[k];
      for (int i = 0; i < k; i++) {
        a[i] = -Math.PI + 2 * Math.PI * point[i];
        b[i] = -Math.PI + 2 * Math.PI * point[k + i];
      }
      atA[j] = ishigami(a);
      atB[j] = ishigami(b);
      for (int i = 0; i < k; i++) {
        double[] ab = a.clone();
        ab[i] = b[i];
        atAb[i][j] = ishigami(ab);
      }
    }
    List<UncertainParameter> parameters = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      parameters.add(
          UncertainParameter.of(
              "x" + i, "input " + i, new UncertainParameter.Uniform(-Math.PI, Math.PI)));
    }
    Sensitivity.MeasureEffects effects =
        SensitivityAnalysis.effects(
            "ishigami",
            "the Ishigami function",
            atA,
            atB,
            atAb,
            parameters,
            new Well19937c(1),
            500);
    double[] first = {0.3139, 0.4424, 0};
    double[] total = {0.5576, 0.4424, 0.2437};
    assertThat(effects.effects())
        .extracting(Sensitivity.Effect::parameterId)
        .containsExactly("x1", "x2", "x3");
    for (Sensitivity.Effect effect : effects.effects()) {
      int i = Integer.parseInt(effect.parameterId().substring(1)) - 1;
      assertThat(first[i]).as("first " + effect).isBetween(effect.firstLow(), effect.firstHigh());
      assertThat(total[i]).as("total " + effect).isBetween(effect.totalLow(), effect.totalHigh());
      assertThat(effect.totalHigh() - effect.totalLow()).as("width " + effect).isLessThan(0.1);
    }
  }

  /** COINr's test: a parameter whose alternatives are the same model has no effect at all. */
  @Test
  void aParameterWhoseAlternativesAreIdenticalHasIndicesOfZero() {
    UncertainModel gated = Uncertainties.gated();
    UncertainParameter same =
        UncertainParameter.of(
            "same", "two names for one choice", UncertainParameter.Choice.of(List.of("a", "b")));
    List<UncertainParameter> parameters = new ArrayList<>(gated.parameters());
    parameters.add(same);
    UncertainModel model =
        UncertainModel.of(
            gated.nominal(),
            parameters,
            values -> gated.variant(gated.valuesAt(values.choice("gate") == 0 ? 0.0 : 0.9)));
    qt().withExamples(5)
        .forAll(Uncertainties.cohorts())
        .checkAssert(
            cohort -> {
              Sensitivity sensitivity =
                  run(SensitivityAnalysis.of(model).withBaseSamples(64).withBootstrap(50), cohort);
              for (Sensitivity.MeasureEffects measure : sensitivity.measures()) {
                if (!measure.known()) {
                  continue;
                }
                Sensitivity.Effect none =
                    measure.effects().stream()
                        .filter(e -> e.parameterId().equals("same"))
                        .findFirst()
                        .orElseThrow();
                assertThat(List.of(none.first(), none.firstLow(), none.firstHigh()))
                    .containsOnly(0.0);
                assertThat(List.of(none.total(), none.totalLow(), none.totalHigh()))
                    .containsOnly(0.0);
                // Ranked by total effect: the gate, whatever it does, never comes after.
                assertThat(measure.effects().get(0).total()).isGreaterThanOrEqualTo(0);
              }
            });
  }

  @Test
  void samplesSplitAnyWayAndCombinedInAnyOrderGiveTheSameResult() {
    qt().withExamples(8)
        .forAll(Uncertainties.cohorts(), longs().all(), integers().between(2, 4), longs().all())
        .checkAssert(
            (cohort, seed, parts, shuffle) -> {
              SensitivityAnalysis analysis =
                  SensitivityAnalysis.of(Uncertainties.gated())
                      .withBaseSamples(33)
                      .withBootstrap(20)
                      .withSeed(seed);
              Sensitivity whole = run(analysis, cohort);
              assertThat(run(analysis, cohort)).isEqualTo(whole);
              List<Integer> samples = new ArrayList<>();
              for (int j = 0; j < analysis.sampleCount(); j++) {
                samples.add(j);
              }
              Collections.shuffle(samples, new Random(shuffle));
              List<Accumulator<Integer, Sensitivity>> split = new ArrayList<>();
              for (int p = 0; p < parts; p++) {
                split.add(analysis.samplesOver(MNR, cohort));
              }
              for (int i = 0; i < samples.size(); i++) {
                split.get(i % parts).add(samples.get(i));
              }
              Collections.shuffle(split, new Random(shuffle));
              Accumulator<Integer, Sensitivity> combined = split.get(0);
              split.subList(1, parts).forEach(combined::combine);
              assertThat(combined.result()).isEqualTo(whole);
            });
  }

  @Test
  void aModelWithoutParametersHasNothingToRank() {
    Sensitivity sensitivity =
        run(
            SensitivityAnalysis.of(UncertainModel.certain(ScoringModels.staged()))
                .withBaseSamples(4)
                .withBootstrap(10),
            List.of(Uncertainties.one()));
    assertThat(sensitivity.measures()).isNotEmpty();
    assertThat(sensitivity.measures())
        .allSatisfy(measure -> assertThat(measure.effects()).isEmpty());
    assertThat(sensitivity.toTable().notes())
        .contains("The model declares no uncertain parameter: there is nothing to rank.");
    assertThat(sensitivity.measures())
        .extracting(Sensitivity.MeasureEffects::id)
        .startsWith("overall")
        .contains("at-or-above-planned", "at-or-above-comprehensive");
  }

  @Test
  void mistakesAreRefusedWithWhatIsWrong() {
    SensitivityAnalysis analysis = SensitivityAnalysis.of(Uncertainties.gated());
    assertThatThrownBy(() -> analysis.withBaseSamples(1)).hasMessageContaining("not 1");
    assertThatThrownBy(() -> analysis.withBootstrap(5)).hasMessageContaining("not 5");
    Accumulator<Integer, Sensitivity> samples =
        analysis.withBaseSamples(3).samplesOver(MNR, List.of(Uncertainties.one()));
    assertThatThrownBy(() -> samples.add(3))
        .hasMessageContaining("sample 3 is not one of the 3 base samples, 0 to 2");
    samples.add(1);
    assertThatThrownBy(() -> samples.add(1)).hasMessageContaining("sample 1 was evaluated before");
    assertThatThrownBy(samples::result)
        .hasMessageContaining("1 of the 3 base samples are evaluated");
  }

  @Test
  void anIndexAHairBelowZeroReadsAsZero() {
    assertThat(Sensitivity.index(-0.0004)).isEqualTo("0.000");
    assertThat(Sensitivity.index(-0.0)).isEqualTo("0.000");
    assertThat(Sensitivity.index(-0.0006)).isEqualTo("-0.001");
    assertThat(Sensitivity.index(0.8304)).isEqualTo("0.830");
  }
}
