package io.github.mnr4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.scoring.LevelStability;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.ScoringModels;
import io.github.mnr4j.scoring.UncertainModel;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models exported and read back score identically; scorecards round-trip. */
class ScoringJsonProperties {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Assessor ASSESSOR = Assessor.of(SURVEY);
  private static final List<ScoringModel> BACK =
      List.of(
          MnrJson.strict()
              .read(
                  MnrJson.strict().write(ScoringModels.presence(), Document.MODEL),
                  Document.model(SURVEY)),
          MnrJson.strict()
              .read(
                  MnrJson.strict().write(ScoringModels.staged(), Document.MODEL),
                  Document.model(SURVEY)),
          MnrJson.strict()
              .read(
                  MnrJson.strict().write(ScoringModels.index(), Document.MODEL),
                  Document.model(SURVEY)));

  @Test
  void aModelReadBackFromJsonScoresIdentically() {
    qt().forAll(ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            response -> {
              Assessment assessment = ASSESSOR.assess(response);
              assertThat(BACK.get(0).score(assessment))
                  .isEqualTo(ScoringModels.presence().score(assessment));
              assertThat(BACK.get(1).score(assessment))
                  .isEqualTo(ScoringModels.staged().score(assessment));
              assertThat(BACK.get(2).score(assessment))
                  .isEqualTo(ScoringModels.index().score(assessment));
            });
  }

  @Test
  void scorecardsReadBackEqualAndValidUnderTheSchema() {
    qt().withExamples(100)
        .forAll(ResponseGenerators.anyResponses(SURVEY))
        .checkAssert(
            response -> {
              for (ScoringModel model : List.of(ScoringModels.staged(), ScoringModels.index())) {
                Scorecard card = model.score(ASSESSOR.assess(response));
                String json = MnrJson.strict().write(card, Document.SCORECARD);
                assertThat(MnrJson.strict().read(json, Document.SCORECARD)).isEqualTo(card);
                assertThat(SchemaCheck.errors("mnr4j.scorecard", json)).isEmpty();
              }
            });
  }

  @Test
  void scorecardsWithTheirStabilityReadBackEqualAndValidUnderTheSchema() {
    UncertainModel model = AnalysisJsonTest.uncertainStaged();
    qt().withExamples(40)
        .forAll(ResponseGenerators.anyResponses(SURVEY), integers().between(1, 25), longs().all())
        .checkAssert(
            (response, draws, seed) -> {
              Scorecard card =
                  LevelStability.of(model)
                      .withDraws(draws)
                      .withSeed(seed)
                      .score(ASSESSOR.assess(response));
              String json = MnrJson.strict().write(card, Document.SCORECARD);
              assertThat(MnrJson.strict().read(json, Document.SCORECARD)).isEqualTo(card);
              assertThat(SchemaCheck.errors("mnr4j.scorecard", json)).isEmpty();
            });
  }
}
