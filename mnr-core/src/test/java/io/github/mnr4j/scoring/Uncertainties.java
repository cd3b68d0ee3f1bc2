package io.github.mnr4j.scoring;

import static org.quicktheories.generators.SourceDSL.lists;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.Assessor;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.survey.Answer;
import io.github.mnr4j.survey.Instrument;
import io.github.mnr4j.survey.Instruments;
import io.github.mnr4j.survey.Jurisdiction;
import io.github.mnr4j.survey.Response;
import io.github.mnr4j.survey.ResponseStatus;
import io.github.mnr4j.testing.ResponseGenerators;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Cohorts and uncertain models for the workbench's tests. */
final class Uncertainties {
  static final Instrument SURVEY = Instruments.mnrSurvey2021();
  private static final Assessor ASSESSOR = Assessor.of(SURVEY);

  private Uncertainties() {}

  /** Cohorts of one to six generated responses, each a jurisdiction of its own. */
  static Gen<List<Assessment>> cohorts() {
    return lists()
        .of(ResponseGenerators.anyResponses(SURVEY))
        .ofSizeBetween(1, 6)
        .map(
            responses -> {
              List<Assessment> assessments = new ArrayList<>();
              for (int i = 0; i < responses.size(); i++) {
                Response response =
                    responses
                        .get(i)
                        .withJurisdiction(
                            Jurisdiction.of(
                                String.format("C%02d", i + 1),
                                String.format("Country %02d", i + 1)));
                assessments.add(ASSESSOR.assess(response));
              }
              return assessments;
            });
  }

  /** Country 01, with one capability in place: leadership (q7, its primary gate, yes). */
  static Assessment one() {
    return one("C01", "Country 01");
  }

  /** The answers of {@link #one()}, for another jurisdiction. */
  static Assessment one(String id, String name) {
    return ASSESSOR.assess(
        Response.builder()
            .instrumentReference(SURVEY.reference())
            .jurisdiction(Jurisdiction.of(id, name))
            .status(ResponseStatus.IN_PROGRESS)
            .putAnswer("q7", Answer.ofChoice("yes"))
            .build());
  }

  /**
   * Two levels: "none", and "some" reached when the capability's status is the one the {@code gate}
   * parameter chooses (in place, weight 3; not in place, weight 1).
   */
  static UncertainModel gated() {
    UncertainParameter gate =
        UncertainParameter.of(
            "gate",
            "which status reaches the second level",
            UncertainParameter.Choice.of(List.of("in-place", "not-in-place"), List.of(3.0, 1.0)));
    return UncertainModel.of(
        twoLevels(CapabilityStatus.IN_PLACE),
        List.of(gate),
        values ->
            twoLevels(
                values.choice("gate") == 0
                    ? CapabilityStatus.IN_PLACE
                    : CapabilityStatus.NOT_IN_PLACE));
  }

  static StagedModel twoLevels(CapabilityStatus reaching) {
    return StagedModel.builder()
        .id("two-levels")
        .title("Two levels")
        .description("None, or the status chosen.")
        .addLevel(LevelDefinition.builder().level(Level.of("none", 0, "None")).build())
        .addLevel(
            LevelDefinition.builder()
                .level(Level.of("some", 1, "Some"))
                .addCriterion(
                    Criterion.of("the status chosen", EvidenceCondition.statusIs(reaching)))
                .build())
        .build();
  }
}
