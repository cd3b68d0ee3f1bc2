package io.github.mnr4j.examples.cli;

import io.github.mnr4j.cohort.Cohort;
import io.github.mnr4j.cohort.CohortAnalysis;
import io.github.mnr4j.examples.SyntheticCohort;
import io.github.mnr4j.json.Document;
import io.github.mnr4j.survey.Instrument;
import java.nio.file.Path;

/** Reads cohorts for the commands: a file, or {@code example} for the embedded cohort. */
final class Cohorts {
  /** The argument that names the embedded synthetic cohort. */
  static final String EXAMPLE = "example";

  private Cohorts() {}

  static CohortAnalysis analyse(String cohort, Instrument instrument) {
    Cohort read = cohort.equals(EXAMPLE) ? SyntheticCohort.load()
        : Inputs.read(Path.of(cohort), Document.COHORT);
    try {
      return CohortAnalysis.assess(read, instrument);
    } catch (io.github.mnr4j.MnrException e) {
      throw new io.github.mnr4j.MnrException(cohort + ": " + e.getMessage(), e);
    }
  }
}
