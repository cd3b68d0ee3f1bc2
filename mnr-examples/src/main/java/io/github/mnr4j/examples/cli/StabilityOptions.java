package io.github.mnr4j.examples.cli;

import io.github.mnr4j.scoring.LevelStability;
import io.github.mnr4j.scoring.UncertainModel;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How level stability is drawn, for {@code mnr stability} and {@code mnr score --stability}: {@code
 * --draws}, {@code --seed} and {@code --stable-at}.
 */
final class StabilityOptions {
  /** The draws unless --draws says otherwise. */
  static final int DRAWS = 1000;

  /** The options' names, for a command that takes them only with another of its own. */
  static final List<String> NAMES = List.of("--draws", "--seed", "--stable-at");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--draws",
      paramLabel = "N",
      description = "How many draws of the parameters (default " + DRAWS + ").")
  int draws = DRAWS;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "The random seed (default "
              + RankCommand.SEED
              + "): the same seed gives the same result on any number of threads.")
  long seed = RankCommand.SEED;

  @Option(
      names = "--stable-at",
      paramLabel = "P",
      description =
          "The probability at which a level counts as stable, above 0.5 and at most 1 (default"
              + " 0.95).")
  double stableAt = 0.95;

  /** The analysis these options ask for, of a model; refuses values out of range. */
  LevelStability of(UncertainModel model) {
    return LevelStability.of(model).withDraws(draws).withSeed(seed).withStableAt(stableAt);
  }

  /** Whether any of the options was given on the command line. */
  boolean given() {
    return NAMES.stream()
        .anyMatch(name -> spec.commandLine().getParseResult().hasMatchedOption(name));
  }
}
