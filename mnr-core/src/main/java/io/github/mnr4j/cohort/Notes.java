package io.github.mnr4j.cohort;

import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.survey.Jurisdiction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
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

  /**
   * Whether an assessment meets every filter, the attributes' readers made once: accumulators ask
   * it of every assessment they are given.
   */
  static Predicate<Assessment> keeper(List<Where> filters) {
    Predicate<Assessment> keep = assessment -> true;
    for (Where filter : filters) {
      Function<Assessment, Optional<String>> key = Breakdown.key(filter.attribute());
      String value = filter.value();
      keep = keep.and(assessment -> key.apply(assessment).filter(value::equals).isPresent());
    }
    return keep;
  }
}
