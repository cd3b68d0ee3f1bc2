package io.github.mnr4j.examples.cli;

import io.github.mnr4j.MnrException;
import io.github.mnr4j.TextTable;
import io.github.mnr4j.cohort.DisclosurePolicy;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --min-group-size} option of every command that shows a cohort's numbers: the {@link
 * DisclosurePolicy} its output is made under, and the one opt-in to smaller groups and to
 * jurisdictions one by one.
 */
final class DisclosureOption {
  /** What the option says in every command's help. */
  static final String DESCRIPTION =
      "The fewest jurisdictions (for option counts: answers) a number may describe (default "
          + DisclosurePolicy.SAFE_MIN_GROUP_SIZE
          + "): smaller groups are suppressed, with groups that would give them away, and counts"
          + " of a cohort or a --where part that keeps or leaves out fewer are refused. A smaller"
          + " N shows smaller groups; 1 shows single jurisdictions and allows outputs of"
          + " jurisdictions one by one. Only for data you may show that way; the output says so.";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--min-group-size", paramLabel = "N", description = DESCRIPTION)
  Optional<Integer> minGroupSize = Optional.empty();

  /** Returns the policy the option asks for; a minimum below 1 is a usage error. */
  DisclosurePolicy policy() {
    if (minGroupSize.isEmpty()) {
      return DisclosurePolicy.standard();
    }
    if (minGroupSize.get() < 1) {
      throw new ParameterException(
          spec.commandLine(), "--min-group-size takes 1 or more, not " + minGroupSize.get());
    }
    return DisclosurePolicy.withMinGroupSize(minGroupSize.get());
  }

  /** Refuses an output of jurisdictions one by one unless the option is 1. */
  void requirePerJurisdiction(String output) {
    if (!policy().allowsPerJurisdiction()) {
      throw new ParameterException(
          spec.commandLine(),
          output
              + " shows jurisdictions one by one, which is only by request: add --min-group-size 1"
              + " if you may show these data that way");
    }
  }

  /**
   * Refuses measures of a whole cohort smaller than the policy's minimum group size: they would
   * show too few jurisdictions' answers.
   */
  void requireCohortOf(int jurisdictions, String output) {
    int minimum = policy().minGroupSize();
    if (jurisdictions < minimum) {
      throw new MnrException(
          output
              + " of "
              + jurisdictions
              + " jurisdictions would show too few of them (the minimum group size is "
              + minimum
              + "; --min-group-size 1 is the opt-in)");
    }
  }

  /** Adds the policy's note, when it shows smaller groups than the standard, to a table. */
  TextTable noted(TextTable table) {
    return policy().note().map(note -> table.withNotes(java.util.List.of(note))).orElse(table);
  }

  /** Says the policy's note on stderr, for outputs without notes of their own (JSON). */
  void tell(PrintWriter err) {
    policy().note().ifPresent(note -> err.println("mnr: " + note));
    err.flush();
  }
}
