package io.github.mnr4j.scoring;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.ValidationReport;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a cohort result says of the jurisdictions it counts, for its notes ({@link CohortNotes}):
 * how many are synthetic, how many answer each instrument, which responses had validation errors.
 * Counted one assessment at a time, and combined, for the analyses that fold.
 */
final class CohortCounts {
  private int synthetic;
  private final Map<String, Integer> instruments = new TreeMap<>();
  private final Accumulator<ValidationReport, InvalidResponses> invalid =
      InvalidResponses.accumulator();

  /** The counts of a cohort held whole. */
  static CohortCounts of(Collection<Assessment> assessments) {
    CohortCounts counts = new CohortCounts();
    assessments.forEach(counts::add);
    return counts;
  }

  void add(Assessment assessment) {
    synthetic += assessment.jurisdiction().isSynthetic() ? 1 : 0;
    instruments.merge(assessment.instrumentReference(), 1, Integer::sum);
    invalid.add(assessment.validation());
  }

  void combine(CohortCounts other) {
    synthetic = Math.addExact(synthetic, other.synthetic);
    other.instruments.forEach((reference, n) -> instruments.merge(reference, n, Integer::sum));
    invalid.combine(other.invalid);
  }

  int syntheticCount() {
    return synthetic;
  }

  /** How many jurisdictions answer each instrument, by reference. */
  Map<String, Integer> instrumentCounts() {
    return new TreeMap<>(instruments);
  }

  InvalidResponses invalidResponses() {
    return invalid.result();
  }
}
