package io.github.mnr4j.cohort;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The notes a cohort result's table carries: the part of the cohort counted, synthetic data. */
final class Notes {
  private Notes() {}

  static List<String> of(List<Where> filters, boolean synthetic) {
    List<String> notes = new ArrayList<>();
    if (!filters.isEmpty()) {
      notes.add(
          "Counts only the jurisdictions where "
              + filters.stream().map(Where::toString).collect(Collectors.joining(" and "))
              + ".");
    }
    if (synthetic) {
      notes.add(Jurisdiction.SYNTHETIC_NOTE);
    }
    return notes;
  }

  /** Whether every filter keeps a jurisdiction. */
  static boolean keeps(List<Where> filters, Assessment assessment) {
    for (Where filter : filters) {
      if (!filter.test(assessment)) {
        return false;
      }
    }
    return true;
  }
}
