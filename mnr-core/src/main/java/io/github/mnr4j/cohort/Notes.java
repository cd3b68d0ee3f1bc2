package io.github.mnr4j.cohort;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The notes a cohort result's table carries: responses with validation errors counted, the part of
 * the cohort counted, synthetic data.
 */
final class Notes {
  private Notes() {}

  static List<String> of(
      List<Where> filters, int syntheticCount, int count, InvalidResponses invalid) {
    List<String> notes = new ArrayList<>();
    if (!invalid.isEmpty()) {
      notes.add(counted(invalid));
    }
    if (!filters.isEmpty()) {
      notes.add(
          "Counts only the jurisdictions where "
              + filters.stream().map(Where::toString).collect(Collectors.joining(" and "))
              + ".");
    }
    if (syntheticCount > 0) {
      notes.add(Jurisdiction.syntheticNote(syntheticCount, count, "jurisdictions"));
    }
    return notes;
  }

  /**
   * The notes of a breakdown's suppressed groups, counted by reason, and of a minimum group size
   * below the standard.
   */
  static List<String> suppression(int minGroupSize, List<DisclosurePolicy.Suppression> reasons) {
    List<String> notes = new ArrayList<>();
    DisclosurePolicy.withMinGroupSize(minGroupSize).note().ifPresent(notes::add);
    if (!reasons.isEmpty()) {
      Map<DisclosurePolicy.Suppression, Long> counts =
          reasons.stream()
              .collect(
                  Collectors.groupingBy(
                      reason -> reason,
                      () -> new EnumMap<>(DisclosurePolicy.Suppression.class),
                      Collectors.counting()));
      notes.add(
          "Suppressed, neither counts nor size shown: "
              + counts.entrySet().stream()
                  .map(
                      count ->
                          count.getValue()
                              + (count.getValue() == 1 ? " group " : " groups ")
                              + count.getKey().reason())
                  .collect(Collectors.joining("; "))
              + " (minimum group size "
              + minGroupSize
              + ").");
    }
    return notes;
  }

  /** The note that a result counted invalid responses, as far as their answers go. */
  static String counted(InvalidResponses invalid) {
    return "Counted as far as their answers go: " + invalid.summary() + ".";
  }

  /**
   * Whether an assessment meets every filter, each filter's attribute reader looked up once:
   * accumulators ask it of every assessment they are given.
   */
  static Predicate<Assessment> keeper(List<Where> filters) {
    Predicate<Assessment> keep = assessment -> true;
    for (Where filter : filters) {
      keep = keep.and(filter.matcher());
    }
    return keep;
  }
}
