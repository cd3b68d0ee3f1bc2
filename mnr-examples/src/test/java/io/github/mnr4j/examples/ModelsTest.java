package io.github.mnr4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.json.MnrJson;
import io.github.mnr4j.scoring.Level;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import io.github.mnr4j.scoring.StagedModel;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The four-phase model (data) and the weakest-link model (Java), scored on the examples. */
class ModelsTest {
  private static final Instrument SURVEY = Instruments.mnrSurvey2021();

  private static Assessment assess(String file) throws IOException {
    Response response =
        MnrJson.strict().read(Files.readString(Path.of("responses", file)), Document.RESPONSE);
    return Assessor.of(SURVEY).assess(response);
  }

  private static ScoringModel fourPhase() throws IOException {
    return MnrJson.strict()
        .read(Files.readString(Path.of("models", "four-phase.json")), Document.model(SURVEY));
  }

  @Test
  void theFourPhaseModelRunsFromBuildingToMaturity() throws IOException {
    StagedModel model = (StagedModel) fourPhase();
    assertThat(model.levels())
        .extracting(l -> l.level().label())
        .containsExactly("Building", "Progressing", "Embedding", "Maturity");
    // It claims for the Alliance only what the report says (Executive summary, aim 4).
    assertThat(model.description())
        .contains(
            "\"inform the development of a possible future"
                + " maturity model or similar framework\"")
        .contains("Nothing here is the Alliance's")
        .doesNotContain("The Alliance describes");
    Scorecard card = model.score(assess("country-07-completed.json"));
    // Country 07: leadership in place with q10 yes and q11 answered; legislation 7 of 11.
    assertThat(card.capability("leadership").level().map(Level::id)).contains("maturity");
    assertThat(card.capability("legislation").level().map(Level::id)).contains("embedding");
    assertThat(card.capability("legislation").reason())
        .contains("next, maturity, needs: full" + " checklist coverage");
    assertThat(card.capability("research-analysis-monitoring").level().map(Level::id))
        .contains("progressing");
    assertThat(card.capability("csea-hotline").level().map(Level::id)).contains("maturity");
    assertThat(card.capability("csea-hotline").value().getAsDouble()).isEqualTo(1.0);
    assertThat(card.capability("legislation").value().getAsDouble()).isEqualTo(2.0 / 3);
  }

  @Test
  void theFourPhaseModelReadsTheCapabilitySpecificCriteria() throws IOException {
    Scorecard card = fourPhase().score(assess("country-12-draft.json"));
    // Country 12: q7 no with plans (q9), q10 yes: leadership is progressing, not embedding.
    assertThat(card.capability("leadership").level().map(Level::id)).contains("progressing");
    assertThat(card.capability("legislation").level()).isEmpty();
  }

  @Test
  void theWeakestLinkModelTakesTheMinimum() throws IOException {
    Scorecard complete = new WeakestLinkModel().score(assess("country-07-completed.json"));
    assertThat(complete.capability("child-helpline").value().getAsDouble()).isEqualTo(1.0);
    assertThat(complete.capability("offender-management").value().getAsDouble()).isZero();
    assertThat(complete.domain("industry").value().getAsDouble()).isEqualTo(1.0);
    assertThat(complete.domain("criminal-justice").value().getAsDouble()).isZero();
    assertThat(complete.overall().value().getAsDouble()).isZero();
    Scorecard draft = new WeakestLinkModel().score(assess("country-12-draft.json"));
    assertThat(draft.capability("legislation").value()).isEmpty();
    assertThat(draft.domain("victim").value().getAsDouble()).as("unknown counts 0").isZero();
  }
}
