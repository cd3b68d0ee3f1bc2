package io.github.mnr4j.examples.cli;

import io.github.mnr4j.Accumulator;
import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.assessment.Assessment;
import io.github.mnr4j.survey.InvalidResponses;
import io.github.mnr4j.survey.ValidationReport;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --valid-only} and {@code --strict} options: what a command that counts, scores,
 * compares, ranks or charts responses does with those that have validation errors. By default they
 * are counted as far as their answers go, and every output says which (the results carry it).
 */
final class ValidityOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--valid-only",
      description =
          "Leave out the responses with validation errors, and say how many of which kinds"
              + " (by default they are counted as far as their answers go, and the output names"
              + " them).")
  boolean validOnly;

  @Option(
      names = "--strict",
      description =
          "Refuse responses with validation errors: report nothing, name them on stderr, and"
              + " exit with status 1.")
  boolean strict;

  private final Accumulator<ValidationReport, InvalidResponses> setAside =
      InvalidResponses.accumulator();

  /** Refuses the two options together. */
  void check() {
    if (validOnly && strict) {
      throw new ParameterException(
          spec.commandLine(),
          "--valid-only leaves responses with validation errors out, --strict refuses them:"
              + " give one of them");
    }
  }

  /**
   * Tells whether an assessment is to be counted: with {@code --valid-only}, not if its response
   * has validation errors. Those left out, or refused with {@code --strict}, are remembered.
   */
  boolean admits(Assessment assessment) {
    if (!validOnly && !strict) {
      return true;
    }
    ValidationReport validation = assessment.validation();
    if (!validation.hasErrors()) {
      return true;
    }
    setAside.add(validation);
    return !validOnly;
  }

  /**
   * Once every response was read: with {@code --strict}, refuses to report anything if one had
   * validation errors.
   */
  void refuseIfStrict() {
    InvalidResponses refused = setAside.result();
    if (strict && !refused.isEmpty()) {
      throw new Refused(
          "refused, as --strict asks: "
              + refused.summary()
              + "; nothing is reported (mnr validate says what is wrong)");
    }
  }

  /** The note that {@code --valid-only} left responses out, if it did. */
  List<String> notes() {
    InvalidResponses leftOut = setAside.result();
    return validOnly && !leftOut.isEmpty()
        ? List.of("Left out, as --valid-only asks: " + leftOut.summary() + ".")
        : List.of();
  }

  /** A table with the notes of these options after its own. */
  TextTable noted(TextTable table) {
    return table.withNotes(notes());
  }

  /** Says on stderr what {@code --valid-only} left out, for outputs that carry no notes. */
  void tell(PrintWriter err) {
    notes().forEach(note -> err.println("mnr: " + note));
  }

  /** A refusal of what the command was given: exit status 1, as for findings. */
  static final class Refused extends MnrException {
    private static final long serialVersionUID = 1;

    Refused(String message) {
      super(message);
    }
  }
}
