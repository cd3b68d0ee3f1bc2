package io.github.mnr4j.examples;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.assessment.CapabilityEvidence;
import io.github.mnr4j.assessment.CapabilityStatus;
import io.github.mnr4j.scoring.Aggregation;
import io.github.mnr4j.scoring.AggregationRule;
import io.github.mnr4j.scoring.CapabilityScore;
import io.github.mnr4j.scoring.MissingValues;
import io.github.mnr4j.scoring.Scorecard;
import io.github.mnr4j.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A scoring model written in Java rather than as data: a capability counts 1 when it is in place
 * and described (a detail question answered, where it has any), 1/2 when it is only in place, 0
 * when it is not; domains and overall take the minimum, and an unknown capability counts as 0,
 * because a national response is as strong as its weakest link.
 */
public final class WeakestLinkModel implements ScoringModel {
  /** Domains and overall take the minimum; an unknown capability counts as 0. */
  private static final AggregationRule RULE =
      AggregationRule.builder()
          .aggregation(Aggregation.MINIMUM)
          .missing(MissingValues.ZERO)
          .build();

  /** Creates the model; it holds no state. */
  public WeakestLinkModel() {}

  @Override
  public String id() {
    return "weakest-link-example";
  }

  @Override
  public String title() {
    return "Weakest link (example of a model in Java)";
  }

  @Override
  public Scorecard score(Assessment assessment) {
    List<CapabilityScore> scores = new ArrayList<>();
    for (CapabilityEvidence evidence : assessment.capabilities()) {
      CapabilityScore.Builder score =
          CapabilityScore.builder().capabilityId(evidence.capabilityId()).status(evidence.status());
      if (evidence.status() == CapabilityStatus.UNKNOWN) {
        scores.add(score.reason("unknown, counted as 0 in the domain").build());
        continue;
      }
      boolean inPlace = evidence.status() == CapabilityStatus.IN_PLACE;
      boolean described = evidence.detailQuestionIds().isEmpty() || evidence.hasDetailAnswered();
      double value = !inPlace ? 0 : described ? 1 : 0.5;
      scores.add(
          score
              .value(value)
              .reason(
                  !inPlace
                      ? "not in place"
                      : described ? "in place and described" : "in place, not described")
              .build());
    }
    return Scorecard.aggregate(id(), assessment, scores, RULE);
  }
}
